import type { ProgrammeRecord } from '../record/schema.js';

/**
 * How far the library checked a record it made: `rules` (by
 * {@link parseRecord} or {@link applyEvent}: the shape and every rule) or
 * `shape` (by {@link parseRecordShape}: the shape, for showing a record
 * written elsewhere). Records are frozen, so the mark stays right.
 */
export type CheckLevel = 'rules' | 'shape';

const checked = new WeakMap<object, CheckLevel>();

/** Remembers that the library checked `record` (frozen) at `level`. */
export function vouchRecord(record: ProgrammeRecord, level: CheckLevel = 'rules'): ProgrammeRecord {
  if (checked.get(record) !== 'rules') checked.set(record, level);
  return record;
}

/** How far the library checked `value`, if it is a record it made. */
export function checkLevel(value: unknown): CheckLevel | undefined {
  return value !== null && typeof value === 'object' ? checked.get(value) : undefined;
}
