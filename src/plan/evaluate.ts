/**
 * Indicator evaluation and roll-ups (rule-book §6).
 *
 * Progress `p` of an indicator is one formula for both directions,
 * `(a - b) / (t - b)`, so a "decrease" indicator is never computed
 * backwards: from 4 % scrap to a target of 2 %, a measurement of 3 % is
 * `(3 - 4) / (2 - 4) = 0.5`. Bands count full progress inside and lose it
 * with the distance outside, on either side. Scales use the levels' scores,
 * never their positions, so 5.9 on a 0-10 scale is 59 %, not 50 %. Ratio
 * indicators sum numerators and denominators instead of averaging
 * percentages. Achievement is `p` clamped to [0, cap]; the unclamped value is
 * kept. Nothing is rounded here: rounding happens only when a number is
 * shown (see {@link formatPercent}).
 */
import * as z from 'zod/mini';
import { EditionCalendar, EvaluationSettings as EvaluationSettingsSchema, type ProgrammeDefinition } from '../programme/schema.js';
import { MechnetError } from '../errors/mechnet-error.js';
import { deepFreeze, madeHere } from '../model/freeze.js';
import { ensure, guarded, reading, refuse, typeName, vouch } from '../model/guard.js';
import { DATE_RANGE, decimalsOf, figure, IsoDate, MAX_DECIMALS, MAX_FIGURE } from '../model/schemas.js';
import { dayNumber, isIsoDate } from '../model/calendar.js';
import { addDaysUnchecked, addMonthsUnchecked } from '../model/calendar.js';
import { verificationSchedule } from '../verification/schedule.js';
import { IndicatorSchema, ObjectiveSchema, PlanSchema, type Indicator, type Objective, type Plan, type QuantitativeIndicator } from './schema.js';
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

/** The status of an indicator, objective or plan on a date. */
export type IndicatorStatus = 'not-started' | 'no-data' | 'stale' | 'achieved' | 'on-track' | 'behind' | 'at-risk';

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

/** One measurement of an indicator (a `measurement.recorded` event fits). */
export interface Measurement {
  date: string;
  value?: number;
  numerator?: number;
  denominator?: number;
  level?: string;
  done?: boolean;
}

/** The settings of an evaluation, read from the programme definition. */
export interface EvaluationSettings {
  cap: number;
  thresholds: { onTrack: number; behind: number };
  staleAfter: { count: number; unit: 'cadence' | 'day' };
  pointTolerance: number;
  missingData: 'ignore' | 'zero';
  objectiveStatus: 'worst' | 'score';
  /** Length of one verification period, for staleness and ratio windows. */
  cadence: { every: number; unit: 'day' | 'week' | 'month' };
  /** The verification dates, to count the periods left before a deadline. */
  schedule: readonly string[];
}

/**
 * The evaluation settings of a programme: its cap, thresholds, staleness,
 * tolerance and roll-up modes, with its verification cadence and schedule.
 *
 * @example
 * ```ts
 * const settings = evaluationSettings(mechnetDefinition);
 * settings.cap; // 1.2
 * ```
 */
export function evaluationSettings(definition: Pick<ProgrammeDefinition, 'evaluation' | 'calendar'>): EvaluationSettings {
  return guarded(undefined, () => {
    definition = ensure(SettingsSource, definition, ['definition']);
    const c = definition.calendar.verification.cadence;
    const schedule = verificationSchedule(definition);
    let cadence: EvaluationSettings['cadence'];
    if ('dates' in c) {
      const first = schedule[0];
      const last = schedule[schedule.length - 1];
      const gap = first && last && schedule.length > 1 ? Math.round((dayNumber(last) - dayNumber(first)) / (schedule.length - 1)) : 90;
      cadence = { every: Math.max(1, gap), unit: 'day' };
    } else cadence = { every: c.every, unit: c.unit };
    // Frozen and vouched for: the evaluations given these settings need not check them again.
    return vouch(EvaluationSettingsArg, deepFreeze({ ...definition.evaluation, cadence, schedule }));
  });
}

