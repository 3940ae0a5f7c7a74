import { anchorBeside } from "../../core/blocks/a1";

/** Two columns right of the data a block reads, or undefined when there is none (then the selection is used). */
export function anchorBesideData(addresses: ReadonlyArray<string | undefined>): string | undefined {
  const given = addresses.filter((a): a is string => a !== undefined);
  if (given.length === 0) return undefined;
  try {
    return anchorBeside(given);
  } catch {
    return undefined;
  }
}
