/**
 * Temporary managers and the analysis of a firm in the record (rule-book
 * §4): a manager is registered once and assigned to firms taking part; days
 * and releases concern a manager assigned to the firm; the analysis is
 * recorded by the firm's manager, on the programme's areas and scale.
 */
import type { EventCheck, EventFolds, EventGuards } from '../record/checks.js';
import type { Assignment } from '../record/state.js';

/** The events of managers and analyses. */
export type AnalysisEventType =
  | 'manager.registered'
  | 'manager.assigned'
  | 'manager.days-logged'
  | 'manager.released'
  | 'analysis.recorded';

/** What each manager and analysis event must respect. */
export const analysisGuards: EventGuards<AnalysisEventType> = {
  'manager.registered'({ state, add }, e) {
    if (state.managers.has(e.manager.id)) add('duplicate_id', ['manager', 'id'], { name: e.manager.id });
  },
  'manager.assigned'(check, e) {
    check.manager(e.manager, ['manager']);
    check.active(e.firm, ['firm']);
  },
  'manager.days-logged'(check, e) {
    assignedAtSomeTime(check, e.firm, e.manager);
  },
  'manager.released'(check, e) {
    assignedAtSomeTime(check, e.firm, e.manager);
  },
  'analysis.recorded'(check, e) {
    const { state, add } = check;
    const f = check.active(e.firm, ['firm']);
    if (f) check.assigned(f, e.manager, ['manager']);
    else check.manager(e.manager, ['manager']);
    const areas = state.definition.analysis.areas.map((a) => a.id);
    const { min, max } = state.definition.analysis.scale;
    e.areas.forEach((a, j) => {
      if (!areas.includes(a.area)) add('unknown_area', ['areas', j, 'area'], { name: a.area, values: areas.join(', ') });
      if (a.score !== undefined && (a.score < min || a.score > max)) {
        add(a.score < min ? 'too_small' : 'too_big', ['areas', j, 'score'], { limit: a.score < min ? min : max, origin: 'number' });
      }
    });
  },
};

/** Days and releases concern a manager the firm has had. */
function assignedAtSomeTime(check: EventCheck, firm: string, manager: string): void {
  const f = check.known(firm, ['firm']);
  check.manager(manager, ['manager']);
  if (f && check.state.managers.has(manager) && !f.assignments.some((a) => a.manager === manager)) {
    check.add('rule_manager_not_assigned', ['manager'], { name: manager, other: firm });
  }
}

/** How each manager and analysis event changes the programme. */
export const analysisFolds: EventFolds<AnalysisEventType> = {
  'manager.registered'(state, e) {
    state.managers.set(e.manager.id, { ...e.manager, firms: new Set() });
  },
  'manager.assigned'(state, e) {
    const f = state.firms.get(e.firm);
    if (!f) return;
    if (f.assignment) f.assignment.until = e.date;
    const a: Assignment = { manager: e.manager, since: e.date, budgetDays: e.budgetDays, daysUsed: 0 };
    f.assignment = a;
    f.assignments.push(a);
    state.managers.get(e.manager)?.firms.add(e.firm);
  },
  'manager.days-logged'(state, e) {
    const list = state.firms.get(e.firm)?.assignments ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]!.manager === e.manager) {
        list[i]!.daysUsed += e.days;
        return;
      }
    }
  },
  'manager.released'(state, e) {
    const f = state.firms.get(e.firm);
    if (!f) return;
    if (f.assignment?.manager === e.manager) {
      f.assignment.until = e.date;
      f.assignment = undefined;
    }
    state.managers.get(e.manager)?.firms.delete(e.firm);
  },
  'analysis.recorded'(state, e) {
    const f = state.firms.get(e.firm);
    if (f) f.analysis = e;
  },
};
