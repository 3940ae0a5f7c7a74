/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { act } from "react";
import { enUS, pickLocale, STRINGS, type Strings, StringsProvider, useLocale, useStrings, zhCN } from "../../src/i18n";
import "./jsdomSetup";

// The type is the guard: `npx tsc` fails if a table lacks a key or has one more (checked with the test files).
const { appTitle: _dropped, ...withoutTitle } = zhCN;
// @ts-expect-error a table without appTitle is no Strings
const lacking: Strings = withoutTitle;
// @ts-expect-error a table with a key Chinese lacks is no Strings
const extra: Strings = { ...zhCN, onlyInThisTable: "x" };

describe("string tables", () => {
  it("is a Strings table only with every key (checked by the compiler above)", () => {
    expect(Object.keys(lacking)).not.toContain("appTitle");
    expect(Object.keys(extra)).toContain("onlyInThisTable");
  });

  it("has exactly the same keys, of the same kinds, in English as in Chinese", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      expect([key, typeof enUS[key]]).toEqual([key, typeof zhCN[key]]);
      if (typeof zhCN[key] === "function") expect([key, (enUS[key] as (...a: never[]) => string).length]).toEqual([key, (zhCN[key] as (...a: never[]) => string).length]);
    }
  });

  it("leaves no string empty", () => {
    for (const table of Object.values(STRINGS)) {
      for (const [key, value] of Object.entries(table)) {
        const text = typeof value === "function" ? (value as (...a: unknown[]) => string)("x", 1, 2) : value;
        expect([key, text.trim().length > 0]).toEqual([key, true]);
      }
    }
  });

  it("puts figures into the set phrases", () => {
    expect(zhCN.mismatch(8168, 8160, 8)).toBe("合计8168与分项之和8160不符，差8");
    expect(zhCN.ratioSum("90")).toBe("比例之和须为100%（现为90%）");
    expect(enUS.mismatch(8168, 8160, 8)).toBe("Stated total 8168 does not match the sum of parts 8160 (difference 8)");
  });
});

describe("pickLocale", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["ZH", "zh-CN"],
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN", "en-US"],
    ["fr-FR", "zh-CN"],
    ["", "zh-CN"],
    [undefined, "zh-CN"],
    ["eng", "zh-CN"],
  ])("%s → %s", (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });
});

describe("useStrings", () => {
  function Probe() {
    const t = useStrings();
    const { locale, setLocale } = useLocale();
    return (
      <button onClick={() => setLocale(locale === "zh-CN" ? "en-US" : "zh-CN")}>
        {locale} {t.appTitle}
      </button>
    );
  }

  it("gives Chinese outside a provider, the provider's language inside, and follows a switch", () => {
    const { unmount } = render(<Probe />);
    expect(screen.getByRole("button")).toHaveTextContent("zh-CN 工会统计助手");
    unmount();
    render(
      <StringsProvider initialLocale="en-US">
        <Probe />
      </StringsProvider>,
    );
    expect(screen.getByRole("button")).toHaveTextContent("en-US UnionStats");
    act(() => screen.getByRole("button").click());
    expect(screen.getByRole("button")).toHaveTextContent("zh-CN 工会统计助手");
  });
});
