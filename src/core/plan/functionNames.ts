/**
 * UNION.* calls in a formula, found and renamed to the names Excel has loaded. Pure text work, so the
 * rule is tested without Excel: only calls outside string literals ("…") and quoted sheet names ('…')
 * count, and only ids the map knows are renamed; everything else is left as written.
 */
// Ids are A-Z, 0-9, _ and .; loaded names may be any letters (组建率).
const CALL = /UNION\.(\p{L}[\p{L}\p{N}_.]*)\s*\(/uy;
const NAME_CHAR = /[\p{L}\p{N}_.]/u;

interface Call {
  start: number;
  end: number;
  id: string;
}

function unionCalls(formula: string): Call[] {
  const calls: Call[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A quoted run ends at the next lone quote of the same kind; a doubled quote is an escaped one.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch))
        j += formula[j] === ch ? 2 : 1;
      i = j + 1;
      continue;
    }
    CALL.lastIndex = i;
    const call = i > 0 && NAME_CHAR.test(formula[i - 1]) ? null : CALL.exec(formula);
    if (call) {
      calls.push({ start: i, end: i + call[0].length, id: call[1].toUpperCase() });
      i += call[0].length;
    } else i++;
  }
  return calls;
}

/** True when the formula calls a UNION.* function (outside quotes). */
export function callsUnionFunction(formula: string): boolean {
  return unionCalls(formula).length > 0;
}

/** Each `UNION.<ID>(` outside quotes becomes `UNION.<name(ID)>(`; an id without a name stays as written. */
export function renameUnionCalls(
  formula: string,
  name: (id: string) => string | undefined
): string {
  let out = "";
  let from = 0;
  for (const call of unionCalls(formula)) {
    const local = name(call.id);
    if (local === undefined) continue;
    out += `${formula.slice(from, call.start)}UNION.${local}(`;
    from = call.end;
  }
  return out + formula.slice(from);
}
