import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n";
import type { Figure } from "./figure";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  label: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} 0`,
    verticalAlign: "top",
    whiteSpace: "nowrap",
  },
  value: {
    textAlign: "end",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  error: {
    textAlign: "end",
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface FigureRow {
  label: string;
  figure: Figure;
}

/** The figures a calculator shows at once: a label per row and its value, "—", or why it cannot be computed. */
export function FigureTable({ rows }: { rows: readonly FigureRow[] }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t.results}</caption>
      <tbody>
        {rows.map(({ label, figure }, i) => (
          <tr key={i}>
            <th scope="row" className={styles.label}>
              {label}
            </th>
            {figure.kind === "error" ? (
              <td className={styles.error} role="alert">
                {figure.message}
              </td>
            ) : (
              <td className={styles.value}>{figure.kind === "value" ? figure.text : t.noFigure}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
