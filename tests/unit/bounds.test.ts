import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addMonthsIso,
  applyEvent,
  applyEvents,
  mechnetDefinition,
  MechnetError,
  normalizePartitaIva,
  type ProgrammeRecord,
  programmeReport,
  safeParseDefinition,
  safeParseRecord,
  verificationSchedule,
} from '../../src/index.js';
import { renderText } from '../../src/report/index.js';
import { clone, SECOND_FIRM, smallRecord, validPlan } from '../fixtures/sample.js';
import { eventMaker, FIRM, refusal, twoFirmsWithPlans } from './helpers.js';

const ev = eventMaker('b');


/** Two firms with approved plans that agreed to share a machine. */
function sharingAMachine(): ProgrammeRecord {
  return applyEvents(twoFirmsWithPlans(), [
    ev('2010-07-01', { type: 'collaboration.proposed', collaboration: { id: 'cdl5', kind: 'machines', title: 'Centro 5 assi', firms: [FIRM, SECOND_FIRM] } }),
    ev('2010-07-02', { type: 'collaboration.agreed', collaboration: 'cdl5' }),
  ]);
}

const machines = (hoursUsed: number) => ({
  kind: 'machines',
  basis: 'realised',
  owner: FIRM,
  machineType: 'Centro di lavoro 5 assi',
  annualFixedCostCents: 6_000_000,
  availableHours: 2000,
  variableCostPerHourCents: 2_000,
  users: [{ firm: SECOND_FIRM, hoursBooked: 400, hoursUsed, alternativeRateCents: 9_000 }],
});

