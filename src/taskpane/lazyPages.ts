/**
 * The pages the first tab does not need, each in its own chunk: they load when their tab is first
 * opened, so the first paint fetches only the shell and 组织覆盖 (the budget test counts it).
 */
import { lazy } from "react";

export const FundsPage = lazy(() =>
  import(/* webpackChunkName: "page-funds" */ "./funds/FundsPage").then((m) => ({
    default: m.FundsPage,
  }))
);
export const InsurancePage = lazy(() =>
  import(/* webpackChunkName: "page-insurance" */ "./insurance/InsurancePage").then((m) => ({
    default: m.InsurancePage,
  }))
);
export const LedgersPage = lazy(() =>
  import(/* webpackChunkName: "page-ledgers" */ "./ledgers/LedgersPage").then((m) => ({
    default: m.LedgersPage,
  }))
);
export const ChecksPage = lazy(() =>
  import(/* webpackChunkName: "page-checks" */ "./checks/ChecksPage").then((m) => ({
    default: m.ChecksPage,
  }))
);
export const ReportPage = lazy(() =>
  import(/* webpackChunkName: "page-report" */ "./report/ReportPage").then((m) => ({
    default: m.ReportPage,
  }))
);
export const RollupPage = lazy(() =>
  import(/* webpackChunkName: "page-rollup" */ "./rollup/RollupPage").then((m) => ({
    default: m.RollupPage,
  }))
);
