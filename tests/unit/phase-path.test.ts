/**
 * firmPhasePath: a firm's path through the phases on a date, read by hand
 * from the sample's events (applications and `phase.advanced` dates).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firmPhasePath, MechnetError, parseRecord } from '../../src/index.js';
import { sampleRecordJson } from './load-sample.js';

const record = parseRecord(sampleRecordJson());

describe('firmPhasePath', () => {
  it('Bossi on 31 December 2011: four phases passed, in aggregation since 17 October 2011', () => {
    assert.deepEqual(firmPhasePath(record, '02184730121', { asOf: '2011-12-31' }), {
      steps: [
        { phase: 'enrolment', step: 'done', since: '2010-01-27' },
        { phase: 'analysis', step: 'done', since: '2010-03-08' },
        { phase: 'plan', step: 'done', since: '2010-06-28' },
        { phase: 'collaboration', step: 'done', since: '2011-01-10' },
        { phase: 'aggregation', step: 'current', since: '2011-10-17' },
        { phase: 'completed', step: 'todo' },
      ],
    });
  });

  it('the same firm earlier: the phase of that day is current, the later ones to come', () => {
    const steps = firmPhasePath(record, '02184730121', { asOf: '2010-04-01' })!.steps;
    assert.deepEqual(steps.map((s) => s.step), ['done', 'current', 'todo', 'todo', 'todo', 'todo']);
  });

  it('a firm that withdrew (22 November 2010) reached analysis (11 March 2010) and left the path', () => {
    const path = firmPhasePath(record, '01482690128', { asOf: '2011-12-31' })!;
    assert.deepEqual(path.steps.slice(0, 3), [
      { phase: 'enrolment', step: 'done', since: '2010-02-12' },
      { phase: 'analysis', step: 'reached', since: '2010-03-11' },
      { phase: 'plan', step: 'todo' },
    ]);
    assert.deepEqual(path.left, { state: 'withdrawn', since: '2010-11-22' });
  });

  it('nothing for a firm that had not applied by the date; options checked', () => {
    assert.equal(firmPhasePath(record, '02184730121', { asOf: '2009-12-31' }), undefined);
    assert.equal(firmPhasePath(record, '99999999999'), undefined);
    assert.throws(() => firmPhasePath(record, '02184730121', { asOf: '2011-02-30' }), MechnetError);
  });
});
