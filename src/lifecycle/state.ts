import { resolveDefinition } from '../record/parse.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { foldEvents, type ProgrammeState } from './fold.js';
import { rememberState, takeState } from './state-cache.js';

/** The folded state of a record up to `asOf`, reusing the remembered full fold when it covers the date. */
export function stateOf(record: ProgrammeRecord, asOf?: string): ProgrammeState {
  const last = record.events.at(-1)?.date;
  if (asOf === undefined || (last !== undefined && asOf >= last)) {
    const cached = takeState(record);
    if (cached) {
      rememberState(record, cached);
      return cached;
    }
    const state = foldEvents(resolveDefinition(record), record.events);
    rememberState(record, state);
    return state;
  }
  return foldEvents(resolveDefinition(record), record.events, asOf);
}

/**
 * The date a view is computed for: `asOf` when given, else the date of the
 * record's last event (the record as it stands).
 */
export function viewDate(record: Pick<ProgrammeRecord, 'events'>, asOf?: string): string {
  return asOf ?? record.events.at(-1)?.date ?? '0000-01-01';
}
