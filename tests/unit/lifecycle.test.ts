import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEvent,
  applyEvents,
  firmState,
  type IssueCode,
  mechnetDefinition,
  MechnetError,
  parseRecord,
  phaseCounts,
  type ProgrammeRecord,
  promotableFromWaitlist,
} from '../../src/index.js';
import { deepFreeze } from '../../src/model/freeze.js';
import { clone, SECOND_FIRM, secondApplication, smallRecord, validPlan } from '../fixtures/sample.js';
import { twoFirms, twoFirmsWithPlans } from './helpers.js';

const FIRM = '00743110157';
let n = 100;
/** An event with a fresh id. */
const ev = (date: string, body: Record<string, unknown>) => ({ id: `t${++n}`, date, author: 'Ufficio Innovazione', ...body });
const AREAS = mechnetDefinition.analysis.areas.map((a) => a.id);
const fullAnalysis = (date: string) =>
  ev(date, { type: 'analysis.recorded', firm: FIRM, manager: 'm-verdi', areas: AREAS.map((area) => ({ area, score: 3 })) });

/** Expects `applyEvent` to refuse `event` with an issue of `code`, leaving the record as it was. */
function refuses(record: ProgrammeRecord, event: unknown, code: IssueCode, path?: string): void {
  const before = JSON.stringify(record);
  assert.throws(
    () => applyEvent(record, event, { lang: 'en' }),
    (e: unknown) => {
      assert.ok(e instanceof MechnetError, String(e));
      assert.equal(e.code, 'illegal_event');
      const codes = e.issues.map((i) => i.code);
      assert.ok(codes.includes(code), `expected ${code}, got ${codes.join(', ')}`);
      if (path) assert.ok(e.issues.some((i) => i.path.join('.') === path), `no issue at ${path}`);
      assert.ok(e.issues.every((i) => i.messages.it && i.messages.en));
      return true;
    },
  );
  assert.equal(JSON.stringify(record), before, 'the record is unchanged');
}

