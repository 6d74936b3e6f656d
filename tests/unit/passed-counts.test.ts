/**
 * How many firms went through each phase (rule-book §3), counted by hand on
 * the sample record examples/mechnet-varese-2010.json, beside how many are in
 * each phase on the date: a phase card that says "0" must not read as
 * "nobody took part".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MechnetError, parseRecord, passedCounts, phaseCounts, programmeState } from '../../src/index.js';
import { sampleRecordJson } from './load-sample.js';

const record = parseRecord(sampleRecordJson());

/**
 * The sample's phase events, read from the file (13 firms):
 *
 * - 2010-03-01 all 13 firms accepted: they are in `enrolment`.
 * - 2010-03-08 .. 2010-03-19 all 13 advance to `analysis`
 *   (last one: 01890530122 on 2010-03-19).
 * - 2010-06-21 02644180123, 2010-06-24 02451900126, 2010-06-28 02184730121
 *   advance to `plan`: 3 by 2010-06-30; then 2010-07-05 .. 2010-09-28 the
 *   other 9 of the 12 below (last: 02267150122 on 2010-09-28).
 * - 2010-11-22 01482690128 (Caccia) withdraws while still in `analysis`: it
 *   never reached the plan.
 * - 2011-01-10 .. 2011-01-17 the 12 others advance to `collaboration`.
 * - 2011-10-17 all 12 advance to `aggregation`; none completes by the last
 *   event (2012-03-30).
 */
describe('passedCounts: the firms that went through each phase, counted by hand on the sample', () => {
  it('on 30 June 2010: 13 passed enrolment, 3 passed analysis; 10 in analysis and 3 in plan now', () => {
    assert.deepEqual(passedCounts(record, { asOf: '2010-06-30' }), {
      enrolment: 13, // 13 accepted, all moved to analysis by 19 March
      analysis: 3, // 21, 24 and 28 June: three plans
      plan: 0,
      collaboration: 0,
      aggregation: 0,
      completed: 0,
    });
    const now = phaseCounts(record, { asOf: '2010-06-30' });
    assert.deepEqual([now.enrolment, now.analysis, now.plan], [0, 10, 3]);
  });

  it('on 31 December 2010: the withdrawn firm passed enrolment only; 12 passed analysis', () => {
    assert.deepEqual(passedCounts(record, { asOf: '2010-12-31' }), { enrolment: 13, analysis: 12, plan: 0, collaboration: 0, aggregation: 0, completed: 0 });
    const now = phaseCounts(record, { asOf: '2010-12-31' });
    assert.deepEqual([now.plan, now.withdrawn], [12, 1]);
  });

  it('on 31 March 2012: 0 firms in enrolment, analysis, plan and collaboration now, but 13, 12, 12 and 12 went through them', () => {
    const passed = passedCounts(record, { asOf: '2012-03-31' });
    assert.deepEqual(passed, { enrolment: 13, analysis: 12, plan: 12, collaboration: 12, aggregation: 0, completed: 0 });
    const now = phaseCounts(record, { asOf: '2012-03-31' });
    assert.deepEqual([now.enrolment, now.analysis, now.plan, now.collaboration, now.aggregation, now.withdrawn], [0, 0, 0, 0, 12, 1]);
    // The programme's view carries the same counts.
    assert.deepEqual(programmeState(record, { asOf: '2012-03-31' }).passed, passed);
  });

  it('before anyone moved: nothing passed; no firm ever passes the last phase', () => {
    assert.deepEqual(passedCounts(record, { asOf: '2010-03-01' }), { enrolment: 0, analysis: 0, plan: 0, collaboration: 0, aggregation: 0, completed: 0 });
    assert.equal(passedCounts(record).completed, 0);
  });

  it('property of the sample on every month end: a phase passed by n firms was entered by at least n, and passing only grows', () => {
    let previous = passedCounts(record, { asOf: '2010-01-31' });
    for (let y = 2010; y <= 2012; y++) {
      for (let m = 1; m <= 12; m++) {
        const asOf = `${y}-${String(m).padStart(2, '0')}-28`;
        const passed = passedCounts(record, { asOf });
        const order = ['enrolment', 'analysis', 'plan', 'collaboration', 'aggregation', 'completed'] as const;
        order.forEach((p, i) => {
          assert.ok(passed[p] >= previous[p], `${asOf} ${p}`);
          if (i > 0) assert.ok(passed[p] <= passed[order[i - 1]!], `${asOf}: ${p} passed by more than the phase before it`);
        });
        previous = passed;
      }
    }
  });

  it('refuses a date that is not one, like every view', () => {
    assert.throws(() => passedCounts(record, { asOf: '2011-02-30' }), MechnetError);
  });
});
