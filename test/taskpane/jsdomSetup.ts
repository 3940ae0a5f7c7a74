/**
 * What jsdom lacks and the pane's components use: jest-dom's matchers, ResizeObserver (Fluent's
 * MessageBar watches its width to reflow its actions), and TextDecoder for file mode. Imported first by renderPane.
 */
import "@testing-library/jest-dom";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoResizeObserver;

// jsdom has no TextDecoder/TextEncoder (browsers do): the file host reads zip entry names with them.
const text = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
if (typeof text.TextDecoder === "undefined") text.TextDecoder = NodeTextDecoder;
if (typeof text.TextEncoder === "undefined") text.TextEncoder = NodeTextEncoder;

// The pane loads English on demand; the tests have both tables at hand from the start.
import { addStrings } from "../../src/i18n/strings";
import { enUS } from "../../src/i18n/en-US";
addStrings("en-US", enUS);

// The announcer's live regions repeat what the status bars say: text queries look at what is shown,
// and the announcement tests read the regions by their test ids.
import { configure } from "@testing-library/dom";
configure({ defaultIgnore: "script, style, [data-announcer] span" });
