/** The arguments of the evaluation functions: the settings of a programme, measurements and options, each checked once at the door (rule-book §6). */
import * as z from 'zod/mini';
import { EditionCalendar, EvaluationSettings as EvaluationSettingsSchema, type ProgrammeDefinition } from '../programme/schema.js';
import { MechnetError } from '../errors/mechnet-error.js';
import { deepFreeze, madeHere } from '../model/freeze.js';
import { ensure, guarded, reading, refuse, typeName, vouch } from '../model/guard.js';
import { DATE_RANGE, decimalsOf, figure, IsoDate, MAX_DECIMALS, MAX_FIGURE } from '../model/schemas.js';
import { dayNumber, isIsoDate } from '../model/calendar.js';
import { verificationSchedule } from '../verification/schedule.js';


import type { EvaluateIndicatorOptions, EvaluationSettings, Measurement } from './evaluate-types.js';

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
export function checkMeasurementList(list: unknown, path: (string | number)[]): readonly Measurement[] {
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
export function checkedCommon(
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
export function checkedMeasurements(m: unknown): ReadonlyMap<string, readonly Measurement[]> {
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
