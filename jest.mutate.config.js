/**
 * The tests `npm run mutate` (StrykerJS) runs against each mutant: the report's, the rates' and the
 * money's own, which are what should notice a change in src/core/report, rates.ts and money.ts.
 */
const base = require("./jest.config");

// MUTATE_TESTS narrows a run to some test files (comma-separated globs), for a run over one file:
//   MUTATE_TESTS="<rootDir>/test/core/rates.test.ts" npx stryker run --mutate src/core/rates.ts
const only = process.env.MUTATE_TESTS;

module.exports = {
  ...base,
  testMatch: only
    ? only.split(",")
    : ["**/test/core/report/**/*.test.ts", "**/test/core/rates.test.ts", "**/test/core/money.test.ts"],
};
