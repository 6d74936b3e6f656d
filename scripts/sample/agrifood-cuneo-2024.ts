/**
 * Builds the sample record of Filiera Granda, the second preset
 * (`agrifood-cuneo-2024`: Cuneo Chamber of Commerce, food and beverage
 * processors of the provinces of Cuneo and Asti, 2024-2026), and writes it
 * with its public and anonymous records and the preset as a JSON definition:
 *
 *   examples/agrifood-cuneo-2024.json             the record (programme: the preset's id)
 *   examples/agrifood-cuneo-2024.public.json      publicRecord(record)
 *   examples/agrifood-cuneo-2024.anonymous.json   publicRecord(record, { anonymous: true })
 *   examples/agrifood-cuneo-2024.definition.json  the preset, with "$schema"
 *
 *   npx tsx scripts/sample/agrifood-cuneo-2024.ts
 *
 * The story, up to July 2025 (every firm, person and figure fictional):
 * eight applications for six places; six accepted on 1 March 2024, one
 * waitlisted, one rejected (Turin, no site in the territory: the reasons
 * are the library's own); a salumificio withdraws in May and the waitlisted
 * firm takes its place. Two temporary managers analyse the firms on the
 * preset's seven areas (scores 1-4) and agree a plan with each; the
 * verifications every 4 months measure the indicators (the brewery misses
 * the one of March 2025); in 2025 five firms buy electricity as a group and
 * four share the path to the IFS Food certification.
 *
 * Only the library's rules and the tables beside this file (folder
 * `agrifood-cuneo-2024/`) make the events; the output is deterministic: no
 * clock, no randomness.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  addDaysIso,
  agrifoodCuneoDefinition as definition,
  checkEligibility,
  MechnetError,
  parseRecord,
  publicRecord,
  verificationSchedule,
  type EnrolmentApplication,
  type Indicator,
  type Plan,
  type ProgrammeRecord,
} from '../../src/index.js';
import { curvePrice } from '../../src/economics/savings.js';
import { ENERGY, ENERGY_CURVE, energyMembers, IFS, ifsMembers } from './agrifood-cuneo-2024/collaborations.js';
import { assignments, firm, firms, managerOf, managers, PROMOTION, vatOf, WITHDRAWAL, type AgriFirm } from './agrifood-cuneo-2024/firms.js';
import { analyses, plans, READ_AT, type IndicatorRow, type PlanRow, type Reading } from './agrifood-cuneo-2024/plans.js';
import { eur } from './money.js';
import { Timeline } from './build/timeline.js';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');
/** The published JSON Schema of a definition. */
export const DEFINITION_SCHEMA = 'https://unpkg.com/mechnet/schema/definition.schema.json';

const OFFICE = definition.contact.office;
const START = definition.calendar.start;
/** The last verification the sample holds, and the day the 2024 figures are recorded. */
const LAST_HELD = '2025-07-01';
const FIGURES_2024_RECORDED_ON = '2025-04-30';
/** The first working day on or after each scheduled date (1 November is a holiday, 1 March 2025 a Saturday). */
const MEETING_DAY: Record<string, string> = {
  '2024-07-01': '2024-07-01',
  '2024-11-01': '2024-11-04',
  '2025-03-01': '2025-03-03',
  '2025-07-01': '2025-07-01',
};
/** Verifications a firm did not hold: firm key to scheduled dates. */
const MISSED: Record<string, string[]> = { altalanga: ['2025-03-01'] };

const dateOf = (dateTime: string): string => dateTime.slice(0, 10);

