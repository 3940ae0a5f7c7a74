import type { WorkbookHost } from "../../core/workbook";

/**
 * The file host with every change reported: writing a block, adding a sheet, keeping a setting. File
 * mode uses it to know when the copy in memory holds work not downloaded yet; a new sheet is named.
 */
export function trackChanges(
  workbook: WorkbookHost,
  onChange: (addedSheet?: string) => void
): WorkbookHost {
  return {
    readSelection: () => workbook.readSelection(),
    readRange: (address) => workbook.readRange(address),
    isAreaEmpty: (anchor, rows, cols) => workbook.isAreaEmpty(anchor, rows, cols),
    readSheets: () => workbook.readSheets(),
    getSetting: (key) => workbook.getSetting(key),
    selectRange: (address) => workbook.selectRange(address),
    writePlan: async (anchor, plan) => {
      const written = await workbook.writePlan(anchor, plan);
      onChange();
      return written;
    },
    addSheetWithPlan: async (baseName, plan) => {
      const name = await workbook.addSheetWithPlan(baseName, plan);
      onChange(name);
      return name;
    },
    setSetting: async (key, value) => {
      await workbook.setSetting(key, value);
      onChange();
    },
  };
}
