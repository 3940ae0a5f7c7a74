import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import {
  CHINESE_UI_FONTS,
  withChineseFonts,
  withChineseTheme,
} from "../../src/taskpane/chineseFonts";

describe("withChineseFonts", () => {
  it("puts the Chinese UI fonts after Fluent's first font, before the rest of its stack", () => {
    expect(withChineseFonts("'Segoe UI', Roboto, sans-serif")).toBe(
      "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', Roboto, sans-serif"
    );
  });

  it("keeps a stack that already names a Chinese UI font, however it is quoted", () => {
    expect(withChineseFonts('"PingFang SC", sans-serif')).toBe('"PingFang SC", sans-serif');
    expect(withChineseFonts("Arial, microsoft yahei")).toBe("Arial, microsoft yahei");
  });

  it("is idempotent, and a one-font stack gets the Chinese fonts after it", () => {
    const once = withChineseFonts(webLightTheme.fontFamilyBase);
    expect(withChineseFonts(once)).toBe(once);
    expect(withChineseFonts("sans-serif")).toBe(["sans-serif", ...CHINESE_UI_FONTS].join(", "));
  });
});

describe("withChineseTheme", () => {
  it.each([
    ["light", webLightTheme],
    ["dark", webDarkTheme],
  ])(
    "gives the %s theme's text and number stacks the Chinese UI fonts, and leaves the rest",
    (_, theme) => {
      const chinese = withChineseTheme(theme);
      for (const stack of [chinese.fontFamilyBase, chinese.fontFamilyNumeric]) {
        expect(stack).toContain("'Microsoft YaHei UI'");
        expect(stack.endsWith("sans-serif")).toBe(true);
      }
      expect(chinese.fontFamilyBase.startsWith("'Segoe UI', 'Microsoft YaHei UI'")).toBe(true);
      expect(chinese.fontFamilyNumeric.startsWith("Bahnschrift, 'Microsoft YaHei UI'")).toBe(true);
      expect({ ...chinese, fontFamilyBase: "", fontFamilyNumeric: "" }).toEqual({
        ...theme,
        fontFamilyBase: "",
        fontFamilyNumeric: "",
      });
    }
  );
});