/** The application of a firm, the `order`-th received. */
export function application(f: AgriFirm, order: number): EnrolmentApplication {
  const piva = vatOf(f.key);
  return {
    programme: definition.id,
    idempotencyKey: `app-2024-${String(order).padStart(4, '0')}-${piva}`,
    submittedAt: f.submittedAt,
    firm: {
      name: f.name,
      legalForm: f.legalForm,
      partitaIva: piva,
      codiceFiscale: piva,
      address: { ...f.seat },
      ...(f.sites ? { sites: f.sites.map((s) => ({ ...s })) } : {}),
      ateco: f.ateco,
      staff: f.staff,
      ...(f.apprentices !== undefined ? { apprentices: f.apprentices } : {}),
      turnoverCents: eur(f.turnoverEur),
      balanceSheetCents: eur(f.balanceSheetEur),
      artisan: f.artisan,
      ...(f.artisan ? { artisanActivity: 'not-in-series' as const } : {}),
      machines: f.machines,
      deMinimis: f.deMinimis.map((g) => ({ date: g.date, amountCents: eur(g.amountEur), grantor: g.grantor })),
    },
    contact: { ...f.contact },
    interests: { kinds: [...f.interests], aggregation: f.aggregation },
    consent: {
      noticeVersion: definition.eligibility.consent.noticeVersion,
      purposes: {
        newsletter: f.consent.newsletter,
        'publish-figures': f.consent.publishFigures,
        'share-with-associations': f.consent.shareWithAssociations,
      },
      givenAt: f.submittedAt,
    },
  };
}

/** Applications, the decisions of 1 March 2024, the withdrawal and the promotion from the waitlist. */
function addEnrolment(t: Timeline): void {
  firms.forEach((f, i) => {
    t.add({ type: 'enrolment.applied', date: dateOf(f.submittedAt), author: f.contact.name, firm: vatOf(f.key), application: application(f, i + 1) });
  });
  for (const m of managers) t.add({ type: 'manager.registered', date: START, author: OFFICE, manager: m });
  firms.forEach((f, i) => {
    const piva = vatOf(f.key);
    const result = checkEligibility(definition, application(f, i + 1), { asOf: START });
    const errors = result.reasons.filter((r) => r.severity === 'error');
    if ((errors.length === 0) !== (f.decision !== 'rejected')) throw new Error(`${f.key}: eligibility does not match the decision ${f.decision}`);
    if (f.decision === 'accepted') t.add({ type: 'enrolment.accepted', date: START, author: OFFICE, firm: piva });
    else if (f.decision === 'waitlisted') t.add({ type: 'enrolment.waitlisted', date: START, author: OFFICE, firm: piva });
    else {
      t.add({
        type: 'enrolment.rejected',
        date: START,
        author: OFFICE,
        firm: piva,
        reasons: errors.map((r) => ({ code: r.code, path: [...r.path], message: { ...r.messages } })),
      });
    }
  });
  t.add({ type: 'firm.withdrawn', date: WITHDRAWAL.date, author: OFFICE, firm: vatOf(WITHDRAWAL.firm), reason: WITHDRAWAL.reason });
  t.add({ type: 'enrolment.accepted', date: PROMOTION.date, author: OFFICE, firm: vatOf(PROMOTION.firm) });
}

/** Assignments (and the analysis phase), the analyses and the days they took. */
function addManagersAndAnalyses(t: Timeline): void {
  for (const a of assignments) {
    const piva = vatOf(a.firm);
    t.add({ type: 'manager.assigned', date: a.date, author: OFFICE, firm: piva, manager: a.manager, budgetDays: a.budgetDays });
    t.add({ type: 'phase.advanced', date: a.date, author: OFFICE, firm: piva, phase: 'analysis' });
  }
  const areas = definition.analysis.areas.map((a) => a.id);
  for (const row of analyses) {
    if (Object.keys(row.areas).length !== areas.length || !areas.every((id) => row.areas[id])) {
      throw new Error(`Analysis of ${row.firm}: the areas must be the preset's ${areas.join(', ')}`);
    }
    const m = managerOf(row.firm);
    const a = assignments.find((x) => x.firm === row.firm)!;
    t.add({
      type: 'analysis.recorded',
      date: row.date,
      author: m.name,
      firm: vatOf(row.firm),
      manager: m.id,
      areas: areas.map((id) => ({ area: id, score: row.areas[id]![0], findings: row.areas[id]![1] })),
      summary: row.summary,
    });
    t.add({ type: 'manager.days-logged', date: row.date, author: m.name, firm: vatOf(row.firm), manager: m.id, days: a.analysisDays, activity: 'Analisi aziendale' });
  }
  // The salumificio withdrew before its analysis: only the days spent on it.
  const bra = assignments.find((x) => x.firm === WITHDRAWAL.firm)!;
  t.add({ type: 'manager.days-logged', date: addDaysIso(WITHDRAWAL.date, -1), author: managerOf(bra.firm).name, firm: vatOf(bra.firm), manager: bra.manager, days: bra.analysisDays, activity: 'Analisi aziendale (interrotta)' });
}

