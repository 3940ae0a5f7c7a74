import fc from "fast-check";
import {
  compactText,
  headerUnit,
  isPartMarked,
  normaliseHeader,
  unitKind,
} from "../../../src/core/ledgers/headerText";

describe("normaliseHeader", () => {
  it.each([
    ["单位名称", "单位名称"],
    ["  单位名称\t", "单位名称"],
    ["单 位 名 称", "单位名称"],
    ["合  计", "合计"],
    ["姓\u3000\u3000名", "姓名"],
    ["职\u00a0工\u00a0数", "职工数"],
    ["职工人数\n（人）", "职工人数"],
    ["职工人数\r\n(人)", "职工人数"],
    ["工资总额（元）", "工资总额"],
    ["工资总额(万元)", "工资总额"],
    ["帮困基金额【元】", "帮困基金额"],
    ["会员人数〔人〕", "会员人数"],
    ["单位名称(必填)", "单位名称"],
    ["单位名称（必填）*", "单位名称"],
    ["*单位名称", "单位名称"],
    ["是否建会（C 筹建, Y 已建, N 待筹建）", "是否建会"],
    ["是否建会(Y/N)", "是否建会"],
    ["职代会(1=有,0=无)", "职代会"],
    ["#女职工", "女职工"],
    ["＃女职工", "女职工"],
    ["其中:女职工", "女职工"],
    ["其中：农民工", "农民工"],
    ["其中女职工", "女职工"],
    ["其中", "其中"],
    ["其中:", "其中"],
    ["填报日期：", "填报日期"],
    ["单位名称:", "单位名称"],
    ["金额/元", "金额"],
    ["职工人数/人", "职工人数"],
    ["1.单位名称", "单位名称"],
    ["一、单位名称", "单位名称"],
    ["上缴比例(%)", "上缴比例"],
    ["企业名称(单位全称)(盖章)", "企业名称"],
    ["职工人数(人", "职工人数"],
    ["(元)", "元"],
    ["ＮＯ.", "no"],
    ["Name", "name"],
    ["厂(司)务公开", "厂务公开"],
    ["", ""],
  ])("%j → %j", (raw, expected) => {
    expect(normaliseHeader(raw)).toBe(expected);
  });

  it("reads non-text cells as text, and error values as nothing", () => {
    expect(normaliseHeader(2024)).toBe("2024");
    expect(normaliseHeader(true)).toBe("true");
    expect(normaliseHeader(null)).toBe("");
    expect(normaliseHeader(undefined)).toBe("");
    expect(normaliseHeader({ error: "#N/A" })).toBe("");
  });

  it("never throws and is idempotent", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const once = normaliseHeader(value);
        expect(typeof once).toBe("string");
        expect(normaliseHeader(once)).toBe(once);
      }),
      { numRuns: 2000 }
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."()（）[]【】:：#其中 \t\n元人单位名称xX×") }),
        (text) => {
          const once = normaliseHeader(text);
          expect(normaliseHeader(once)).toBe(once);
          expect(/\s/.test(once)).toBe(false);
        }
      ),
      { numRuns: 3000 }
    );
  });
});

describe("header units and markers", () => {
  it.each([
    ["工资总额（元）", "元", "money"],
    ["帮困基金额(万元)", "万元", "money"],
    ["职工人数\n（人）", "人", "count"],
    ["参保人次(人次)", "人次", "count"],
    ["上缴比例(%)", "%", "ratio"],
    ["金额/元", "元", "money"],
    ["金额(单位:元)", "元", "money"],
    ["是否建会(Y/N)", null, null],
    ["单位名称", null, null],
  ])("%j states unit %j", (raw, unit, kind) => {
    expect(headerUnit(raw)).toBe(unit);
    expect(unitKind(headerUnit(raw))).toBe(kind);
  });

  it("knows an 'of which' marker", () => {
    expect(isPartMarked("其中:女职工")).toBe(true);
    expect(isPartMarked("#女职工")).toBe(true);
    expect(isPartMarked("其中")).toBe(false);
    expect(isPartMarked("女职工")).toBe(false);
  });

  it("compacts text to half-width without spaces", () => {
    expect(compactText(" 合\u3000计： ")).toBe("合计:");
  });
});

describe("plain text is compared as it is", () => {
  // compactText and normaliseHeader skip their work for CJK ideographs, ASCII letters and digits.
  const plain = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
        fc.constantFrom(..."0123456789abcXYZ")
      ),
      { maxLength: 12 }
    )
    .map((chars) => chars.join(""));

  it("NFKC and the header rules leave such text unchanged (but for case and a leading 其中)", () => {
    fc.assert(
      fc.property(plain, (t) => {
        expect(compactText(t)).toBe(t.normalize("NFKC").replace(/\s/g, ""));
        expect(normaliseHeader(t)).toBe(t.toLowerCase());
        expect(normaliseHeader(`其中${t}`)).toBe(t === "" ? "其中" : t.toLowerCase());
      })
    );
  });
});
