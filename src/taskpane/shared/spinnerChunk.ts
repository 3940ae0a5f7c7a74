/** Fluent's spinner, a chunk of its own: it shows only while work is pending, never in the first paint. */
export { Spinner as default } from "@fluentui/react-components";
