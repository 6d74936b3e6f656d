import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addMonthsIso,
  firmState,
  mechnetDefinition,
  nextVerification,
  overdueVerifications,
  parseRecord,
  phaseCounts,
  type ProgrammeDefinition,
  verificationSchedule,
  verificationStatusOn,
} from '../../src/index.js';
import { sampleRecordJson } from './load-sample.js';

const TZ = process.env.TZ ?? 'default';
const cadence = (start: string, end: string, every: number, unit: 'day' | 'week' | 'month'): Pick<ProgrammeDefinition, 'calendar'> => ({
  calendar: { start, end, verification: { cadence: { every, unit }, graceDays: 15 } },
});

describe(`verificationSchedule (TZ=${TZ})`, () => {
  it('MechNet: quarterly from 2010-03-01 to the end of the edition', () => {
    assert.deepEqual(verificationSchedule(mechnetDefinition), [
      '2010-06-01', '2010-09-01', '2010-12-01', '2011-03-01', '2011-06-01', '2011-09-01', '2011-12-01', '2012-03-01', '2012-06-01',
    ]);
  });

  it('a monthly cadence from 31 January stays on month ends, without drifting', () => {
    assert.deepEqual(verificationSchedule(cadence('2011-01-31', '2011-07-31', 1, 'month')), [
      '2011-02-28', '2011-03-31', '2011-04-30', '2011-05-31', '2011-06-30', '2011-07-31',
    ]);
  });

  it('takes 29 February in leap years', () => {
    assert.deepEqual(verificationSchedule(cadence('2011-11-30', '2012-03-31', 1, 'month')), ['2011-12-30', '2012-01-30', '2012-02-29', '2012-03-30']);
    assert.deepEqual(verificationSchedule(cadence('2011-08-31', '2012-08-31', 6, 'month')), ['2012-02-29', '2012-08-31']);
    assert.equal(addMonthsIso('2012-02-29', 12), '2013-02-28');
  });

  it('counts days across the day Samoa skipped (30 December 2011) without losing it', () => {
    assert.deepEqual(verificationSchedule(cadence('2011-12-28', '2012-01-01', 1, 'day')), ['2011-12-29', '2011-12-30', '2011-12-31', '2012-01-01']);
  });

  it('counts weeks across daylight-saving changes', () => {
    assert.deepEqual(verificationSchedule(cadence('2010-03-21', '2010-04-11', 1, 'week')), ['2010-03-28', '2010-04-04', '2010-04-11']);
    assert.deepEqual(verificationSchedule(cadence('2010-10-10', '2010-10-31', 1, 'week')), ['2010-10-17', '2010-10-24', '2010-10-31']);
  });

  it('uses an explicit list of dates, sorted and without repeats', () => {
    const d = { calendar: { start: '2027-01-01', end: '2027-12-31', verification: { cadence: { dates: ['2027-12-15', '2027-06-30', '2027-06-30'] }, graceDays: 10 } } };
    assert.deepEqual(verificationSchedule(d), ['2027-06-30', '2027-12-15']);
  });
});

describe('verification status on a date', () => {
  it('upcoming before the date, due through the grace period, overdue after, held once recorded', () => {
    assert.equal(verificationStatusOn('2010-06-01', '2010-05-31', { graceDays: 15, held: false }), 'upcoming');
    assert.equal(verificationStatusOn('2010-06-01', '2010-06-01', { graceDays: 15, held: false }), 'due');
    assert.equal(verificationStatusOn('2010-06-01', '2010-06-16', { graceDays: 15, held: false }), 'due');
    assert.equal(verificationStatusOn('2010-06-01', '2010-06-17', { graceDays: 15, held: false }), 'overdue');
    assert.equal(verificationStatusOn('2010-06-01', '2010-06-17', { graceDays: 15, held: true }), 'held');
    assert.equal(verificationStatusOn('2011-12-20', '2012-01-04', { graceDays: 15, held: false }), 'due', 'grace across the new year');
  });
});

describe('cohort views on the sample record', () => {
  const record = parseRecord(sampleRecordJson());
  const zanzi = '01630580122';

  it('counts firms per phase on any date', () => {
    assert.equal(phaseCounts(record, { asOf: '2010-02-28' }).enrolment, 13);
    const march = phaseCounts(record, { asOf: '2010-03-31' });
    assert.equal(march.analysis, 13);
    const end2010 = phaseCounts(record, { asOf: '2010-12-31' });
    assert.deepEqual([end2010.plan, end2010.withdrawn], [12, 1]);
    const july = phaseCounts(record, { asOf: '2010-07-31' });
    assert.equal(july.plan + july.analysis, 13);
  });

  it('lists overdue verifications with days overdue (worked: due by 16 Sept 2011, 106 days to 31 Dec)', () => {
    const overdue = overdueVerifications(record, { asOf: '2011-12-31' });
    assert.deepEqual(overdue.map((o) => [o.firm, o.scheduled, o.daysOverdue]), [
      [zanzi, '2011-09-01', 106],
      [zanzi, '2011-12-01', 15],
      ['02267150122', '2011-12-01', 15],
    ]);
  });

  it('recomputes a past verification as it stood that day: late, then held', () => {
    // Zanzi met 24 days after 2010-09-01: overdue from 17 September until 25 September.
    const on20 = firmState(record, zanzi, { asOf: '2010-09-20' })!;
    assert.equal(on20.verifications.find((v) => v.scheduled === '2010-09-01')!.status, 'overdue');
    const on30 = firmState(record, zanzi, { asOf: '2010-09-30' })!;
    assert.deepEqual(on30.verifications.find((v) => v.scheduled === '2010-09-01'), {
      scheduled: '2010-09-01', status: 'held', dueBy: '2010-09-16', heldOn: '2010-09-25', manager: 'm-galli',
    });
  });

  it('stops a withdrawn firm\'s verifications at its withdrawal', () => {
    const caccia = '01482690128';
    const s = firmState(record, caccia, { asOf: '2011-12-31' })!;
    assert.equal(s.phase, 'withdrawn');
    assert.deepEqual(s.verifications.map((v) => v.scheduled), ['2010-06-01', '2010-09-01']);
    assert.equal(s.manager, undefined);
  });

  it('keeps managers\' days: budget and days used', () => {
    const bossi = firmState(record, '02184730121', { asOf: '2011-12-31' })!;
    assert.equal(bossi.manager!.id, 'm-rossi');
    assert.equal(bossi.manager!.budgetDays, 28);
    assert.equal(bossi.manager!.daysUsed, 2 + 4 + 3 + 7 * 1.5);
  });
});

describe('nextVerification', () => {
  it('gives the first date after the day, or nothing after the last', () => {
    assert.equal(nextVerification(mechnetDefinition, '2011-12-31'), '2012-03-01');
    assert.equal(nextVerification(mechnetDefinition, '2012-03-01'), '2012-06-01');
    assert.equal(nextVerification(mechnetDefinition, '2012-06-01'), undefined);
  });
});
