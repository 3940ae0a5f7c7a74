/** A report's .docx bytes, in Node (the command line) and in a browser (the pane) alike. */
import { Packer } from "docx";
import type { ReportDraft } from "../core/report/composeReport";
import { type DocxOptions, reportDocument } from "./reportDocx";

export async function reportDocxBytes(
  draft: ReportDraft,
  options: DocxOptions
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(draft, options)));
}
