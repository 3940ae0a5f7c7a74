import type { Theme } from "@fluentui/react-components";

/**
 * Chinese UI fonts, in the order a user's system is likely to have them: Windows (微软雅黑 UI, then
 * 微软雅黑), macOS (苹方), the domestic Linux systems WPS runs on, such as 统信UOS and 麒麟 (思源黑体 /
 * Noto Sans CJK, 文泉驿微米黑).
 *
 * Fluent v9's stack names no Chinese font, so every Chinese character is left to the system's
 * fallback: a different font from one machine to the next, and on Linux fontconfig's fallback
 * searches, half of the pane's first layout in Chromium (docs/benchmarks.md, "Pane first tab").
 * Fluent v8 named one for Simplified Chinese ('Microsoft Yahei UI': LocalizedFontFamilies.
 * ChineseSimplified in @fluentui/theme's FluentFonts.ts).
 */
export const CHINESE_UI_FONTS = [
  "'Microsoft YaHei UI'",
  "'Microsoft YaHei'",
  "'PingFang SC'",
  "'Noto Sans CJK SC'",
  "'Source Han Sans SC'",
  "'WenQuanYi Micro Hei'",
];

/**
 * `stack` with the Chinese UI fonts just after its first font (Segoe UI in Fluent's themes): Latin
 * letters and digits keep Fluent's face where it is installed, Chinese characters get a Chinese UI
 * font by name, and the generic family stays last. A stack that already names one is kept as it is.
 */
export function withChineseFonts(stack: string): string {
  const families = stack
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  const named = new Set(families.map((f) => f.replace(/['"]/g, "").toLowerCase()));
  if (CHINESE_UI_FONTS.some((f) => named.has(f.replace(/'/g, "").toLowerCase()))) return stack;
  return [...families.slice(0, 1), ...CHINESE_UI_FONTS, ...families.slice(1)].join(", ");
}

/** `theme` with Chinese UI fonts in its text and number stacks (Fluent's monospace stack is left alone). */
export function withChineseTheme(theme: Theme): Theme {
  return {
    ...theme,
    fontFamilyBase: withChineseFonts(theme.fontFamilyBase),
    fontFamilyNumeric: withChineseFonts(theme.fontFamilyNumeric),
  };
}
