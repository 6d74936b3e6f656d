/** Small rules of plans (rule-book §5). */
import type { Indicator } from './schema.js';

/** The shape of measurement an indicator takes: a value, ratio parts, a level or done. */
export type MeasurementShape = 'value' | 'ratio' | 'level' | 'done';

/** The shape of measurement an indicator takes. */
export function measurementShape(ind: Indicator): MeasurementShape {
  if (ind.kind === 'quantitative') return ind.ratio ? 'ratio' : 'value';
  return ind.kind === 'scale' ? 'level' : 'done';
}
