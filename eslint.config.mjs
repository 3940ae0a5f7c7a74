// office-addin-lint uses this file in place of its own: Microsoft's recommended rules for add-ins,
// plus what a TypeScript and React project needs.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const recommended = officeAddins.configs.recommended;
// The add-in rules (Office.js loads and syncs, unused names, Prettier) are set for .ts and .js files.
const scriptRules = recommended.find((config) => config.plugins?.["office-addins"]);

export default [
  ...recommended,
  // …and are wanted in the React files as well.
  { ...scriptRules, files: ["**/*.tsx"] },
  { languageOptions: { parser: tsParser } },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      // The compiler checks every name against the Office, DOM and Node types; ESLint knows none of them.
      "no-undef": "off",
      // A constant and a type of one name (Exact in src/core/money.ts) is a TypeScript idiom.
      "no-redeclare": "off",
      // @typescript-eslint/no-unused-vars does this job, without taking parameter names in types for variables.
      "no-unused-vars": "off",
    },
  },
  {
    // ExcelJS workbooks, not Office.js proxies: there is nothing to load or sync.
    files: ["src/file/**", "src/cli/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
