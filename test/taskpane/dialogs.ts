import { screen, waitFor } from "@testing-library/react";

/*
 * Fluent's modal dialogs in jsdom. Tabster marks a modal dialog aria-hidden until it sees focus arrive in
 * it; on a loaded test run the dialog's first focus sometimes lands before tabster has registered the
 * dialog, and the mark then stays although the dialog is open and its buttons work (seen in CI as a
 * dialog that "never opened" to role queries). These helpers therefore look the dialog up by role
 * whether or not tabster has caught up: they test what the pane does, not tabster's timing in jsdom.

 */

/** Dialog steps wait behind checks and file reads: on a loaded 2-core machine one has taken over 10 s. */
const SLOW = { timeout: 30000 };

/** The open confirmation named `name` (its title). */
export const findAlertDialog = (name: string | RegExp) =>
  screen.findByRole("alertdialog", { name, hidden: true }, SLOW);

/** A button of a dialog found by findAlertDialog. */
export const dialogButton = (dialog: HTMLElement, name: string) =>
  waitFor(() => {
    const button = [...dialog.querySelectorAll("button")].find((b) => b.textContent === name);
    expect(button).toBeDefined();
    return button!;
  }, SLOW);

/** Fluent keeps a closing dialog in the document a moment: the next one is asked for once it is gone. */
export const alertDialogGone = () =>
  waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull(), SLOW);
