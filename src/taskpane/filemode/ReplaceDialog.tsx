import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings } from "../../i18n";

export interface ReplaceDialogProps {
  /** The open file whose changes are not downloaded. */
  fileName: string;
  onReplace: () => void;
  onCancel: () => void;
}

/**
 * Asks before another workbook replaces changes not downloaded. Its own chunk: Fluent's dialog loads
 * only when there is something to ask.
 */
export default function ReplaceDialog({ fileName, onReplace, onCancel }: ReplaceDialogProps) {
  const t = useStrings();
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.replaceTitle}</DialogTitle>
          <DialogContent>{t.replaceBody(fileName)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              {t.replaceConfirm}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
