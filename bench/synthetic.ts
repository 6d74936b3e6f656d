import type { ProgrammeRecord } from '../src/index.js';
import { partitaIva } from '../scripts/sample/generate.js';
import { addDaysIso, mechnetDefinition } from '../src/index.js';

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
