import fc from "fast-check";
import { fieldScores, fieldScoresOneByOne } from "../../../src/core/ledgers/match";
import { DETECTED_SCHEMAS } from "../../../src/core/ledgers/schemas";
import { normaliseHeader } from "../../../src/core/ledgers/headerText";

/** Every label and synonym of every ledger, as detection compares them. */
const WORDS = [
  ...new Set(
    DETECTED_SCHEMAS.flatMap((s) => s.fields.flatMap((f) => [f.label, ...f.synonyms])).map(
      normaliseHeader
    )
  ),
].filter((w) => w !== "");

/** Texts near the words: pieces of them, words with more around them, and unrelated text. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc
    .tuple(fc.constantFrom(...WORDS), fc.nat(), fc.nat())
    .map(([w, a, b]) => w.slice(a % w.length, w.length - (b % w.length))),
  fc
    .tuple(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }))
    .map(([w, before, after]) => before + w + after),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS)).map(([a, b]) => a + b),
  fc.string({ maxLength: 20 }),
  fc.constantFrom("", "金额", "日期", "人数", "比例", "名称", "街1东湖科技有限公司", "2,000")
);

describe("scoring header texts against the ledgers' fields", () => {
  // Detection scores each text through an index of all fields at once; field by field is the reference.
  it("the index gives every field exactly the score of textScore", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const schema of DETECTED_SCHEMAS)
          expect(fieldScores(schema, t)).toEqual(fieldScoresOneByOne(schema, t));
      }),
      { numRuns: 600 }
    );
  });

  it("every word and every part of a word of every ledger scores the same both ways", () => {
    const differ: string[] = [];
    for (const word of WORDS)
      for (let i = 0; i < word.length; i++)
        for (let j = i + 1; j <= word.length; j++)
          for (const schema of DETECTED_SCHEMAS) {
            const part = word.slice(i, j);
            const fast = fieldScores(schema, part).join();
            if (fast !== fieldScoresOneByOne(schema, part).join())
              differ.push(`${schema.id}: ${part}`);
          }
    expect(differ).toEqual([]);
  });

  it("a label scores 1, a synonym 0.95, and a data text nothing", () => {
    const organisations = DETECTED_SCHEMAS.find((s) => s.id === "organisations")!;
    const at = (key: string) => organisations.fields.findIndex((f) => f.key === key);
    expect(fieldScores(organisations, "单位名称")[at("orgName")]).toBe(1);
    expect(fieldScores(organisations, "街1东湖科技有限公司").every((x) => x === 0)).toBe(true);
  });
});
