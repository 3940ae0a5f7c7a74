import { useCallback, useRef, useState } from "react";
import { isRangeAddress } from "../../core/blocks/a1";
import type { Grid } from "../../core/grid";
import type { PaneWorkbook } from "../paneWorkbook";
import type { WorkbookTask } from "./useWorkbookTask";

/** A range a form reads: the address in its box, and the values last read from it. */
export interface RangeState {
  address: string;
  /** The address the values were read from (as the host spelled it). */
  readFrom?: string;
  values?: Grid;
}

export interface RangeInput {
  state: RangeState;
  /** The values, when they belong to the address now in the box. */
  values: Grid | undefined;
  /** The address the values were read from, sheet-qualified as the host spelled it, while they are current. */
  readAddress: string | undefined;
  /** The address, when it is a valid range; undefined when empty or invalid. */
  address: string | undefined;
  invalid: boolean;
  type: (address: string) => void;
  /** Reads the selected cells: fills the address and keeps the values. */
  fromSelection: () => Promise<void>;
  /** Reads a typed address (when the box is left). */
  commit: () => Promise<void>;
  /** Puts an address in the box and reads it (a ledger column picked from the list). */
  fromAddress: (address: string) => Promise<void>;
  set: (state: RangeState) => void;
}

/** A range box with a "使用所选区域" button: reads go through the form's task (spinner, error bar). */
export function useRange(workbook: PaneWorkbook, canRead: boolean, task: WorkbookTask): RangeInput {
  const [state, set] = useState<RangeState>({ address: "" });
  const trimmed = state.address.trim();
  const invalid = trimmed !== "" && !isRangeAddress(trimmed);
  const current = state.readFrom !== undefined && state.readFrom === trimmed;
  // Only the latest read fills the box: a slow read of a typed address (started when the box lost focus
  // to the "使用所选区域" button) must not overwrite the selection read after it.
  const latest = useRef(0);

  const fromSelection = useCallback(async () => {
    const ticket = ++latest.current;
    const data = await task.run(() => workbook.readSelection());
    if (data && ticket === latest.current)
      set({
        address: data.address,
        readFrom: data.address,
        values: data.values,
      });
  }, [task, workbook]);

  const commit = useCallback(async () => {
    if (!canRead || trimmed === "" || invalid || current) return;
    const ticket = ++latest.current;
    const data = await task.run(() => workbook.readRange(trimmed));
    if (data && ticket === latest.current)
      set({
        address: data.address,
        readFrom: data.address,
        values: data.values,
      });
  }, [canRead, trimmed, invalid, current, task, workbook]);

  const fromAddress = useCallback(
    async (address: string) => {
      const ticket = ++latest.current;
      set({ address });
      const data = await task.run(() => workbook.readRange(address));
      if (data && ticket === latest.current)
        set({ address: data.address, readFrom: data.address, values: data.values });
    },
    [task, workbook]
  );

  const type = useCallback((address: string) => set((s) => ({ ...s, address })), []);

  return {
    state,
    values: current ? state.values : undefined,
    readAddress: current ? state.readFrom : undefined,
    address: trimmed !== "" && !invalid ? trimmed : undefined,
    invalid,
    type,
    fromSelection,
    commit,
    fromAddress,
    set,
  };
}