describe('applyEvent: a firm walks through every phase', () => {
  it('enrolment -> analysis -> plan -> collaboration -> aggregation -> completed, with dates and authors', () => {
    let r = twoFirms();
    const steps: [string, Record<string, unknown>][] = [
      ['2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }],
      ['2010-05-20', fullAnalysis('2010-05-20')],
      ['2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }],
      ['2010-06-15', { type: 'phase.advanced', firm: FIRM, phase: 'plan' }],
      ['2010-09-10', { type: 'phase.advanced', firm: FIRM, phase: 'collaboration' }],
      ['2011-02-01', { type: 'phase.advanced', firm: FIRM, phase: 'aggregation' }],
      ['2012-03-03', { type: 'verification.held', firm: FIRM, scheduled: '2012-03-01', manager: 'm-verdi' }],
      ['2012-03-05', { type: 'phase.advanced', firm: FIRM, phase: 'completed' }],
    ];
    for (const [date, body] of steps) r = applyEvent(r, 'id' in body ? body : ev(date, body));
    const s = firmState(r, FIRM)!;
    assert.equal(s.phase, 'completed');
    assert.deepEqual(s.history.map((h) => [h.phase, h.date]), [
      ['enrolment', '2010-02-15'],
      ['analysis', '2010-03-04'],
      ['plan', '2010-06-15'],
      ['collaboration', '2010-09-10'],
      ['aggregation', '2011-02-01'],
      ['completed', '2012-03-05'],
    ]);
    assert.ok(s.history.every((h) => h.author.length > 0));
    assert.equal(firmState(r, FIRM, { asOf: '2010-12-31' })!.phase, 'collaboration', 'as it stood on an earlier date');
    assert.equal(s.manager!.name, 'Anna Verdi');
    assert.equal(s.analysis!.complete, true);
  });
});

describe('applyEvent: every illegal transition is refused, naming the rule', () => {
  it('skipping a phase or going back', () => {
    const r = twoFirms();
    refuses(r, ev('2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'plan' }), 'rule_phase_next', 'phase');
    refuses(r, ev('2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'enrolment' }), 'rule_phase_next');
  });

  it('analysis needs a manager assigned', () => {
    const r = twoFirms();
    refuses(r, ev('2010-03-04', { type: 'phase.advanced', firm: SECOND_FIRM, phase: 'analysis' }), 'rule_needs_manager');
  });

  it('plan needs a complete analysis and an approved plan', () => {
    let r = applyEvent(twoFirms(), ev('2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }));
    refuses(r, ev('2010-05-01', { type: 'phase.advanced', firm: FIRM, phase: 'plan' }), 'rule_needs_analysis');
    r = applyEvent(r, ev('2010-05-20', { type: 'analysis.recorded', firm: FIRM, manager: 'm-verdi', areas: [{ area: 'strategy', score: 4 }, { area: 'market' }] }));
    assert.throws(
      () => applyEvent(r, ev('2010-05-21', { type: 'phase.advanced', firm: FIRM, phase: 'plan' }), { lang: 'en' }),
      (e: MechnetError) => /operations, people, finance, innovation/.test(e.issues[0]!.messages.en) && /market/.test(e.issues[0]!.messages.en),
    );
    r = applyEvent(r, fullAnalysis('2010-05-22'));
    refuses(r, ev('2010-05-23', { type: 'phase.advanced', firm: FIRM, phase: 'plan' }), 'rule_needs_plan');
  });

  it('collaboration needs an approved plan (in a programme without a plan phase)', () => {
    const definition = clone(mechnetDefinition) as typeof mechnetDefinition;
    (definition as { phases: unknown[] }).phases = mechnetDefinition.phases.filter((p) => p.id !== 'plan');
    const base = smallRecord();
    let r = parseRecord({ ...base, programme: definition });
    r = applyEvent(r, ev('2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }));
    refuses(r, ev('2010-03-05', { type: 'phase.advanced', firm: FIRM, phase: 'collaboration' }), 'rule_needs_plan');
  });

  it('aggregation needs the firm\'s interest and an interested partner', () => {
    const walk = (r: ProgrammeRecord) =>
      applyEvents(r, [
        ev('2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }),
        fullAnalysis('2010-05-20'),
        ev('2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }),
        ev('2010-06-15', { type: 'phase.advanced', firm: FIRM, phase: 'plan' }),
        ev('2010-09-10', { type: 'phase.advanced', firm: FIRM, phase: 'collaboration' }),
      ]);
    const alone = walk(parseRecord(smallRecord()));
    refuses(alone, ev('2011-02-01', { type: 'phase.advanced', firm: FIRM, phase: 'aggregation' }), 'rule_needs_partner');
    const notInterested = smallRecord();
    (notInterested.events[0] as { application: { interests: { aggregation: boolean } } }).application.interests.aggregation = false;
    refuses(walk(parseRecord(notInterested)), ev('2011-02-01', { type: 'phase.advanced', firm: FIRM, phase: 'aggregation' }), 'rule_needs_interest');
  });

  it('completed needs the last verification held', () => {
    let r = twoFirms();
    r = applyEvents(r, [
      ev('2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }),
      fullAnalysis('2010-05-20'),
      ev('2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }),
      ev('2010-06-15', { type: 'phase.advanced', firm: FIRM, phase: 'plan' }),
      ev('2010-09-10', { type: 'phase.advanced', firm: FIRM, phase: 'collaboration' }),
      ev('2011-02-01', { type: 'phase.advanced', firm: FIRM, phase: 'aggregation' }),
      ev('2011-12-01', { type: 'verification.held', firm: FIRM, scheduled: '2011-12-01' }),
    ]);
    refuses(r, ev('2012-03-05', { type: 'phase.advanced', firm: FIRM, phase: 'completed' }), 'rule_needs_last_verification');
  });

  it('a withdrawn firm does nothing more; it cannot withdraw twice', () => {
    const r = applyEvent(twoFirms(), ev('2010-04-01', { type: 'firm.withdrawn', firm: FIRM, reason: 'Chiusura' }));
    assert.equal(firmState(r, FIRM)!.phase, 'withdrawn');
    assert.equal(firmState(r, FIRM)!.lastPhase, 'enrolment');
    refuses(r, ev('2010-04-02', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }), 'rule_firm_inactive');
    refuses(r, ev('2010-04-02', { type: 'firm.withdrawn', firm: FIRM, reason: 'Di nuovo' }), 'rule_firm_inactive');
    refuses(r, ev('2010-06-02', { type: 'verification.held', firm: FIRM, scheduled: '2010-06-01' }), 'rule_firm_inactive');
  });

  it('enrolment decisions: once only, within capacity, waitlist in order', () => {
    const definition = { ...clone(mechnetDefinition), eligibility: { ...clone(mechnetDefinition.eligibility), capacity: 1 } };
    let r = parseRecord({ ...smallRecord(), programme: definition });
    refuses(r, ev('2010-03-02', { type: 'enrolment.accepted', firm: FIRM }), 'rule_already_decided');
    r = applyEvent(r, ev('2010-03-02', { type: 'enrolment.applied', firm: SECOND_FIRM, application: secondApplication() }));
    refuses(r, ev('2010-03-03', { type: 'enrolment.accepted', firm: SECOND_FIRM }), 'rule_capacity');
    r = applyEvent(r, ev('2010-03-03', { type: 'enrolment.waitlisted', firm: SECOND_FIRM }));
    assert.equal(firmState(r, SECOND_FIRM)!.phase, 'waitlisted');
    assert.deepEqual(promotableFromWaitlist(r), []);
    r = applyEvent(r, ev('2010-04-01', { type: 'firm.withdrawn', firm: FIRM, reason: 'Rinuncia' }));
    assert.deepEqual(promotableFromWaitlist(r), [SECOND_FIRM], 'a place freed: the first waiting firm is promoted');
    r = applyEvent(r, ev('2010-04-02', { type: 'enrolment.accepted', firm: SECOND_FIRM }));
    assert.equal(firmState(r, SECOND_FIRM)!.phase, 'enrolment');
    assert.deepEqual(firmState(r, SECOND_FIRM)!.history.map((h) => h.phase), ['enrolment', 'waitlisted', 'enrolment']);
  });

  it('events out of date order, unscheduled or repeated verifications, analyses by another manager', () => {
    const r = twoFirms();
    refuses(r, ev('2010-01-01', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }), 'date_order', 'date');
    refuses(r, ev('2010-06-02', { type: 'verification.held', firm: FIRM, scheduled: '2010-06-02' }), 'rule_not_scheduled', 'scheduled');
    const held = applyEvent(r, ev('2010-06-03', { type: 'verification.held', firm: FIRM, scheduled: '2010-06-01' }));
    refuses(held, ev('2010-06-04', { type: 'verification.held', firm: FIRM, scheduled: '2010-06-01' }), 'rule_already_held');
    const withManager = applyEvent(r, ev('2010-03-04', { type: 'manager.registered', manager: { id: 'm-neri', name: 'Luca Neri', profile: 'Commercialista' } }));
    refuses(withManager, ev('2010-05-01', { type: 'analysis.recorded', firm: FIRM, manager: 'm-neri', areas: [{ area: 'strategy', score: 3 }] }), 'rule_manager_not_assigned', 'manager');
  });

  it('collaborations and aggregations move through their statuses in order', () => {
    let r = twoFirmsWithPlans();
    r = applyEvent(r, ev('2010-10-01', { type: 'collaboration.proposed', collaboration: { id: 'steel', kind: 'purchasing', title: 'Acquisto acciaio', firms: [FIRM, SECOND_FIRM] } }));
    refuses(r, ev('2010-10-02', { type: 'collaboration.started', collaboration: 'steel' }), 'rule_status_order');
    r = applyEvents(r, [
      ev('2010-10-05', { type: 'collaboration.agreed', collaboration: 'steel' }),
      ev('2010-11-01', { type: 'collaboration.started', collaboration: 'steel' }),
    ]);
    refuses(r, ev('2010-11-02', { type: 'collaboration.agreed', collaboration: 'steel' }), 'rule_status_order');
    r = applyEvent(r, ev('2011-01-10', { type: 'aggregation.proposed', aggregation: { id: 'rete', form: 'network-contract', name: 'Rete MechNet', firms: [FIRM, SECOND_FIRM] } }));
    refuses(r, ev('2011-01-11', { type: 'aggregation.registered', aggregation: 'rete', firm: FIRM }), 'rule_status_order');
    r = applyEvent(r, ev('2012-03-05', { type: 'aggregation.signed', aggregation: 'rete', signatories: [FIRM, SECOND_FIRM], deed: 'notarial' }));
    r = applyEvent(r, ev('2012-03-20', { type: 'aggregation.registered', aggregation: 'rete', firm: FIRM }));
    refuses(r, ev('2012-03-21', { type: 'aggregation.registered', aggregation: 'rete', firm: FIRM }), 'rule_already_held');
    r = applyEvent(r, ev('2012-03-28', { type: 'aggregation.registered', aggregation: 'rete', firm: SECOND_FIRM }));
    refuses(r, ev('2012-03-29', { type: 'aggregation.registered', aggregation: 'rete', firm: SECOND_FIRM }), 'rule_status_order');
  });

  it('refuses a malformed event with invalid_event and the field path', () => {
    assert.throws(
      () => applyEvent(twoFirms(), { id: 'x1', type: 'phase.advanced', date: '2010-13-01', author: 'A', firm: FIRM, phase: 'analysis' }),
      (e: unknown) => e instanceof MechnetError && e.code === 'invalid_event' && e.issues[0]!.path.join('.') === 'date',
    );
    for (const bad of [null, 42, 'x', [], {}]) {
      assert.throws(() => applyEvent(twoFirms(), bad), (e: unknown) => e instanceof MechnetError && e.code === 'invalid_event');
    }
  });
});

describe('applyEvent never changes its input', () => {
  it('works on a deeply frozen record, shares what is unchanged, and leaves the input as it was', () => {
    const input = deepFreeze(parseRecord(smallRecord()));
    const before = JSON.stringify(input);
    const next = applyEvent(input, ev('2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }));
    assert.equal(JSON.stringify(input), before);
    assert.equal(input.events.length, 4);
    assert.equal(next.events.length, 5);
    assert.notEqual(next, input);
    assert.equal(next.programme, input.programme, 'structural sharing: the definition');
    next.events.slice(0, 4).forEach((e, i) => assert.equal(e, input.events[i], 'structural sharing: old events'));
    assert.ok(Object.isFrozen(next) && Object.isFrozen(next.events), 'the new record is frozen too');
  });

  it('can branch: two different events applied to the same record give two records', () => {
    const r = twoFirms();
    const a = applyEvent(r, ev('2010-04-01', { type: 'firm.withdrawn', firm: FIRM, reason: 'A' }));
    const b = applyEvent(r, ev('2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }));
    assert.equal(firmState(a, FIRM)!.phase, 'withdrawn');
    assert.equal(firmState(b, FIRM)!.phase, 'analysis');
    assert.equal(firmState(r, FIRM)!.phase, 'enrolment');
    assert.equal(phaseCounts(a).withdrawn, 1);
    assert.equal(phaseCounts(b).withdrawn, 0);
  });
});