/** The indicator of a plan, from its row. */
function indicatorOf(row: IndicatorRow, baselineDate: string): Indicator {
  const { readings: _readings, baselineValue, baselineLevel, ...rest } = row;
  if (rest.kind === 'quantitative') return { ...rest, baseline: { value: baselineValue!, date: baselineDate } };
  if (rest.kind === 'scale') return { ...rest, baseline: { level: baselineLevel!, date: baselineDate } };
  return rest;
}

function planOf(row: PlanRow): Plan {
  return {
    id: 'piano-2024',
    manager: managerOf(row.firm).id,
    owner: firm(row.firm).contact.name,
    objectives: row.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      areas: [...o.areas],
      deadline: o.deadline,
      weight: o.weight,
      indicators: o.indicators.map((i) => indicatorOf(i, row.baseline)),
    })),
  };
}

/** The day a firm held a scheduled verification, or undefined. Firms meet on the meeting day or one or two days later. */
function heldOn(key: string, scheduled: string): string | undefined {
  if (MISSED[key]?.includes(scheduled)) return undefined;
  const f = firm(key);
  if (f.decision === 'rejected') return undefined;
  const accepted = key === PROMOTION.firm ? PROMOTION.date : START;
  if (scheduled < accepted) return undefined;
  if (key === WITHDRAWAL.firm && scheduled >= WITHDRAWAL.date) return undefined;
  const day = MEETING_DAY[scheduled];
  if (!day) throw new Error(`No meeting day for the verification of ${scheduled}`);
  const sameManager = assignments.filter((a) => a.manager === managerOf(key).id);
  return addDaysIso(day, sameManager.findIndex((a) => a.firm === key) % 3);
}

/** The scheduled verifications the sample holds: the preset's calendar up to LAST_HELD. */
function heldSchedule(): string[] {
  const dates = verificationSchedule(definition).filter((d) => d <= LAST_HELD);
  for (const d of READ_AT) if (!dates.includes(d)) throw new Error(`${d} is not a verification date of the preset`);
  return dates;
}

const NOTES: Record<string, string> = {
  '2024-07-01': 'Prima verifica: analisi conclusa, piano strategico in preparazione.',
  '2024-11-01': 'Prime misure degli indicatori del piano; raccolti i fabbisogni di energia e di certificazione.',
  '2025-03-01': 'Avviati il gruppo d\'acquisto dell\'energia e il percorso IFS; indicatori aggiornati.',
  '2025-07-01': 'Verifica di metà edizione: indicatori e risparmi del primo semestre 2025.',
};

