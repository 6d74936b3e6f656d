/**
 * Offers, needs and collaborations in the record (rule-book §3, §8): firms
 * taking part declare offers and needs of the programme's kinds; a
 * collaboration is proposed, agreed, started and ended in that order, and
 * only between active firms with an approved plan; its figures name its own
 * members.
 */
import type { IssuePath } from '../errors/issue.js';
import type { EventCheck, EventFolds, EventGuards } from '../record/checks.js';
import type { EventOf } from '../record/events.js';
import { isActive, type ProgrammeFold } from '../record/state.js';
import type { CollaborationFigures } from './schema.js';

/** The events of offers, needs and collaborations. */
export type CollaborationEventType =
  | 'offer.declared'
  | 'need.declared'
  | 'collaboration.proposed'
  | 'collaboration.agreed'
  | 'collaboration.started'
  | 'collaboration.figures-recorded'
  | 'collaboration.ended';

const offersKind = (check: EventCheck, kind: string, path: IssuePath) => {
  if (!(check.state.definition.collaboration.kinds as readonly string[]).includes(kind)) check.add('unknown_kind', path, { name: kind });
};

/** §3: only firms taking part, with an approved plan, collaborate. */
function membersMayCollaborate(check: EventCheck, firms: readonly string[], path: (j: number) => IssuePath): void {
  firms.forEach((firm, j) => {
    const f = check.state.firms.get(firm);
    if (!isActive(f)) check.add('rule_firm_inactive', path(j), { name: firm, other: f?.status ?? '—' });
    else if (!f!.plan) check.add('rule_member_needs_plan', path(j), { name: firm });
  });
}

/** The collaboration an event names, or an issue. */
function named(check: EventCheck, e: { collaboration: string }) {
  const c = check.state.collaborations.get(e.collaboration);
  if (!c) check.add('unknown_collaboration', ['collaboration'], { name: e.collaboration });
  return c;
}

/** The firms named in a collaboration's figures must be its members. */
function figuresOfMembers(check: EventCheck, members: readonly string[], id: string, figures: CollaborationFigures, at: IssuePath): void {
  const member = (firm: string, path: IssuePath) => {
    if (!check.known(firm, path)) return;
    if (!members.includes(firm)) check.add('rule_firm_not_member', path, { name: firm, other: id });
  };
  if (figures.kind === 'workforce') {
    figures.secondments.forEach((s, j) => {
      member(s.from, [...at, 'secondments', j, 'from']);
      member(s.to, [...at, 'secondments', j, 'to']);
      if (s.from === s.to) check.add('same_firm', [...at, 'secondments', j, 'to'], { name: s.to });
    });
  } else if (figures.kind === 'machines') {
    member(figures.owner, [...at, 'owner']);
    figures.users.forEach((u, j) => member(u.firm, [...at, 'users', j, 'firm']));
  } else {
    figures.members.forEach((m, j) => member(m.firm, [...at, 'members', j, 'firm']));
  }
}

/** What each offer, need and collaboration event must respect. */
export const collaborationGuards: EventGuards<CollaborationEventType> = {
  'offer.declared'(check, e) {
    check.active(e.firm, ['firm']);
    offersKind(check, e.offer.kind, ['offer', 'kind']);
  },
  'need.declared'(check, e) {
    check.active(e.firm, ['firm']);
    offersKind(check, e.need.kind, ['need', 'kind']);
  },
  'collaboration.proposed'(check, e) {
    const c = e.collaboration;
    if (check.state.collaborations.has(c.id)) check.add('duplicate_id', ['collaboration', 'id'], { name: c.id });
    offersKind(check, c.kind, ['collaboration', 'kind']);
    check.firms(c.firms, ['collaboration', 'firms'], { active: true });
    c.firms.forEach((firm, j) => {
      const f = check.state.firms.get(firm);
      if (isActive(f) && !f!.plan) check.add('rule_member_needs_plan', ['collaboration', 'firms', j], { name: firm });
    });
    if (c.lead && !c.firms.includes(c.lead)) check.add('rule_firm_not_member', ['collaboration', 'lead'], { name: c.lead, other: c.id });
  },
  'collaboration.agreed'(check, e) {
    const c = named(check, e);
    if (!c) return;
    membersMayCollaborate(check, c.proposal.firms, () => ['collaboration']);
    check.statusStep(c.status, 'agreed', ['proposed'], ['collaboration']);
    if (e.terms) figuresOfMembers(check, c.proposal.firms, c.proposal.id, e.terms, ['terms']);
  },
  'collaboration.started'(check, e) {
    const c = named(check, e);
    if (!c) return;
    membersMayCollaborate(check, c.proposal.firms, () => ['collaboration']);
    check.statusStep(c.status, 'running', ['agreed'], ['collaboration']);
  },
  'collaboration.figures-recorded'(check, e) {
    const c = named(check, e);
    if (!c) return;
    membersMayCollaborate(check, c.proposal.firms, () => ['collaboration']);
    check.statusStep(c.status, 'figures', ['agreed', 'running', 'ended'], ['collaboration']);
    if (e.period.to < e.period.from) check.add('end_before_start', ['period', 'to'], { name: e.period.to, other: e.period.from });
    figuresOfMembers(check, c.proposal.firms, c.proposal.id, e.figures, ['figures']);
  },
  'collaboration.ended'(check, e) {
    const c = named(check, e);
    if (c) check.statusStep(c.status, 'ended', ['agreed', 'running'], ['collaboration']);
  },
};

/** A collaboration's change of status. */
const moveTo = (state: ProgrammeFold, e: EventOf<'collaboration.agreed' | 'collaboration.started' | 'collaboration.ended'>, status: 'agreed' | 'running' | 'ended') => {
  const c = state.collaborations.get(e.collaboration);
  if (!c) return undefined;
  c.status = status;
  c.since = e.date;
  return c;
};

/** How each offer, need and collaboration event changes the programme. */
export const collaborationFolds: EventFolds<CollaborationEventType> = {
  'offer.declared'(state, e) {
    state.firms.get(e.firm)?.offers.set(e.offer.id, e.offer);
  },
  'need.declared'(state, e) {
    state.firms.get(e.firm)?.needs.set(e.need.id, e.need);
  },
  'collaboration.proposed'(state, e) {
    state.collaborations.set(e.collaboration.id, { proposal: e.collaboration, status: 'proposed', since: e.date, figures: [] });
  },
  'collaboration.agreed'(state, e) {
    const c = moveTo(state, e, 'agreed');
    if (c && e.terms) c.terms = e.terms;
  },
  'collaboration.started'(state, e) {
    moveTo(state, e, 'running');
  },
  'collaboration.figures-recorded'(state, e) {
    state.collaborations.get(e.collaboration)?.figures.push(e);
  },
  'collaboration.ended'(state, e) {
    moveTo(state, e, 'ended');
  },
};
