import { messageOf } from "./numbers";

/** One figure a calculator shows: nothing to show yet, a value, or the reason it cannot be computed. */
export type Figure =
  { kind: "empty" } | { kind: "value"; text: string } | { kind: "error"; message: string };

export const EMPTY: Figure = { kind: "empty" };

/**
 * Computes a figure, turning a failure (a CalcError naming the cell at fault, "是否建会 第7行: '约20'
 * 不是是/否标记") into an inline message: the pane shows it and never throws it.
 */
export function figureOf(compute: () => string): Figure {
  try {
    return { kind: "value", text: compute() };
  } catch (error) {
    return { kind: "error", message: messageOf(error) };
  }
}
