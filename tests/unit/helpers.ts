/** Helpers shared by the unit tests: events, small records, refusals, broken documents. */
import assert from 'node:assert/strict';
import {
  applyEvents,
  MechnetError,
  parseRecord,
  type ProgrammeRecord,
} from '../../src/index.js';
import { clone, SECOND_FIRM, secondApplication, smallRecord, validPlan } from '../fixtures/sample.js';

/** The firm of the small record. */
export const FIRM = '00743110157';

/** A maker of events with fresh ids (`prefix1`, `prefix2`, …), authored by the office. */
export function eventMaker(prefix: string): (date: string, body: Record<string, unknown>) => Record<string, unknown> {
  let n = 0;
  return (date, body) => ({ id: `${prefix}${++n}`, date, author: 'Ufficio Innovazione', ...body });
}

const ev = eventMaker('h');

/** The small record plus a second, interested firm, both accepted. */
export function twoFirms(): ProgrammeRecord {
  return applyEvents(parseRecord(smallRecord()), [
    ev('2010-03-02', { type: 'enrolment.applied', firm: SECOND_FIRM, application: secondApplication() }),
    ev('2010-03-03', { type: 'enrolment.accepted', firm: SECOND_FIRM }),
  ]);
}

/** Two firms whose plans are approved on 2010-06-15 (the second with the manager assigned), so that they may collaborate. */
export function twoFirmsWithPlans(): ProgrammeRecord {
  return applyEvents(twoFirms(), [
    ev('2010-03-03', { type: 'manager.assigned', firm: SECOND_FIRM, manager: 'm-verdi', budgetDays: 25 }),
    ev('2010-06-15', { type: 'plan.approved', firm: FIRM, plan: validPlan() }),
    ev('2010-06-15', { type: 'plan.approved', firm: SECOND_FIRM, plan: validPlan() }),
  ]);
}

/** The issues of the MechnetError that `fn` throws, as `code@path`; fails if it returns or throws anything else. */
export function refusal(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof MechnetError, `expected MechnetError, got ${String(e)}`);
    return e.issues.map((i) => `${i.code}@${i.path.join('.')}`);
  }
  assert.fail('expected a refusal');
}

/** Replaces one place inside a JSON document (a deep copy) with `value`, walking down by `choices`. */
export function mutate(doc: unknown, choices: readonly number[], value: unknown): unknown {
  const copy = clone(doc) as Record<string, unknown>;
  let node: any = copy;
  for (const c of choices) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[c % keys.length]!;
    if (node[key] === null || typeof node[key] !== 'object' || c % 5 === 0) {
      node[key] = value;
      return copy;
    }
    node = node[key];
  }
  return copy;
}
