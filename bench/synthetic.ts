import type { ProgrammeRecord } from '../src/index.js';
import { partitaIva } from '../scripts/sample/facts.js';
import {
  addDaysIso,
  addMonthsIso,
  type CollaborationFigures,
  type Indicator,
  type Measurement,
  mechnetDefinition,
  type Plan,
} from '../src/index.js';

const company = (i: number) => partitaIva(String(1_000_000 + i));

/** A record on the MechNet preset with `n` firms that applied and were accepted, and managers assigned. */
export function syntheticRecord(n: number): ProgrammeRecord {
  const events: ProgrammeRecord['events'] = [];
  let id = 0;
  const next = () => `e${++id}`;
  for (let i = 0; i < n; i++) {
    const piva = company(i);
    events.push({
      id: next(),
      type: 'enrolment.applied',
      date: '2010-02-01',
      author: 'Modulo web',
      firm: piva,
      application: {
        programme: 'mechnet-varese-2010',
        idempotencyKey: `bench-${piva}`,
        submittedAt: '2010-02-01T10:00:00+01:00',
        firm: {
          name: `Impresa ${i + 1}`,
          legalForm: 'srl',
          partitaIva: piva,
          codiceFiscale: piva,
          address: { street: 'Via Roma 1', postalCode: '21100', municipality: 'Varese', province: 'VA' },
          ateco: '25.62.00',
          staff: 5 + (i % 40),
          turnoverCents: 50_000_000 + i * 1000,
          balanceSheetCents: 40_000_000,
          artisan: i % 3 !== 0,
          deMinimis: [],
        },
        contact: { name: 'Referente', role: 'Titolare', email: `r${i}@impresa.example`, phone: '0332 000000' },
        interests: { kinds: ['purchasing'], aggregation: true },
        consent: { noticeVersion: '2010-01', purposes: {}, givenAt: '2010-02-01T10:00:00+01:00' },
      },
    });
  }
  events.push({ id: next(), type: 'manager.registered', date: '2010-03-01', author: 'Ufficio', manager: { id: 'm1', name: 'Manager', profile: 'Ingegnere' } });
  for (let i = 0; i < n; i++) {
    events.push({ id: next(), type: 'enrolment.accepted', date: '2010-03-01', author: 'Ufficio', firm: company(i) });
  }
  for (let i = 0; i < n; i++) {
    const piva = company(i);
    events.push({ id: next(), type: 'manager.assigned', date: '2010-03-02', author: 'Ufficio', firm: piva, manager: 'm1', budgetDays: 20 });
  }
  // The MechNet rules, with a place for every synthetic firm.
  const programme = { ...mechnetDefinition, eligibility: { ...mechnetDefinition.eligibility, capacity: Math.max(n, 13) } };
  return { programme, events };
}

/**
 * A record with `n` firms and about `perFirm` events each: enrolment,
 * assignment, analysis, then days logged and quarterly verifications through
 * 2010-2011, all in date order.
 */
export function syntheticLifecycleRecord(n: number, perFirm = 100): ProgrammeRecord {
  const base = syntheticRecord(n);
  const dated: ProgrammeRecord['events'] = [];
  let id = base.events.length;
  const next = () => `l${++id}`;
  const areas = ['strategy', 'market', 'operations', 'people', 'finance', 'innovation'];
  for (let i = 0; i < n; i++) {
    dated.push({ id: next(), type: 'phase.advanced', date: '2010-03-02', author: 'Ufficio', firm: company(i), phase: 'analysis' });
  }
  for (let i = 0; i < n; i++) {
    dated.push({ id: next(), type: 'analysis.recorded', date: '2010-05-10', author: 'Manager', firm: company(i), manager: 'm1', areas: areas.map((area) => ({ area, score: 1 + (i % 5) })) });
  }
  const schedule = ['2010-06-01', '2010-09-01', '2010-12-01', '2011-03-01', '2011-06-01', '2011-09-01', '2011-12-01'];
  const logs = Math.max(0, perFirm - 6 - schedule.length);
  const days: string[] = [];
  for (let j = 0; j < logs; j++) days.push(addDaysIso('2010-05-11', Math.floor((j * 590) / Math.max(1, logs))));
  const byDate = new Map<string, ProgrammeRecord['events']>();
  const at = (d: string) => byDate.get(d) ?? (byDate.set(d, []), byDate.get(d)!);
  for (const d of days) for (let i = 0; i < n; i++) at(d).push({ id: next(), type: 'manager.days-logged', date: d, author: 'Manager', firm: company(i), manager: 'm1', days: 0.5 });
  for (const s of schedule) for (let i = 0; i < n; i++) at(s).push({ id: next(), type: 'verification.held', date: s, author: 'Manager', firm: company(i), scheduled: s, manager: 'm1' });
  for (const d of [...byDate.keys()].sort()) dated.push(...byDate.get(d)!);
  return { programme: base.programme, events: [...base.events, ...dated] };
}

