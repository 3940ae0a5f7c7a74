// The text-escaping rule is core's: every host (Excel, WPS) keeps text literal the same way.
export * from "../core/plan/cellInput";
