import { reportYear } from "../../../src/core/report/reportYear";

describe("reportYear", () => {
  it("reads a year as people write it", () => {
    expect(reportYear(2024)).toBe(2024);
    expect(reportYear(" 2024 ")).toBe(2024);
    expect(reportYear("2024年")).toBe(2024);
  });

  it("refuses what is not a year", () => {
    for (const bad of ["24", "二〇二四", 2024.5, 1948, 2201, "", null, undefined, true]) expect(reportYear(bad)).toBeNull();
  });
});
