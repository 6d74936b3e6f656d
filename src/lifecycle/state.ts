/**
 * The state of a record on a date, for the views: the record checked (or
 * known to be checked), the date of the view, and the fold of the events up
 * to it (the full fold is remembered per record).
 */
import * as z from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { ensure, ensureText, langOf } from '../model/guard.js';
import { IsoDate, LangSchema } from '../model/schemas.js';
import { resolveDefinition } from '../programme/resolve.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { ProgrammeFold } from '../record/state.js';
import { foldEvents } from './fold.js';
import { shapedRecord } from './record-shape.js';
import { rememberState, takeState } from './state-cache.js';

/** Options of every view of a record. */
export interface ViewOptions {
  /** The date of the view, `YYYY-MM-DD`: only events up to it count. Default: the date of the record's last event. */
  asOf?: string;
  /** Language of errors and of words in the result, `it` (default) or `en`. */
  lang?: Lang;
}

/** The options of a view, as callers give them. */
export const ViewOptionsSchema = z.object({ asOf: z.optional(IsoDate), lang: z.optional(LangSchema) });

/** The folded state of a record up to `asOf`, reusing the remembered full fold when it covers the date. */
export function stateOf(record: ProgrammeRecord, asOf?: string): ProgrammeFold {
  const last = record.events.at(-1)?.date;
  if (asOf === undefined || (last !== undefined && asOf >= last)) {
    const cached = takeState(record);
    if (cached) {
      rememberState(record, cached);
      return cached;
    }
    const state = foldEvents(resolveDefinition(record), record.events);
    rememberState(record, state);
    return state;
  }
  // A fold to an earlier date, kept for the next view of the same record on the same date (a report asks seven).
  let dated = foldsByDate.get(record);
  const kept = dated?.get(asOf);
  if (kept) return kept;
  const state = foldEvents(resolveDefinition(record), record.events, asOf);
  if (!dated) foldsByDate.set(record, (dated = new Map()));
  if (dated.size >= DATES_KEPT) dated.delete(dated.keys().next().value!);
  dated.set(asOf, state);
  return state;
}

/** Forgets every fold remembered for `record` (benchmarks time a cold view). @internal */
export function forgetFolds(record: ProgrammeRecord): void {
  takeState(record);
  foldsByDate.delete(record);
}

/** Folds of a record to dates before its last event, a few dates per record (records are never changed in place). */
const foldsByDate = new WeakMap<ProgrammeRecord, Map<string, ProgrammeFold>>();
const DATES_KEPT = 4;

/**
 * The date a view is computed for: `asOf` when given, else the date of the
 * record's last event (the record as it stands).
 */
export function viewDate(record: Pick<ProgrammeRecord, 'events'>, asOf?: string): string {
  return asOf ?? record.events.at(-1)?.date ?? '1900-01-01';
}

/** A view's arguments, checked, with the state of the record on the view's date. */
export interface View {
  record: ProgrammeRecord;
  state: ProgrammeFold;
  /** The date of the view. */
  date: string;
  /** `asOf` as given (undefined: the record as it stands). */
  asOf?: string;
  lang: Lang;
}

/**
 * Checks a view's arguments and folds the record up to the view's date: a
 * record the library checked (else the record's shape is checked: a view
 * shows a record, the rules were checked where it was written) and the
 * view's options.
 *
 * @throws {@link MechnetError} for a record that is not valid or options that are not.
 */
export function viewOf<O extends ViewOptions>(record: unknown, options: O | undefined, schema: z.ZodMiniType<O> = ViewOptionsSchema as never): View & { options: O } {
  const lang = langOf(options);
  const o = ensure(schema, options ?? {}, ['options'], lang);
  const checked = shapedRecord(record, lang);
  return {
    record: checked,
    state: stateOf(checked, o.asOf),
    date: viewDate(checked, o.asOf),
    ...(o.asOf !== undefined ? { asOf: o.asOf } : {}),
    lang,
    options: o,
  };
}

/** A firm's partita IVA given to a view, checked to be a text. */
export function firmArgument(firm: unknown, lang: Lang = 'it'): string {
  return ensureText(firm, ['firm'], lang);
}
