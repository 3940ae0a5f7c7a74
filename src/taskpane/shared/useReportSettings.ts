import { useEffect, useRef, useState } from "react";
import { reportYear } from "../../core/report/reportYear";
import { SETTINGS } from "../../core/settingsKeys";
import type { WorkbookHost } from "../../core/workbook";

/** Text typed in the 街道/年度 fields, filled from the workbook's settings once they are read. */
export interface ReportSettingsInput {
  street: string;
  year: string;
  setStreet: (text: string) => void;
  setYear: (text: string) => void;
  /** The year as a number, undefined when empty, NaN when not a year. */
  yearValue: number | undefined;
  /** Why the saved street and year could not be read (the fields then start empty). */
  loadError?: string;
  save: () => Promise<void>;
  /**
   * What the ledgers name (workbookFacts): fills a field that is still empty once the saved
   * settings are read, unless the user typed first. Stable across renders.
   */
  suggest: (values: { year?: number; street?: string }) => void;
}

export function readYear(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  return reportYear(text) ?? NaN;
}

/**
 * The street and year the report names: read from the workbook (SETTINGS.street, SETTINGS.year) when
 * the page can use it, unless the user typed first; `save` writes them back.
 */
export function useReportSettings(workbook: WorkbookHost, canUse: boolean): ReportSettingsInput {
  const [street, setStreetText] = useState("");
  const [year, setYearText] = useState("");
  const [loadError, setLoadError] = useState<string>();
  const touched = useRef(false);
  /** The saved settings have been read (or could not be): a suggestion may fill what they left empty. */
  const [settled, setSettled] = useState(false);
  const [suggestion, suggest] = useState<{ year?: number; street?: string }>();

  useEffect(() => {
    if (!canUse) return;
    let live = true;
    void Promise.all([
      workbook.getSetting<string>(SETTINGS.street),
      workbook.getSetting<number>(SETTINGS.year),
    ])
      .then(([savedStreet, savedYear]) => {
        if (!live || touched.current) return;
        if (typeof savedStreet === "string") setStreetText(savedStreet);
        if (typeof savedYear === "number" || typeof savedYear === "string")
          setYearText(String(savedYear));
        setSettled(true);
      })
      // No settings yet reads as undefined; a rejection is a real failure, shown beside the fields.
      .catch((error: unknown) => {
        if (!live) return;
        setLoadError(error instanceof Error ? error.message : String(error));
        setSettled(true);
      });
    return () => {
      live = false;
    };
  }, [workbook, canUse]);

  useEffect(() => {
    if (!settled || !suggestion || touched.current) return;
    const { year: y, street: s } = suggestion;
    if (s) setStreetText((text) => (text === "" ? s : text));
    if (y) setYearText((text) => (text === "" ? String(y) : text));
  }, [settled, suggestion]);

  const yearValue = readYear(year);
  return {
    street,
    year,
    yearValue,
    loadError,
    setStreet: (text) => {
      touched.current = true;
      setStreetText(text);
    },
    setYear: (text) => {
      touched.current = true;
      setYearText(text);
    },
    suggest,
    save: async () => {
      if (street.trim() !== "") await workbook.setSetting(SETTINGS.street, street.trim());
      if (yearValue !== undefined && !Number.isNaN(yearValue))
        await workbook.setSetting(SETTINGS.year, yearValue);
    },
  };
}
