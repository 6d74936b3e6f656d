import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  firmStates,
  mechnetDefinition,
  parseRecord,
  planState,
  planStates,
} from '../../src/index.js';
import { planIssues } from '../../src/plan/parse.js';
import { intendedStatuses, PLAN_STATUS_DATE, vat } from '../../scripts/sample/facts.js';
import { sampleRecordJson } from './load-sample.js';

const record = parseRecord(sampleRecordJson());

describe('the sample record\'s plans and measurements', () => {
  it('gives every active firm a valid plan with both kinds of indicator, and moves it to the plan phase', () => {
    const states = firmStates(record, { asOf: PLAN_STATUS_DATE }).filter((s) => s.status === 'accepted');
    assert.equal(states.length, 12);
    for (const s of states) {
      assert.ok(s.plan, s.name);
      assert.deepEqual(planIssues(s.plan.plan, mechnetDefinition), []);
      const kinds = new Set(s.plan.plan.objectives.flatMap((o) => o.indicators.map((i) => i.kind)));
      assert.ok(kinds.has('quantitative') && (kinds.has('scale') || kinds.has('milestone')));
      assert.ok(s.plan.plan.objectives.length >= 3 && s.plan.plan.objectives.length <= 5);
      assert.ok(s.history.some((h) => h.phase === 'plan'), `${s.name} went through the plan phase`);
    }
  });

  it('evaluates each indicator as the sample intends on 2011-12-31', () => {
    for (const [key, statuses] of Object.entries(intendedStatuses())) {
      const ev = planState(record, vat(key), { asOf: PLAN_STATUS_DATE });
      assert.ok(ev, key);
      const got = Object.fromEntries(ev.evaluation.objectives.flatMap((o) => o.indicators.map((i) => [i.indicator, i.status])));
      assert.deepEqual(got, statuses, key);
    }
  });

  it('has the mix a programme officer should see: on track, achieved, behind, at risk, stale and without data', () => {
    const p = planStates(record, { asOf: PLAN_STATUS_DATE });
    assert.equal(p.firms.length, 12);
    assert.deepEqual(p.counts, { 'on-track': 27, achieved: 10, behind: 8, 'at-risk': 8, stale: 4, 'no-data': 1, 'not-started': 0 });
    assert.ok(p.score! > 0 && p.score! < 1);
    const zanzi = p.firms.find((f) => f.firm === vat('zanzi'))!;
    assert.equal(zanzi.evaluation.status, 'stale');
  });
});
