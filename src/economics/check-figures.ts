/**
 * Checks of the figures the savings functions compute from: what each
 * computation reads, with the path of every field that is wrong. Labels the
 * computation does not use (category, unit, skill) are not checked here; a
 * record's figures are checked in full when the record is parsed.
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

function cents(found: Found, o: Record<string, unknown>, key: string, path: IssuePath, optional = false): void {
  const v = o[key];
  if (optional && v === undefined) return;
  if (!isCents(v)) found.add(centsIssue(v, [...path, key]));
}

function number(found: Found, o: Record<string, unknown>, key: string, path: IssuePath, min: number, strict = false, optional = false): void {
  const v = o[key];
  if (optional && v === undefined) return;
  if (!isNumberFrom(v, min, strict)) found.add(numberIssue(v, [...path, key], min, strict));
}

function text(found: Found, o: Record<string, unknown>, key: string, path: IssuePath): void {
  const v = o[key];
  if (typeof v !== 'string' || v.length === 0) found.add(textIssue(v, [...path, key]));
}

/** Checks a list of objects, each with `each`. */
function objects(found: Found, v: unknown, path: IssuePath, min: number, each: (o: Record<string, unknown>, path: IssuePath) => void): void {
  checkList(v, path, min);
  for (let i = 0; i < v.length && !found.full; i++) {
    const o = v[i];
    if (isObject(o)) each(o, [...path, i]);
    else found.add(typeIssue(o, [...path, i], 'object'));
  }
}

/** The issue of a `kind` (or another choice) that is not one of `values`. */
export function choiceIssue(v: unknown, path: IssuePath, values: readonly string[]): MechnetIssue {
  if (v === undefined) return issue('required', path);
  return issue('invalid_value', path, (lang) => ({ values: values.join(', '), value: describeValue(v, lang) }));
}

function figuresObject(f: unknown, kind: CollaborationFigures['kind']): Record<string, unknown> {
  if (!isObject(f)) fail(typeIssue(f, [], 'object'));
  if (f.kind !== kind) fail(choiceIssue(f.kind, ['kind'], [kind]));
  return f;
}

/** A supplier's price curve: tiers of a minimum quantity and a price. */
export function checkCurve(found: Found, curve: unknown, path: IssuePath, min: number): void {
  objects(found, curve, path, min, (t, p) => {
    number(found, t, 'minQuantity', p, 0);
    cents(found, t, 'priceCents', p);
  });
}

/** Checks the figures of a purchasing group. */
export function checkPurchasing(f: unknown): asserts f is Figures<'purchasing'> {
  const o = figuresObject(f, 'purchasing');
  const found = new Found();
  objects(found, o.members, ['members'], 1, (m, p) => {
    text(found, m, 'firm', p);
    number(found, m, 'quantity', p, 0);
    cents(found, m, 'priceBeforeCents', p);
    cents(found, m, 'priceGroupCents', p);
    cents(found, m, 'marketPriceCents', p, true);
  });
  if (o.priceCurve !== undefined) checkCurve(found, o.priceCurve, ['priceCurve'], 1);
  if (o.priceIndex !== undefined) {
    if (isObject(o.priceIndex)) {
      number(found, o.priceIndex, 'base', ['priceIndex'], 0, true);
      number(found, o.priceIndex, 'current', ['priceIndex'], 0, true);
    } else found.add(typeIssue(o.priceIndex, ['priceIndex'], 'object'));
  }
  found.done();
}

/** Checks the members of a shared cost (services, brands, certifications). */
export function checkSharedMembers(members: unknown, path: IssuePath): asserts members is readonly { firm: string; standAloneCostCents: number; usage?: number }[] {
  const found = new Found();
  objects(found, members, path, 1, (m, p) => {
    text(found, m, 'firm', p);
    cents(found, m, 'standAloneCostCents', p);
    number(found, m, 'usage', p, 0, false, true);
  });
  found.done();
}

/** Checks the figures of a shared machine. */
export function checkMachines(f: unknown): asserts f is Figures<'machines'> {
  const o = figuresObject(f, 'machines');
  const found = new Found();
  text(found, o, 'owner', []);
  cents(found, o, 'annualFixedCostCents', []);
  number(found, o, 'availableHours', [], 0, true);
  cents(found, o, 'variableCostPerHourCents', []);
  objects(found, o.users, ['users'], 1, (u, p) => {
    text(found, u, 'firm', p);
    number(found, u, 'hoursBooked', p, 0);
    number(found, u, 'hoursUsed', p, 0);
    cents(found, u, 'alternativeRateCents', p);
  });
  found.done();
}

/** Checks the figures of seconded workers. */
export function checkWorkforce(f: unknown): asserts f is Figures<'workforce'> {
  const o = figuresObject(f, 'workforce');
  const found = new Found();
  objects(found, o.secondments, ['secondments'], 1, (s, p) => {
    text(found, s, 'from', p);
    text(found, s, 'to', p);
    number(found, s, 'hours', p, 0, true);
    cents(found, s, 'hourlyCostCents', p);
    cents(found, s, 'avoidedHourlyCostCents', p);
  });
  found.done();
}

/** Checks a price curve and a quantity. */
export function checkCurveAndQuantity(curve: unknown, quantity: unknown): void {
  const found = new Found();
  checkCurve(found, curve, ['curve'], 0);
  if (!isNumberFrom(quantity, 0)) found.add(numberIssue(quantity, ['quantity'], 0));
  found.done();
}
