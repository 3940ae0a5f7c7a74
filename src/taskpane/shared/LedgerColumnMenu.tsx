import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { TableRegular } from "@fluentui/react-icons";
import { columnChoices } from "../../core/ledgers/columnChoices";
import type { Detection } from "../../core/ledgers/detect";
import { useLocale, useStrings } from "../../i18n";
import type { LedgerColumnPickerProps } from "./LedgerColumnPicker";

export interface LedgerColumnMenuProps extends LedgerColumnPickerProps {
  detections: readonly Detection[];
}

/** The 从台账填入 button and its list (its own chunk: Fluent's menu is not needed for the first paint). */
export default function LedgerColumnMenu({
  label,
  fields,
  detections,
  disabled,
  onPick,
}: LedgerColumnMenuProps) {
  const t = useStrings();
  const { locale } = useLocale();
  const fitting = fields ? columnChoices(detections, fields) : [];
  const choices = fitting.length > 0 ? fitting : columnChoices(detections);
  if (choices.length === 0) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          size="small"
          icon={<TableRegular />}
          aria-label={t.fillFromLedgerFor(label)}
          disabled={disabled}
        >
          {t.fillFromLedger}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {choices.map((c) => (
            <MenuItem key={c.address} onClick={() => onPick(c.address)}>
              {`${c.sheet} · ${locale === "zh-CN" ? c.label : c.labelEn} (${c.cells})`}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
