/**
 * Text from a workbook (cell text, sheet names, file names) reaches the terminal through `check` and
 * `report`. A control character in it could clear the screen, move the cursor or recolour a line
 * (ESC[2J and a green "未发现问题" over real findings), so every line is printed with control
 * characters spelled out as visible escapes, as `--json` already does.
 */

/** C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates that can reorder what a line appears to say. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function escape(code: number): string {
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function terminalSafe(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    out += text.slice(from, i) + escape(code);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
