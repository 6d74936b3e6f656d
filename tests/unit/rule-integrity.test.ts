import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEvent,
  applyEvents,
  firmState,
  mechnetDefinition,
  MechnetError,
  overdueVerifications,
  parseRecord,
  type ProgrammeDefinition,
  type ProgrammeRecord,
  programmeReport,
  safeParseRecord,
} from '../../src/index.js';
import { renderCsv, renderText } from '../../src/report/index.js';
import { clone, SECOND_FIRM, secondApplication, smallRecord, validApplication, validPlan } from '../fixtures/sample.js';
import { eventMaker, FIRM, refusal, twoFirms } from './helpers.js';

const ev = eventMaker('r');

/** The issue codes of the MechnetError that `fn` throws. */
const codesOf = (fn: () => unknown) => refusal(fn).map((c) => c.split('@')[0]!);

/** An agri-food programme of the Cuneo Chamber: ATECO divisions 10 and 11, province CN. */
function cuneoAgrifood(): ProgrammeDefinition {
  const d = clone(mechnetDefinition) as ProgrammeDefinition;
  return {
    ...d,
    id: 'agrifood-cuneo',
    eligibility: {
      ...d.eligibility,
      sector: { classification: 'ATECO 2007', prefixes: ['10', '11'] },
      territory: { region: 'piemonte', provinces: ['CN'], basis: 'registered-seat' },
    },
  };
}

/** A machining shop of Turin (TO, ATECO 25.62.00) applying to the Cuneo agri-food programme. */
function turinApplication() {
  const a = validApplication();
  a.programme = 'agrifood-cuneo';
  a.firm.address = { street: 'Via Nizza 10', postalCode: '10125', municipality: 'Torino', province: 'TO' };
  return a;
}

function cuneoRecord(accepted: Record<string, unknown> = {}): unknown {
  return {
    programme: cuneoAgrifood(),
    events: [
      { id: 'a1', type: 'enrolment.applied', date: '2010-02-15', author: 'Modulo web', firm: FIRM, application: turinApplication() },
      { id: 'a2', type: 'enrolment.accepted', date: '2010-03-01', author: 'Ufficio', firm: FIRM, ...accepted },
    ],
  };
}

describe('§2 eligibility at acceptance: enrolment.accepted passes the rules of checkEligibility', () => {
  it('a firm in province TO with ATECO 25.62.00 is refused by a Cuneo agri-food programme, with the reasons', () => {
    const r = safeParseRecord(cuneoRecord(), { lang: 'en' });
    assert.equal(r.success, false);
    const issues = r.error!.issues.filter((i) => i.code === 'rule_not_eligible');
    assert.deepEqual(
      issues.map((i) => i.params.other),
      ['sector', 'territory'],
    );
    assert.deepEqual(issues[0]!.path, ['events', 1, 'firm']);
    assert.match(issues[0]!.messages.en, /25\.62\.00/);
    assert.match(issues[1]!.messages.it, /provincia di Torino/);
  });

  it('applyEvent refuses the same acceptance and leaves the record unchanged', () => {
    const rec = cuneoRecord() as { programme: ProgrammeDefinition; events: unknown[] };
    const applied = parseRecord({ ...rec, events: rec.events.slice(0, 1) });
    const codes = codesOf(() => applyEvent(applied, rec.events[1]));
    assert.deepEqual(codes, ['rule_not_eligible', 'rule_not_eligible']);
    assert.equal(applied.events.length, 1);
  });

  it("an officer's exception, recorded with its reason and approver, admits the firm", () => {
    const record = parseRecord(
      cuneoRecord({
        exception: {
          waives: ['sector', 'territory'],
          reason: 'Fornitore strategico della filiera, delibera di giunta n. 12/2010',
          approvedBy: 'Segretario generale',
        },
      }),
    );
    assert.equal(firmState(record, FIRM)?.status, 'accepted');
  });

  it('the periodic report lists every exception: firm, date, rules waived, reason, approver', () => {
    const record = parseRecord(
      cuneoRecord({ exception: { waives: ['sector', 'territory'], reason: 'Fornitore strategico della filiera', approvedBy: 'Segretario generale' } }),
    );
    const report = programmeReport(record, { asOf: '2010-06-30', lang: 'it' });
    assert.deepEqual(report.exceptions, [
      { firm: FIRM, name: 'Officina Meccanica di Prova S.r.l.', date: '2010-03-01', waives: ['sector', 'territory'], reason: 'Fornitore strategico della filiera', approvedBy: 'Segretario generale' },
    ]);
    const text = renderText(report);
    assert.match(text, /Imprese ammesse in deroga alle regole/);
    assert.match(text, /settore, territorio/);
    assert.match(text, /Segretario generale/);
    assert.match(renderText(programmeReport(parseRecord(smallRecord()), { asOf: '2010-06-30', lang: 'en' })), /No firm admitted by exception/);
    const csv = renderCsv(report)['exceptions.csv']!;
    assert.match(csv, /sector, territory/);
  });

  it('an exception waives only the rules it names', () => {
    const r = safeParseRecord(cuneoRecord({ exception: { waives: ['sector'], reason: 'Filiera', approvedBy: 'Giunta' } }));
    assert.deepEqual(
      r.error?.issues.map((i) => [i.code, i.params.other]),
      [['rule_not_eligible', 'territory']],
    );
  });

  it('an exception for a rule the application meets is refused as unneeded', () => {
    const r = safeParseRecord(
      cuneoRecord({ exception: { waives: ['sector', 'territory', 'size'], reason: 'Filiera', approvedBy: 'Giunta' } }),
    );
    assert.deepEqual(
      r.error?.issues.map((i) => [i.code, i.path.join('.')]),
      [['rule_exception_unneeded', 'events.1.exception.waives.2']],
    );
  });

  it('warnings do not refuse: an artisan firm above the artisan limits is accepted where artisan status is optional', () => {
    const record = clone(smallRecord()) as ProgrammeRecord & { events: { application?: { firm: { staff: number } } }[] };
    record.events[0]!.application!.firm.staff = 30; // above 18 (22 with apprentices): a warning only
    assert.equal(firmState(parseRecord(record), FIRM)?.status, 'accepted');
  });

  it('the acceptance is checked as of its own date: an application after the edition closed is refused', () => {
    const record = clone(smallRecord()) as { events: Record<string, unknown>[] };
    record.events[1]!.date = '2013-01-10';
    record.events.splice(2);
    const r = safeParseRecord(record);
    assert.deepEqual(r.error?.issues.map((i) => i.params.other), ['edition_closed']);
  });
});

