import { lazy, Suspense } from "react";

const Spinner = lazy(() => import(/* webpackChunkName: "spinner" */ "./spinnerChunk"));

/** A tiny spinner with its label; the label alone while the spinner's chunk loads. */
export function PendingSpinner({ label }: { label: string }) {
  return (
    <Suspense fallback={<span role="status">{label}</span>}>
      <Spinner size="tiny" labelPosition="after" label={label} />
    </Suspense>
  );
}