/** The parts of a definition that {@link evaluationSettings} reads. */
const SettingsSource = z.object({ evaluation: EvaluationSettingsSchema, calendar: EditionCalendar });

/** Evaluation settings given by a caller: the programme's, with its cadence and schedule. */
const EvaluationSettingsArg = z.extend(EvaluationSettingsSchema, {
  cadence: z.strictObject({ every: z.int().check(z.gte(1), z.lte(3660)), unit: z.enum(['day', 'week', 'month']) }),
  schedule: z.array(IsoDate),
});

/** One measurement given by a caller (a `measurement.recorded` event fits: other fields are ignored). */
const MeasurementArg = z.object({
  date: IsoDate,
  value: z.optional(figure()),
  numerator: z.optional(figure()),
  denominator: z.optional(figure({ gt: 0 })),
  level: z.optional(z.string()),
  done: z.optional(z.boolean()),
});
const MeasurementsArg = z.array(MeasurementArg);

/** Whether a value is a figure within bounds (the common case, checked without building issues). */
function isFigure(x: unknown, positive = false): boolean {
  return typeof x === 'number' && Number.isFinite(x) && (positive ? x > 0 : x >= -MAX_FIGURE) && x <= MAX_FIGURE && decimalsOf(x) <= MAX_DECIMALS;
}

/**
 * A caller's measurements, checked quickly field by field and read once
 * each: a measurement the library made (an event of a record it checked) is
 * used as it is, so that what is remembered about it holds across calls;
 * any other is copied into a plain measurement. Anything wrong is reported
 * with the schema's own issues.
 */
function checkMeasurementList(list: unknown, path: (string | number)[]): readonly Measurement[] {
  return reading(() => quickMeasurements(list), path) ?? ensure(MeasurementsArg, list, path);
}

/** The measurements as plain data when each has the common shape, or undefined for the schema to judge. */
function quickMeasurements(list: unknown): Measurement[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const n = list.length;
  const out = new Array<Measurement>(n);
  for (let i = 0; i < n; i++) {
    const m: unknown = list[i];
    if (m === null || typeof m !== 'object') return undefined;
    const x = madeHere(m) ? (m as Measurement) : plainMeasurement(m as Record<string, unknown>);
    if (
      !isIsoDate(x.date) ||
      x.date < DATE_RANGE.min ||
      x.date > DATE_RANGE.max ||
      (x.value !== undefined && !isFigure(x.value)) ||
      (x.numerator !== undefined && !isFigure(x.numerator)) ||
      (x.denominator !== undefined && !isFigure(x.denominator, true)) ||
      (x.level !== undefined && typeof x.level !== 'string') ||
      (x.done !== undefined && typeof x.done !== 'boolean')
    ) {
      return undefined;
    }
    out[i] = x;
  }
  return out;
}

/** The fields of a measurement, each read once, into a plain object (other fields are ignored). */
function plainMeasurement(m: Record<string, unknown>): Measurement {
  const { date, value, numerator, denominator, level, done } = m;
  const x: Record<string, unknown> = { date };
  if (value !== undefined) x.value = value;
  if (numerator !== undefined) x.numerator = numerator;
  if (denominator !== undefined) x.denominator = denominator;
  if (level !== undefined) x.level = level;
  if (done !== undefined) x.done = done;
  return x as unknown as Measurement;
}
const IndicatorOptionsArg = z.object({ start: z.optional(IsoDate) });

/** The arguments common to the evaluation functions, checked. */
function checkedCommon(
  asOf: unknown,
  settings: unknown,
  options: unknown,
): { asOf: string; settings: EvaluationSettings; options: EvaluateIndicatorOptions } {
  return {
    // The date every call gives, recognised without the schema (which judges anything else, with its words).
    asOf: isIsoDate(asOf) && asOf >= DATE_RANGE.min && asOf <= DATE_RANGE.max ? asOf : ensure(IsoDate, asOf, ['asOf']),
    settings: ensure(EvaluationSettingsArg, settings, ['settings']),
    options: plainIndicatorOptions(options) ?? ensure(IndicatorOptionsArg, options, ['options']),
  };
}

