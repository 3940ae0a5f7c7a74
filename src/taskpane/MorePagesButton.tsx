import { Button, type ButtonProps } from "@fluentui/react-components";
import { MoreHorizontalRegular } from "@fluentui/react-icons";
import { forwardRef } from "react";

/**
 * The 更多页面 button, one look in both places: the tab row's stand-in while the menu's chunk loads
 * (so the row does not jump) and the menu's trigger. It passes its ref on: the row measures it, and
 * Fluent's MenuTrigger needs it.
 */
export const MorePagesButton = forwardRef<HTMLButtonElement, ButtonProps>(
  function MorePagesButton(props, ref) {
    return (
      <Button
        ref={ref}
        appearance="transparent"
        size="small"
        icon={<MoreHorizontalRegular />}
        {...props}
      />
    );
  }
);
