/**
 * The tests `npm run mutate` (StrykerJS) runs against each mutant: the report's, the rates' and the
 * money's own, which are what should notice a change in src/core/report, rates.ts and money.ts.
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  testMatch: ["**/test/core/report/**/*.test.ts", "**/test/core/rates.test.ts", "**/test/core/money.test.ts"],
};
