import { waitFor } from "@testing-library/react";

/*
 * Fluent's modal dialogs in jsdom. Tabster marks a modal dialog aria-hidden until it sees focus arrive in
 * it; on a loaded test run the dialog's first focus sometimes lands before tabster has registered the
 * dialog, and the mark then stays although the dialog is open and its buttons work. Captured in CI: the
 * surface was in the document with role alertdialog and its title, but aria-hidden, and a role query
 * cannot compute the name of an aria-hidden dialog (its title's text is hidden too), even with
 * `hidden: true`. These helpers therefore find the dialog by its role and its title's text: they test
 * what the pane does, not tabster's timing in jsdom.
 */

/** Dialog steps wait behind checks and file reads: on a loaded 2-core machine one has taken over 10 s. */
const SLOW = { timeout: 30000 };

const titleOf = (dialog: Element) =>
  document.getElementById(dialog.getAttribute("aria-labelledby") ?? "")?.textContent ?? "";

/** The open confirmation whose title is `name`. */
export const findAlertDialog = (name: string) =>
  waitFor(() => {
    const dialogs = [...document.querySelectorAll<HTMLElement>('[role="alertdialog"]')];
    const dialog = dialogs.find((d) => titleOf(d) === name);
    expect(dialog).toBeDefined();
    return dialog!;
  }, SLOW);

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
