import { checkedRecord, resolveDefinition } from './parse-record.js';
import type { Lang } from '../i18n/lang.js';
import { ensure, ensureText } from '../model/guard.js';
import { IsoDate } from '../model/schemas.js';
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

/**
 * The arguments of a view, checked: a record the library checked (or the
 * record parsed with every rule) and an optional `asOf` date.
 *
 * @throws {@link MechnetError} for a record that is not valid or a date that is not `YYYY-MM-DD`.
 */
export function viewInput(record: unknown, asOf: unknown, lang: Lang = 'it'): { record: ProgrammeRecord; asOf?: string } {
  const checked = checkedRecord(record, lang);
  if (asOf === undefined) return { record: checked };
  return { record: checked, asOf: ensure(IsoDate, asOf, ['asOf'], lang) };
}

/** A firm's partita IVA given to a view, checked to be a text. */
export function firmArgument(firm: unknown, lang: Lang = 'it'): string {
  return ensureText(firm, ['firm'], lang);
}
