/**
 * Checks the sample record written by generate.ts against the facts it must
 * respect, independently of the generator's own code: totals of the 2010
 * figures, mix of ATECO divisions, partita IVA check digits, SME and artisan
 * limits, dates. Prints a summary; exits 1 when a check fails.
 *
 *   npx tsx scripts/sample/check.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRecord, type EventOf } from '../../src/index.js';

const FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/mechnet-varese-2010.json');
const record = parseRecord(readFileSync(FILE, 'utf8'));

const failures: string[] = [];
const expect = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

/** Luhn, right to left with the doubling table, validating all 11 digits at once. */
function validPartitaIva(s: string): boolean {
  if (!/^\d{11}$/.test(s) || s.slice(0, 7) === '0000000') return false;
  const office = Number(s.slice(7, 10));
  if (!((office >= 1 && office <= 100) || [120, 121, 888, 999].includes(office))) return false;
  const doubled = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
  let sum = 0;
  [...s].reverse().forEach((c, i) => {
    sum += i % 2 === 1 ? doubled[Number(c)]! : Number(c);
  });
  return sum % 10 === 0;
}
expect(validPartitaIva('00743110157'), 'rule-book example 00743110157 must be valid');
expect(!validPartitaIva('00743110158'), 'altered example must be invalid');

const of = <T extends EventOf<any>['type']>(type: T) => record.events.filter((e): e is EventOf<T> => e.type === type);

const applied = of('enrolment.applied');
const figures = of('firm.figures-recorded').filter((e) => e.year === 2010);
const withdrawn = of('firm.withdrawn');

// Dates and ids
record.events.forEach((e, i) => {
  expect(e.id === `e${String(i + 1).padStart(4, '0')}`, `event ${i} id ${e.id}`);
  if (i > 0) expect(record.events[i - 1]!.date <= e.date, `date order at ${e.id}`);
});

// Firms
const CAPS: Record<string, string> = {
  Varese: '21100',
  Gallarate: '21013',
  'Busto Arsizio': '21052',
  Saronno: '21047',
  Tradate: '21049',
  Castellanza: '21053',
  'Cassano Magnago': '21012',
  'Somma Lombardo': '21019',
  Luino: '21016',
  'Sesto Calende': '21018',
  Malnate: '21046',
  'Fagnano Olona': '21054',
  'Cardano al Campo': '21010',
};
const keys = new Set<string>();
const rows = applied.map((e) => {
  const a = e.application;
  const f = a.firm;
  expect(validPartitaIva(f.partitaIva), `partita IVA ${f.partitaIva} check digit`);
  expect(f.codiceFiscale === f.partitaIva, `${f.name}: codice fiscale = partita IVA`);
  expect(f.address.province === 'VA', `${f.name}: province`);
  expect(CAPS[f.address.municipality] === f.address.postalCode, `${f.name}: CAP of ${f.address.municipality}`);
  expect(f.staff >= 3 && f.staff <= 16 && f.turnoverCents <= 1_000_000_000, `${f.name}: small or micro`);
  expect(f.balanceSheetCents < f.turnoverCents, `${f.name}: balance below turnover`);
  if (f.artisan) expect(f.artisanActivity === 'not-in-series' && f.staff <= 18, `${f.name}: artisan limit`);
  expect(e.date === a.submittedAt.slice(0, 10), `${f.name}: submittedAt matches event date`);
  expect(a.submittedAt >= '2010-01-20' && a.submittedAt < '2010-03-01', `${f.name}: submitted Jan-Feb 2010`);
  expect(!keys.has(a.idempotencyKey), `${f.name}: idempotency key unique`);
  keys.add(a.idempotencyKey);
  const fig = figures.find((x) => x.firm === e.firm);
  expect(!!fig, `${f.name}: 2010 figures recorded`);
  return {
    name: f.name,
    piva: f.partitaIva,
    ateco: f.ateco,
    staff: f.staff,
    turnover: f.turnoverCents,
    machines: f.machines ?? 0,
    artisan: f.artisan,
    aggregation: a.interests.aggregation,
    deMinimis: f.deMinimis.length,
    legalForm: f.legalForm,
    municipality: f.address.municipality,
  };
});

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const totals = {
  firms: applied.length,
  staffApplication: sum(rows.map((r) => r.staff)),
  machinesApplication: sum(rows.map((r) => r.machines)),
  turnoverApplicationCents: sum(rows.map((r) => r.turnover)),
  staff2010: sum(figures.map((f) => f.staff)),
  machines2010: sum(figures.map((f) => f.machines ?? 0)),
  turnover2010Cents: sum(figures.map((f) => f.turnoverCents)),
  artisan: rows.filter((r) => r.artisan).length,
  aggregation: rows.filter((r) => r.aggregation).length,
  withDeMinimis: rows.filter((r) => r.deMinimis > 0).length,
  withdrawn: withdrawn.length,
};
expect(totals.firms === 13, 'firms 13');
expect(totals.staff2010 === 103, 'staff 103');
expect(totals.machines2010 === 120, 'machines 120');
expect(totals.turnover2010Cents === 820_000_000, 'turnover 820,000,000 cents');
expect(totals.artisan === 10, 'artisan 10');
expect(totals.aggregation === 12, 'aggregation 12');
expect(totals.withDeMinimis === 3, 'de minimis 3 firms');
expect(totals.withdrawn === 1, 'one withdrawal');
const leaver = rows.find((r) => r.piva === withdrawn[0]?.firm);
expect(leaver?.aggregation === false, 'the firm that withdraws is the one not open to aggregation');

const byAteco: Record<string, number> = {};
for (const r of rows) byAteco[r.ateco] = (byAteco[r.ateco] ?? 0) + 1;
const byDivision: Record<string, number> = {};
for (const r of rows) byDivision[r.ateco.slice(0, 2)] = (byDivision[r.ateco.slice(0, 2)] ?? 0) + 1;
const machining = rows.filter((r) => r.ateco === '25.62.00' || r.ateco.startsWith('25.73')).length;
const galvanic = rows.filter((r) => r.ateco === '25.61.00').length;
expect(machining === 8 && galvanic === 1 && rows.length - machining - galvanic === 4, 'mix 8 / 4 / 1');

// Managers, assignments, analyses
const perManager: Record<string, number> = {};
for (const a of of('manager.assigned')) perManager[a.manager] = (perManager[a.manager] ?? 0) + 1;
expect(
  Object.values(perManager).every((n) => n >= 3 && n <= 4),
  'each manager follows 3-4 firms'
);
for (const an of of('analysis.recorded')) {
  expect(an.areas.length === 6 && an.areas.every((x) => x.score! >= 1 && x.score! <= 5), `analysis of ${an.firm}`);
  expect(an.date >= '2010-04-01' && an.date <= '2010-05-31', `analysis date ${an.date}`);
}
expect(of('analysis.recorded').length === 13, '13 analyses');

const countByType: Record<string, number> = {};
for (const e of record.events) countByType[e.type] = (countByType[e.type] ?? 0) + 1;

console.log('Totals:', totals);
console.log('Firms by ATECO code:', byAteco);
console.log('Firms by ATECO division:', byDivision);
console.log('Assignments per manager:', perManager);
console.log('Events by type:', countByType);
console.table(
  rows.map((r) => ({
    name: r.name,
    piva: r.piva,
    ateco: r.ateco,
    staff: r.staff,
    machines: r.machines,
    turnoverEur: r.turnover / 100,
    artisan: r.artisan,
    form: r.legalForm,
    municipality: r.municipality,
  }))
);
if (failures.length) {
  console.error(`FAILED (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('All checks passed.');