describe('§3 a collaboration needs active member firms with an approved plan', () => {
  const twoFirmsWithManagers = () =>
    applyEvent(twoFirms(), ev('2010-03-03', { type: 'manager.assigned', firm: SECOND_FIRM, manager: 'm-verdi', budgetDays: 25 }));
  const steel = { id: 'steel', kind: 'purchasing', title: 'Acquisto acciaio', firms: [FIRM, SECOND_FIRM] };
  const figures = {
    kind: 'purchasing',
    basis: 'realised',
    category: 'steel',
    unit: 't',
    members: [
      { firm: FIRM, quantity: 20, priceBeforeCents: 90_000, priceGroupCents: 86_000 },
      { firm: SECOND_FIRM, quantity: 30, priceBeforeCents: 95_000, priceGroupCents: 86_000 },
    ],
  };

  it('two firms still in enrolment cannot propose a collaboration', () => {
    const r = twoFirmsWithManagers();
    const codes = codesOf(() => applyEvent(r, ev('2010-04-01', { type: 'collaboration.proposed', collaboration: steel })));
    assert.deepEqual(codes, ['rule_member_needs_plan', 'rule_member_needs_plan']);
  });

  it('with one plan approved, the other firm still blocks it', () => {
    const r = applyEvent(twoFirmsWithManagers(), ev('2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }));
    const e = (() => {
      try {
        applyEvent(r, ev('2010-07-01', { type: 'collaboration.proposed', collaboration: steel }));
      } catch (x) {
        return x as MechnetError;
      }
    })();
    assert.deepEqual(e?.issues.map((i) => [i.code, i.params.name]), [['rule_member_needs_plan', SECOND_FIRM]]);
  });

  it('a member that withdrew cannot agree, start or book figures; the collaboration can still end', () => {
    let r = applyEvents(twoFirmsWithManagers(), [
      ev('2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }),
      ev('2010-06-15', { type: 'plan.approved', firm: SECOND_FIRM, plan: validPlan() }),
      ev('2010-07-01', { type: 'collaboration.proposed', collaboration: steel }),
      ev('2010-07-10', { type: 'collaboration.agreed', collaboration: 'steel' }),
      ev('2010-08-01', { type: 'collaboration.started', collaboration: 'steel' }),
      ev('2010-09-01', { type: 'firm.withdrawn', firm: SECOND_FIRM, reason: 'Cessata attività' }),
    ]);
    const book = ev('2010-12-31', {
      type: 'collaboration.figures-recorded',
      collaboration: 'steel',
      period: { from: '2010-08-01', to: '2010-12-31' },
      figures,
    });
    assert.deepEqual(codesOf(() => applyEvent(r, book)), ['rule_firm_inactive']);
    r = applyEvent(r, ev('2010-12-31', { type: 'collaboration.ended', collaboration: 'steel', reason: 'Un socio è uscito' }));
    assert.equal(r.events.at(-1)!.type, 'collaboration.ended');
  });

  it('a record that books savings for firms without a plan is refused by parseRecord too', () => {
    const record = clone(twoFirmsWithManagers()) as { events: unknown[] };
    record.events.push(ev('2010-04-01', { type: 'collaboration.proposed', collaboration: steel }));
    const r = safeParseRecord(record);
    assert.deepEqual([...new Set(r.error?.issues.map((i) => i.code))], ['rule_member_needs_plan']);
  });
});

describe('§7 a completed or withdrawn firm is not chased', () => {
  /** A firm that completes on 2012-03-05 after holding only the verification of 2012-03-01. */
  function completed(): ProgrammeRecord {
    return applyEvents(parseRecord(smallRecord()), [
      ev('2010-03-02', { type: 'enrolment.applied', firm: SECOND_FIRM, application: secondApplication() }),
      ev('2010-03-03', { type: 'enrolment.accepted', firm: SECOND_FIRM }),
      ev('2010-03-04', { type: 'phase.advanced', firm: FIRM, phase: 'analysis' }),
      ev('2010-05-20', {
        type: 'analysis.recorded',
        firm: FIRM,
        manager: 'm-verdi',
        areas: mechnetDefinition.analysis.areas.map((a) => ({ area: a.id, score: 3 })),
      }),
      ev('2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }),
      ev('2010-06-15', { type: 'phase.advanced', firm: FIRM, phase: 'plan' }),
      ev('2010-09-10', { type: 'phase.advanced', firm: FIRM, phase: 'collaboration' }),
      ev('2011-02-01', { type: 'phase.advanced', firm: FIRM, phase: 'aggregation' }),
      ev('2012-03-01', { type: 'verification.held', firm: FIRM, scheduled: '2012-03-01', manager: 'm-verdi' }),
      ev('2012-03-05', { type: 'phase.advanced', firm: FIRM, phase: 'completed' }),
    ]);
  }

  it('after completion no verification is due or overdue: those not held are missed', () => {
    const r = completed();
    const s = firmState(r, FIRM, { asOf: '2012-12-31' })!;
    const statuses = new Set(s.verifications.map((v) => v.status));
    assert.ok(!statuses.has('due') && !statuses.has('overdue'), [...statuses].join(', '));
    assert.equal(s.verifications.find((v) => v.scheduled === '2010-06-01')?.status, 'missed');
    assert.equal(s.verifications.find((v) => v.scheduled === '2012-03-01')?.status, 'held');
    assert.equal(s.verifications.some((v) => v.scheduled === '2012-06-01'), false, 'none scheduled after completion');
    assert.deepEqual(overdueVerifications(r, { asOf: '2012-12-31' }).filter((o) => o.firm === FIRM), []);
  });

  it('before completion the same verifications were overdue', () => {
    const r = completed();
    assert.equal(firmState(r, FIRM, { asOf: '2011-01-31' })!.verifications.find((v) => v.scheduled === '2010-06-01')?.status, 'overdue');
    assert.ok(overdueVerifications(r, { asOf: '2011-01-31' }).some((o) => o.firm === FIRM));
  });

  it('after a withdrawal none is overdue either', () => {
    const r = applyEvent(parseRecord(smallRecord()), ev('2010-12-10', { type: 'firm.withdrawn', firm: FIRM, reason: 'Cessata attività' }));
    const s = firmState(r, FIRM, { asOf: '2011-06-30' })!;
    assert.deepEqual(
      s.verifications.map((v) => [v.scheduled, v.status]),
      [
        ['2010-06-01', 'missed'],
        ['2010-09-01', 'missed'],
        ['2010-12-01', 'missed'],
      ],
    );
    assert.deepEqual(overdueVerifications(r, { asOf: '2011-06-30' }), []);
  });
});
