/**
 * phaseTimeline: the edition's phases on its calendar. Hand-worked on the
 * MechNet preset (start 1 March 2010, end 30 June 2012; planned 30, 60, 60,
 * 365 and 180 days), and invariants on any calendar and durations.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { daysBetween, MechnetError, mechnetDefinition, phaseTimeline } from '../../src/index.js';

describe('phaseTimeline', () => {
  it('lays the MechNet phases end to end from the start, the last to the end', () => {
    const t = phaseTimeline(mechnetDefinition, { lang: 'en' });
    assert.deepEqual(
      t.phases.map((p) => [p.id, p.label, p.start, p.end]),
      [
        ['enrolment', 'Enrolment', '2010-03-01', '2010-03-30'], // 30 days: 1..30 March
        ['analysis', 'Analysis', '2010-03-31', '2010-05-29'], // 60 days: 1 + 30 + 29
        ['plan', 'Strategic plan', '2010-05-30', '2010-07-28'], // 60 days: 2 + 30 + 28
        ['collaboration', 'Collaboration', '2010-07-29', '2011-07-28'], // 365 days
        ['aggregation', 'Aggregation', '2011-07-29', '2012-01-24'], // 180 days: 3 + 31 + 30 + 31 + 30 + 31 + 24
        ['completed', 'Completed', '2012-01-25', '2012-06-30'],
      ],
    );
    // 853 days in the edition: the enrolment is 30 of them
    assert.equal(t.phases[0]!.to, 30 / 853);
    assert.equal(t.phases[5]!.to, 1);
    assert.equal(t.asOf, undefined);
  });

  it('says where a date falls', () => {
    assert.equal(phaseTimeline(mechnetDefinition, { asOf: '2010-03-30' }).current, 'enrolment');
    assert.equal(phaseTimeline(mechnetDefinition, { asOf: '2010-03-31' }).current, 'analysis');
    assert.equal(phaseTimeline(mechnetDefinition, { asOf: '2011-12-31' }).current, 'aggregation');
    const before = phaseTimeline(mechnetDefinition, { asOf: '2009-12-31' });
    assert.equal(before.current, undefined);
    assert.equal(before.position, 0);
    const after = phaseTimeline(mechnetDefinition, { asOf: '2026-11-30' });
    assert.equal(after.current, undefined);
    assert.equal(after.position, 1);
    assert.equal(phaseTimeline(mechnetDefinition, { asOf: '2010-03-01' }).position, 0.5 / 853);
    assert.throws(() => phaseTimeline(mechnetDefinition, { asOf: '2010-02-30' }), MechnetError);
  });

  it('on any calendar: phases in order, end to end, inside the edition, the last ending with it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 0, max: 3000 }),
        (length, durations, probe) => {
          const start = '2020-01-01';
          const end = new Date(Date.UTC(2020, 0, 1 + length)).toISOString().slice(0, 10);
          const asOf = new Date(Date.UTC(2019, 11, 1 + probe)).toISOString().slice(0, 10);
          const ids = ['enrolment', 'analysis', 'plan', 'collaboration', 'aggregation', 'completed'] as const;
          const phases = durations.map((d, i) => ({ id: ids[i]!, label: { it: `F${i}`, en: `P${i}` }, ...(d === undefined ? {} : { plannedDays: d }) }));
          const t = phaseTimeline({ calendar: { start, end, verification: mechnetDefinition.calendar.verification }, phases }, { asOf });
          assert.equal(t.phases.at(-1)!.end, end);
          let previousTo = 0;
          for (const p of t.phases) {
            assert.ok(start <= p.start && p.end <= end);
            assert.ok(p.from <= p.to && p.to <= 1 && p.from >= previousTo - 1e-12);
            previousTo = p.to;
          }
          for (let i = 1; i < t.phases.length; i++) {
            const gap = daysBetween(t.phases[i - 1]!.end, t.phases[i]!.start);
            assert.ok(gap === 1 || t.phases[i]!.start === end, `${t.phases[i - 1]!.end} -> ${t.phases[i]!.start}`);
          }
          assert.ok(t.position! >= 0 && t.position! <= 1);
          if (t.current !== undefined) {
            const c = t.phases.find((p) => p.id === t.current)!;
            assert.ok(c.start <= asOf && asOf <= c.end);
          } else assert.ok(asOf < start || asOf > end || t.phases.every((p) => !(p.start <= asOf && asOf <= p.end)));
        },
      ),
      { numRuns: Number(process.env.MECHNET_FUZZ_RUNS ?? 200) },
    );
  });
});
