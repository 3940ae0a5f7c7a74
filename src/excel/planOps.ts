// The plan's rectangles are core's: every host (Excel, WPS) writes the same grouping.
export * from "../core/plan/planOps";
