/**
 * The check of each event against the programme as it stood just before it,
 * composing the sections' own guards, one per type of event (the type
 * checker refuses a type of event without one).
 */
import type { Lang } from '../i18n/lang.js';
import type { IssuePath, MechnetIssue } from '../errors/issue.js';
import { aggregationGuards } from '../aggregation/events.js';
import { analysisGuards } from '../analysis/events.js';
import { collaborationGuards } from '../collaboration/events.js';
import { enrolmentGuards } from '../enrolment/events.js';
import { planGuards } from '../plan/events.js';
import { EventChecker, type EventGuard, type EventGuards } from '../record/checks.js';
import type { EventType, ProgrammeEvent } from '../record/events.js';
import type { ProgrammeFold } from '../record/state.js';
import { verificationGuards } from '../verification/events.js';
import { phaseGuards } from './phases.js';

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

/**
 * Every issue with event `e` against `state` (the programme just before it):
 * a unique id, date order, then the guard of its type. Paths start with `at`
 * (e.g. `['events', 12]`).
 */
export function eventIssues(state: ProgrammeFold, e: ProgrammeEvent, at: IssuePath, lang: Lang): MechnetIssue[] {
  return checkEvent(new EventChecker(state, at, lang), e, at);
}

/** Like {@link eventIssues}, with a checker that is moved on from event to event (one for a record). */
export function checkEvent(check: EventChecker, e: ProgrammeEvent, at: IssuePath): MechnetIssue[] {
  const issues = check.next(at);
  const state = check.state;
  if (state.eventIds.has(e.id)) check.add('duplicate_id', ['id'], { name: e.id });
  if (state.lastDate !== undefined && e.date < state.lastDate) check.add('date_order', ['date'], { name: state.lastDate, other: e.date });
  (guards[e.type] as EventGuard<EventType>)(check, e);
  return issues;
}
