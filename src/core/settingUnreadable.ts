/**
 * A setting saved in a workbook that is not JSON (its hidden sheet was edited by hand): every host
 * that keeps settings in the sheet (the file host, WPS) reads it as unset and says so in one
 * sentence naming the setting, never a crash.
 */
export const SETTINGS_SHEET_NAME = "UnionStats设置";

export class SettingUnreadableError extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly key: string,
    detail: string
  ) {
    const zh = `工作簿中保存的设置“${key}”无法读取（${SETTINGS_SHEET_NAME} 工作表被改动过？），已忽略。`;
    const en = `The setting "${key}" saved in the workbook is not valid JSON (${detail}): ignored.`;
    super(`${zh}\n${en}`);
    this.name = "SettingUnreadableError";
    this.zh = zh;
    this.en = en;
  }
}

/** The JSON of a saved setting; a SettingUnreadableError naming `key` when it is not JSON. */
export function parseSetting<T>(key: string, json: string): T {
  try {
    return JSON.parse(json) as T;
  } catch (e) {
    throw new SettingUnreadableError(key, (e as Error).message);
  }
}
