/** Consortium use of machines (rule-book §10): the owner's gain and each user's saving against its alternative. */
import { allocate } from './allocate.js';
import { checked, toCents } from './check.js';
import { checkMachines, type MachineFigures } from './check-figures.js';
import { guarded } from '../model/guard.js';
import { type Figures, type FirmSaving } from './firm-saving.js';

/** A machine's cost per hour and who pays what. */
export interface MachineSharing {
  /** `annual fixed cost / available hours + variable cost per hour`, in cents (not rounded). */
  hourRateCents: number;
  savings: FirmSaving[];
}

/**
 * A shared machine, by the dual rate: the fixed cost is split by hours
 * booked (the owner keeps the hours nobody booked), the variable cost by
 * hours used. A user saves its alternative (own machine or subcontracting
 * rate x hours used) minus what it pays; the owner gains what the others pay
 * minus the extra cost their use causes (their share of the fixed cost).
 *
 * @throws {@link MechnetError} (`invalid_input`) for figures that are not a
 * shared machine's, with the path of each wrong field.
 *
 * @example
 * ```ts
 * const m = machineSavings({ kind: 'machines', basis: 'realised', owner: 'O', machineType: '5 assi',
 *   annualFixedCostCents: 6_000_000, availableHours: 2000, variableCostPerHourCents: 2_000,
 *   users: [{ firm: 'U', hoursBooked: 400, hoursUsed: 350, alternativeRateCents: 9_000 }] });
 * m.hourRateCents; // 3_000 + 2_000 = 5_000 (EUR 50 an hour)
 * ```
 */
export function machineSavings(f: Figures<'machines'>): MachineSharing {
  return guarded(undefined, () => machines(checked(() => checkMachines(f))));
}

export function machines(f: MachineFigures): MachineSharing {
  const booked = f.users.reduce((s, u) => s + u.hoursBooked, 0);
  const idle = Math.max(0, f.availableHours - booked);
  const fixedShares = allocate(f.annualFixedCostCents, [...f.users.map((u) => u.hoursBooked), idle]);
  const savings: FirmSaving[] = f.users.map((u, i) => {
    const path = ['users', i];
    const variable = toCents(f.variableCostPerHourCents * u.hoursUsed, path);
    const cost = toCents(fixedShares[i]! + variable, path);
    return {
      firm: u.firm,
      kind: 'machines',
      hardCents: toCents(toCents(u.alternativeRateCents * u.hoursUsed, path) - cost, path),
      avoidanceCents: 0,
      gainCents: 0,
      costCents: cost,
    };
  });
  const recovered = fixedShares.slice(0, f.users.length).reduce((a, b) => a + b, 0);
  savings.push({ firm: f.owner, kind: 'machines', hardCents: 0, avoidanceCents: 0, gainCents: recovered });
  return { hourRateCents: f.annualFixedCostCents / f.availableHours + f.variableCostPerHourCents, savings };
}
