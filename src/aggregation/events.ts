/**
 * Aggregations in the record (rule-book §9): proposed by firms taking part,
 * drafted, signed in a deed form allowed on the day, and registered by its
 * signatories, in that order.
 */
import type { IssuePath } from '../errors/issue.js';
import type { EventCheck, EventFolds, EventGuards } from '../record/checks.js';
import type { ProgrammeFold } from '../record/state.js';
import { deedFormsOn, networkTakesEffect } from './rules.js';

/** The events of aggregations. */
export type AggregationEventType = 'aggregation.proposed' | 'aggregation.drafted' | 'aggregation.signed' | 'aggregation.registered';

/** The aggregation an event names, or an issue. */
function named(check: EventCheck, e: { aggregation: string }) {
  const a = check.state.aggregations.get(e.aggregation);
  if (!a) check.add('unknown_aggregation', ['aggregation'], { name: e.aggregation });
  return a;
}

/** A firm must be in a list of the aggregation's firms. */
const member = (check: EventCheck, id: string, firm: string, path: IssuePath, list: readonly string[]) => {
  if (check.known(firm, path) && !list.includes(firm)) check.add('rule_firm_not_member', path, { name: firm, other: id });
};

/** What each aggregation event must respect. */
export const aggregationGuards: EventGuards<AggregationEventType> = {
  'aggregation.proposed'(check, e) {
    const a = e.aggregation;
    if (check.state.aggregations.has(a.id)) check.add('duplicate_id', ['aggregation', 'id'], { name: a.id });
    check.firms(a.firms, ['aggregation', 'firms'], { active: true });
  },
  'aggregation.drafted'(check, e) {
    const a = named(check, e);
    if (!a) return;
    check.statusStep(a.status, 'drafting', ['proposed', 'drafting'], ['aggregation']);
    e.draft.participants?.forEach((p, j) => member(check, a.proposal.id, p, ['draft', 'participants', j], a.proposal.firms));
    e.draft.objectives?.indicators.forEach((r, j) =>
      member(check, a.proposal.id, r.firm, ['draft', 'objectives', 'indicators', j, 'firm'], a.proposal.firms),
    );
  },
  'aggregation.signed'(check, e) {
    const a = named(check, e);
    if (!a) return;
    check.statusStep(a.status, 'signed', ['proposed', 'drafting'], ['aggregation']);
    const legal = a.proposal.legalPersonality === true;
    const forms = deedFormsOn(e.date, legal);
    if (!forms.includes(e.deed)) {
      check.add('rule_deed_form', ['deed'], { name: e.date, other: legal ? 'legal-personality' : 'no-legal-personality', values: forms.join(', ') });
    }
    e.signatories.forEach((s, j) => member(check, a.proposal.id, s, ['signatories', j], a.proposal.firms));
    check.firms(e.signatories, ['signatories'], { active: false });
  },
  'aggregation.registered'(check, e) {
    const a = named(check, e);
    if (!a) return;
    check.statusStep(a.status, 'registered', ['signed'], ['aggregation']);
    if (e.firm) {
      member(check, a.proposal.id, e.firm, ['firm'], a.signatories);
      if (a.registeredBy.has(e.firm)) check.add('rule_already_held', ['firm'], { name: e.firm });
    }
  },
};

const aggregationOf = (state: ProgrammeFold, id: string) => state.aggregations.get(id);

/** How each aggregation event changes the programme. */
export const aggregationFolds: EventFolds<AggregationEventType> = {
  'aggregation.proposed'(state, e) {
    state.aggregations.set(e.aggregation.id, { proposal: e.aggregation, status: 'proposed', since: e.date, signatories: [], registeredBy: new Set() });
  },
  'aggregation.drafted'(state, e) {
    const a = aggregationOf(state, e.aggregation);
    if (!a) return;
    a.draft = e.draft;
    if (a.status === 'proposed') {
      a.status = 'drafting';
      a.since = e.date;
    }
  },
  'aggregation.signed'(state, e) {
    const a = aggregationOf(state, e.aggregation);
    if (!a) return;
    a.signatories = [...e.signatories];
    a.status = 'signed';
    a.since = e.date;
  },
  'aggregation.registered'(state, e) {
    const a = aggregationOf(state, e.aggregation);
    if (!a) return;
    if (e.firm) a.registeredBy.add(e.firm);
    const done = networkTakesEffect({ legalPersonality: a.proposal.legalPersonality, signatories: a.signatories, registeredBy: a.registeredBy }, e.firm);
    if (done && a.status !== 'registered') {
      a.status = 'registered';
      a.since = e.date;
    }
  },
};
