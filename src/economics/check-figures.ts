/**
 * Checks of the figures the savings functions compute from: what each
 * computation reads, with the path of every field that is wrong. Labels the
 * computation does not use (category, unit, skill) are not checked here; a
 * record's figures are checked in full when the record is parsed.
 *
 * Each check reads every field once and returns a plain copy of what it
 * read: the computation works on the copy and never reads the caller's
 * value again (a getter could give another value, or throw, the second time).
 */
import type { IssuePath, MechnetIssue } from '../errors/issue.js';
import type { CollaborationFigures } from '../collaboration/schema.js';
import { centsIssue, checkList, describeValue, fail, isCents, isNumberFrom, isObject, issue, numberIssue, textIssue, typeIssue } from './check.js';

type Figures<K extends CollaborationFigures['kind']> = Extract<CollaborationFigures, { kind: K }>;

/** Past this many issues a check stops: the first ones are enough to fix. */
const MAX_ISSUES = 50;

/** Issues found so far. */
class Found {
  readonly list: MechnetIssue[] = [];
  add(i: MechnetIssue | undefined): void {
    if (i) this.list.push(i);
  }
  get full(): boolean {
    return this.list.length >= MAX_ISSUES;
  }
  done(): void {
    if (this.list.length > 0) fail(...this.list);
  }
}

/** A field of money, read once: its value, which the caller keeps when no issue was found. */
function cents(found: Found, o: Record<string, unknown>, key: string, path: IssuePath): number;
function cents(found: Found, o: Record<string, unknown>, key: string, path: IssuePath, optional: true): number | undefined;
function cents(found: Found, o: Record<string, unknown>, key: string, path: IssuePath, optional = false): number | undefined {
  const v = o[key];
  if (optional && v === undefined) return undefined;
  if (!isCents(v)) found.add(centsIssue(v, [...path, key]));
  return v as number;
}

/** A field that is a number, read once. */
function number(found: Found, o: Record<string, unknown>, key: string, path: IssuePath, min: number, strict?: boolean): number;
function number(found: Found, o: Record<string, unknown>, key: string, path: IssuePath, min: number, strict: boolean, optional: true): number | undefined;
function number(found: Found, o: Record<string, unknown>, key: string, path: IssuePath, min: number, strict = false, optional = false): number | undefined {
  const v = o[key];
  if (optional && v === undefined) return undefined;
  if (!isNumberFrom(v, min, strict)) found.add(numberIssue(v, [...path, key], min, strict));
  return v as number;
}

/** A field that is a non-empty text, read once. */
function text(found: Found, o: Record<string, unknown>, key: string, path: IssuePath): string {
  const v = o[key];
  if (typeof v !== 'string' || v.length === 0) found.add(textIssue(v, [...path, key]));
  return v as string;
}

/** A list of objects, each read with `each` into a copy. */
function objects<T>(found: Found, v: unknown, path: IssuePath, min: number, each: (o: Record<string, unknown>, path: IssuePath) => T): T[] {
  checkList(v, path, min);
  const out: T[] = [];
  const n = v.length;
  for (let i = 0; i < n && !found.full; i++) {
    const o = v[i];
    if (isObject(o)) out.push(each(o, [...path, i]));
    else found.add(typeIssue(o, [...path, i], 'object'));
  }
  return out;
}

/** The issue of a `kind` (or another choice) that is not one of `values`. */
export function choiceIssue(v: unknown, path: IssuePath, values: readonly string[]): MechnetIssue {
  if (v === undefined) return issue('required', path);
  return issue('invalid_value', path, (lang) => ({ values: values.join(', '), value: describeValue(v, lang) }));
}

function figuresObject(f: unknown, kind: CollaborationFigures['kind']): Record<string, unknown> {
  if (!isObject(f)) fail(typeIssue(f, [], 'object'));
  const k = f.kind;
  if (k !== kind) fail(choiceIssue(k, ['kind'], [kind]));
  return f;
}

/** A tier of a supplier's price curve. */
export type PriceTier = { minQuantity: number; priceCents: number };

/** What the computations of a purchasing group read, as checked copies. */
export type PurchasingFigures = Pick<Figures<'purchasing'>, 'members' | 'priceCurve' | 'priceIndex'>;
/** What the computation of a shared cost reads of each member. */
export type SharedMember = { firm: string; standAloneCostCents: number; usage?: number };
/** What the computation of a shared machine reads. */
export type MachineFigures = Pick<Figures<'machines'>, 'owner' | 'annualFixedCostCents' | 'availableHours' | 'variableCostPerHourCents' | 'users'>;
/** What the computation of seconded workers reads. */
export type WorkforceFigures = { secondments: Pick<Figures<'workforce'>['secondments'][number], 'to' | 'hours' | 'hourlyCostCents' | 'avoidedHourlyCostCents'>[] };

