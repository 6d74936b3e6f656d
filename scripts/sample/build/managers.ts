/** Managers: their registration, assignments, the days they log before the verifications, and the analyses. */
import { mechnetDefinition } from '../../../src/index.js';
import { analyses } from '../data/analyses.js';
import { MANAGERS_REGISTERED_ON } from '../data/edition.js';
import { assignments, DAYS_LOG_PERIODS, managers } from '../data/managers.js';
import { vat } from '../facts.js';
import { assignmentOf, managerName, OFFICE } from './lookups.js';
import type { Timeline } from './timeline.js';

export function addManagers(t: Timeline): void {
  for (const m of managers) {
    t.add({ type: 'manager.registered', date: MANAGERS_REGISTERED_ON, author: OFFICE, manager: m });
  }
}

/** Each assignment, and the firm entering the analysis phase the same day. */
export function addAssignments(t: Timeline): void {
  for (const a of assignments) {
    const firm = vat(a.firm);
    t.add({
      type: 'manager.assigned',
      date: a.date,
      author: OFFICE,
      firm,
      manager: a.manager,
      budgetDays: a.budgetDays,
    });
    t.add({ type: 'phase.advanced', date: a.date, author: OFFICE, firm, phase: 'analysis' });
  }
}

export function addDaysLogged(t: Timeline): void {
  for (const a of assignments) {
    a.daysLogged.forEach((days, i) => {
      const period = DAYS_LOG_PERIODS[i]!;
      t.add({
        type: 'manager.days-logged',
        date: period.date,
        author: managerName(a.manager),
        firm: vat(a.firm),
        manager: a.manager,
        days,
        activity: period.activity,
      });
    });
  }
}

/** Each analysis, with its areas in the preset's order; a row must cover exactly the preset's areas. */
export function addAnalyses(t: Timeline): void {
  const areas = mechnetDefinition.analysis.areas.map((a) => a.id);
  for (const row of analyses) {
    const written = Object.keys(row.areas);
    if (written.length !== areas.length || !areas.every((area) => row.areas[area])) {
      throw new Error(`Analysis of ${row.firm}: areas ${written.join(', ')} instead of the preset's ${areas.join(', ')}`);
    }
    const { manager } = assignmentOf(row.firm);
    t.add({
      type: 'analysis.recorded',
      date: row.date,
      author: managerName(manager),
      firm: vat(row.firm),
      manager,
      areas: areas.map((area) => ({ area, score: row.areas[area]![0], findings: row.areas[area]![1] })),
      summary: row.summary,
    });
  }
}
