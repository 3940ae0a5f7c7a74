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
      })
      // No settings yet reads as undefined; a rejection is a real failure, shown beside the fields.
      .catch(
        (error: unknown) =>
          live && setLoadError(error instanceof Error ? error.message : String(error))
      );
    return () => {
      live = false;
    };
  }, [workbook, canUse]);

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
    save: async () => {
      if (street.trim() !== "") await workbook.setSetting(SETTINGS.street, street.trim());
      if (yearValue !== undefined && !Number.isNaN(yearValue))
        await workbook.setSetting(SETTINGS.year, yearValue);
    },
  };
}
