/** Roll-ups of indicators into objectives and of objectives into a plan (rule-book §6), exactly, and the worst status. */
import * as z from 'zod/mini';
import { ensure } from '../model/guard.js';
import { add, compare, div, fraction, mul, ONE, toNumber, ZERO, type Fraction } from '../model/decimal.js';
import { byRatio } from './evaluate-indicator.js';
import type { EvaluationSettings, IndicatorStatus, StatusCounts } from './evaluate-types.js';

/** Every status, from the worst to the best, as roll-ups rank them. */
export const STATUS_SEVERITY: readonly IndicatorStatus[] = [
  'at-risk',
  'behind',
  'stale',
  'no-data',
  'on-track',
  'not-started',
  'achieved',
];

/** The worst of some statuses (`at-risk` worst, `achieved` best); `no-data` for none. */
export function worstStatus(statuses: readonly IndicatorStatus[]): IndicatorStatus {
  ensure(StatusList, statuses, ['statuses']);
  return worstOf(statuses);
}

/** {@link worstStatus} of statuses the library computed (no check). */
function worstOf(statuses: readonly IndicatorStatus[]): IndicatorStatus {
  let worst: IndicatorStatus | undefined;
  for (const s of statuses) {
    if (worst === undefined || STATUS_SEVERITY.indexOf(s) < STATUS_SEVERITY.indexOf(worst)) worst = s;
  }
  return worst ?? 'no-data';
}

const StatusList = z.array(z.enum(['not-started', 'no-data', 'stale', 'achieved', 'on-track', 'behind', 'at-risk']));


export function emptyCounts(): StatusCounts {
  return { 'not-started': 0, 'no-data': 0, stale: 0, achieved: 0, 'on-track': 0, behind: 0, 'at-risk': 0 };
}

/** A child of a roll-up: an indicator of an objective, or an objective of a plan. */
interface RollUpChild {
  weight: number;
  value?: Fraction;
  expected?: Fraction;
  status: IndicatorStatus;
}

/** A roll-up's result, exact, with its numbers for people. */
export interface RollUp {
  score?: Fraction;
  expected?: Fraction;
  status: IndicatorStatus;
}

/** A weighted score of children: the weighted mean of their achievements (or scores), exactly. */
export function rollUp(children: readonly RollUpChild[], settings: EvaluationSettings): RollUp {
  let sw = ZERO;
  let sv = ZERO;
  let se = ZERO;
  let counted = 0;
  for (const c of children) {
    if (c.status === 'not-started') continue;
    const v = c.value ?? (settings.missingData === 'zero' ? ZERO : undefined);
    if (v === undefined) continue;
    const w = fraction(c.weight);
    sw = add(sw, w);
    sv = add(sv, mul(w, v));
    se = add(se, mul(w, c.expected ?? ZERO));
    counted += 1;
  }
  const score = counted > 0 ? div(sv, sw) : undefined;
  const expected = counted > 0 ? div(se, sw) : undefined;
  let status: IndicatorStatus;
  if (children.length > 0 && children.every((c) => c.status === 'not-started')) status = 'not-started';
  else if (settings.objectiveStatus === 'worst') {
    status = worstOf(children.filter((c) => c.status !== 'not-started').map((c) => c.status));
  } else if (score === undefined) status = 'no-data';
  else if (compare(score, ONE) >= 0) status = 'achieved';
  else status = byRatio(score, expected ?? ZERO, settings);
  return { ...(score !== undefined ? { score } : {}), ...(expected !== undefined ? { expected } : {}), status };
}

/** The numbers of a roll-up, for people. */
export function shown(r: RollUp): { score?: number; expected?: number; status: IndicatorStatus } {
  return {
    ...(r.score !== undefined ? { score: toNumber(r.score) } : {}),
    ...(r.expected !== undefined ? { expected: toNumber(r.expected) } : {}),
    status: r.status,
  };
}
