/**
 * The phases of a firm (rule-book §3): a firm advances only to the next
 * phase of the programme, and only when the guard of that phase holds.
 * analysis needs a manager assigned; plan a complete analysis and an
 * approved plan; collaboration an approved plan; aggregation the firm's
 * interest and a partner also interested; completed the last verification
 * held.
 */
import { missingAreas } from '../analysis/rules.js';
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { PhaseId } from '../model/schemas.js';
import type { EventFolds, EventGuards } from '../record/checks.js';
import { isActive, setPhase, type FirmAccumulator, type ProgrammeFold } from '../record/state.js';
import { lastScheduledBy } from '../verification/rules.js';

/** The phase that follows `phase` in the programme's definition, if any. */
export function nextPhase(state: ProgrammeFold, phase: PhaseId): PhaseId | undefined {
  const ids = state.definition.phases.map((p) => p.id);
  return ids[ids.indexOf(phase) + 1];
}

/**
 * Checks the guard of entering `phase` on `date` and reports each unmet
 * condition through `fail`.
 */
export function checkPhaseGuard(
  state: ProgrammeFold,
  f: FirmAccumulator,
  phase: PhaseId,
  date: string,
  fail: (code: IssueCode, params?: MessageParams) => void,
): void {
  switch (phase) {
    case 'analysis':
      if (!f.assignment) fail('rule_needs_manager');
      return;
    case 'plan': {
      const missing = missingAreas(state, f);
      if (missing.length > 0) fail('rule_needs_analysis', { values: missing.join(', ') });
      if (!f.plan) fail('rule_needs_plan');
      return;
    }
    case 'collaboration':
      if (!f.plan) fail('rule_needs_plan');
      return;
    case 'aggregation': {
      if (!f.interests.aggregation) fail('rule_needs_interest');
      const partner = [...state.firms.values()].some((o) => o !== f && isActive(o) && o.interests.aggregation);
      if (!partner) fail('rule_needs_partner');
      return;
    }
    case 'completed': {
      const last = lastScheduledBy(state, date);
      if (!last || !f.verifications.some((v) => v.scheduled === last)) fail('rule_needs_last_verification', { name: last ?? '—' });
      return;
    }
    case 'enrolment':
      return;
  }
}

/** The event of a firm's change of phase. */
export type PhaseEventType = 'phase.advanced';

/** What a change of phase must respect. */
export const phaseGuards: EventGuards<PhaseEventType> = {
  'phase.advanced'(check, e) {
    const f = check.active(e.firm, ['firm']);
    if (!f) return;
    const current = f.phase as PhaseId;
    const next = nextPhase(check.state, current);
    if (e.phase !== next) {
      check.add('rule_phase_next', ['phase'], { name: e.phase, other: current, values: next ?? '—' });
      return;
    }
    checkPhaseGuard(check.state, f, e.phase, e.date, (code, params) => check.add(code, ['phase'], params));
  },
};

/** How a change of phase changes the programme. */
export const phaseFolds: EventFolds<PhaseEventType> = {
  'phase.advanced'(state, e) {
    const f = state.firms.get(e.firm);
    if (!f) return;
    setPhase(f, e.phase, e);
    if (e.phase === 'completed') f.completedOn = e.date;
  },
};