/** `n` plans of 2 objectives x 5 indicators (every kind), with 12 monthly measurements each. */
export function syntheticPlans(n: number): { plan: Plan; measurements: Map<string, Measurement[]> }[] {
  const months = Array.from({ length: 12 }, (_, k) => addMonthsIso('2011-01-01', k));
  const out: { plan: Plan; measurements: Map<string, Measurement[]> }[] = [];
  for (let i = 0; i < n; i++) {
    const indicators: Indicator[] = [
      { id: 'up', kind: 'quantitative', name: 'Export', unit: '%', polarity: 'increase', baseline: { value: 20, date: '2010-06-30' }, target: 30, deadline: '2011-12-31' },
      { id: 'down', kind: 'quantitative', name: 'Scarti', unit: '%', polarity: 'decrease', baseline: { value: 4, date: '2010-06-30' }, target: 2, deadline: '2011-12-31', interim: [{ date: '2011-03-31', value: 3.5 }] },
      { id: 'band', kind: 'quantitative', name: 'Puntualità', unit: '%', polarity: 'range', baseline: { value: 90, date: '2010-06-30' }, band: [95, 100], deadline: '2011-12-31' },
      { id: 'ratio', kind: 'quantitative', name: 'Scarti (rapporto)', unit: '%', polarity: 'decrease', baseline: { value: 4, date: '2010-06-30' }, target: 2, deadline: '2011-12-31', ratio: { numerator: 'scarti', denominator: 'pezzi', scale: 100 } },
      { id: 'scale', kind: 'scale', name: 'Maturità digitale', levels: [0, 0.25, 0.5, 0.75, 1].map((score, k) => ({ id: `l${k}`, label: `L${k}`, score })), baseline: { level: 'l0', date: '2010-06-30' }, target: 'l4', deadline: '2011-12-31' },
    ];
    const second = indicators.map((x) => ({ ...x, id: `${x.id}-2` })) as Indicator[];
    second[4] = { id: 'iso', kind: 'milestone', name: 'ISO 9001', deadline: '2011-06-30' };
    const plan: Plan = {
      id: `p${i}`,
      manager: 'm1',
      owner: 'Titolare',
      objectives: [
        { id: 'o1', title: 'Mercato', areas: ['market'], deadline: '2011-12-31', weight: 2, indicators },
        { id: 'o2', title: 'Qualità', areas: ['operations'], deadline: '2011-12-31', weight: 1, indicators: second },
      ],
    };
    const measurements = new Map<string, Measurement[]>();
    for (const ind of [...indicators, ...second]) {
      measurements.set(
        ind.id,
        months.map((date, k) => {
          const f = (k + 1 + (i % 7)) / 20;
          if (ind.kind === 'scale') return { date, level: `l${Math.min(4, Math.floor(f * 4))}` };
          if (ind.kind === 'milestone') return { date, done: k > 6 };
          if (ind.ratio) return { date, numerator: 40 - k, denominator: 1000 };
          // Measured figures carry a few decimals, as people write them.
          return { date, value: Number((ind.baseline.value + ((ind.target ?? 97) - ind.baseline.value) * f).toFixed(4)) };
        }),
      );
    }
    out.push({ plan, measurements });
  }
  return out;
}