/** A supplier's price curve: tiers of a minimum quantity and a price. */
export function checkCurve(found: Found, curve: unknown, path: IssuePath, min: number): PriceTier[] {
  return objects(found, curve, path, min, (t, p) => ({
    minQuantity: number(found, t, 'minQuantity', p, 0),
    priceCents: cents(found, t, 'priceCents', p),
  }));
}

/** Checks the figures of a purchasing group; returns a copy of what the computations read. */
export function checkPurchasing(f: unknown): PurchasingFigures {
  const o = figuresObject(f, 'purchasing');
  const found = new Found();
  const members = objects(found, o.members, ['members'], 1, (m, p) => {
    const member: Figures<'purchasing'>['members'][number] = {
      firm: text(found, m, 'firm', p),
      quantity: number(found, m, 'quantity', p, 0),
      priceBeforeCents: cents(found, m, 'priceBeforeCents', p),
      priceGroupCents: cents(found, m, 'priceGroupCents', p),
    };
    const market = cents(found, m, 'marketPriceCents', p, true);
    if (market !== undefined) member.marketPriceCents = market;
    return member;
  });
  const out: PurchasingFigures = { members };
  const curve = o.priceCurve;
  if (curve !== undefined) out.priceCurve = checkCurve(found, curve, ['priceCurve'], 1);
  const index = o.priceIndex;
  if (index !== undefined) {
    if (isObject(index)) {
      out.priceIndex = { base: number(found, index, 'base', ['priceIndex'], 0, true), current: number(found, index, 'current', ['priceIndex'], 0, true) };
    } else found.add(typeIssue(index, ['priceIndex'], 'object'));
  }
  found.done();
  return out;
}

/** Checks the members of a shared cost (services, brands, certifications); returns a copy. */
export function checkSharedMembers(members: unknown, path: IssuePath): SharedMember[] {
  const found = new Found();
  const out = objects(found, members, path, 1, (m, p) => {
    const member: SharedMember = { firm: text(found, m, 'firm', p), standAloneCostCents: cents(found, m, 'standAloneCostCents', p) };
    const usage = number(found, m, 'usage', p, 0, false, true);
    if (usage !== undefined) member.usage = usage;
    return member;
  });
  found.done();
  return out;
}

/** Checks the figures of a shared machine; returns a copy of what the computation reads. */
export function checkMachines(f: unknown): MachineFigures {
  const o = figuresObject(f, 'machines');
  const found = new Found();
  const out: MachineFigures = {
    owner: text(found, o, 'owner', []),
    annualFixedCostCents: cents(found, o, 'annualFixedCostCents', []),
    availableHours: number(found, o, 'availableHours', [], 0, true),
    variableCostPerHourCents: cents(found, o, 'variableCostPerHourCents', []),
    users: objects(found, o.users, ['users'], 1, (u, p) => ({
      firm: text(found, u, 'firm', p),
      hoursBooked: number(found, u, 'hoursBooked', p, 0),
      hoursUsed: number(found, u, 'hoursUsed', p, 0),
      alternativeRateCents: cents(found, u, 'alternativeRateCents', p),
    })),
  };
  found.done();
  return out;
}

/** Checks the figures of seconded workers; returns a copy of what the computation reads. */
export function checkWorkforce(f: unknown): WorkforceFigures {
  const o = figuresObject(f, 'workforce');
  const found = new Found();
  const secondments = objects(found, o.secondments, ['secondments'], 1, (s, p) => {
    text(found, s, 'from', p);
    return {
      to: text(found, s, 'to', p),
      hours: number(found, s, 'hours', p, 0, true),
      hourlyCostCents: cents(found, s, 'hourlyCostCents', p),
      avoidedHourlyCostCents: cents(found, s, 'avoidedHourlyCostCents', p),
    };
  });
  found.done();
  return { secondments };
}

/** Checks a price curve and a quantity; returns a copy of the curve. */
export function checkCurveAndQuantity(curve: unknown, quantity: unknown): PriceTier[] {
  const found = new Found();
  const tiers = checkCurve(found, curve, ['curve'], 0);
  if (!isNumberFrom(quantity, 0)) found.add(numberIssue(quantity, ['quantity'], 0));
  found.done();
  return tiers;
}
