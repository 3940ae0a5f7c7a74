/**
 * What jsdom lacks and the pane's components use: jest-dom's matchers, and ResizeObserver (Fluent's
 * MessageBar watches its width to reflow its actions). Imported first by renderPane.
 */
import "@testing-library/jest-dom";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoResizeObserver;