/** `n` firms (as {@link syntheticRecord}) in collaborations of every kind, in groups of 10, with figures for two half-years. */
export function syntheticEconomicsRecord(n: number): ProgrammeRecord {
  const base = syntheticRecord(n);
  const events = [...base.events];
  let id = events.length;
  const next = () => `x${++id}`;
  const kinds = ['purchasing', 'services', 'machines', 'brands', 'workforce'] as const;
  const groups: { id: string; kind: (typeof kinds)[number]; firms: string[] }[] = [];
  for (let g = 0; g * 10 < n; g++) {
    const firms = Array.from({ length: Math.min(10, n - g * 10) }, (_, k) => company(g * 10 + k));
    if (firms.length < 2) break;
    groups.push({ id: `g${g}`, kind: kinds[g % kinds.length]!, firms });
  }
  const figures = (grp: (typeof groups)[number]): CollaborationFigures => {
    const f = grp.firms;
    switch (grp.kind) {
      case 'purchasing':
        return { kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't', priceCurve: [{ minQuantity: 0, priceCents: 100_000 }, { minQuantity: 200, priceCents: 92_000 }], members: f.map((firm, k) => ({ firm, quantity: 10 + k * 5, priceBeforeCents: 95_000 + k * 100, priceGroupCents: 92_000, marketPriceCents: 97_000 })) };
      case 'services':
        return { kind: 'services', basis: 'realised', service: 'Consulenza', sharedCostCents: 3_000_000, split: 'usage', members: f.map((firm, k) => ({ firm, standAloneCostCents: 800_000, usage: 1 + (k % 3) })) };
      case 'brands':
        return { kind: 'brands', basis: 'realised', brand: 'Marchio di rete', jointCostCents: 2_000_000, split: 'shapley', members: f.map((firm) => ({ firm, standAloneCostCents: 500_000 })) };
      case 'machines':
        return { kind: 'machines', basis: 'realised', owner: f[0]!, machineType: '5 assi', annualFixedCostCents: 6_000_000, availableHours: 3000, variableCostPerHourCents: 2_000, users: f.slice(1).map((firm, k) => ({ firm, hoursBooked: 100 + k * 10, hoursUsed: 90 + k * 10, alternativeRateCents: 8_000 })) };
      case 'workforce':
        return { kind: 'workforce', basis: 'realised', secondments: f.slice(1).map((to) => ({ from: f[0]!, to, skill: 'saldatore', hours: 50, hourlyCostCents: 2_800, avoidedHourlyCostCents: 4_000 })) };
    }
  };
  // Firms collaborate once their plan is approved (rule-book §3).
  const plan = syntheticPlans(1)[0]!.plan;
  for (let i = 0; i < n; i++) events.push({ id: next(), type: 'plan.approved', date: '2010-06-30', author: 'Ufficio', firm: company(i), plan });
  for (const g of groups) events.push({ id: next(), type: 'collaboration.proposed', date: '2010-10-01', author: 'Ufficio', collaboration: { id: g.id, kind: g.kind, title: g.id, firms: g.firms } });
  for (const g of groups) events.push({ id: next(), type: 'collaboration.agreed', date: '2010-11-01', author: 'Ufficio', collaboration: g.id });
  for (const g of groups) events.push({ id: next(), type: 'collaboration.started', date: '2011-01-01', author: 'Ufficio', collaboration: g.id });
  for (const to of ['2011-06-30', '2011-12-31']) {
    for (const g of groups) events.push({ id: next(), type: 'collaboration.figures-recorded', date: to, author: 'Ufficio', collaboration: g.id, period: { from: to === '2011-06-30' ? '2011-01-01' : '2011-07-01', to }, figures: figures(g) });
  }
  return { programme: base.programme, events };
}
