/** Wall-clock timing for the benchmark: the best of a few runs, after a warm-up. */
export function timeBest(run: () => unknown, repeats = 3): number {
  run(); // warm-up: let the JIT compile the hot path
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

export function fmtMs(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0);
}

export function fmtNs(ms: number, n: number): string {
  return ((ms * 1e6) / n).toFixed(1);
}

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