describe('a record that parseRecord or applyEvent accepts is always reportable: figures are bounded', () => {
  it('a machine usage of 1e15 hours is refused where it is written', () => {
    const r = sharingAMachine();
    const book = ev('2010-12-31', { type: 'collaboration.figures-recorded', collaboration: 'cdl5', period: { from: '2010-07-01', to: '2010-12-31' }, figures: machines(1e15) });
    assert.deepEqual(refusal(() => applyEvent(r, book)), ['too_big@figures.users.0.hoursUsed']);
  });

  it('a ratio denominator of 0 is refused', () => {
    const record = clone(smallRecord()) as { events: unknown[] };
    record.events.push(ev('2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }));
    record.events.push(ev('2010-09-01', { type: 'measurement.recorded', firm: FIRM, indicator: 'scrap-rate', numerator: 3, denominator: 0 }));
    const r = safeParseRecord(record);
    assert.deepEqual(r.error?.issues.map((i) => `${i.code}@${i.path.join('.')}`), ['too_small@events.5.denominator']);
  });

  it('a figure of 1e308 is refused', () => {
    const record = clone(smallRecord()) as { events: unknown[] };
    record.events.push(ev('2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }));
    record.events.push(ev('2010-09-01', { type: 'measurement.recorded', firm: FIRM, indicator: 'scrap-rate', value: 1e308 }));
    const r = safeParseRecord(record);
    assert.deepEqual(r.error?.issues.map((i) => `${i.code}@${i.path.join('.')}`), ['too_big@events.5.value']);
  });

  it('a figure with more than 6 decimals is refused, in words', () => {
    const record = clone(smallRecord()) as { events: unknown[] };
    record.events.push(ev('2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }));
    record.events.push(ev('2010-09-01', { type: 'measurement.recorded', firm: FIRM, indicator: 'scrap-rate', value: 1e-300 }));
    const issue = safeParseRecord(record).error!.issues[0]!;
    assert.equal(issue.code, 'too_many_decimals');
    assert.equal(issue.messages.it, 'Al massimo 6 decimali');
  });

  it('a price times a quantity above EUR 10 billion is refused, naming the member', () => {
    const r = sharingAMachine();
    const figures = {
      kind: 'purchasing',
      basis: 'realised',
      category: 'steel',
      unit: 't',
      members: [
        { firm: FIRM, quantity: 1_000_000_000, priceBeforeCents: 90_000, priceGroupCents: 86_000 },
        { firm: SECOND_FIRM, quantity: 30, priceBeforeCents: 95_000, priceGroupCents: 86_000 },
      ],
    };
    const propose = ev('2010-07-03', { type: 'collaboration.proposed', collaboration: { id: 'acciaio', kind: 'purchasing', title: 'Acciaio', firms: [FIRM, SECOND_FIRM] } });
    const agree = ev('2010-07-04', { type: 'collaboration.agreed', collaboration: 'acciaio', terms: { ...figures, basis: 'negotiated' } });
    assert.deepEqual(refusal(() => applyEvents(r, [propose, agree])), ['amount_too_big@terms.members.0.quantity']);
  });

  it('property: machine figures anywhere within their bounds are accepted, then reported', () => {
    const base = sharingAMachine();
    const hours = fc.integer({ min: 0, max: 8_784_000_000 }).map((x) => x / 1_000_000);
    const cents = fc.integer({ min: 0, max: 1_000_000_000_000 });
    fc.assert(
      fc.property(hours, hours, cents, cents, fc.integer({ min: 1, max: 8_784 }), (booked, used, fixed, rate, available) => {
        const figures = { ...machines(used), annualFixedCostCents: fixed, availableHours: available, variableCostPerHourCents: rate, users: [{ firm: SECOND_FIRM, hoursBooked: booked, hoursUsed: used, alternativeRateCents: rate }] };
        let r: ProgrammeRecord;
        try {
          r = applyEvent(base, ev('2010-12-31', { type: 'collaboration.figures-recorded', collaboration: 'cdl5', period: { from: '2010-07-01', to: '2010-12-31' }, figures }));
        } catch (e) {
          // Refused where it is written, with a clear reason: never later, in the report.
          assert.ok(e instanceof MechnetError);
          return;
        }
        const report = programmeReport(r, { asOf: '2011-01-31' });
        assert.ok(renderText(report).length > 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('dates outside what the library supports are refused with a clear message', () => {
  it('a record date in year 210 (a typing error for 2010) is refused', () => {
    const record = clone(smallRecord()) as { events: { date: string }[] };
    record.events[3]!.date = '0210-03-02';
    const issue = safeParseRecord(record).error!.issues.find((i) => i.code === 'date_out_of_range')!;
    assert.deepEqual(issue.path, ['events', 3, 'date']);
    assert.match(issue.messages.en, /0210-03-02 is outside the range .*1900-01-01 – 2999-12-31/);
  });

  it('an edition starting in year 0050 is refused, not read as 1950', () => {
    const d = clone(mechnetDefinition) as { calendar: { start: string } };
    d.calendar.start = '0050-03-01';
    const r = safeParseDefinition(d);
    assert.deepEqual(r.error?.issues.map((i) => `${i.code}@${i.path.join('.')}`), ['date_out_of_range@calendar.start']);
    assert.throws(() => verificationSchedule(d as never), (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'date_out_of_range');
  });

  it('an edition cannot run past 9999-12-31 into five-digit years', () => {
    const d = clone(mechnetDefinition) as { calendar: { start: string; end: string } };
    d.calendar.start = '2999-01-01';
    d.calendar.end = '9999-12-31';
    assert.equal(safeParseDefinition(d).error?.issues[0]?.code, 'date_out_of_range');
  });

  it('date arithmetic stays in the supported range and refuses to leave it', () => {
    assert.equal(addMonthsIso('2999-11-30', 1), '2999-12-30');
    assert.throws(() => addMonthsIso('2999-12-31', 1), (e: unknown) => e instanceof MechnetError && e.issues[0]!.code === 'date_out_of_range');
  });
});

describe('identifiers and records from outside', () => {
  it("normalising a partita IVA is idempotent: 'ITIT00743110157' is left for the check to refuse", () => {
    const once = normalizePartitaIva('ITIT00743110157');
    assert.equal(normalizePartitaIva(once), once);
    assert.notEqual(once, '00743110157');
    assert.equal(normalizePartitaIva('IT 00743110157'), '00743110157');
  });

  it("applyEvent leaves the caller's own record objects as they were: not frozen, not changed", () => {
    const mine = smallRecord();
    const before = JSON.stringify(mine);
    const next = applyEvent(mine, ev('2010-04-01', { type: 'manager.days-logged', firm: FIRM, manager: 'm-verdi', days: 2 }));
    assert.equal(next.events.length, 5);
    assert.equal(Object.isFrozen(mine), false);
    assert.equal(Object.isFrozen(mine.events), false);
    assert.equal(Object.isFrozen(mine.events[0]), false);
    assert.equal(JSON.stringify(mine), before);
    assert.equal(Object.isFrozen(next), true, 'the record the library makes is frozen');
  });
});
