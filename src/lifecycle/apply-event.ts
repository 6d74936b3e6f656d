/** The one reducer of a programme record. */
import { quickReader } from '../model/shape-reader.js';
import { EVENT_NODE, recordTable } from '../record/shape-table.js';
import { castDraft, Immer } from 'immer';
import { MechnetError } from '../errors/mechnet-error.js';
import { EventSchema } from '../record/events.js';
import { checkedRecord } from './parse-record.js';
import { vouchRecord } from './vouch.js';
import { resolveDefinition } from '../programme/resolve.js';
import { deepFreeze, markMade } from '../model/freeze.js';
import { guarded, langOf, readWith, reading, refuse, typeName } from '../model/guard.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { ProgrammeEvent } from '../record/events.js';
import type { ProgrammeFold } from '../record/state.js';
import type { Lang } from '../i18n/lang.js';
import type { ParseOptions } from '../model/parse.js';
import { foldEvents, step } from './fold.js';
import { eventIssues } from './guards.js';
import { rememberState, takeState } from './state-cache.js';

/**
 * The reducer's immer, without its automatic deep freeze: that walks every
 * event of the new record's list (the cost of an append would grow with the
 * record), when only the record and its list are new; those two are frozen
 * here, the event was frozen when read, and everything else is shared,
 * frozen already.
 */
const immer = new Immer({ autoFreeze: false });

/** An event read by the shape reader's table (zod reads one it refuses, and says why). */
const readEventQuickly = /* @__PURE__ */ quickReader(recordTable, { at: EVENT_NODE });

/**
 * Adds an event to a record, after checking it: its shape, its date (not
 * before the record's last event), what it refers to, and the rule of the
 * lifecycle it must respect (a firm cannot reach `plan` without a complete
 * analysis and an approved plan, a waitlisted firm is accepted only in turn,
 * a collaboration runs only once agreed, and so on). Returns a new record
 * that shares everything unchanged with the old one; the record passed in is
 * never changed.
 *
 * @throws {@link MechnetError} with code `invalid_event` (shape) or
 * `illegal_event` (a rule), whose issues name the rule and the field.
 *
 * @example
 * ```ts
 * const next = applyEvent(record, {
 *   id: 'e0123', type: 'phase.advanced', date: '2010-06-15', author: 'Ufficio Innovazione',
 *   firm: '02184730121', phase: 'plan',
 * });
 * // throws MechnetError('illegal_event') with code 'rule_needs_plan' if the firm has no approved plan
 * ```
 */
export function applyEvent(record: ProgrammeRecord, event: unknown, options?: ParseOptions): ProgrammeRecord {
  const lang = langOf(options);
  return guarded(options, () => {
    const current = checkedRecord(record, lang);
    const read = readWith(EventSchema, event, [], lang, 'invalid_event', readEventQuickly);
    if (!read.success) throw new MechnetError('invalid_event', read.issues, lang);
    // zod's copy of the event, frozen before it joins the record: the record is plain data the library made.
    const parsed = deepFreeze(read.data);
    const state = takeState(current) ?? foldEvents(resolveDefinition(current, { lang }), current.events);
    const issues = eventIssues(state, parsed, [], lang);
    if (issues.length > 0) {
      rememberState(current, state);
      throw new MechnetError('illegal_event', issues, lang);
    }
    // The list copied at once (immer would copy it element by element through its draft).
    const events = current.events.concat([parsed]);
    const next = immer.produce(current, (draft) => {
      draft.events = castDraft(events);
    });
    Object.freeze(next.events);
    Object.freeze(next);
    markMade(next, next.events);
    step(state, parsed);
    rememberState(next, state);
    return vouchRecord(next);
  });
}

/**
 * An event checked against a fold, as {@link applyEvent} checks it (its
 * shape, then every rule against the programme just before it), without
 * making a record: the event as read (frozen), for the caller to fold with
 * {@link step} once it is stored. For the server, which keeps the fold of a
 * programme in memory. @internal
 *
 * @throws {@link MechnetError} with code `invalid_event` or `illegal_event`.
 */
export function checkedEventFor(state: ProgrammeFold, event: unknown, lang: Lang): ProgrammeEvent {
  return guarded({ lang }, () => {
    const read = readWith(EventSchema, event, [], lang, 'invalid_event', readEventQuickly);
    if (!read.success) throw new MechnetError('invalid_event', read.issues, lang);
    const parsed = deepFreeze(read.data);
    const issues = eventIssues(state, parsed, [], lang);
    if (issues.length > 0) throw new MechnetError('illegal_event', issues, lang);
    return parsed;
  });
}

/**
 * A record made of a record's fields and a list of events the library
 * checked in order (by {@link checkedEventFor} against the fold of the events
 * before each): frozen and vouched for, as {@link applyEvent} makes one.
 * @internal
 */
export function recordOfChecked(shell: Omit<ProgrammeRecord, 'events'>, events: readonly ProgrammeEvent[]): ProgrammeRecord {
  const record = Object.freeze({ ...shell, events: Object.freeze(events.slice()) }) as ProgrammeRecord;
  markMade(record, record.events);
  return vouchRecord(record);
}

/**
 * Adds several events in order with {@link applyEvent}; stops at the first
 * illegal one, which it throws (the record passed in is unchanged).
 *
 * @example
 * ```ts
 * const next = applyEvents(record, [assigned, advancedToAnalysis]);
 * ```
 */
export function applyEvents(record: ProgrammeRecord, events: readonly unknown[], options?: ParseOptions): ProgrammeRecord {
  const lang = langOf(options);
  return guarded(options, () => {
    let current = checkedRecord(record, lang);
    // The list read once into a copy: each event is then read by applyEvent.
    const list = reading(() => {
      if (!Array.isArray(events)) refuse('invalid_type', ['events'], { expected: 'array', received: typeName(events) }, lang);
      return [...(events as readonly unknown[])];
    }, ['events'], lang);
    for (const e of list) current = applyEvent(current, e, options);
    return current;
  });
}
