/** What several builders look up: the preset's names, the firms, their managers. */
import { mechnetDefinition } from '../../../src/index.js';
import { firms, withdrawals, type FirmRow } from '../data/firms.js';
import { assignments, managers, type AssignmentRow } from '../data/managers.js';

/** The programme of the record: the MechNet preset. */
export const PROGRAMME = mechnetDefinition.id;
/** The Chamber's office, author of the office's events. */
export const OFFICE = mechnetDefinition.contact.office;

const firmByKey = new Map(firms.map((f) => [f.key, f]));
const managerById = new Map(managers.map((m) => [m.id, m]));

/** The row of a firm, by key. */
export function firmRow(key: string): FirmRow {
  const f = firmByKey.get(key);
  if (!f) throw new Error(`Unknown firm ${key}`);
  return f;
}

/** The assignment of a firm to its manager. */
export function assignmentOf(firm: string): AssignmentRow {
  const a = assignments.find((x) => x.firm === firm);
  if (!a) throw new Error(`No manager assigned to ${firm}`);
  return a;
}

/** The name of a manager, by id. */
export function managerName(id: string): string {
  const m = managerById.get(id);
  if (!m) throw new Error(`Unknown manager ${id}`);
  return m.name;
}

/** The temporary manager of a firm, by key. */
export function managerOf(firm: string): { id: string; name: string } {
  const { manager } = assignmentOf(firm);
  return { id: manager, name: managerName(manager) };
}

/** The date a firm withdrew, if it did. */
export function withdrawnOn(firm: string): string | undefined {
  return withdrawals.find((w) => w.firm === firm)?.date;
}

/** The firms that did not withdraw, in order of application. */
export function activeFirmKeys(): string[] {
  return firms.map((f) => f.key).filter((k) => withdrawnOn(k) === undefined);
}
