import { detectLedger } from "../../../src/core/ledgers/detect";
import { normaliseHeader } from "../../../src/core/ledgers/headerText";
import { LEDGER_SCHEMAS, fieldOf, schemaById } from "../../../src/core/ledgers/schemas";

describe("ledger schemas", () => {
  it("have ASCII camelCase keys, unique per ledger, and labels in both languages", () => {
    for (const schema of LEDGER_SCHEMAS) {
      const keys = schema.fields.map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const f of schema.fields) {
        expect(f.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(f.label).toMatch(/[\u4e00-\u9fff]/);
        expect(f.labelEn).toMatch(/^[A-Za-z]/);
        if (f.type === "category") expect(f.categories?.length).toBeGreaterThan(1);
      }
      expect(schemaById(schema.id)).toBe(schema);
    }
  });

  it("never give one header word to two fields of the same ledger", () => {
    for (const schema of LEDGER_SCHEMAS) {
      const owner = new Map<string, string>();
      for (const f of schema.fields) {
        for (const word of new Set([f.label, ...f.synonyms].map(normaliseHeader))) {
          expect([schema.id, word, owner.get(word) ?? f.key]).toEqual([schema.id, word, f.key]);
          owner.set(word, f.key);
        }
      }
    }
  });

  it("refer only to their own fields in rules", () => {
    for (const schema of LEDGER_SCHEMAS) {
      const keys = [
        ...(schema.parts ?? []).flatMap((r) => [r.part, r.whole]),
        ...(schema.sums ?? []).flatMap((r) => [r.total, ...r.parts]),
        ...(schema.flagRules ?? []).flatMap((r) => [r.flag, r.needs]),
        ...schema.fields.flatMap((f) => (f.subOf ? [f.subOf.whole] : [])),
      ];
      for (const key of keys) expect([schema.id, key, fieldOf(schema, key) !== undefined]).toEqual([schema.id, key, true]);
    }
  });

  it("detect their own standard header, and every synonym in place of its label", () => {
    for (const schema of LEDGER_SCHEMAS) {
      const labels = schema.fields.map((f) => f.label);
      const standard = detectLedger([["序号", ...labels], [1, ...labels.map(() => null)]]);
      expect(standard?.schemaId).toBe(schema.id);
      schema.fields.forEach((field, i) => {
        for (const synonym of field.synonyms) {
          const header = [...labels];
          header[i] = synonym;
          const d = detectLedger([header]);
          expect([schema.id, synonym, d?.schemaId, d?.columns[field.key]]).toEqual([schema.id, synonym, schema.id, i]);
        }
      });
    }
  });

  it("recognise a generous number of header words", () => {
    const counts = Object.fromEntries(
      LEDGER_SCHEMAS.map((s) => [s.id, new Set(s.fields.flatMap((f) => [f.label, ...f.synonyms].map(normaliseHeader))).size]),
    );
    for (const n of Object.values(counts)) expect(n).toBeGreaterThanOrEqual(30);
    expect(counts.organisations).toBeGreaterThanOrEqual(150);
  });
});