/** Plans (and the plan phase), verifications and the measurements taken at them. */
function addPlansAndVerifications(t: Timeline): void {
  for (const row of plans) {
    const m = managerOf(row.firm);
    t.add({ type: 'plan.approved', date: row.approved, author: m.name, firm: vatOf(row.firm), plan: planOf(row) });
    t.add({ type: 'phase.advanced', date: row.approved, author: m.name, firm: vatOf(row.firm), phase: 'plan' });
  }
  for (const scheduled of heldSchedule()) {
    for (const f of firms) {
      const date = heldOn(f.key, scheduled);
      if (!date) continue;
      const m = managerOf(f.key);
      t.add({ type: 'verification.held', date, author: m.name, firm: vatOf(f.key), scheduled, manager: m.id, notes: NOTES[scheduled]! });
      t.add({ type: 'manager.days-logged', date, author: m.name, firm: vatOf(f.key), manager: m.id, days: 1, activity: 'Verifica periodica' });
      const k = (READ_AT as readonly string[]).indexOf(scheduled);
      const plan = plans.find((p) => p.firm === f.key);
      if (k < 0 || !plan) continue;
      if (date < plan.approved) throw new Error(`${f.key}: readings at ${date}, before the plan`);
      for (const ind of plan.objectives.flatMap((o) => o.indicators)) {
        if (ind.readings.length !== READ_AT.length) throw new Error(`${f.key}/${ind.id}: ${ind.readings.length} readings`);
        const reading = ind.readings[k];
        if (reading === null || reading === undefined) continue;
        t.add({ type: 'measurement.recorded', date, author: m.name, firm: vatOf(f.key), indicator: ind.id, ...measurement(reading) });
      }
    }
  }
  // The 2024 figures of every firm taking part (not the rejected one, not the one that withdrew).
  for (const f of firms) {
    if (f.decision === 'rejected' || f.key === WITHDRAWAL.firm) continue;
    t.add({
      type: 'firm.figures-recorded',
      date: FIGURES_2024_RECORDED_ON,
      author: OFFICE,
      firm: vatOf(f.key),
      year: 2024,
      staff: f.staff,
      turnoverCents: eur(f.turnoverEur),
      balanceSheetCents: eur(f.balanceSheetEur),
      machines: f.machines,
    });
  }
}

function measurement(r: Exclude<Reading, null>): { value: number } | { numerator: number; denominator: number } | { level: string } | { done: boolean } {
  if (typeof r === 'boolean') return { done: r };
  if (typeof r === 'string') return { level: r };
  if (Array.isArray(r)) return { numerator: r[0], denominator: r[1] };
  return { value: r };
}

