/**
 * The fold of a record's events into the state of the programme on a date,
 * composing the sections' own folds, one per type of event (the type checker
 * refuses a type of event without one). The guards that check each event
 * before it is folded are in `guards.ts`: a view folds without them.
 */
import { aggregationFolds } from '../aggregation/events.js';
import { analysisFolds } from '../analysis/events.js';
import { collaborationFolds } from '../collaboration/events.js';
import { enrolmentFolds } from '../enrolment/events.js';
import { planFolds } from '../plan/events.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import type { EventFold, EventFolds } from '../record/checks.js';
import type { EventType, ProgrammeEvent } from '../record/events.js';
import { emptyState, type ProgrammeFold } from '../record/state.js';
import { verificationFolds } from '../verification/events.js';
import { phaseFolds } from './phases.js';

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
