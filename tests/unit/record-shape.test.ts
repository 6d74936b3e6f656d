/**
 * parseRecordShape: the check a page makes before showing a record. The
 * shape (every field of every event, the definition, ids and date order) is
 * checked with the path of each problem; the programme's rules are not (they
 * were checked where the record was written), and the views take what it
 * returns with the same figures as from parseRecord.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  economicAdvantage,
  firmStates,
  MechnetError,
  parseRecord,
  parseRecordShape,
  programmeReport,
  programmeState,
  publicRecord,
  safeParseRecord,
  safeParseRecordShape,
} from '../../src/index.js';
import { sampleRecordJson } from './load-sample.js';

describe('parseRecordShape', () => {
  it('gives the same views as parseRecord on the sample and on its public and anonymous records', () => {
    const json = sampleRecordJson();
    const full = parseRecord(json);
    for (const value of [json, publicRecord(full), publicRecord(full, { anonymous: true })]) {
      const shaped = parseRecordShape(JSON.parse(JSON.stringify(value)));
      const checked = parseRecord(JSON.parse(JSON.stringify(value)));
      assert.ok(Object.isFrozen(shaped) && Object.isFrozen(shaped.events));
      for (const asOf of ['2010-06-30', '2011-12-31', undefined]) {
        const o = asOf ? { asOf } : {};
        assert.deepEqual(firmStates(shaped, o), firmStates(checked, o));
        assert.deepEqual(programmeState(shaped, o), programmeState(checked, o));
        assert.deepEqual(economicAdvantage(shaped, o), economicAdvantage(checked, o));
      }
      assert.deepEqual(programmeReport(shaped, { asOf: '2011-12-31' }), programmeReport(checked, { asOf: '2011-12-31' }));
    }
  });

  it('names the field of each shape problem, in Italian and English', () => {
    const json = sampleRecordJson();
    (json.events[0] as { date: string }).date = '2010-02-30';
    (json.events[3] as { type: string }).type = 'firm.teleported';
    const r = safeParseRecordShape(json, { lang: 'en' });
    assert.equal(r.success, false);
    assert.equal(r.error!.code, 'invalid_record');
    assert.deepEqual(r.error!.issues[0]!.path, ['events', 0, 'date']);
    assert.match(r.error!.issues[0]!.messages.en, /existing date/);
    assert.match(r.error!.issues[0]!.messages.it, /data esistente/);
    assert.deepEqual(r.error!.issues[1]!.path.slice(0, 2), ['events', 3]);
    assert.equal(safeParseRecordShape('{"programme": "mechnet-varese-2010", "events": [', { lang: 'en' }).error!.code, 'invalid_json');
    assert.equal(safeParseRecordShape({ programme: 'no-such-programme', events: [] }).error!.code, 'unknown_preset');
  });

  it('refuses a repeated event id and dates out of order, with their paths', () => {
    const json = sampleRecordJson();
    json.events[5]!.id = json.events[4]!.id;
    json.events[9]!.date = '2009-01-01';
    const r = safeParseRecordShape(json, { lang: 'en' });
    assert.deepEqual(r.error!.issues.map((i) => [i.path, i.code]), [
      [['events', 5, 'id'], 'duplicate_id'],
      [['events', 9, 'date'], 'date_order'],
    ]);
  });

  it('does not judge the rules: a verification before any plan is shown, parseRecord refuses it', () => {
    const json = sampleRecordJson();
    const i = json.events.findIndex((e) => e.type === 'verification.held');
    const held = json.events[i]!;
    // a verification before the firm had a plan: a rule, not a shape
    const early = { ...held, id: 'early-verification', date: json.events[1]!.date as string };
    json.events.splice(2, 0, early);
    assert.equal(safeParseRecord(json).success, false);
    const shaped = safeParseRecordShape(json);
    assert.equal(shaped.success, true, JSON.stringify(shaped.error?.issues.slice(0, 2)));
  });

  it('views check the shape of a record they did not make, and throw only MechnetError', () => {
    assert.throws(() => firmStates({ programme: 'mechnet-varese-2010', events: [{}] } as never), MechnetError);
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          parseRecordShape({ programme: 'mechnet-varese-2010', events: [v] });
        } catch (e) {
          assert.ok(e instanceof MechnetError, String(e));
        }
      }),
      { numRuns: Number(process.env.MECHNET_FUZZ_RUNS ?? 200) },
    );
  });
});
