/** Strategic plans (rule-book §5) and the measurements of their indicators at the verifications. */
import type { Indicator, Plan } from '../../../src/index.js';
import { analyses } from '../data/analyses.js';
import { MEASURED_FROM, MEASURED_TO, measurements, type Reading } from '../data/measurements.js';
import { plans, type BandRow, type IndicatorRow, type PlanRow, type TowardsRow } from '../data/plans.js';
import { vat } from '../facts.js';
import { assignmentOf, firmRow, managerName } from './lookups.js';
import type { Timeline } from './timeline.js';
import { heldSchedule, verificationHeldOn } from './verifications.js';

const isBandRow = (row: TowardsRow | BandRow): row is BandRow => row.polarity === 'maintain' || row.polarity === 'range';

/** The indicator of the plan, from its row. */
function indicatorOf(row: IndicatorRow, baselineDate: string): Indicator {
  const common = {
    id: row.id,
    name: row.name,
    ...(row.description !== undefined ? { description: row.description } : {}),
  };
  const tail = { deadline: row.deadline, ...(row.weight !== undefined ? { weight: row.weight } : {}) };
  switch (row.kind) {
    case 'milestone':
      return { ...common, kind: 'milestone', ...tail };
    case 'scale':
      return {
        ...common,
        kind: 'scale',
        levels: row.levels.map((l) => ({ ...l })),
        baseline: { level: row.baseline, date: baselineDate },
        target: row.target,
        ...tail,
      };
    case 'quantitative': {
      const q = {
        ...common,
        kind: 'quantitative' as const,
        unit: row.unit,
        polarity: row.polarity,
        baseline: { value: row.baseline, date: baselineDate },
      };
      if (isBandRow(row)) {
        return { ...q, band: [row.band[0], row.band[1]], ...tail, ...(row.ratio ? { ratio: { ...row.ratio } } : {}) };
      }
      return {
        ...q,
        target: row.target,
        ...tail,
        ...(row.interim ? { interim: row.interim.map((x) => ({ ...x })) } : {}),
        ...(row.trajectory ? { trajectory: row.trajectory } : {}),
        ...(row.ratio ? { ratio: { ...row.ratio } } : {}),
      };
    }
  }
}

function planOf(row: PlanRow, manager: string): Plan {
  return {
    id: 'piano-2010',
    manager,
    owner: firmRow(row.firm).contact.name,
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

/** Each plan, approved after the firm's analysis, and the firm entering the plan phase the same day. */
export function addPlans(t: Timeline): void {
  for (const row of plans) {
    const { manager } = assignmentOf(row.firm);
    const analysed = analyses.find((x) => x.firm === row.firm)?.date;
    if (!analysed || row.approved <= analysed) throw new Error(`Plan of ${row.firm} before its analysis`);
    const firm = vat(row.firm);
    const author = managerName(manager);
    t.add({ type: 'plan.approved', date: row.approved, author, firm, plan: planOf(row, manager) });
    t.add({ type: 'phase.advanced', date: row.approved, author, firm, phase: 'plan' });
  }
}

/** The fields of a measurement for one reading, in the shape the indicator's kind asks for. */
function measurementShape(
  row: IndicatorRow,
  reading: Exclude<Reading, null>,
): { value: number } | { numerator: number; denominator: number } | { level: string } | { done: boolean } {
  const where = `${row.id}: reading ${JSON.stringify(reading)}`;
  if (row.kind === 'milestone') {
    if (typeof reading !== 'boolean') throw new Error(`${where} must be done true/false`);
    return { done: reading };
  }
  if (row.kind === 'scale') {
    if (typeof reading !== 'string' || !row.levels.some((l) => l.id === reading)) throw new Error(`${where} is not a level`);
    return { level: reading };
  }
  if (row.ratio) {
    if (!Array.isArray(reading)) throw new Error(`${where} must be [numerator, denominator]`);
    const [numerator, denominator] = reading as readonly [number, number];
    return { numerator, denominator };
  }
  if (typeof reading !== 'number') throw new Error(`${where} must be a number`);
  return { value: reading };
}

/** The readings of every indicator of a plan; the table must have readings for exactly the plan's indicators. */
function readingsOf(row: PlanRow): Map<string, Reading[]> {
  const table = measurements[row.firm] ?? {};
  const ids = row.objectives.flatMap((o) => o.indicators.map((i) => i.id));
  const extra = Object.keys(table).filter((id) => !ids.includes(id));
  if (extra.length > 0) throw new Error(`${row.firm}: readings of ${extra.join(', ')}, not in its plan`);
  return new Map(
    ids.map((id) => {
      const m = table[id];
      if (!m) throw new Error(`${row.firm}/${id}: no readings`);
      return [id, m.readings];
    }),
  );
}

/** Every indicator measured at the verifications the firm held after its plan, as the readings say. */
export function addMeasurements(t: Timeline): void {
  const measuredAt = heldSchedule().filter((d) => d >= MEASURED_FROM && d <= MEASURED_TO);
  if (measuredAt[0] !== MEASURED_FROM || measuredAt.at(-1) !== MEASURED_TO) throw new Error('Readings must start and end on verification dates');
  const unknown = Object.keys(measurements).filter((firm) => !plans.some((p) => p.firm === firm));
  if (unknown.length > 0) throw new Error(`Readings of ${unknown.join(', ')}, who have no plan`);
  for (const row of plans) {
    const author = managerName(assignmentOf(row.firm).manager);
    const firm = vat(row.firm);
    const readings = readingsOf(row);
    measuredAt.forEach((scheduled, k) => {
      const date = verificationHeldOn(row.firm, scheduled);
      for (const o of row.objectives) {
        for (const ind of o.indicators) {
          const list = readings.get(ind.id)!;
          if (list.length !== measuredAt.length) throw new Error(`${row.firm}/${ind.id}: ${list.length} readings`);
          const reading = list[k];
          if (reading === null || reading === undefined) continue;
          if (!date) throw new Error(`${row.firm}/${ind.id}: reading at ${scheduled}, a verification not held`);
          if (date < row.approved) throw new Error(`${row.firm}/${ind.id}: reading at ${date}, before the plan`);
          t.add({
            type: 'measurement.recorded',
            date,
            author,
            firm,
            indicator: ind.id,
            ...measurementShape(ind, reading),
          });
        }
      }
    });
  }
}
