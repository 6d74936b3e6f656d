// Naive baselines: the same computations done the simplest way, without the
// library's checks and exact arithmetic, so that each benchmark figure has a
// reference measured in the same run.
import type { Measurement, Plan } from '../src/index.js';

/** Progress of every quantitative indicator by p = (a - b) / (t - b) in doubles, latest measurement only. */
export function naiveProgress(plan: Plan, measurements: ReadonlyMap<string, readonly Measurement[]>, asOf: string): number {
  let sum = 0;
  for (const o of plan.objectives) {
    for (const i of o.indicators) {
      const ms = (measurements.get(i.id) ?? []).filter((m) => m.date <= asOf);
      const a = ms[ms.length - 1];
      if (!a || i.kind !== 'quantitative' || i.target === undefined || a.value === undefined) continue;
      sum += (a.value - i.baseline.value) / (i.target - i.baseline.value);
    }
  }
  return sum;
}
