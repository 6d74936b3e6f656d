/**
 * Plans and measurements in the record (rule-book §5, §6): a plan is
 * approved for a firm taking part, by its own manager, and respects every
 * plan rule of the programme; a measurement names an indicator of the
 * firm's approved plan, in the shape that indicator takes.
 */
import type { EventFolds, EventGuards } from '../record/checks.js';
import { planRuleIssues } from './parse.js';
import { measurementShape } from './rules.js';

/** The events of plans and measurements. */
export type PlanEventType = 'plan.approved' | 'measurement.recorded';

/** What each plan event must respect. */
export const planGuards: EventGuards<PlanEventType> = {
  'plan.approved'(check, e) {
    const f = check.active(e.firm, ['firm']);
    if (f) check.assigned(f, e.plan.manager, ['plan', 'manager']);
    else check.manager(e.plan.manager, ['plan', 'manager']);
    check.include(planRuleIssues(e.plan, check.state.definition, check.lang, [...check.at, 'plan']));
  },
  'measurement.recorded'(check, e) {
    const f = check.active(e.firm, ['firm']);
    if (!f) return;
    const ind = f.plan?.plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === e.indicator);
    if (!ind) {
      check.add('unknown_indicator', ['indicator'], { name: e.indicator });
      return;
    }
    const expected = measurementShape(ind);
    const given = e.value !== undefined ? 'value' : e.numerator !== undefined ? 'ratio' : e.level !== undefined ? 'level' : 'done';
    if (given !== expected) check.add('measurement_kind', [], { name: ind.name, values: expected });
    else if (ind.kind === 'scale' && !ind.levels.some((x) => x.id === e.level)) {
      check.add('unknown_level', ['level'], { name: ind.name, other: '', values: e.level });
    }
  },
};

/** How each plan event changes the programme. */
export const planFolds: EventFolds<PlanEventType> = {
  'plan.approved'(state, e) {
    const f = state.firms.get(e.firm);
    if (f) f.plan = { plan: e.plan, approvedOn: e.date, event: e.id };
  },
  'measurement.recorded'(state, e) {
    const f = state.firms.get(e.firm);
    if (!f) return;
    const list = f.measurements.get(e.indicator);
    if (list) list.push(e);
    else f.measurements.set(e.indicator, [e]);
  },
};
