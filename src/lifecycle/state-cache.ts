import type { ProgrammeRecord } from '../record/schema.js';
import type { ProgrammeFold } from '../record/state.js';

/**
 * The folded state of a record's events, kept per record object. Records are
 * never changed in place (the reducer makes new ones), so a record's state
 * stays right for as long as the record exists. A state moves from a record
 * to the record the reducer makes from it.
 */
const cache = new WeakMap<object, ProgrammeFold>();

/** Remembers the full fold of `record`. */
export function rememberState(record: ProgrammeRecord, state: ProgrammeFold): void {
  cache.set(record, state);
}

/** The remembered full fold of `record`, taken away (the caller will change it). */
export function takeState(record: ProgrammeRecord): ProgrammeFold | undefined {
  const s = cache.get(record);
  if (s) cache.delete(record);
  return s;
}
