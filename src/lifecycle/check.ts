/**
 * The rules an event must satisfy against the programme as it stands before
 * it: references to what earlier events introduced, and the guards of the
 * lifecycle (rule-book §3, §4, §7, §8, §9). One place for both, used by
 * {@link parseRecord} on every event and by {@link applyEvent} on a new one.
 */
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { makeIssue, type IssuePath, type MechnetIssue } from '../errors/issue.js';
import type { EventOf, ProgrammeEvent } from '../record/events.js';
import { eligibility } from '../enrolment/eligibility.js';
import { PHASES, type PhaseId } from '../model/schemas.js';
import { verificationSchedule } from '../verification/schedule.js';
import { planRuleIssues } from '../plan/validate.js';
import { deedForms } from '../aggregation/network-contract.js';
import type { Indicator } from '../plan/schema.js';
import { isActive, type FirmAccumulator, type ProgrammeState } from './fold.js';

/** The analysis areas of the definition that an analysis leaves without a score. */
export function missingAreas(state: ProgrammeState, f: FirmAccumulator): string[] {
  const scored = new Set((f.analysis?.areas ?? []).filter((a) => a.score !== undefined).map((a) => a.area));
  return state.definition.analysis.areas.map((a) => a.id).filter((id) => !scored.has(id));
}

/** The phase that follows `phase` in the definition, if any. */
export function nextPhase(state: ProgrammeState, phase: PhaseId): PhaseId | undefined {
  const ids = state.definition.phases.map((p) => p.id);
  return ids[ids.indexOf(phase) + 1];
}

const scheduleCache = new WeakMap<object, string[]>();
/** The verification dates of the state's definition (cached per definition). */
export function scheduleOf(state: ProgrammeState): string[] {
  let s = scheduleCache.get(state.definition);
  if (!s) {
    s = verificationSchedule(state.definition);
    scheduleCache.set(state.definition, s);
  }
  return s;
}

/**
 * Every issue with event `e` against `state` (the programme just before
 * it). Paths start with `at` (e.g. `['events', 12]`).
 */
