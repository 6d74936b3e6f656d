import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEvents,
  checkNetworkContract,
  deedForms,
  economicAdvantage,
  matchOpportunities,
  parseRecord,
  type ProgrammeRecord,
} from '../../src/index.js';
import { SECOND_FIRM, secondApplication, smallRecord, validPlan } from '../fixtures/sample.js';

const A = '00743110157';
const B = SECOND_FIRM;
let n = 500;
const ev = (date: string, body: Record<string, unknown>) => ({ id: `c${++n}`, date, author: 'Ufficio Innovazione', ...body });

/** Two accepted firms with plans, offers and needs, a purchasing group and a shared machine with figures. */
function record(): ProgrammeRecord {
  return applyEvents(parseRecord(smallRecord()), [
    ev('2010-03-02', { type: 'enrolment.applied', firm: B, application: secondApplication() }),
    ev('2010-03-03', { type: 'enrolment.accepted', firm: B }),
    ev('2010-03-03', { type: 'manager.assigned', firm: B, manager: 'm-verdi', budgetDays: 25 }),
    ev('2010-06-30', { type: 'plan.approved', firm: A, plan: validPlan() }),
    ev('2010-06-30', { type: 'plan.approved', firm: B, plan: validPlan() }),
    ev('2010-09-01', { type: 'need.declared', firm: A, need: { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 40, unit: 't', unitPriceCents: 90_000 } }),
    ev('2010-09-01', { type: 'need.declared', firm: B, need: { kind: 'purchasing', id: 'acciaio', category: 'steel', quantity: 60, unit: 't', unitPriceCents: 95_000 } }),
    ev('2010-09-02', { type: 'offer.declared', firm: A, offer: { kind: 'machines', id: 'cdl5', machineType: 'Centro di lavoro 5 assi', spareHours: 500, annualFixedCostCents: 6_000_000, availableHours: 2000, variableCostPerHourCents: 2_000 } }),
    ev('2010-09-02', { type: 'need.declared', firm: B, need: { kind: 'machines', id: 'cdl5', machineType: 'centro di lavoro 5 assi', hours: 300, alternativeRateCents: 8_000 } }),
    ev('2010-09-03', { type: 'need.declared', firm: A, need: { kind: 'services', id: 'fiera', service: 'Stand MECSPE', standAloneCostCents: 1_200_000 } }),
    ev('2010-09-03', { type: 'need.declared', firm: B, need: { kind: 'services', id: 'fiera', service: 'stand mecspe', standAloneCostCents: 1_000_000 } }),
    ev('2010-09-04', { type: 'offer.declared', firm: A, offer: { kind: 'workforce', id: 'sald', skill: 'Saldatore', hours: 80, hourlyCostCents: 2_800 } }),
    ev('2010-09-04', { type: 'need.declared', firm: B, need: { kind: 'workforce', id: 'sald', skill: 'saldatore', hours: 120, alternativeHourlyCostCents: 4_000 } }),
    ev('2010-10-01', { type: 'collaboration.proposed', collaboration: { id: 'acciaio', kind: 'purchasing', title: 'Gruppo d\'acquisto acciaio', firms: [A, B], lead: A } }),
    ev('2010-10-15', { type: 'collaboration.agreed', collaboration: 'acciaio' }),
    ev('2011-01-01', { type: 'collaboration.started', collaboration: 'acciaio' }),
    ev('2011-06-30', {
      type: 'collaboration.figures-recorded', collaboration: 'acciaio', period: { from: '2011-01-01', to: '2011-06-30' },
      figures: { kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't', members: [
        { firm: A, quantity: 20, priceBeforeCents: 90_000, priceGroupCents: 86_000, marketPriceCents: 93_000 },
        { firm: B, quantity: 30, priceBeforeCents: 95_000, priceGroupCents: 86_000 },
      ] },
    }),
    ev('2011-07-01', { type: 'collaboration.proposed', collaboration: { id: 'cdl5', kind: 'machines', title: 'Centro 5 assi condiviso', firms: [A, B], lead: A } }),
    ev('2011-07-02', {
      type: 'collaboration.agreed', collaboration: 'cdl5',
      terms: { kind: 'machines', basis: 'negotiated', owner: A, machineType: 'Centro di lavoro 5 assi', annualFixedCostCents: 6_000_000, availableHours: 2000, variableCostPerHourCents: 2_000, users: [{ firm: B, hoursBooked: 300, hoursUsed: 300, alternativeRateCents: 8_000 }] },
    }),
    ev('2011-12-31', {
      type: 'collaboration.figures-recorded', collaboration: 'cdl5', period: { from: '2011-07-01', to: '2011-12-31' },
      figures: { kind: 'machines', basis: 'realised', owner: A, machineType: 'Centro di lavoro 5 assi', annualFixedCostCents: 6_000_000, availableHours: 2000, variableCostPerHourCents: 2_000, users: [{ firm: B, hoursBooked: 200, hoursUsed: 150, alternativeRateCents: 8_000 }] },
    }),
  ]);
}

