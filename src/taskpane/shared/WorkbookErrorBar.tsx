import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** A failed workbook call, said plainly: what failed, Excel's message, and what to do. */
export function WorkbookErrorBar({
  title,
  message,
  hint,
}: {
  title: string;
  message: string;
  hint: string;
}) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message} {hint}
      </MessageBarBody>
    </MessageBar>
  );
}