export function eventIssues(state: ProgrammeState, e: ProgrammeEvent, at: IssuePath, lang: Lang): MechnetIssue[] {
  const issues: MechnetIssue[] = [];
  const add = (code: IssueCode, path: IssuePath, params: MessageParams | ((l: Lang) => MessageParams) = {}) =>
    issues.push(makeIssue(code, [...at, ...path], params, lang));
  const d = state.definition;
  const kinds = new Set<string>(d.collaboration.kinds);
  const areas = new Set(d.analysis.areas.map((a) => a.id));
  const areaList = [...areas].join(', ');

  if (state.eventIds.has(e.id)) add('duplicate_id', ['id'], { name: e.id });
  if (state.lastDate !== undefined && e.date < state.lastDate) {
    add('date_order', ['date'], { name: state.lastDate, other: e.date });
  }

  /** A firm that must be known; returns it. */
  const known = (firm: string, path: IssuePath): FirmAccumulator | undefined => {
    const f = state.firms.get(firm);
    if (!f) add('unknown_firm', path, { name: firm });
    return f;
  };
  /** A firm that must be taking part now. */
  const active = (firm: string, path: IssuePath): FirmAccumulator | undefined => {
    const f = known(firm, path);
    if (!f) return undefined;
    if (!isActive(f)) {
      add('rule_firm_inactive', path, { name: firm, other: f.status });
      return undefined;
    }
    return f;
  };
  const firmList = (list: readonly string[], path: IssuePath, mustBeActive: boolean) => {
    const seen = new Set<string>();
    list.forEach((firm, j) => {
      if (mustBeActive) active(firm, [...path, j]);
      else known(firm, [...path, j]);
      if (seen.has(firm)) add('same_firm', [...path, j], { name: firm });
      seen.add(firm);
    });
  };
  const manager = (id: string, path: IssuePath) => {
    if (!state.managers.has(id)) add('unknown_manager', path, { name: id });
  };
  const assigned = (f: FirmAccumulator, id: string, path: IssuePath) => {
    manager(id, path);
    if (state.managers.has(id) && f.assignment?.manager !== id) {
      add('rule_manager_not_assigned', path, { name: id, other: f.partitaIva });
    }
  };
  const statusStep = (from: string, to: string, allowed: readonly string[], path: IssuePath) => {
    if (!allowed.includes(from)) add('rule_status_order', path, { name: to, other: from });
  };

  switch (e.type) {
    case 'enrolment.applied': {
      if (e.application.firm.partitaIva !== e.firm) {
        add('firm_mismatch', ['firm'], { name: e.firm, other: e.application.firm.partitaIva });
      }
      if (state.firms.has(e.firm)) add('duplicate_enrolment', ['firm'], { name: e.firm });
      if (e.application.programme !== d.id) {
        add('programme_mismatch', ['application', 'programme'], { name: e.application.programme, other: d.id });
      }
      e.application.interests.kinds.forEach((k, j) => {
        if (!kinds.has(k)) add('unknown_kind', ['application', 'interests', 'kinds', j], { name: k });
      });
      return issues;
    }
    case 'enrolment.accepted': {
      const f = known(e.firm, ['firm']);
      if (!f) return issues;
      if (f.status !== 'applied' && f.status !== 'waitlisted') {
        add('rule_already_decided', ['firm'], { name: e.firm, other: f.status });
        return issues;
      }
      if (state.acceptedCount >= d.eligibility.capacity) add('rule_capacity', ['firm'], { limit: d.eligibility.capacity });
      const first = state.waitlist[0];
      if (first !== undefined && first !== e.firm) add('rule_waitlist_order', ['firm'], { name: e.firm, other: first });
      eligibilityAtAcceptance(state, f, e, add);
      return issues;
    }
    case 'enrolment.waitlisted': {
      const f = known(e.firm, ['firm']);
      if (f && f.status !== 'applied') add('rule_already_decided', ['firm'], { name: e.firm, other: f.status });
      return issues;
    }
    case 'enrolment.rejected': {
      const f = known(e.firm, ['firm']);
      if (f && f.status !== 'applied' && f.status !== 'waitlisted') {
        add('rule_already_decided', ['firm'], { name: e.firm, other: f.status });
      }
      return issues;
    }
    case 'firm.withdrawn': {
      const f = known(e.firm, ['firm']);
      if (f && (f.status === 'withdrawn' || f.status === 'rejected')) {
        add('rule_firm_inactive', ['firm'], { name: e.firm, other: f.status });
      }
      return issues;
    }
    case 'consent.given':
    case 'consent.withdrawn':
    case 'firm.figures-recorded':
      known(e.firm, ['firm']);
      return issues;
    case 'phase.advanced': {
      const f = active(e.firm, ['firm']);
      if (!f) return issues;
      const current = f.phase as PhaseId;
      const next = nextPhase(state, current);
      if (e.phase !== next) {
        add('rule_phase_next', ['phase'], { name: e.phase, other: current, values: next ?? '—' });
        return issues;
      }
      checkPhaseGuard(state, f, e.phase, e.date, (code, params) => add(code, ['phase'], params));
      return issues;
    }
    case 'manager.registered':
      if (state.managers.has(e.manager.id)) add('duplicate_id', ['manager', 'id'], { name: e.manager.id });
      return issues;
    case 'manager.assigned': {
      manager(e.manager, ['manager']);
      active(e.firm, ['firm']);
      return issues;
    }
    case 'manager.days-logged':
    case 'manager.released': {
      const f = known(e.firm, ['firm']);
      manager(e.manager, ['manager']);
      if (f && state.managers.has(e.manager) && !f.assignments.some((a) => a.manager === e.manager)) {
        add('rule_manager_not_assigned', ['manager'], { name: e.manager, other: e.firm });
      }
      return issues;
    }
    case 'analysis.recorded': {
      const f = active(e.firm, ['firm']);
      if (f) assigned(f, e.manager, ['manager']);
      else manager(e.manager, ['manager']);
      const { min, max } = d.analysis.scale;
      e.areas.forEach((a, j) => {
        if (!areas.has(a.area)) add('unknown_area', ['areas', j, 'area'], { name: a.area, values: areaList });
        if (a.score !== undefined && (a.score < min || a.score > max)) {
          add(a.score < min ? 'too_small' : 'too_big', ['areas', j, 'score'], {
            limit: a.score < min ? min : max,
            origin: 'number',
          });
        }
      });
      return issues;
    }
    case 'plan.approved': {
      const f = active(e.firm, ['firm']);
      if (f) assigned(f, e.plan.manager, ['plan', 'manager']);
      else manager(e.plan.manager, ['plan', 'manager']);
      issues.push(...planRuleIssues(e.plan, d, lang, [...at, 'plan']));
      return issues;
    }
    case 'measurement.recorded': {
      const f = active(e.firm, ['firm']);
      if (!f) return issues;
      const ind = f.plan?.plan.objectives.flatMap((o) => o.indicators).find((i) => i.id === e.indicator);
      if (!ind) add('unknown_indicator', ['indicator'], { name: e.indicator });
      else {
        const expected = measurementShape(ind);
        const given =
          e.value !== undefined ? 'value' : e.numerator !== undefined ? 'ratio' : e.level !== undefined ? 'level' : 'done';
        if (given !== expected) {
          add('measurement_kind', [], (l: Lang) => ({ name: ind.name, values: SHAPE_WORDS[l][expected] }));
        } else if (ind.kind === 'scale' && !ind.levels.some((x) => x.id === e.level)) {
          add('unknown_level', ['level'], { name: ind.name, other: '', values: e.level });
        }
      }
      return issues;
    }
    case 'verification.held': {
      const f = active(e.firm, ['firm']);
      if (e.manager !== undefined) manager(e.manager, ['manager']);
      if (!scheduleOf(state).includes(e.scheduled)) add('rule_not_scheduled', ['scheduled'], { name: e.scheduled });
      else if (f?.verifications.some((v) => v.scheduled === e.scheduled)) {
        add('rule_already_held', ['scheduled'], { name: e.scheduled });
      }
      return issues;
    }
    case 'offer.declared':
      active(e.firm, ['firm']);
      if (!kinds.has(e.offer.kind)) add('unknown_kind', ['offer', 'kind'], { name: e.offer.kind });
      return issues;
    case 'need.declared':
      active(e.firm, ['firm']);
      if (!kinds.has(e.need.kind)) add('unknown_kind', ['need', 'kind'], { name: e.need.kind });
      return issues;
    case 'collaboration.proposed': {
      const c = e.collaboration;
      if (state.collaborations.has(c.id)) add('duplicate_id', ['collaboration', 'id'], { name: c.id });
      if (!kinds.has(c.kind)) add('unknown_kind', ['collaboration', 'kind'], { name: c.kind });
      firmList(c.firms, ['collaboration', 'firms'], true);
      c.firms.forEach((firm, j) => {
        const f = state.firms.get(firm);
        if (isActive(f) && !f!.plan) add('rule_member_needs_plan', ['collaboration', 'firms', j], { name: firm });
      });
      if (c.lead && !c.firms.includes(c.lead)) add('rule_firm_not_member', ['collaboration', 'lead'], { name: c.lead, other: c.id });
      return issues;
    }
    case 'collaboration.agreed':
    case 'collaboration.started':
    case 'collaboration.ended':
    case 'collaboration.figures-recorded': {
      const c = state.collaborations.get(e.collaboration);
      if (!c) {
        add('unknown_collaboration', ['collaboration'], { name: e.collaboration });
        return issues;
      }
      // §3: only active firms with an approved plan agree, start and book figures.
      if (e.type !== 'collaboration.ended') {
        for (const firm of c.proposal.firms) {
          const f = state.firms.get(firm);
          if (!isActive(f)) add('rule_firm_inactive', ['collaboration'], { name: firm, other: f?.status ?? '—' });
          else if (!f!.plan) add('rule_member_needs_plan', ['collaboration'], { name: firm });
        }
      }
      if (e.type === 'collaboration.agreed') statusStep(c.status, 'agreed', ['proposed'], ['collaboration']);
      if (e.type === 'collaboration.started') statusStep(c.status, 'running', ['agreed'], ['collaboration']);
      if (e.type === 'collaboration.ended') statusStep(c.status, 'ended', ['agreed', 'running'], ['collaboration']);
      if (e.type === 'collaboration.figures-recorded') {
        statusStep(c.status, 'figures', ['agreed', 'running', 'ended'], ['collaboration']);
        if (e.period.to < e.period.from) add('end_before_start', ['period', 'to'], { name: e.period.to, other: e.period.from });
      }
      const figures = e.type === 'collaboration.agreed' ? e.terms : e.type === 'collaboration.figures-recorded' ? e.figures : undefined;
      const fp: IssuePath = [e.type === 'collaboration.agreed' ? 'terms' : 'figures'];
      if (figures) {
        const member = (firm: string, path: IssuePath) => {
          if (!known(firm, path)) return;
          if (!c.proposal.firms.includes(firm)) add('rule_firm_not_member', path, { name: firm, other: c.proposal.id });
        };
        if (figures.kind === 'workforce') {
          figures.secondments.forEach((s, j) => {
            member(s.from, [...fp, 'secondments', j, 'from']);
            member(s.to, [...fp, 'secondments', j, 'to']);
            if (s.from === s.to) add('same_firm', [...fp, 'secondments', j, 'to'], { name: s.to });
          });
        } else if (figures.kind === 'machines') {
          member(figures.owner, [...fp, 'owner']);
          figures.users.forEach((u, j) => member(u.firm, [...fp, 'users', j, 'firm']));
        } else {
          figures.members.forEach((m, j) => member(m.firm, [...fp, 'members', j, 'firm']));
        }
      }
      return issues;
    }
    case 'aggregation.proposed': {
      const a = e.aggregation;
      if (state.aggregations.has(a.id)) add('duplicate_id', ['aggregation', 'id'], { name: a.id });
      firmList(a.firms, ['aggregation', 'firms'], true);
      return issues;
    }
    case 'aggregation.drafted':
    case 'aggregation.signed':
    case 'aggregation.registered': {
      const a = state.aggregations.get(e.aggregation);
      if (!a) {
        add('unknown_aggregation', ['aggregation'], { name: e.aggregation });
        return issues;
      }
      const member = (firm: string, path: IssuePath, list: readonly string[]) => {
        if (known(firm, path) && !list.includes(firm)) add('rule_firm_not_member', path, { name: firm, other: a.proposal.id });
      };
      if (e.type === 'aggregation.drafted') {
        statusStep(a.status, 'drafting', ['proposed', 'drafting'], ['aggregation']);
        e.draft.participants?.forEach((p, j) => member(p, ['draft', 'participants', j], a.proposal.firms));
        e.draft.objectives?.indicators.forEach((r, j) => member(r.firm, ['draft', 'objectives', 'indicators', j, 'firm'], a.proposal.firms));
      } else if (e.type === 'aggregation.signed') {
        statusStep(a.status, 'signed', ['proposed', 'drafting'], ['aggregation']);
        const forms = deedForms(e.date, a.proposal.legalPersonality === true);
        if (!forms.includes(e.deed)) {
          add('rule_deed_form', ['deed'], (l: Lang) => ({
            name: e.date,
            other: a.proposal.legalPersonality ? (l === 'it' ? 'con personalità giuridica' : 'with legal personality') : l === 'it' ? 'senza personalità giuridica' : 'without legal personality',
            values: forms.join(', '),
          }));
        }
        e.signatories.forEach((s, j) => member(s, ['signatories', j], a.proposal.firms));
        firmList(e.signatories, ['signatories'], false);
      } else {
        statusStep(a.status, 'registered', ['signed'], ['aggregation']);
        if (e.firm) {
          member(e.firm, ['firm'], a.signatories);
          if (a.registeredBy.has(e.firm)) add('rule_already_held', ['firm'], { name: e.firm });
        }
      }
      return issues;
    }
  }
}

