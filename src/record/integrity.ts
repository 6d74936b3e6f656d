import type { Lang } from '../i18n/lang.js';
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import { makeIssue, type IssuePath, type MechnetIssue } from '../errors/issue.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import type { ProgrammeEvent } from './events.js';
import type { ProgrammeRecord } from './schema.js';

/**
 * Checks what a schema alone cannot: event ids are unique, events are in date
 * order, and every firm, manager, collaboration, aggregation, analysis area
 * and indicator an event names was introduced by an earlier event or by the
 * definition. Returns every issue found, in event order.
 */
export function recordIntegrityIssues(
  record: ProgrammeRecord,
  definition: ProgrammeDefinition,
  lang: Lang = 'it',
): MechnetIssue[] {
  const issues: MechnetIssue[] = [];
  const add = (code: IssueCode, path: IssuePath, params: MessageParams = {}) =>
    issues.push(makeIssue(code, path, params, lang));

  const eventIds = new Set<string>();
  const firms = new Set<string>();
  const managers = new Set<string>();
  const collaborations = new Set<string>();
  const aggregations = new Set<string>();
  const indicators = new Map<string, Set<string>>();
  const areas = new Set(definition.analysis.areas.map((a) => a.id));
  const areaList = [...areas].join(', ');
  const kinds = new Set<string>(definition.collaboration.kinds);

  const knownFirm = (firm: string, path: IssuePath) => {
    if (!firms.has(firm)) add('unknown_firm', path, { name: firm });
  };
  const firmList = (list: readonly string[], path: IssuePath) => {
    const seen = new Set<string>();
    list.forEach((f, j) => {
      knownFirm(f, [...path, j]);
      if (seen.has(f)) add('same_firm', [...path, j], { name: f });
      seen.add(f);
    });
  };
  const area = (id: string, path: IssuePath) => {
    if (!areas.has(id)) add('unknown_area', path, { name: id, values: areaList });
  };

  let previous: string | undefined;
  record.events.forEach((e: ProgrammeEvent, i) => {
    const at: IssuePath = ['events', i];
    if (eventIds.has(e.id)) add('duplicate_id', [...at, 'id'], { name: e.id });
    eventIds.add(e.id);
    if (previous !== undefined && e.date < previous) add('date_order', [...at, 'date'], { name: previous, other: e.date });
    previous = previous === undefined || e.date > previous ? e.date : previous;

    switch (e.type) {
      case 'enrolment.applied': {
        const declared = e.application.firm.partitaIva;
        if (declared !== e.firm) {
          add('firm_mismatch', [...at, 'firm'], { name: e.firm, other: declared });
        }
        if (firms.has(e.firm)) add('duplicate_enrolment', [...at, 'firm'], { name: e.firm });
        if (e.application.programme !== definition.id) {
          add('programme_mismatch', [...at, 'application', 'programme'], {
            name: e.application.programme,
            other: definition.id,
          });
        }
        e.application.interests.kinds.forEach((k, j) => {
          if (!kinds.has(k)) add('unknown_kind', [...at, 'application', 'interests', 'kinds', j], { name: k });
        });
        firms.add(e.firm);
        return;
      }
      case 'manager.registered':
        if (managers.has(e.manager.id)) add('duplicate_id', [...at, 'manager', 'id'], { name: e.manager.id });
        managers.add(e.manager.id);
        return;
      case 'collaboration.proposed': {
        const c = e.collaboration;
        if (collaborations.has(c.id)) add('duplicate_id', [...at, 'collaboration', 'id'], { name: c.id });
        if (!kinds.has(c.kind)) add('unknown_kind', [...at, 'collaboration', 'kind'], { name: c.kind });
        firmList(c.firms, [...at, 'collaboration', 'firms']);
        if (c.lead) knownFirm(c.lead, [...at, 'collaboration', 'lead']);
        collaborations.add(c.id);
        return;
      }
      case 'aggregation.proposed': {
        const a = e.aggregation;
        if (aggregations.has(a.id)) add('duplicate_id', [...at, 'aggregation', 'id'], { name: a.id });
        firmList(a.firms, [...at, 'aggregation', 'firms']);
        aggregations.add(a.id);
        return;
      }
      case 'collaboration.agreed':
      case 'collaboration.started':
      case 'collaboration.ended':
      case 'collaboration.figures-recorded': {
        if (!collaborations.has(e.collaboration)) {
          add('unknown_collaboration', [...at, 'collaboration'], { name: e.collaboration });
        }
        const figures = e.type === 'collaboration.agreed' ? e.terms : e.type === 'collaboration.figures-recorded' ? e.figures : undefined;
        const fpath = [...at, e.type === 'collaboration.agreed' ? 'terms' : 'figures'];
        if (figures) {
          if (figures.kind === 'workforce') {
            figures.secondments.forEach((s, j) => {
              knownFirm(s.from, [...fpath, 'secondments', j, 'from']);
              knownFirm(s.to, [...fpath, 'secondments', j, 'to']);
              if (s.from === s.to) add('same_firm', [...fpath, 'secondments', j, 'to'], { name: s.to });
            });
          } else if (figures.kind === 'machines') {
            knownFirm(figures.owner, [...fpath, 'owner']);
            figures.users.forEach((u, j) => knownFirm(u.firm, [...fpath, 'users', j, 'firm']));
          } else {
            figures.members.forEach((m, j) => knownFirm(m.firm, [...fpath, 'members', j, 'firm']));
          }
          if (e.type === 'collaboration.figures-recorded' && e.period.to < e.period.from) {
            add('end_before_start', [...at, 'period', 'to'], { name: e.period.to, other: e.period.from });
          }
        }
        return;
      }
      case 'aggregation.drafted':
      case 'aggregation.signed':
      case 'aggregation.registered':
        if (!aggregations.has(e.aggregation)) {
          add('unknown_aggregation', [...at, 'aggregation'], { name: e.aggregation });
        }
        if (e.type === 'aggregation.signed') firmList(e.signatories, [...at, 'signatories']);
        if (e.type === 'aggregation.registered' && e.firm) knownFirm(e.firm, [...at, 'firm']);
        if (e.type === 'aggregation.drafted') {
          const d = e.draft;
          if (d.participants) firmList(d.participants, [...at, 'draft', 'participants']);
          d.objectives?.indicators.forEach((r, j) =>
            knownFirm(r.firm, [...at, 'draft', 'objectives', 'indicators', j, 'firm']),
          );
        }
        return;
      default:
        break;
    }

    // Events about one firm.
    knownFirm(e.firm, [...at, 'firm']);
    switch (e.type) {
      case 'manager.assigned':
      case 'manager.days-logged':
      case 'manager.released':
      case 'analysis.recorded':
        if (!managers.has(e.manager)) add('unknown_manager', [...at, 'manager'], { name: e.manager });
        if (e.type === 'analysis.recorded') {
          e.areas.forEach((a, j) => {
            area(a.area, [...at, 'areas', j, 'area']);
            const { min, max } = definition.analysis.scale;
            if (a.score !== undefined && (a.score < min || a.score > max)) {
              add(a.score < min ? 'too_small' : 'too_big', [...at, 'areas', j, 'score'], {
                limit: a.score < min ? min : max,
                origin: 'number',
              });
            }
          });
        }
        return;
      case 'verification.held':
        if (e.manager !== undefined && !managers.has(e.manager)) {
          add('unknown_manager', [...at, 'manager'], { name: e.manager });
        }
        return;
      case 'plan.approved': {
        const p = e.plan;
        if (!managers.has(p.manager)) add('unknown_manager', [...at, 'plan', 'manager'], { name: p.manager });
        const objectiveIds = new Set<string>();
        const indicatorIds = new Set<string>();
        p.objectives.forEach((o, j) => {
          const op: IssuePath = [...at, 'plan', 'objectives', j];
          if (objectiveIds.has(o.id)) add('duplicate_id', [...op, 'id'], { name: o.id });
          objectiveIds.add(o.id);
          o.areas.forEach((a, k) => area(a, [...op, 'areas', k]));
          o.indicators.forEach((ind, k) => {
            if (indicatorIds.has(ind.id)) add('duplicate_id', [...op, 'indicators', k, 'id'], { name: ind.id });
            indicatorIds.add(ind.id);
          });
        });
        indicators.set(e.firm, indicatorIds);
        return;
      }
      case 'measurement.recorded':
        if (!indicators.get(e.firm)?.has(e.indicator)) {
          add('unknown_indicator', [...at, 'indicator'], { name: e.indicator });
        }
        return;
      case 'offer.declared':
        if (!kinds.has(e.offer.kind)) add('unknown_kind', [...at, 'offer', 'kind'], { name: e.offer.kind });
        return;
      case 'need.declared':
        if (!kinds.has(e.need.kind)) add('unknown_kind', [...at, 'need', 'kind'], { name: e.need.kind });
        return;
      default:
        return;
    }
  });
  return issues;
}
