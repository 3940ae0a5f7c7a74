import { percentText, quotaText, toWan } from "../../src/core/text";

describe("report text helpers", () => {
  it("writes a ratio as percent text, half-up: 210/220 → 95.5%", () => {
    expect(percentText(210 / 220)).toBe("95.5%");
    expect(percentText(0.954545)).toBe("95.5%");
    expect(percentText(1.16)).toBe("116.0%");
    expect(percentText(0.00125, 2)).toBe("0.13%");
    expect(percentText(0.5, 0)).toBe("50%");
    expect(() => percentText(0.5, 1.5)).toThrow("小数位数");
  });

  it("writes yuan as 万元: 5,758,000 → 575.8; 55,700 → 5.57", () => {
    expect(toWan(5758000)).toBe(575.8);
    expect(toWan(55700)).toBe(5.57);
    expect(toWan(2591637.1, 1)).toBe(259.2);
  });

  it("says 超额完成 only when the actual is above the target", () => {
    expect(quotaText(58, 50, "家")).toBe("超额完成任务,实际完成58家,完成率116.0%");
    expect(quotaText(50, 50, "家")).toBe("完成任务,实际完成50家,完成率100.0%");
    expect(quotaText(30, 50)).toBe("完成任务的60.0%");
    expect(() => quotaText(30, 0)).toThrow("任务数为0");
  });
});
