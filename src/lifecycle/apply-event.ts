/** The one reducer of a programme record. */
import { produce } from 'immer';
import { fromZodIssues } from '../errors/from-zod.js';
import { makeIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import { EventSchema, type ProgrammeEvent } from '../record/events.js';
import { checkedRecord } from './parse-record.js';
import { vouchRecord } from './vouch.js';
import { resolveDefinition } from '../programme/resolve.js';
import { langOf, refuse, typeName } from '../model/guard.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { ParseOptions } from '../model/parse.js';
import { foldEvents, step } from './fold.js';
import { eventIssues } from './guards.js';
import { rememberState, takeState } from './state-cache.js';

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
  record = checkedRecord(record, lang);
  let parsed: ProgrammeEvent;
  try {
    const r = EventSchema.safeParse(event, { reportInput: true });
    if (!r.success) throw new MechnetError('invalid_event', fromZodIssues(r.error.issues, lang), lang);
    parsed = r.data;
  } catch (e) {
    if (e instanceof MechnetError) throw e;
    throw new MechnetError('invalid_event', [makeIssue('unreadable', [], {}, lang)], lang);
  }
  const state = takeState(record) ?? foldEvents(resolveDefinition(record, { lang }), record.events);
  const issues = eventIssues(state, parsed, [], lang);
  if (issues.length > 0) {
    rememberState(record, state);
    throw new MechnetError('illegal_event', issues, lang);
  }
  const next = produce(record, (draft) => {
    draft.events.push(parsed);
  });
  step(state, parsed);
  rememberState(next, state);
  return vouchRecord(next);
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
  let current = checkedRecord(record, lang);
  if (!Array.isArray(events)) refuse('invalid_type', ['events'], { expected: 'array', received: typeName(events) }, lang);
  for (const e of events) current = applyEvent(current, e, options);
  return current;
}
