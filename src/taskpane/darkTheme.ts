/** Fluent's dark theme, a chunk of its own: fetched only when Office is dark. */
export { webDarkTheme } from "@fluentui/react-components";
