import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { ReportSettingsInput } from "./useReportSettings";
import { WorkbookErrorBar } from "./WorkbookErrorBar";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  street: { flexGrow: 2, flexBasis: "10em", minWidth: "10em" },
  year: { flexGrow: 1, flexBasis: "6em", minWidth: "6em", maxWidth: "9em" },
  input: { width: "100%", minWidth: 0 },
});

/** 街道名称 and 年度, side by side. */
export function ReportSettingsFields({ settings }: { settings: ReportSettingsInput }) {
  const t = useStrings();
  const styles = useStyles();
  const yearBad = Number.isNaN(settings.yearValue);
  return (
    <>
      {settings.loadError && (
        <WorkbookErrorBar
          title={t.readFailed}
          message={settings.loadError}
          hint={t.settingsReadHint}
        />
      )}
      <div className={styles.row}>
        <Field className={styles.street} label={t.streetField}>
          <Input
            className={styles.input}
            value={settings.street}
            placeholder={t.streetPlaceholder}
            onChange={(_, d) => settings.setStreet(d.value)}
          />
        </Field>
        <Field
          className={styles.year}
          label={t.yearField}
          validationState={yearBad ? "error" : "none"}
          validationMessage={yearBad ? t.yearInvalid : undefined}
        >
          <Input
            className={styles.input}
            value={settings.year}
            inputMode="numeric"
            onChange={(_, d) => settings.setYear(d.value)}
          />
        </Field>
      </div>
    </>
  );
}
