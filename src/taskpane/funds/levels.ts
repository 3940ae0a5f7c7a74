import { exactSum } from "../../core/money";
import type { Strings } from "../../i18n";
import { type NumberInput, percentToFraction, readPercent } from "../shared/numbers";

/** A row of the split table as typed: the level's name and its ratio in percent points. */
export interface LevelRow {
  id: number;
  name: string;
  ratioText: string;
}

let nextId = 1;
export function levelRow(name: string, ratioText: string): LevelRow {
  return { id: nextId++, name, ratioText };
}

/** Split presets: ratios are policy data the user edits; these are only starting points. */
export type PresetKey = "6040" | "city";

export function presetLevels(preset: PresetKey, t: Strings): LevelRow[] {
  if (preset === "6040") return [levelRow(t.levelGrassroots, "60"), levelRow(t.levelUpper, "40")];
  return [
    levelRow(t.levelGrassroots, "60"),
    levelRow(t.levelDistrict, "20"),
    levelRow(t.levelCity, "15"),
    levelRow(t.levelProvince, "5"),
  ];
}

export interface SplitInput {
  /** Each row's ratio as read. */
  ratios: NumberInput[];
  /** Fractions (0.6, 0.4) when every ratio is a number and they add to 100%. */
  fractions?: number[];
  /** The sum in percent points when every ratio is a number but they do not add to 100. */
  wrongSum?: string;
}

/** Reads the split table: per-row validity, and whether the ratios add to exactly 100%. */
export function readSplit(levels: readonly LevelRow[]): SplitInput {
  const ratios = levels.map((l) => readPercent(l.ratioText));
  const points: number[] = [];
  for (const r of ratios) if (r.kind === "number") points.push(r.value);
  if (points.length !== levels.length || levels.length === 0) return { ratios };
  const sum = exactSum(points);
  if (!sum.equals(100)) return { ratios, wrongSum: sum.toString() };
  return { ratios, fractions: points.map(percentToFraction) };
}
