import { type ApiSupport, officeApiSupport } from "./apiSupport";

/**
 * Values kept in the workbook file (Workbook.settings, ExcelApi 1.4): confirmed ledger mappings,
 * the report's year and street. Values are JSON: what is stored is what JSON.stringify keeps, so
 * reading gives back exactly that (a Date comes back as its ISO text).
 */

function checkSupported(supports: ApiSupport): void {
  if (!supports("1.4")) throw new Error("此版本的 Excel 不能在工作簿中保存设置(需要 ExcelApi 1.4)");
}

/**
 * Queues the read of a setting without syncing, so a caller can fold it into a sync it makes anyway;
 * settingValue gives the value after that sync.
 */
export function queueSetting(
  context: Excel.RequestContext,
  key: string,
  supports: ApiSupport = officeApiSupport
): Excel.Setting {
  checkSupported(supports);
  return context.workbook.settings.getItemOrNullObject(key).load("value");
}

/** The value of a setting queued with queueSetting, once synced; undefined when it is not set. */
export function settingValue<T>(setting: Excel.Setting): T | undefined {
  return setting.isNullObject ? undefined : (setting.value as T);
}

/** Reads a setting: one sync. */
export async function getSetting<T>(
  context: Excel.RequestContext,
  key: string,
  supports: ApiSupport = officeApiSupport
): Promise<T | undefined> {
  const setting = queueSetting(context, key, supports);
  await context.sync();
  return settingValue<T>(setting);
}

/**
 * Stores a setting (added or replaced): one sync. `undefined` removes it (two syncs: Office.js can
 * delete only a setting that exists). A value JSON cannot hold (a function, a symbol) throws.
 */
export async function setSetting(
  context: Excel.RequestContext,
  key: string,
  value: unknown,
  supports: ApiSupport = officeApiSupport
): Promise<void> {
  checkSupported(supports);
  const settings = context.workbook.settings;
  if (value === undefined) {
    const setting = settings.getItemOrNullObject(key);
    await context.sync();
    if (setting.isNullObject) return;
    setting.delete();
    await context.sync();
    return;
  }
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`设置"${key}"的值不能保存为 JSON: ${String(value)}`);
  settings.add(key, JSON.parse(json));
  await context.sync();
}
