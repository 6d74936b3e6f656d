/**
 * collaborationMatrix: per firm, how many collaborations of each kind it is
 * in on a date. Checked against the sample's raw events (every
 * `collaboration.proposed` up to the date), independently of the fold.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collaborationMatrix, firmStates, MechnetError, parseRecord } from '../../src/index.js';
import { sampleRecordJson } from './load-sample.js';

const json = sampleRecordJson();
const record = parseRecord(json);

describe('collaborationMatrix', () => {
  it('counts each firm\'s collaborations by kind, as the proposals up to the date say', () => {
    for (const asOf of ['2010-06-30', '2010-12-31', '2011-12-31']) {
      const m = collaborationMatrix(record, { asOf });
      assert.deepEqual(m.kinds, ['purchasing', 'services', 'machines', 'brands', 'workforce']);
      assert.deepEqual(m.firms.map((f) => f.firm), firmStates(record, { asOf }).map((f) => f.partitaIva));
      const proposals = json.events.filter((e) => e.type === 'collaboration.proposed' && (e.date as string) <= asOf).map((e) => e.collaboration as { kind: string; firms: string[] });
      for (const row of m.firms) {
        for (const k of m.kinds) {
          assert.equal(row.counts[k], proposals.filter((c) => c.kind === k && c.firms.includes(row.firm)).length, `${asOf} ${row.firm} ${k}`);
        }
      }
      // every membership is counted once
      const members = proposals.reduce((n, c) => n + c.firms.length, 0);
      assert.equal(m.firms.reduce((n, f) => n + Object.values(f.counts).reduce((a, b) => a + b, 0), 0), members);
    }
    assert.ok(collaborationMatrix(record, { asOf: '2011-12-31' }).firms.some((f) => f.counts.purchasing > 0), 'the sample has a purchasing group by then');
    assert.ok(collaborationMatrix(record, { asOf: '2010-02-28' }).firms.every((f) => Object.values(f.counts).every((n) => n === 0)));
  });

  it('checks its options', () => {
    assert.throws(() => collaborationMatrix(record, { asOf: '2011-02-30' }), MechnetError);
  });
});
