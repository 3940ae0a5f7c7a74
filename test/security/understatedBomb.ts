/** A workbook-shaped zip whose one big entry inflates far beyond what its headers declare. */
import JSZip from "jszip";

const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** A workbook-shaped zip with one entry of `inflated` space bytes whose headers claim 100 bytes. */
export async function understatedBomb(inflated: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.xml", "<workbook/>");
  zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(inflated, 0x20));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  // Lie about the size in both the local header (+22) and the central directory (+24).
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const sig = bytes.readUInt32LE(at);
    if (sig === LOCAL_HEADER && bytes.readUInt32LE(at + 22) === inflated) bytes.writeUInt32LE(100, at + 22);
    if (sig === CENTRAL_ENTRY && bytes.readUInt32LE(at + 24) === inflated) bytes.writeUInt32LE(100, at + 24);
  }
  return bytes;
}
