import type { ProgrammeRecord } from '../src/index.js';
import { partitaIva } from '../scripts/sample/generate.js';

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
  return { programme: 'mechnet-varese-2010', events };
}
