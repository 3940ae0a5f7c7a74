import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { TableRegular } from "@fluentui/react-icons";
import { columnChoices } from "../../core/ledgers";
import { useLocale, useStrings } from "../../i18n";
import { useOverview } from "./workbookOverview";

export interface LedgerColumnPickerProps {
  /** The field the column fills, for the button's accessible name. */
  label: string;
  /** Ledger field keys that fit the field ("unionEstablished"); all columns when none fit. */
  fields?: readonly string[];
  disabled?: boolean;
  onPick: (address: string) => void;
}

/**
 * "从台账填入": the recognised ledgers' columns (组织台账 · 是否建会 (D5:D224)); picking one fills the
 * field. Nothing shows until ledgers are recognised.
 */
export function LedgerColumnPicker({ label, fields, disabled, onPick }: LedgerColumnPickerProps) {
  const t = useStrings();
  const { locale } = useLocale();
  const { overview } = useOverview();
  if (!overview) return null;
  const fitting = fields ? columnChoices(overview.detections, fields) : [];
  const choices = fitting.length > 0 ? fitting : columnChoices(overview.detections);
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
