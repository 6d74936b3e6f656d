/** One indicator's evaluation on a date, exactly (rule-book §6): progress, expected progress, status. */
import { ensure, guarded } from '../model/guard.js';
import { dayNumber } from '../model/calendar.js';
import { addDaysUnchecked, addMonthsUnchecked } from '../model/calendar.js';
import { IndicatorSchema, type Indicator, type QuantitativeIndicator } from './schema.js';
import {
  abs,
  add,
  clampFraction,
  compare,
  div,
  fraction,
  isZero,
  mul,
  ONE,
  ratio,
  sub,
  toNumber,
  ZERO,
  type Fraction,
} from '../model/decimal.js';

import { checkedCommon, checkMeasurementList } from './evaluate-arguments.js';
import { leastSquares } from './evaluate-forecast.js';
import type { EvaluateIndicatorOptions, EvaluationSettings, IndicatorEvaluation, IndicatorStatus, Measurement } from './evaluate-types.js';
import { remembered } from '../model/memo.js';

const before = new Map<string, string>();
/** The date `count` periods before `iso` (remembered: evaluations ask for the same few dates again and again). */
function periodsBefore(iso: string, count: number, cadence: EvaluationSettings['cadence']): string {
  return remembered(before, `${iso}|${count}|${cadence.every}|${cadence.unit}`, () => {
    const n = count * cadence.every;
    return cadence.unit === 'month' ? addMonthsUnchecked(iso, -n) : addDaysUnchecked(iso, -(cadence.unit === 'week' ? 7 * n : n));
  });
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

// ---------------------------------------------------------------------------
// Exact numbers of an indicator (decimals as written, kept as fractions)
// ---------------------------------------------------------------------------

/** The constants of a quantitative indicator as exact fractions, computed once per indicator object. */
interface QuantitativeExact {
  b: Fraction;
  t?: Fraction;
  lo?: Fraction;
  hi?: Fraction;
  /** Width over which progress falls from 1 to 0 outside the band. */
  width?: Fraction;
  scale?: Fraction;
}
const exactCache = new WeakMap<object, QuantitativeExact & { pointTolerance: number }>();
function exactOf(ind: QuantitativeIndicator, pointTolerance: number): QuantitativeExact {
  const cached = exactCache.get(ind);
  if (cached && cached.pointTolerance === pointTolerance) return cached;
  const x: QuantitativeExact & { pointTolerance: number } = { b: fraction(ind.baseline.value), pointTolerance };
  if (ind.target !== undefined) x.t = fraction(ind.target);
  if (ind.band) {
    const lo = fraction(ind.band[0]);
    const hi = fraction(ind.band[1]);
    x.lo = lo;
    x.hi = hi;
    if (compare(hi, lo) > 0) x.width = sub(hi, lo);
    else if (ind.tolerance !== undefined) x.width = fraction(ind.tolerance);
    else if (isZero(lo)) x.width = fraction(pointTolerance);
    else x.width = mul(abs(lo), fraction(pointTolerance));
  }
  if (ind.ratio) x.scale = fraction(ind.ratio.scale);
  exactCache.set(ind, x);
  return x;
}

/** Progress of a quantitative value `a` (rule-book §6), exactly. */
function quantitativeProgress(ind: QuantitativeIndicator, x: QuantitativeExact, a: Fraction): Fraction {
  if (ind.polarity === 'increase' || ind.polarity === 'decrease') return div(sub(a, x.b), sub(x.t!, x.b));
  const lo = x.lo!;
  const hi = x.hi!;
  if (compare(a, lo) >= 0 && compare(a, hi) <= 0) return ONE;
  const dist = compare(a, lo) < 0 ? sub(lo, a) : sub(a, hi);
  const p = sub(ONE, div(dist, x.width!));
  return compare(p, ZERO) < 0 ? ZERO : p;
}

/** The value of a ratio indicator over the measurements of one period: summed parts, never averaged percentages. */
function ratioValue(x: QuantitativeExact, ms: readonly Measurement[]): Fraction | undefined {
  let num = ZERO;
  let den = ZERO;
  for (const m of ms) {
    if (m.numerator === undefined || m.denominator === undefined) continue;
    const parts = exactParts(m);
    num = add(num, parts.numerator!);
    den = add(den, parts.denominator!);
  }
  return compare(den, ZERO) > 0 ? div(mul(num, x.scale!), den) : undefined;
}

/** The exact value of a number of a measurement, remembered per measurement (records are read many times). */
const measured = new WeakMap<Measurement, { value?: Fraction; numerator?: Fraction; denominator?: Fraction }>();
function exactParts(m: Measurement): { value?: Fraction; numerator?: Fraction; denominator?: Fraction } {
  let parts = measured.get(m);
  if (!parts) {
    parts = {};
    if (m.value !== undefined) parts.value = fraction(m.value);
    if (m.numerator !== undefined) parts.numerator = fraction(m.numerator);
    if (m.denominator !== undefined) parts.denominator = fraction(m.denominator);
    // Only a measurement that cannot change is remembered (a record's); a copy made for one call is not kept.
    if (Object.isFrozen(m)) measured.set(m, parts);
  }
  return parts;
}

/** The value of one measurement of a quantitative indicator. */
function valueOf(ind: QuantitativeIndicator, x: QuantitativeExact, m: Measurement): Fraction | undefined {
  const parts = exactParts(m);
  if (ind.ratio) {
    return parts.denominator && !isZero(parts.denominator)
      ? div(mul(parts.numerator ?? ZERO, x.scale!), parts.denominator)
      : undefined;
  }
  return parts.value;
}

/**
 * Expected progress `e` on day `d`, exactly: 0 before the start, 1 from the
 * deadline; between them linear, or through the interim targets
 * (interpolated linearly between them, or held at the last one reached for a
 * `step` trajectory). `maintain` expects the band from the start; a
 * milestone is expected on its deadline.
 */
function expectedProgress(ind: Indicator, start: number, deadline: number, d: number, x?: QuantitativeExact): Fraction {
  if (d >= deadline) return ONE;
  if (ind.kind === 'milestone') return ZERO;
  if (ind.kind === 'quantitative' && ind.polarity === 'maintain') return ONE;
  if (d <= start) return ZERO;
  const points: [number, Fraction][] = [[start, ZERO]];
  if (ind.kind === 'quantitative' && x && (ind.polarity === 'increase' || ind.polarity === 'decrease')) {
    const span = sub(x.t!, x.b);
    for (const it of ind.interim ?? []) points.push([dayNumber(it.date), div(sub(fraction(it.value), x.b), span)]);
  }
  points.push([deadline, ONE]);
  const step = ind.kind === 'quantitative' && ind.trajectory === 'step';
  for (let i = points.length - 1; i >= 0; i--) {
    const [x0, y0] = points[i]!;
    if (x0 > d) continue;
    if (step) return clampFraction(y0, ZERO, ONE);
    const [x1, y1] = points[i + 1]!;
    return clampFraction(add(y0, mul(sub(y1, y0), ratio(d - x0, x1 - x0))), ZERO, ONE);
  }
  return ZERO;
}

/**
 * Evaluates one indicator on `asOf` from its measurements (in any order;
 * those dated after `asOf` are ignored).
 *
 * Status, in this order: `not-started` (before the start), `no-data` (no
 * measurement), `stale` (latest older than the configured age), `achieved`
 * (p >= 1), then by `r = p / e`: `on-track` (r >= 0.95), `behind` (r >= 0.85),
 * `at-risk` (below); thresholds from the programme.
 *
 * @example
 * ```ts
 * // Scrap rate from 4 % to 2 % between mid-2010 and the end of 2011; 3 % measured.
 * const ev = evaluateIndicator(scrapRate, [{ date: '2011-03-01', value: 3 }], '2011-03-31', settings);
 * ev.progress; // (3 - 4) / (2 - 4) = 0.5
 * ```
 */
export function evaluateIndicator(
  indicator: Indicator,
  measurements: readonly Measurement[],
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions = {},
): IndicatorEvaluation {
  return guarded(undefined, () => {
    const c = checkedCommon(asOf, settings, options);
    const ind = ensure(IndicatorSchema, indicator, ['indicator']);
    const ms = checkMeasurementList(measurements, ['measurements']);
    return indicatorExact(ind, ms, c.asOf, c.settings, c.options).evaluation;
  });
}

/** An indicator's evaluation with its progress and expected progress as exact fractions, for roll-ups. */
interface ExactEvaluation {
  evaluation: IndicatorEvaluation;
  achievement?: Fraction;
  expected: Fraction;
}

export function indicatorExact(
  indicator: Indicator,
  measurements: readonly Measurement[],
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions,
): ExactEvaluation {
  const declaredStart = indicator.kind === 'milestone' ? (indicator.start ?? options.start) : indicator.baseline.date;
  const startIso = declaredStart ?? indicator.deadline;
  const d = dayNumber(asOf);
  const start = dayNumber(startIso);
  const deadline = dayNumber(indicator.deadline);
  const weight = indicator.weight ?? 1;
  // Measurements up to the date; for a quantitative or scale indicator, only
  // those on or after its baseline date (an older one says nothing of progress).
  const from = indicator.kind === 'milestone' ? undefined : indicator.baseline.date;
  const upTo = measurements
    .filter((m) => m.date <= asOf && (from === undefined || m.date >= from))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const exact = indicator.kind === 'quantitative' ? exactOf(indicator, settings.pointTolerance) : undefined;
  const expectedF = expectedProgress(indicator, start, deadline, d, exact);
  const out: IndicatorEvaluation = {
    indicator: indicator.id,
    name: indicator.name,
    kind: indicator.kind,
    weight,
    status: 'no-data',
    start: startIso,
    deadline: indicator.deadline,
    expected: toNumber(expectedF),
  };

  let progressF: Fraction | undefined;
  let target: number | undefined;
  let baseline: number | undefined;
  let series: { x: number; y: number }[] = [];
  let toProgress: ((v: number) => number) | undefined;

  if (indicator.kind === 'quantitative') {
    const x = exact!;
    out.unit = indicator.unit;
    baseline = indicator.baseline.value;
    if (indicator.band) out.band = [indicator.band[0], indicator.band[1]];
    else target = indicator.target;
    toProgress = (v) => toNumber(quantitativeProgress(indicator, x, fraction(v)));
    const values: { m: Measurement; v: Fraction }[] = [];
    for (const m of upTo) {
      const v = valueOf(indicator, x, m);
      if (v !== undefined) values.push({ m, v });
    }
    const latest = values[values.length - 1];
    if (latest) {
      let a: Fraction | undefined;
      if (indicator.ratio) {
        const since = periodsBefore(latest.m.date, 1, settings.cadence);
        a = ratioValue(
          x,
          values.filter((p) => p.m.date > since).map((p) => p.m),
        );
      } else a = latest.v;
      if (a !== undefined) {
        out.latest = { date: latest.m.date, value: toNumber(a) };
        progressF = quantitativeProgress(indicator, x, a);
      }
    }
    series = [{ x: start, y: baseline }, ...values.map((p) => ({ x: dayNumber(p.m.date), y: toNumber(p.v) }))];
  } else if (indicator.kind === 'scale') {
    const score = new Map(indicator.levels.map((l) => [l.id, l.score]));
    baseline = score.get(indicator.baseline.level) ?? 0;
    target = score.get(indicator.target) ?? 1;
    const b = fraction(baseline);
    const span = sub(fraction(target), b);
    const progressOf = (s: number) => div(sub(fraction(s), b), span);
    toProgress = (s) => toNumber(progressOf(s));
    const withLevel = upTo.filter((m) => m.level !== undefined && score.has(m.level));
    const latest = withLevel[withLevel.length - 1];
    if (latest) {
      const s = score.get(latest.level!)!;
      out.latest = { date: latest.date, level: latest.level!, value: s };
      progressF = progressOf(s);
    }
    series = [{ x: start, y: baseline }, ...withLevel.map((m) => ({ x: dayNumber(m.date), y: score.get(m.level!)! }))];
  } else {
    baseline = 0;
    target = 1;
    const withDone = upTo.filter((m) => m.done !== undefined);
    const latest = withDone[withDone.length - 1];
    if (latest) {
      out.latest = { date: latest.date, done: latest.done! };
      progressF = latest.done ? ONE : ZERO;
    }
  }
  if (baseline !== undefined) out.baseline = baseline;
  if (target !== undefined) out.target = target;

  const cap = fraction(settings.cap);
  let achievementF: Fraction | undefined;
  if (progressF !== undefined) {
    achievementF = clampFraction(progressF, ZERO, cap);
    out.progress = toNumber(progressF);
    out.achievement = toNumber(achievementF);
    if (!isZero(expectedF)) out.ratio = toNumber(div(progressF, expectedF));
  }

  // Forecast and required rate
  if (toProgress && series.length >= 2 && declaredStart !== undefined) {
    const fit = leastSquares(
      series.map((p) => p.x - start),
      series.map((p) => p.y),
    );
    if (fit) {
      const projectedValue = fit.a + fit.b * (deadline - start);
      const projectedProgress = toProgress(projectedValue);
      out.forecast = {
        slopePerDay: fit.b,
        projectedValue,
        projectedProgress,
        projectedAchievement: clamp(projectedProgress, 0, settings.cap),
      };
    }
  }
  if (target !== undefined && out.latest?.value !== undefined && indicator.kind !== 'milestone') {
    const periodsLeft = settings.schedule.filter((s) => s > asOf && s <= indicator.deadline).length;
    if (periodsLeft > 0) {
      out.requiredRate = {
        perPeriod: toNumber(div(sub(fraction(target), fraction(out.latest.value)), ratio(periodsLeft, 1))),
        periodsLeft,
      };
    }
  }

  // Status, in the order of the rule-book
  if (declaredStart !== undefined && d < start) out.status = 'not-started';
  else if (!out.latest || progressF === undefined) out.status = 'no-data';
  else if (isStale(out.latest.date, asOf, settings)) out.status = 'stale';
  else if (compare(progressF, ONE) >= 0) out.status = 'achieved';
  else out.status = byRatio(progressF, expectedF, settings);
  return { evaluation: out, ...(achievementF ? { achievement: achievementF } : {}), expected: expectedF };
}

function isStale(latest: string, asOf: string, settings: EvaluationSettings): boolean {
  const { count, unit } = settings.staleAfter;
  const limit = periodsBefore(asOf, unit === 'day' ? 1 : count, unit === 'day' ? { every: count, unit: 'day' } : settings.cadence);
  return latest < limit;
}

/** Status by `r = p / e`, compared exactly against the programme's thresholds. */
export function byRatio(p: Fraction, e: Fraction, settings: EvaluationSettings): IndicatorStatus {
  if (compare(e, ZERO) <= 0) return 'on-track';
  // r >= k  <=>  p >= k * e, since e > 0
  if (compare(p, mul(fraction(settings.thresholds.onTrack), e)) >= 0) return 'on-track';
  if (compare(p, mul(fraction(settings.thresholds.behind), e)) >= 0) return 'behind';
  return 'at-risk';
}