/**
 * Checks the guard of entering `phase` (rule-book §3) and reports the
 * unmet conditions through `fail`.
 */
export function checkPhaseGuard(
  state: ProgrammeState,
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
      const last = scheduleOf(state).filter((s) => s <= date).at(-1);
      if (!last || !f.verifications.some((v) => v.scheduled === last)) fail('rule_needs_last_verification', { name: last ?? '—' });
      return;
    }
    case 'enrolment':
      return;
  }
}

/**
 * §2 at acceptance: the firm's own application, as stored in its
 * `enrolment.applied`, must pass every eligibility rule of the programme as
 * of the acceptance date (errors refuse the event; warnings do not). An
 * officer's exception waives named rules, and only rules the application
 * actually breaks.
 */
function eligibilityAtAcceptance(
  state: ProgrammeState,
  f: FirmAccumulator,
  e: EventOf<'enrolment.accepted'>,
  add: (code: IssueCode, path: IssuePath, params: MessageParams | ((l: Lang) => MessageParams)) => void,
): void {
  // Duplicates and capacity are the record's own rules (checked above); here the application itself.
  const result = eligibility(state.definition, f.application, { asOf: e.date });
  const errors = result.reasons.filter((r) => r.severity === 'error');
  const waived = new Set(e.exception?.waives ?? []);
  for (const r of errors) {
    if (waived.has(r.code)) continue;
    add('rule_not_eligible', ['firm'], (l: Lang) => ({ name: e.firm, other: r.code, values: r.messages[l] }));
  }
  const broken = new Set<string>(errors.map((r) => r.code));
  e.exception?.waives.forEach((code, j) => {
    if (!broken.has(code)) add('rule_exception_unneeded', ['exception', 'waives', j], { name: code, other: e.firm });
  });
}

/** The shape of measurement an indicator takes. */
export function measurementShape(ind: Indicator): 'value' | 'ratio' | 'level' | 'done' {
  if (ind.kind === 'quantitative') return ind.ratio ? 'ratio' : 'value';
  return ind.kind === 'scale' ? 'level' : 'done';
}

const SHAPE_WORDS: Record<Lang, Record<'value' | 'ratio' | 'level' | 'done', string>> = {
  it: { value: 'un valore (value)', ratio: 'numeratore e denominatore (numerator, denominator)', level: 'un livello della scala (level)', done: 'fatto o non fatto (done)' },
  en: { value: 'a value (value)', ratio: 'a numerator and a denominator (numerator, denominator)', level: 'a level of the scale (level)', done: 'done or not done (done)' },
};

/** The six phases in order, for callers that need them. */
export const PHASE_ORDER: readonly PhaseId[] = PHASES;
