import { Button, Field, Text } from "@fluentui/react-components";
import { useRef } from "react";
import { useLocale } from "../../i18n";
import { useFormStyles } from "../shared/formStyles";
import { PREVIOUS_STRINGS } from "./previousStrings";

export interface PreviousPickerProps {
  file: File | null;
  onChange: (file: File | null) => void;
  disabled?: boolean;
}

/** 上年工作簿: an .xlsx picked for 同比 (optional; cleared to report without it). */
export function PreviousPicker({ file, onChange, disabled }: PreviousPickerProps) {
  const { locale } = useLocale();
  const s = PREVIOUS_STRINGS[locale];
  const form = useFormStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Field label={s.label} hint={s.hint}>
      <div className={form.row}>
        <Button disabled={disabled} onClick={() => input.current?.click()}>
          {s.pick}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={s.pick}
          hidden
          onChange={(e) => {
            onChange(e.target.files?.[0] ?? null);
            e.target.value = "";
          }}
        />
        <Text>{file ? file.name : s.none}</Text>
        {file && (
          <Button appearance="subtle" onClick={() => onChange(null)}>
            {s.clear}
          </Button>
        )}
      </div>
    </Field>
  );
}