/** Options with at most a valid `start` date, recognised without a schema: a copy, or undefined for the schema to judge. */
function plainIndicatorOptions(options: unknown): EvaluateIndicatorOptions | undefined {
  if (options === undefined) return {};
  try {
    if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype) return undefined;
    const keys = Object.keys(options);
    if (keys.length === 0) return {};
    const start = (options as { start?: unknown }).start;
    return keys.length === 1 && keys[0] === 'start' && isIsoDate(start) && start >= DATE_RANGE.min && start <= DATE_RANGE.max ? { start } : undefined;
  } catch (e) {
    if (e instanceof MechnetError) throw e;
    return undefined; // a getter that throws: the schema will say so
  }
}

/** Measurements by indicator, each list checked and read into plain data. */
function checkedMeasurements(m: unknown): ReadonlyMap<string, readonly Measurement[]> {
  return reading(() => {
    const notAnObject = () => refuse('invalid_type', ['measurements'], { expected: 'object', received: typeName(m) });
    if (m === null || typeof m !== 'object') notAnObject();
    const out = new Map<string, readonly Measurement[]>();
    if (m instanceof Map) {
      for (const [id, list] of m as ReadonlyMap<unknown, unknown>) {
        if (typeof id !== 'string') notAnObject();
        out.set(id as string, checkMeasurementList(list, ['measurements', id as string]));
      }
    } else if (Array.isArray(m)) {
      // Measurement events: grouped by indicator, each read once.
      const groups = new Map<string, unknown[]>();
      const n = m.length;
      for (let i = 0; i < n; i++) {
        const x: unknown = m[i];
        if (x === null || typeof x !== 'object') notAnObject();
        const copy = madeHere(x) ? (x as Measurement & { indicator: string }) : { ...(x as object) };
        const id = (copy as { indicator?: unknown }).indicator;
        if (typeof id !== 'string') notAnObject();
        const group = groups.get(id as string);
        if (group) group.push(copy);
        else groups.set(id as string, [copy]);
      }
      for (const [id, list] of groups) out.set(id, checkMeasurementList(list, ['measurements', id]));
    } else {
      for (const [id, list] of Object.entries(m as object)) out.set(id, checkMeasurementList(list, ['measurements', id]));
    }
    return out;
  }, ['measurements']);
}

/** A forecast by least squares over the measurements since the baseline. */
export interface Forecast {
  /** Change of the value per day. */
  slopePerDay: number;
  /** The value the trend reaches on the deadline. */
  projectedValue: number;
  /** Its progress, uncapped, and achievement, capped. */
  projectedProgress: number;
  projectedAchievement: number;
}

/** The evaluation of one indicator on a date. */
export interface IndicatorEvaluation {
  indicator: string;
  name: string;
  kind: Indicator['kind'];
  unit?: string;
  weight: number;
  status: IndicatorStatus;
  /** When progress starts being expected (the baseline date), and the deadline. */
  start: string;
  deadline: string;
  /** Baseline and target values (scores for a scale; 0 and 1 for a milestone). */
  baseline?: number;
  target?: number;
  band?: [number, number];
  /** The latest measurement at or before the date; for a ratio, the value of its period. */
  latest?: { date: string; value?: number; level?: string; done?: boolean };
  /** Progress `p`, unclamped. */
  progress?: number;
  /** `clamp(p, 0, cap)`. */
  achievement?: number;
  /** Expected progress `e` on the date, in [0, 1]. */
  expected: number;
  /** `r = p / e`, when something is expected. */
  ratio?: number;
  forecast?: Forecast;
  /** What the value must change per verification period to reach the target. */
  requiredRate?: { perPeriod: number; periodsLeft: number };
}

