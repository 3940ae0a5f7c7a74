import { localAddress, parseAddress } from "./address";
import { worksheetFor } from "./worksheet";

/**
 * Shows a range to the user: activates its sheet and selects it ("互助保障!H55", or "B2" on the
 * active sheet). One sync; a missing sheet rejects.
 */
export async function selectRange(context: Excel.RequestContext, address: string): Promise<void> {
  const rect = parseAddress(address);
  const sheet = worksheetFor(context, rect.sheet);
  sheet.activate();
  sheet.getRange(localAddress(rect)).select();
  await context.sync();
}