/** The electricity group and the IFS path: needs, proposal, agreement, start, figures; and the collaboration phase. */
function addCollaborations(t: Timeline): void {
  for (const m of energyMembers) {
    t.add({
      type: 'need.declared',
      date: ENERGY.needsDeclared,
      author: managerOf(m.firm).name,
      firm: vatOf(m.firm),
      need: { kind: 'purchasing', id: 'energia-elettrica', category: 'energy', quantity: m.yearMWh, unit: 'MWh', unitPriceCents: m.priceBeforeCents },
    });
  }
  for (const m of ifsMembers) {
    t.add({
      type: 'need.declared',
      date: IFS.needsDeclared,
      author: managerOf(m.firm).name,
      firm: vatOf(m.firm),
      need: { kind: 'brands', id: 'ifs-food', brand: 'IFS Food', standAloneCostCents: m.standAloneCostCents },
    });
  }
  const energyFigures = (basis: 'negotiated' | 'realised', quantity: (m: (typeof energyMembers)[number]) => number) => {
    const total = energyMembers.reduce((s, m) => s + quantity(m), 0);
    const priceGroupCents = curvePrice(ENERGY_CURVE, total);
    if (priceGroupCents === undefined) throw new Error(`No price on the energy curve for ${total} MWh`);
    return {
      kind: 'purchasing' as const,
      basis,
      category: 'energy',
      unit: 'MWh',
      priceCurve: ENERGY_CURVE.map((x) => ({ ...x })),
      members: energyMembers.map((m) => ({ firm: vatOf(m.firm), quantity: quantity(m), priceBeforeCents: m.priceBeforeCents, priceGroupCents })),
    };
  };
  const energyAuthor = managerOf(ENERGY.lead).name;
  t.add({
    type: 'collaboration.proposed',
    date: ENERGY.proposed,
    author: energyAuthor,
    collaboration: {
      id: ENERGY.id,
      kind: 'purchasing',
      title: ENERGY.title,
      firms: energyMembers.map((m) => vatOf(m.firm)),
      lead: vatOf(ENERGY.lead),
      estimatedAnnualAdvantageCents: ENERGY.estimatedAnnualAdvantageCents,
    },
  });
  t.add({ type: 'collaboration.agreed', date: ENERGY.agreed, author: OFFICE, collaboration: ENERGY.id, terms: energyFigures('negotiated', (m) => m.yearMWh) });
  t.add({ type: 'collaboration.started', date: ENERGY.started, author: OFFICE, collaboration: ENERGY.id });
  t.add({
    type: 'collaboration.figures-recorded',
    date: ENERGY.figures.date,
    author: energyAuthor,
    collaboration: ENERGY.id,
    period: { from: ENERGY.figures.from, to: ENERGY.figures.to },
    figures: energyFigures('realised', (m) => m.firstHalfMWh),
  });

  const ifsAuthor = managerOf(IFS.lead).name;
  t.add({
    type: 'collaboration.proposed',
    date: IFS.proposed,
    author: ifsAuthor,
    collaboration: {
      id: IFS.id,
      kind: 'brands',
      title: IFS.title,
      firms: ifsMembers.map((m) => vatOf(m.firm)),
      lead: vatOf(IFS.lead),
      estimatedAnnualAdvantageCents: IFS.estimatedAnnualAdvantageCents,
    },
  });
  t.add({ type: 'collaboration.agreed', date: IFS.agreed, author: OFFICE, collaboration: IFS.id });
  t.add({ type: 'collaboration.started', date: IFS.started, author: OFFICE, collaboration: IFS.id });
  t.add({
    type: 'collaboration.figures-recorded',
    date: IFS.figures.date,
    author: ifsAuthor,
    collaboration: IFS.id,
    period: { from: IFS.figures.from, to: IFS.figures.to },
    figures: {
      kind: 'brands',
      basis: 'realised',
      brand: IFS.brand,
      jointCostCents: IFS.jointCostCents,
      split: 'equal',
      members: ifsMembers.map((m) => ({ firm: vatOf(m.firm), standAloneCostCents: m.standAloneCostCents })),
    },
  });

  // Each firm enters the collaboration phase when its first collaboration starts.
  for (const p of plans) {
    const starts = [
      ...(energyMembers.some((m) => m.firm === p.firm) ? [ENERGY.started] : []),
      ...(ifsMembers.some((m) => m.firm === p.firm) ? [IFS.started] : []),
    ].sort();
    if (!starts[0]) throw new Error(`${p.firm} takes part in no collaboration`);
    t.add({ type: 'phase.advanced', date: starts[0], author: managerOf(p.firm).name, firm: vatOf(p.firm), phase: 'collaboration' });
  }
}

/** The whole sample record. */
export function buildRecord(): ProgrammeRecord {
  const t = new Timeline();
  addEnrolment(t);
  addManagersAndAnalyses(t);
  addPlansAndVerifications(t);
  addCollaborations(t);
  return { programme: definition.id, events: t.events() };
}

/** The preset as a JSON definition, with the published schema. */
export function definitionJson(): Record<string, unknown> {
  return { $schema: DEFINITION_SCHEMA, ...definition };
}

function main(): void {
  mkdirSync(EXAMPLES, { recursive: true });
  const out = (name: string, value: unknown): string => {
    const file = resolve(EXAMPLES, name);
    writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
    return file;
  };
  out(`${definition.id}.definition.json`, definitionJson());
  const json = `${JSON.stringify(buildRecord(), null, 2)}\n`;
  const file = resolve(EXAMPLES, `${definition.id}.json`);
  writeFileSync(file, json);
  try {
    const record = parseRecord(json);
    console.log(`Wrote ${file}: ${record.events.length} events, valid.`);
    console.log(`Wrote ${out(`${definition.id}.public.json`, publicRecord(record))}.`);
    console.log(`Wrote ${out(`${definition.id}.anonymous.json`, publicRecord(record, { anonymous: true }))}.`);
  } catch (e) {
    console.error(`Wrote ${file}, but it does not parse:`);
    console.error(e instanceof MechnetError ? e.messageIn('en') : e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}

// Run only when executed, so tests can import buildRecord.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
