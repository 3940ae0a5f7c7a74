import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n";

const useStyles = makeStyles({
  skeleton: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  bar: {
    height: "24px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  short: { width: "40%", height: "16px" },
});

/**
 * Shown while a page's chunk loads: the shape of a form, never a blank pane (plain bars: Fluent's
 * Skeleton would add its styles to the first paint for a moment's display).
 */
export function PageSkeleton() {
  const t = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.skeleton} role="status" aria-label={t.pageLoading} data-page-loading>
      <div className={`${styles.bar} ${styles.short}`} />
      <div className={styles.bar} />
      <div className={styles.bar} />
      <div className={styles.bar} />
    </div>
  );
}
