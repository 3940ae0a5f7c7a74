import type { LedgerId } from "../../core/ledgers";
import type { LedgerRows } from "../../core/ledgers/sampleRecords";

/** The sample workbook's records of one ledger, as template rows ("含示例数据"). Built on demand, in a chunk of its own. */
export async function sampleRows(id: LedgerId): Promise<LedgerRows> {
  const { sampleRecords } = await import(
    /* webpackChunkName: "sample" */ "../../core/ledgers/sampleRecords"
  );
  return sampleRecords()[id] ?? [];
}
