import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aggregationStates,
  checkNetworkContract,
  type CollaborationFigures,
  collaborationStates,
  compareGroupGain,
  economicAdvantage,
  matchOpportunities,
  parseRecord,
  phaseCounts,
} from '../../src/index.js';
import { sampleRecordJson } from './load-sample.js';

const record = parseRecord(sampleRecordJson());

describe('the sample record\'s collaborations and network contract', () => {
  it('has the five collaborations of the programme, each through its statuses', () => {
    const cs = collaborationStates(record, { asOf: '2011-12-31' });
    const kinds = cs.map((c) => c.kind).sort();
    assert.deepEqual([...new Set(kinds)].sort(), ['machines', 'purchasing', 'services', 'workforce']);
    assert.ok(cs.some((c) => /MECSPE/.test(c.title) && c.status === 'ended'));
    assert.ok(cs.some((c) => c.kind === 'machines' && c.status === 'running'));
    assert.ok(cs.every((c) => c.periods >= 1));
  });

  it('signs the network contract on 5 March 2012 with 12 firms, registered when the last of them registered it', () => {
    const [rete] = aggregationStates(record, { asOf: '2012-03-31' });
    assert.equal(rete!.form, 'network-contract');
    assert.equal(rete!.signatories.length, 12);
    assert.equal(rete!.status, 'registered');
    assert.equal(aggregationStates(record, { asOf: '2012-03-05' })[0]!.status, 'signed');
    assert.equal(aggregationStates(record, { asOf: '2012-03-29' })[0]!.status, 'signed', 'not all have registered yet');
    assert.deepEqual([phaseCounts(record, { asOf: '2012-03-31' }).aggregation, phaseCounts(record, { asOf: '2012-03-31' }).withdrawn], [12, 1]);
    const drafted = record.events.find((e) => e.type === 'aggregation.drafted');
    assert.ok(drafted && drafted.type === 'aggregation.drafted');
    assert.equal(checkNetworkContract(record, drafted.draft, { asOf: '2012-02-01' }).complete, true);
  });

  it('quantifies the advantage: hard savings, avoidance and gains apart, net of the firms\' contributions', () => {
    const a = economicAdvantage(record, { asOf: '2011-12-31' });
    assert.equal(a.firms.length, 13, 'every firm that took part pays its contribution');
    const sum = (k: 'hardCents' | 'avoidanceCents' | 'gainCents') => a.firms.reduce((s, f) => s + f.realised[k], 0);
    assert.equal(a.realised.hardCents, sum('hardCents'));
    assert.equal(a.netCents, a.realised.hardCents + a.realised.gainCents - 13 * 450_000);
    assert.ok(a.realised.hardCents > 10_000_000 && a.realised.avoidanceCents > 0 && a.realised.gainCents > 0);
    assert.ok(a.netPerPublicEuro! > 0.3 && a.netPerPublicEuro! < 2);
    assert.equal(a.firms.find((f) => f.name.includes('Caccia'))!.netCents, -450_000);
  });

  it('compares the steel group\'s splits, each adding up to the group\'s gain', () => {
    const steel = record.events.find(
      (e) => e.type === 'collaboration.figures-recorded' && e.figures.kind === 'purchasing',
    ) as { figures: Extract<CollaborationFigures, { kind: 'purchasing' }> } | undefined;
    assert.ok(steel);
    const c = compareGroupGain(steel.figures);
    for (const split of Object.values(c.methods)) assert.equal(split.reduce((x, y) => x + y, 0), c.gainCents);
    assert.equal(c.core.shapley.inCore, true);
  });

  it('would have proposed the collaborations from the offers and needs of 2010', () => {
    const kinds = new Set(matchOpportunities(record, { asOf: '2010-12-31' }).map((o) => o.kind));
    for (const k of ['purchasing', 'services', 'machines', 'workforce']) assert.ok(kinds.has(k as never), k);
  });
});
