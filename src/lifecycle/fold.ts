/**
 * The fold of a record's events into the state of the programme on a date,
 * and the check of each event against the programme as it stood just before
 * it. Both compose the sections' own guards and folds, one per type of event
 * (the type checker refuses a type of event without them).
 */
import type { Lang } from '../i18n/lang.js';
import type { IssuePath, MechnetIssue } from '../errors/issue.js';
import { aggregationFolds, aggregationGuards } from '../aggregation/events.js';
import { analysisFolds, analysisGuards } from '../analysis/events.js';
import { collaborationFolds, collaborationGuards } from '../collaboration/events.js';
import { enrolmentFolds, enrolmentGuards } from '../enrolment/events.js';
import { planFolds, planGuards } from '../plan/events.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import { eventCheck, type EventFold, type EventFolds, type EventGuard, type EventGuards } from '../record/checks.js';
import type { EventType, ProgrammeEvent } from '../record/events.js';
import { emptyState, type ProgrammeFold } from '../record/state.js';
import { verificationFolds, verificationGuards } from '../verification/events.js';
import { phaseFolds, phaseGuards } from './phases.js';

/** Every type of event's guard, from its section. */
const guards: EventGuards<EventType> = {
  ...enrolmentGuards,
  ...phaseGuards,
  ...analysisGuards,
  ...planGuards,
  ...verificationGuards,
  ...collaborationGuards,
  ...aggregationGuards,
};

/** Every type of event's fold, from its section. */
const folds: EventFolds<EventType> = {
  ...enrolmentFolds,
  ...phaseFolds,
  ...analysisFolds,
  ...planFolds,
  ...verificationFolds,
  ...collaborationFolds,
  ...aggregationFolds,
};

/**
 * Every issue with event `e` against `state` (the programme just before it):
 * a unique id, date order, then the guard of its type. Paths start with `at`
 * (e.g. `['events', 12]`).
 */
export function eventIssues(state: ProgrammeFold, e: ProgrammeEvent, at: IssuePath, lang: Lang): MechnetIssue[] {
  const { check, issues } = eventCheck(state, at, lang);
  if (state.eventIds.has(e.id)) check.add('duplicate_id', ['id'], { name: e.id });
  if (state.lastDate !== undefined && e.date < state.lastDate) check.add('date_order', ['date'], { name: state.lastDate, other: e.date });
  (guards[e.type] as EventGuard<EventType>)(check, e);
  return issues;
}

/**
 * Folds one event into the state, in place. Assumes the event was checked
 * (by {@link parseRecord} or {@link applyEvent}); unknown references are
 * skipped rather than thrown on.
 */
export function step(state: ProgrammeFold, e: ProgrammeEvent): void {
  state.lastDate = e.date;
  state.eventIds.add(e.id);
  (folds[e.type] as EventFold<EventType>)(state, e);
}

/**
 * Folds a record's events dated up to `asOf` (every event when omitted). A
 * fold never sees an event dated after `asOf`.
 */
export function foldEvents(definition: ProgrammeDefinition, events: readonly ProgrammeEvent[], asOf?: string): ProgrammeFold {
  const state = emptyState(definition);
  for (const e of events) {
    if (asOf !== undefined && e.date > asOf) break;
    step(state, e);
  }
  return state;
}
