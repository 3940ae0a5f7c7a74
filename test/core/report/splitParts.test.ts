import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  fig,
  type FigureLookup,
  type Piece,
  phraseFormula,
  phraseText,
  secondPart,
} from "../../../src/core/report/phrase";

/**
 * A two-part split in 万元 ("上缴…万元，留存…万元"; "25人及以上…万元；不足25人…万元") states its parts
 * so that they add up to what they make together: the rounding difference (尾差) goes to the second.
 */
const pieces: Piece[] = [fig("a", "wan"), "+", secondPart("b", "a"), "=", fig("sum", "wan")];

function both(a: number, b: number): [string, unknown] {
  const figures: FigureLookup = {
    value: (k) => ({ a, b, sum: a + b })[k]!,
    address: (k) => ({ a: "A1", b: "B1", sum: "C1" })[k]!,
  };
  const engine = HyperFormula.buildFromArray([[a, b, "=A1+B1", phraseFormula(pieces, figures)]], {
    licenseKey: "gpl-v3",
  });
  return [phraseText(pieces, figures), engine.getCellValue({ sheet: 0, row: 0, col: 3 })];
}

describe("the second part of a split in 万元", () => {
  it("makes the sample's fund figures add up: 上缴105.21 + 留存157.83 = 计提263.04 (each alone 157.82)", () => {
    expect(both(1052143.98, 1578215.98)).toEqual(["105.21+157.83=263.04", "105.21+157.83=263.04"]);
    // The size split: 259.16 + 3.88 (3.87 alone) = 263.04.
    expect(both(2591637.1, 38722.86)[0]).toBe("259.16+3.88=263.04");
  });

  it("is the part's own rounding when nothing is lost, and 0.00 for a part too small to show", () => {
    expect(both(10000, 5000)[0]).toBe("1.00+0.50=1.50");
    expect(both(12345, 0)[0]).toBe("1.23+0.00=1.23");
    expect(both(12344, 1)[0]).toBe("1.23+0.00=1.23");
    expect(both(12349, 1)[0]).toBe("1.23+0.01=1.24");
  });

  it("adds up, stays within 0.01万元 of its own value, and reads the same in a formula engine", () => {
    const cents = fc.integer({ min: 0, max: 5_000_000_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const [text, formula] = both(a, b);
        expect(formula).toBe(text);
        const [shownA, shownB, shownSum] = text.split(/[+=]/).map(Number);
        expect(Math.round((shownA + shownB) * 100)).toBe(Math.round(shownSum * 100));
        expect(Math.abs(shownB - b / 10000)).toBeLessThanOrEqual(0.01 + 1e-9);
        expect(shownB).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 }
    );
  });
});
