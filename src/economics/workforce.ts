/** Shared workforce (rule-book §10): secondments between member firms, each side's saving. */
import { checked, toCents } from './check.js';
import { checkWorkforce, type WorkforceFigures } from './check-figures.js';
import { guarded } from '../model/guard.js';
import { type Figures, type FirmSaving } from './firm-saving.js';

/**
 * Workers seconded between firms: the receiving firm saves `hours x
 * (avoided hourly cost of hiring or subcontracting - hourly cost paid)`.
 *
 * @throws {@link MechnetError} (`invalid_input`) for figures that are not
 * secondments, with the path of each wrong field.
 *
 * @example
 * ```ts
 * workforceSavings({ kind: 'workforce', basis: 'realised', secondments: [
 *   { from: 'A', to: 'B', skill: 'saldatore', hours: 100, hourlyCostCents: 2_800, avoidedHourlyCostCents: 4_000 }] });
 * // [{ firm: 'B', hardCents: 120_000, … }]
 * ```
 */
export function workforceSavings(f: Figures<'workforce'>): FirmSaving[] {
  return guarded(undefined, () => workforce(checked(() => checkWorkforce(f))));
}

export function workforce(f: WorkforceFigures): FirmSaving[] {
  const byFirm = new Map<string, FirmSaving>();
  f.secondments.forEach((s, i) => {
    const path = ['secondments', i];
    const saving = toCents(s.hours * (s.avoidedHourlyCostCents - s.hourlyCostCents), path);
    const cost = toCents(s.hours * s.hourlyCostCents, path);
    const cur = byFirm.get(s.to);
    if (cur) {
      cur.hardCents = toCents(cur.hardCents + saving, path);
      cur.costCents = toCents((cur.costCents ?? 0) + cost, path);
    } else byFirm.set(s.to, { firm: s.to, kind: 'workforce', hardCents: saving, avoidanceCents: 0, gainCents: 0, costCents: cost });
  });
  return [...byFirm.values()];
}
