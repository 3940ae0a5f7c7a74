import { Button, Spinner } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import type { ReportDraft } from "../../core/report/composeReport";
import { useStrings } from "../../i18n";
import { useFormStyles } from "../shared/formStyles";
import { useWorkbookTask } from "../shared/useWorkbookTask";
import { WorkbookErrorBar } from "../shared/WorkbookErrorBar";
import { docxFileName, draftDocx } from "./wordExport";

export interface WordExportButtonProps {
  draft: ReportDraft;
  /** What a district draft's figures come from (the roll-up's words), for its 说明. */
  basis?: { from: string; edited: string };
  /** How the page hands a file to the user. */
  save: (bytes: Uint8Array, fileName: string) => void;
  /** Other buttons on the same row, before 导出Word. */
  children?: ReactNode;
}

/**
 * 导出Word, for the street draft (报告) and the district's (汇总) alike: the .docx in the GB/T 9704
 * layout, with its progress beside the button and, if it fails, why under it.
 */
export function WordExportButton({ draft, basis, save, children }: WordExportButtonProps) {
  const t = useStrings();
  const form = useFormStyles();
  const word = useWorkbookTask();
  const exportWord = () =>
    word.run(async () =>
      save(await draftDocx(draft, new Date(), basis), docxFileName(draft.title))
    );
  return (
    <>
      <div className={form.row}>
        {children}
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={word.pending}
          onClick={() => void exportWord()}
        >
          {t.exportWord}
        </Button>
        {word.pending && <Spinner size="tiny" label={t.exportingWord} />}
      </div>
      {word.error && <WorkbookErrorBar title={t.exportWordFailed} message={word.error} hint="" />}
    </>
  );
}
