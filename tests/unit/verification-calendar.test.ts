/**
 * verificationCalendar (rule-book §7, §13): the programme's verification
 * dates with no firm named, and each firm's own, with stable ids and a
 * sequence that rises when a verification's day moves. Dates hand-checked
 * against the MechNet cadence: every 3 months from 2010-03-01.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEvent, MechnetError, parseRecord, verificationCalendar } from '../../src/index.js';
import { sampleRecordJson } from './load-sample.js';

const TZ = process.env.TZ ?? 'default';
const record = parseRecord(sampleRecordJson());
const QUARTERS = ['2010-06-01', '2010-09-01', '2010-12-01', '2011-03-01', '2011-06-01', '2011-09-01', '2011-12-01', '2012-03-01', '2012-06-01'];
const BOSSI = '02184730121';
const ZANZI = '01630580122';
const CACCIA = '01482690128';

describe(`verificationCalendar (TZ=${TZ})`, () => {
  it("the programme's calendar: every quarterly date from 2010-03-01, with stable ids", () => {
    const c = verificationCalendar(record);
    assert.equal(c.programme, 'mechnet-varese-2010');
    assert.equal(c.firm, undefined);
    assert.deepEqual(c.entries.map((e) => e.date), QUARTERS);
    assert.deepEqual(c.entries.map((e) => e.scheduled), QUARTERS);
    assert.equal(c.entries[0]!.uid, 'mechnet-varese-2010-verification-2010-06-01@mechnet');
    assert.ok(c.entries.every((e) => e.sequence === 0 && e.status === undefined));
    assert.deepEqual(verificationCalendar(record, { asOf: '2010-04-01' }).entries.map((e) => e.uid), c.entries.map((e) => e.uid));
  });

  it("the programme's calendar names no firm, in neither language", () => {
    const names = record.events.flatMap((e) => (e.type === 'enrolment.applied' ? [e.application.firm.name] : []));
    assert.equal(names.length, 13);
    for (const lang of ['it', 'en'] as const) {
      const text = JSON.stringify(verificationCalendar(record, { lang }));
      for (const name of names) assert.ok(!text.includes(name), `${name} in the programme's calendar (${lang})`);
      for (const e of record.events) if ('firm' in e && typeof e.firm === 'string') assert.ok(!text.includes(e.firm));
    }
  });

  it("a firm's calendar: its verifications with its name, held or not, by status on the date", () => {
    const c = verificationCalendar(record, { firm: ZANZI, asOf: '2012-03-30', lang: 'en' });
    assert.deepEqual(c.firm, { partitaIva: ZANZI, name: 'Rettifiche Zanzi di Zanzi Ernesto' });
    assert.ok(c.name.includes('Rettifiche Zanzi di Zanzi Ernesto'));
    assert.deepEqual(
      c.entries.map((e) => [e.scheduled, e.date, e.status, e.sequence]),
      [
        ['2010-06-01', '2010-06-02', 'held', 1],
        // held 24 days late: the entry moves to the day it was held
        ['2010-09-01', '2010-09-25', 'held', 1],
        ['2010-12-01', '2010-12-02', 'held', 1],
        ['2011-03-01', '2011-03-02', 'held', 1],
        ['2011-06-01', '2011-06-02', 'held', 1],
        // not held; 2011-09-01 + 15 days of grace long past on 2012-03-30
        ['2011-09-01', '2011-09-01', 'overdue', 0],
        ['2011-12-01', '2011-12-01', 'overdue', 0],
        ['2012-03-01', '2012-03-02', 'held', 1],
        ['2012-06-01', '2012-06-01', 'upcoming', 0],
      ],
    );
    assert.equal(c.entries[1]!.uid, `mechnet-varese-2010-${ZANZI}-verification-2010-09-01@mechnet`);
    assert.equal(c.entries[1]!.changedOn, '2010-09-25');
    assert.equal(c.entries[1]!.description, 'Periodic verification date of the MechNet: a tutor and a network for mechanical firms programme (2010-09-01). Held on 2010-09-25. Scheduled for 2010-09-01.');
    assert.ok(c.entries.every((e) => e.summary.includes('Rettifiche Zanzi')));
  });

  it('due from its date through the grace period, overdue after it (DOMAIN §7: 15 days)', () => {
    const status = (asOf: string) => verificationCalendar(record, { firm: ZANZI, asOf }).entries.find((e) => e.scheduled === '2011-09-01')!.status;
    assert.equal(status('2011-08-31'), 'upcoming');
    assert.equal(status('2011-09-01'), 'due');
    assert.equal(status('2011-09-16'), 'due');
    assert.equal(status('2011-09-17'), 'overdue');
  });

  it('the sequence rises when the day moves, and the id stays', () => {
    const before = verificationCalendar(record, { firm: ZANZI, asOf: '2010-09-10' }).entries.find((e) => e.scheduled === '2010-09-01')!;
    const after = verificationCalendar(record, { firm: ZANZI, asOf: '2010-09-30' }).entries.find((e) => e.scheduled === '2010-09-01')!;
    assert.deepEqual([before.date, before.sequence, before.status], ['2010-09-01', 0, 'due']);
    assert.deepEqual([after.date, after.sequence, after.status], ['2010-09-25', 1, 'held']);
    assert.equal(after.uid, before.uid);
    // Held on its day: the day does not move, the sequence stays 0.
    const onTime = verificationCalendar(record, { firm: BOSSI }).entries;
    assert.ok(onTime.every((e) => e.sequence === 0));
  });

  it('a late verification recorded now moves its entry and raises its sequence', () => {
    const next = applyEvent(record, { id: 'cal-1', type: 'verification.held', date: '2012-03-31', author: 'Ufficio', firm: ZANZI, scheduled: '2011-12-01' });
    const e = verificationCalendar(next, { firm: ZANZI }).entries.find((x) => x.scheduled === '2011-12-01')!;
    assert.deepEqual([e.date, e.sequence, e.status, e.changedOn], ['2012-03-31', 1, 'held', '2012-03-31']);
    assert.equal(e.uid, `mechnet-varese-2010-${ZANZI}-verification-2011-12-01@mechnet`);
  });

  it('a firm that withdrew has no entries after it left, and none due', () => {
    const c = verificationCalendar(record, { firm: CACCIA, asOf: '2012-03-30' });
    assert.deepEqual(c.entries.map((e) => [e.scheduled, e.status]), [['2010-06-01', 'held'], ['2010-09-01', 'held']]);
  });

  it('speaks Italian by default', () => {
    const c = verificationCalendar(record, { firm: ZANZI, asOf: '2012-03-30' });
    assert.equal(c.lang, 'it');
    assert.equal(c.entries[5]!.summary, 'Verifica periodica di Rettifiche Zanzi di Zanzi Ernesto (in ritardo)');
    assert.ok(c.entries[5]!.description.endsWith('Da tenere entro il 2011-09-16.'));
  });

  it('a firm not in the record is refused with unknown_firm', () => {
    assert.throws(
      () => verificationCalendar(record, { firm: '00000000000' }),
      (e: unknown) => e instanceof MechnetError && e.code === 'invalid_input' && e.issues[0]!.code === 'unknown_firm',
    );
    assert.throws(() => verificationCalendar(record, { asOf: '2010-13-01' }), MechnetError);
  });
});