describe('economicAdvantage', () => {
  const r = record();
  const adv = economicAdvantage(r, { asOf: '2011-12-31' });
  const a = adv.firms.find((f) => f.firm === A)!;
  const b = adv.firms.find((f) => f.firm === B)!;

  it('adds each firm\'s hard savings, gains and cost avoidance by kind, realised apart from negotiated', () => {
    // Steel: A (900 - 860) x 20 = 800 EUR, avoided (930 - 900) x 20 = 600; B (950 - 860) x 30 = 2,700.
    // Machine (fixed 60,000 by booked 200 : 1,800): B pays 6,000 + 150 h x 20 = 9,000, saves 150 x 80 - 9,000 = 3,000; A gains 6,000.
    assert.deepEqual(a.byKind.purchasing, { hardCents: 80_000, avoidanceCents: 60_000, gainCents: 0 });
    assert.deepEqual(a.byKind.machines, { hardCents: 0, avoidanceCents: 0, gainCents: 600_000 });
    assert.deepEqual(b.realised, { hardCents: 270_000 + 300_000, avoidanceCents: 0, gainCents: 0 });
    // Negotiated terms (agreed, 300 h used): B would save 300 x 80 - (9,000 + 6,000) = 9,000 EUR; A would gain 9,000.
    assert.deepEqual(b.negotiated, { hardCents: 900_000, avoidanceCents: 0, gainCents: 0 });
  });

  it('nets each firm\'s own programme cost, without counting avoided costs', () => {
    // Contribution EUR 4,500 each (MechNet preset).
    assert.equal(a.netCents, 80_000 + 600_000 - 450_000);
    assert.equal(b.netCents, 570_000 - 450_000);
    assert.equal(adv.netCents, a.netCents + b.netCents);
    assert.deepEqual(adv.realised, { hardCents: 650_000, avoidanceCents: 60_000, gainCents: 600_000 });
    assert.equal(adv.publicFundingCents, 24_150_000);
    assert.equal(adv.netPerPublicEuro, adv.netCents / 24_150_000);
  });

  it('sees only the figures recorded up to the date', () => {
    const mid = economicAdvantage(r, { asOf: '2011-06-30' });
    assert.equal(mid.realised.gainCents, 0);
    assert.equal(mid.realised.hardCents, 350_000);
  });
});

describe('matchOpportunities', () => {
  it('proposes the purchasing group, the machine hours, the shared service and the seconded worker, largest first', () => {
    const ops = matchOpportunities(record(), { asOf: '2010-12-31' });
    const by = (kind: string) => ops.find((o) => o.kind === kind)!;
    // Steel: 5 % of (40 x 900 + 60 x 950) = 5 % of 93,000 EUR = 4,650 EUR
    assert.deepEqual([by('purchasing').subject, by('purchasing').estimatedAnnualAdvantageCents], ['steel', 465_000]);
    // Machine: rate 60,000 / 2,000 + 20 = 50 EUR/h; 300 h x (80 - 50) = 9,000 EUR
    assert.deepEqual([by('machines').provider, by('machines').hours, by('machines').estimatedAnnualAdvantageCents], [A, 300, 900_000]);
    // Stand: 12,000 + 10,000 - the largest 12,000 = 10,000 EUR (names matched regardless of case)
    assert.equal(by('services').estimatedAnnualAdvantageCents, 1_000_000);
    // Welder: 80 h offered x (40 - 28) = 960 EUR
    assert.deepEqual([by('workforce').hours, by('workforce').estimatedAnnualAdvantageCents], [80, 96_000]);
    assert.deepEqual(ops.map((o) => o.estimatedAnnualAdvantageCents), [...ops.map((o) => o.estimatedAnnualAdvantageCents)].sort((x, y) => y - x));
  });
});

describe('network contract', () => {
  it('deed forms by date and legal personality', () => {
    assert.deepEqual(deedForms('2012-03-05', { legalPersonality: false }), ['notarial', 'authenticated']);
    assert.deepEqual(deedForms('2015-06-01', { legalPersonality: false }), ['notarial', 'authenticated', 'digital-standard-form']);
    assert.deepEqual(deedForms('2015-06-01', { legalPersonality: true }), ['notarial', 'authenticated']);
  });

  it('checks items (a) to (f), with objectives linked to real plan indicators', () => {
    const r = applyEvents(record(), [
      ev('2012-01-10', { type: 'plan.approved', firm: A, plan: validPlan() }),
    ]);
    const draft = {
      participants: [A, B],
      objectives: { text: 'Crescere insieme sui mercati esteri', indicators: [{ firm: A, indicator: 'scrap-rate' }] },
      programme: { text: 'Acquisti comuni, macchine condivise', commonFundCents: 1_000_000 },
      duration: { months: 36 },
      joiningRules: 'Adesione con voto unanime',
      decisionRules: 'Maggioranza dei due terzi',
    };
    const ok = checkNetworkContract(r, draft);
    assert.equal(ok.complete, true);
    assert.deepEqual(ok.entries.map((e) => [e.letter, e.present]), [['a', true], ['b', true], ['c', true], ['d', true], ['e', false], ['f', true]]);
    const missing = checkNetworkContract(r, { ...draft, decisionRules: ' ', objectives: { ...draft.objectives, indicators: [{ firm: B, indicator: 'export-share' }] } });
    assert.equal(missing.complete, false);
    assert.deepEqual(missing.entries.filter((e) => !e.present && e.required).map((e) => e.letter), ['b', 'f']);
    assert.deepEqual(missing.entries[1]!.unknownIndicators, [{ firm: B, indicator: 'export-share' }]);
    assert.equal(checkNetworkContract(r, draft, { commonBody: true }).complete, false, 'a common body, when there is one, must be described');
  });
});