const before = new Map<string, string>();
/** The date `count` periods before `iso` (remembered: evaluations ask for the same few dates again and again). */
function periodsBefore(iso: string, count: number, cadence: EvaluationSettings['cadence']): string {
  const key = `${iso}|${count}|${cadence.every}|${cadence.unit}`;
  let out = before.get(key);
  if (out === undefined) {
    const n = count * cadence.every;
    out = cadence.unit === 'month' ? addMonthsUnchecked(iso, -n) : addDaysUnchecked(iso, -(cadence.unit === 'week' ? 7 * n : n));
    if (before.size > 10_000) before.clear();
    before.set(key, out);
  }
  return out;
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

/** Least squares line through the points; undefined with fewer than two distinct x. */
function leastSquares(xs: readonly number[], ys: readonly number[]): { a: number; b: number } | undefined {
  const n = xs.length;
  if (n < 2) return undefined;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    sxx += dx * dx;
    sxy += dx * (ys[i]! - my);
  }
  if (sxx === 0) return undefined;
  const b = sxy / sxx;
  return { a: my - b * mx, b };
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

/** Options of {@link evaluateIndicator}. */
export interface EvaluateIndicatorOptions {
  /** When work on a milestone starts, if it does not say: usually the plan's approval. */
  start?: string;
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

function indicatorExact(
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
function byRatio(p: Fraction, e: Fraction, settings: EvaluationSettings): IndicatorStatus {
  if (compare(e, ZERO) <= 0) return 'on-track';
  // r >= k  <=>  p >= k * e, since e > 0
  if (compare(p, mul(fraction(settings.thresholds.onTrack), e)) >= 0) return 'on-track';
  if (compare(p, mul(fraction(settings.thresholds.behind), e)) >= 0) return 'behind';
  return 'at-risk';
}

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

/** Counts of indicators per status. */
export type StatusCounts = Record<IndicatorStatus, number>;

function emptyCounts(): StatusCounts {
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
interface RollUp {
  score?: Fraction;
  expected?: Fraction;
  status: IndicatorStatus;
}

/** A weighted score of children: the weighted mean of their achievements (or scores), exactly. */
function rollUp(children: readonly RollUpChild[], settings: EvaluationSettings): RollUp {
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
function shown(r: RollUp): { score?: number; expected?: number; status: IndicatorStatus } {
  return {
    ...(r.score !== undefined ? { score: toNumber(r.score) } : {}),
    ...(r.expected !== undefined ? { expected: toNumber(r.expected) } : {}),
    status: r.status,
  };
}

/** The evaluation of one objective. */
export interface ObjectiveEvaluation {
  objective: string;
  title: string;
  weight: number;
  deadline: string;
  /** Weighted mean of the indicators' achievements (missing data ignored, or counted as 0, by setting). */
  score?: number;
  /** Weighted mean of the same indicators' expected progress. */
  expected?: number;
  status: IndicatorStatus;
  indicators: IndicatorEvaluation[];
}

/** The evaluation of a plan. */
export interface PlanEvaluation {
  plan: string;
  asOf: string;
  /** Weighted mean of the objectives' scores. */
  score?: number;
  expected?: number;
  status: IndicatorStatus;
  objectives: ObjectiveEvaluation[];
  /** Indicators per status. */
  counts: StatusCounts;
}

/** Measurements of a plan's indicators: by indicator id, or as `measurement.recorded` events. */
export type PlanMeasurements =
  | Readonly<Record<string, readonly Measurement[]>>
  | ReadonlyMap<string, readonly Measurement[]>
  | readonly (Measurement & { indicator: string })[];

function byIndicator(m: PlanMeasurements): ReadonlyMap<string, readonly Measurement[]> {
  if (m instanceof Map) return m;
  if (Array.isArray(m)) {
    const map = new Map<string, Measurement[]>();
    for (const x of m as readonly (Measurement & { indicator: string })[]) {
      const list = map.get(x.indicator);
      if (list) list.push(x);
      else map.set(x.indicator, [x]);
    }
    return map;
  }
  return new Map(Object.entries(m as Record<string, readonly Measurement[]>));
}

/**
 * Evaluates an objective: each indicator, then the weighted mean of their
 * achievements and the objective's status (the worst of its indicators', or
 * from its score, as the programme says).
 *
 * @example
 * ```ts
 * const o = evaluateObjective(objective, measurementsById, '2011-06-30', settings);
 * o.score; // between the lowest and the highest indicator achievement
 * ```
 */
export function evaluateObjective(
  objective: Objective,
  measurements: PlanMeasurements,
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions = {},
): ObjectiveEvaluation {
  return guarded(undefined, () => {
    const c = checkedCommon(asOf, settings, options);
    const o = ensure(ObjectiveSchema, objective, ['objective']);
    return objectiveExact(o, checkedMeasurements(measurements), c.asOf, c.settings, c.options).evaluation;
  });
}

function objectiveExact(
  objective: Objective,
  ms: ReadonlyMap<string, readonly Measurement[]>,
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions,
): { evaluation: ObjectiveEvaluation; rollUp: RollUp } {
  const exact = objective.indicators.map((i) => indicatorExact(i, ms.get(i.id) ?? [], asOf, settings, options));
  const r = rollUp(
    exact.map((x) => ({
      weight: x.evaluation.weight,
      ...(x.achievement ? { value: x.achievement } : {}),
      expected: x.expected,
      status: x.evaluation.status,
    })),
    settings,
  );
  return {
    evaluation: {
      objective: objective.id,
      title: objective.title,
      weight: objective.weight,
      deadline: objective.deadline,
      ...shown(r),
      indicators: exact.map((x) => x.evaluation),
    },
    rollUp: r,
  };
}

/**
 * Evaluates a strategic plan on a date: every indicator and objective, the
 * plan's score (weighted mean of the objectives'), its status and the number
 * of indicators in each status. Settings come from the programme
 * ({@link evaluationSettings}).
 *
 * @example
 * ```ts
 * const settings = evaluationSettings(mechnetDefinition);
 * const ev = evaluatePlan(plan, measurements, '2011-12-31', settings);
 * ev.score;  // e.g. 0.87
 * ev.counts; // { 'on-track': 6, behind: 1, … }
 * ```
 */
export function evaluatePlan(
  plan: Plan,
  measurements: PlanMeasurements,
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions = {},
): PlanEvaluation {
  return guarded(undefined, () => {
    const c = checkedCommon(asOf, settings, options);
    return planEvaluation(ensure(PlanSchema, plan, ['plan']), checkedMeasurements(measurements), c.asOf, c.settings, c.options);
  });
}

/**
 * {@link evaluatePlan} on checked arguments: a plan and measurements from a
 * record the library checked.
 */
export function planEvaluation(
  plan: Plan,
  measurements: PlanMeasurements,
  asOf: string,
  settings: EvaluationSettings,
  options: EvaluateIndicatorOptions = {},
): PlanEvaluation {
  const ms = byIndicator(measurements);
  const objectives = plan.objectives.map((o) => objectiveExact(o, ms, asOf, settings, options));
  const counts = emptyCounts();
  for (const o of objectives) for (const i of o.evaluation.indicators) counts[i.status] += 1;
  const r = rollUp(
    objectives.map((o) => ({
      weight: o.evaluation.weight,
      ...(o.rollUp.score ? { value: o.rollUp.score } : {}),
      ...(o.rollUp.expected ? { expected: o.rollUp.expected } : {}),
      status: o.rollUp.status,
    })),
    { ...settings, missingData: 'ignore' },
  );
  return { plan: plan.id, asOf, ...shown(r), objectives: objectives.map((o) => o.evaluation), counts };
}
