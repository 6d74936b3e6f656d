/**
 * The economic advantage of each kind of collaboration (rule-book §10), in
 * integer cents. Amounts are computed per firm and rounded to the cent once
 * (half away from zero); every split goes through {@link allocate}.
 *
 * Every function here checks its arguments first and fails only with a
 * {@link MechnetError} (`invalid_input`) whose issues give the path of the
 * field that is wrong and the value received, in Italian and English. The
 * arguments are never changed. Each kind has a module of its own (purchasing,
 * shared cost, machines, workforce); this one sends figures to theirs.
 */
import type { CollaborationFigures } from '../collaboration/schema.js';
import { allocate } from './allocate.js';
import { centsIssue, checked, describeValue, fail, isObject, issue } from './check.js';
import { checkMachines, checkPurchasing, checkSharedMembers, checkWorkforce, choiceIssue, type MachineFigures, type PurchasingFigures, type SharedMember, type WorkforceFigures } from './check-figures.js';
import { guarded } from '../model/guard.js';
import { roundCents, type FirmSaving } from './firm-saving.js';
import { compareGroupGain, curvePrice, memberSavings, purchasingGame, purchasingSavings, type GroupGainComparison, type PurchasingMemberSaving } from './purchasing.js';
import { sharedCost, sharedCostSavings } from './shared-cost.js';
import { machines, machineSavings, type MachineSharing } from './machines.js';
import { workforce, workforceSavings } from './workforce.js';

export { compareGroupGain, curvePrice, machineSavings, purchasingGame, purchasingSavings, roundCents, sharedCostSavings, workforceSavings };
export type { FirmSaving, GroupGainComparison, MachineSharing, PurchasingMemberSaving };

const KINDS = ['purchasing', 'services', 'machines', 'brands', 'workforce'] as const;

/**
 * The savings of any collaboration's figures, per firm.
 *
 * @throws {@link MechnetError} (`invalid_input`) for figures of no known
 * kind, or figures that are wrong for their kind, with the path of each
 * wrong field.
 *
 * @example
 * ```ts
 * collaborationSavings(figures).map((s) => [s.firm, s.hardCents]);
 * ```
 */
export function collaborationSavings(f: CollaborationFigures): FirmSaving[] {
  return guarded(undefined, () => savingsOf(checked(() => checkFigures(f))));
}

/** The figures of a collaboration of any kind, checked and copied: what {@link savingsOf} reads. */
type CheckedFigures =
  | ({ kind: 'purchasing' } & PurchasingFigures)
  | { kind: 'services' | 'brands'; costCents: number; members: SharedMember[]; split: 'usage' | 'equal' | 'shapley' }
  | ({ kind: 'machines' } & MachineFigures)
  | ({ kind: 'workforce' } & WorkforceFigures);

function checkFigures(f: unknown): CheckedFigures {
  if (!isObject(f)) fail(issue('invalid_type', [], (lang) => ({ expected: 'object', received: describeValue(f, lang) })));
  const k = f.kind;
  if (!(KINDS as readonly unknown[]).includes(k)) fail(choiceIssue(k, ['kind'], KINDS));
  if (k === 'purchasing') return { kind: k, ...checkPurchasing(f) };
  if (k === 'machines') return { kind: k, ...checkMachines(f) };
  if (k === 'workforce') return { kind: k, ...checkWorkforce(f) };
  const kind = k as 'services' | 'brands';
  const field = kind === 'services' ? 'sharedCostCents' : 'jointCostCents';
  const cost = f[field];
  if (!Number.isSafeInteger(cost) || (cost as number) < 0) fail(centsIssue(cost, [field]));
  const members = checkSharedMembers(f.members, ['members']);
  const split = f.split;
  if (split !== 'usage' && split !== 'equal' && split !== 'shapley') fail(choiceIssue(split, ['split'], ['usage', 'equal', 'shapley']));
  return { kind, costCents: cost as number, members, split };
}

function savingsOf(f: CheckedFigures): FirmSaving[] {
  switch (f.kind) {
    case 'purchasing':
      return memberSavings(f).map(({ firm, kind, hardCents, avoidanceCents, gainCents, costCents }) => ({
        firm,
        kind,
        hardCents,
        avoidanceCents,
        gainCents,
        ...(costCents !== undefined ? { costCents } : {}),
      }));
    case 'services':
    case 'brands':
      return sharedCost(f.kind, f.costCents, f.members, f.split);
    case 'machines':
      return machines(f).savings;
    case 'workforce':
      return workforce(f);
  }
}
