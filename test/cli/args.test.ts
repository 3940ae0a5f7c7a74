import { parseArgs } from "../../src/cli/args";
import { UsageError } from "../../src/cli/io";

const SPECS = { output: { type: "string", short: "o" }, force: { type: "boolean" }, year: { type: "string" } } as const;

describe("parseArgs", () => {
  it("reads positionals, long and short options, --name=value and --", () => {
    expect(parseArgs(["in.xlsx", "-o", "out.xlsx", "--force", "--year=2024"], SPECS)).toEqual({
      positionals: ["in.xlsx"],
      options: { output: "out.xlsx", force: true, year: "2024" },
    });
    expect(parseArgs(["--output", "a b.xlsx", "--", "-weird.xlsx"], SPECS)).toEqual({ positionals: ["-weird.xlsx"], options: { output: "a b.xlsx" } });
  });

  it("refuses unknown options, missing values and values on flags", () => {
    expect(() => parseArgs(["--frob"], SPECS)).toThrow(UsageError);
    expect(() => parseArgs(["-x"], SPECS)).toThrow(/未知选项[\s\S]*Unknown option/);
    expect(() => parseArgs(["-o"], SPECS)).toThrow(/需要一个值/);
    expect(() => parseArgs(["-o", "--force"], SPECS)).toThrow(/needs a value/);
    expect(() => parseArgs(["--force=yes"], SPECS)).toThrow(/不带值/);
  });
});
