import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyEvent,
  firmStates,
  overdueVerifications,
  parseRecord,
  phaseCounts,
  type ProgrammeRecord,
} from '../../src/index.js';
import { sampleRecordJson } from './load-sample.js';

const sample = parseRecord(sampleRecordJson());
const dates = [...new Set(sample.events.map((e) => e.date))];
const anyDate = fc.oneof(
  fc.constantFrom(...dates),
  fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2012-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

describe('property: a fold up to d never sees a later event', () => {
  it('folding the record up to d equals folding the events dated up to d', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const prefix: ProgrammeRecord = { ...sample, events: sample.events.filter((e) => e.date <= d) };
        assert.deepEqual(firmStates(sample, { asOf: d }), firmStates(prefix, { asOf: d }));
        assert.deepEqual(phaseCounts(sample, { asOf: d }), phaseCounts(prefix, { asOf: d }));
        assert.deepEqual(overdueVerifications(sample, { asOf: d }), overdueVerifications(prefix, { asOf: d }));
      }),
      { numRuns: 60 },
    );
  });
});

describe('property: applying events never changes the input', () => {
  it('replaying the sample event by event rebuilds it, and every intermediate record stays as it was', () => {
    let record: ProgrammeRecord = parseRecord({ programme: sample.programme, events: [] });
    const snapshots: [ProgrammeRecord, string][] = [];
    for (const e of sample.events) {
      const next = applyEvent(record, e);
      if (snapshots.length % 25 === 0) snapshots.push([record, JSON.stringify(record)]);
      record = next;
    }
    assert.deepEqual(record, sample);
    for (const [r, json] of snapshots) assert.equal(JSON.stringify(r), json);
  });

  it('an event refused at a random point leaves the record unchanged and usable', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: sample.events.length - 1 }), (k) => {
        const r = parseRecord({ ...sample, events: sample.events.slice(0, k) });
        const before = JSON.stringify(r);
        const stale = { ...sample.events[0]!, id: 'again' }; // a second application by the same firm
        assert.throws(() => applyEvent(r, stale));
        assert.equal(JSON.stringify(r), before);
        const next = applyEvent(r, sample.events[k]!);
        assert.equal(next.events.length, k + 1);
      }),
      { numRuns: 40 },
    );
  });
});
