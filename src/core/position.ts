/**
 * Names a cell inside a range argument the way a statistician reads it: "第7行" in a column,
 * "第3列" in a row, "第7行第2列" in a block. Positions are 1-based within the range, with an
 * optional field label in front ("职工人数 第7行").
 */
export function describePosition(
  row: number,
  col: number,
  shape: { rows: number; cols: number },
  label?: string
): string {
  let where: string;
  if (shape.rows === 1 && shape.cols === 1) where = "";
  else if (shape.cols === 1) where = `第${row + 1}行`;
  else if (shape.rows === 1) where = `第${col + 1}列`;
  else where = `第${row + 1}行第${col + 1}列`;
  return [label, where].filter(Boolean).join(" ");
}

/**
 * Where a value came from, for an error message: the words themselves, or a cell that makes them
 * on demand (readers name a position only when they fail).
 */
export type Where = string | { readonly where: string };

export function whereText(at: Where): string {
  return typeof at === "string" ? at : at.where;
}
