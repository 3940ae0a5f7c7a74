import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** True for a dark colour: "#262626", "#1e1e1e" are dark; "#ffffff", "#f3f2f1" are not. */
export function isDarkColour(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((colour ?? "").trim());
  if (!m) return false;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5; // relative luminance, roughly
}

/** Office's theme as Fluent's, loading the dark one only when Office is dark (it is not in the first paint). */
export async function loadTheme(
  officeTheme?: { bodyBackgroundColor?: string } | null
): Promise<Theme> {
  if (!isDarkColour(officeTheme?.bodyBackgroundColor)) return webLightTheme;
  return (await import(/* webpackChunkName: "dark-theme" */ "./darkTheme")).webDarkTheme;
}

/** The Fluent theme that matches Office's: dark when Office's body background is dark. */
export function pickTheme(officeTheme?: { bodyBackgroundColor?: string } | null): Theme {
  return isDarkColour(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
