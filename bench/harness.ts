/** A small benchmark harness: warm up, then time runs until a time budget is spent. */
export interface BenchResult {
  name: string;
  runs: number;
  meanMs: number;
  minMs: number;
  /** The middle run: what a typical run takes when a few runs wait on the disk (fsync) or a collection. */
  medianMs?: number;
  note?: string;
}

/** The middle of some timings (the mean of the two middle ones for an even count). */
export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times `fn` (after `warmup` untimed runs) for at least `minRuns` runs or `budgetMs`. */
export function bench(name: string, fn: () => unknown, options: { warmup?: number; minRuns?: number; budgetMs?: number; note?: string } = {}): BenchResult {
  const { warmup = 2, minRuns = 5, budgetMs = 1500 } = options;
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || performance.now() - started < budgetMs) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    if (times.length >= 1000) break;
  }
  const meanMs = times.reduce((a, b) => a + b, 0) / times.length;
  return { name, runs: times.length, meanMs, minMs: Math.min(...times), note: options.note };
}

/** Prints results as a table. */
export function report(results: BenchResult[]): void {
  const rows = results.map((r) => [r.name, String(r.runs), r.meanMs.toFixed(2), r.minMs.toFixed(2), r.note ?? '']);
  const head = ['benchmark', 'runs', 'mean ms', 'min ms', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
