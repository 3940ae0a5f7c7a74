import { lazy, Suspense } from "react";
import { useOverview } from "./workbookOverview";

/** Loaded once ledgers are recognised, never for the first paint (with the schemas that name the columns). */
const LedgerColumnMenu = lazy(
  () => import(/* webpackChunkName: "ledger-menu" */ "./LedgerColumnMenu")
);

export interface LedgerColumnPickerProps {
  /** The field the column fills, for the button's accessible name. */
  label: string;
  /** Ledger field keys that fit the field ("unionEstablished"); all columns when none fit. */
  fields?: readonly string[];
  disabled?: boolean;
  onPick: (address: string) => void;
}

/**
 * "从台账填入": the recognised ledgers' columns (组织台账 · 是否建会 (D5:D224)); picking one fills the
 * field. Nothing shows until ledgers are recognised.
 */
export function LedgerColumnPicker(props: LedgerColumnPickerProps) {
  const { overview } = useOverview();
  if (!overview || overview.detections.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <LedgerColumnMenu {...props} detections={overview.detections} />
    </Suspense>
  );
}
