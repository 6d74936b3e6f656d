import type { Lang } from '../i18n/lang.js';
import type { MechnetIssue } from '../errors/issue.js';
import { step } from './fold.js';
import { checkEvent } from './guards.js';
import { EventChecker } from '../record/checks.js';
import { emptyState, type ProgrammeFold } from '../record/state.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import type { ProgrammeRecord } from '../record/schema.js';

/**
 * Checks every event against the programme as it stood just before it:
 * unique ids, date order, references to firms, managers, collaborations,
 * aggregations, areas and indicators introduced earlier, and the guards of
 * the lifecycle. Returns the issues (at most `limit`) and the final state.
 */
export function recordIntegrity(
  record: Pick<ProgrammeRecord, 'events'>,
  definition: ProgrammeDefinition,
  lang: Lang = 'it',
  limit = Infinity,
): { issues: MechnetIssue[]; state: ProgrammeFold } {
  const state = emptyState(definition);
  const issues: MechnetIssue[] = [];
  const check = new EventChecker(state, [], lang);
  for (let i = 0; i < record.events.length && issues.length < limit; i++) {
    const e = record.events[i]!;
    const found = checkEvent(check, e, ['events', i]);
    if (found.length > 0) issues.push(...found);
    step(state, e);
  }
  return { issues, state };
}
