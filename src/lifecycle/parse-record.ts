import type { SafeResult } from '../errors/mechnet-error.js';
import type { Lang } from '../i18n/lang.js';
import { runParse, safely, type ParseOptions } from '../model/parse.js';
import { recordIntegrity } from './integrity.js';
import { MAX_ISSUES, shapeOf } from './record-shape.js';
import { checkLevel, vouchRecord } from './vouch.js';
import { rememberState } from './state-cache.js';
import { deepFreeze } from '../model/freeze.js';
import { RecordShellSchema, type ProgrammeRecord } from '../record/schema.js';

/**
 * Validates a programme record: its shape, its definition (inline or preset),
 * the order and ids of its events, and that every firm, manager,
 * collaboration, aggregation, area and indicator an event names was
 * introduced before, and that every event respects the lifecycle rules (an
 * event that {@link applyEvent} would refuse is refused here too). Accepts a
 * value or JSON text.
 *
 * @returns the record, typed and frozen (records change only through
 * {@link applyEvent}, which makes a new one).
 * @throws {@link MechnetError} with code `invalid_record` (or `invalid_json`,
 * `unknown_preset`, `invalid_input`) and every issue found.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseRecord } from 'mechnet';
 *
 * const record = parseRecord(readFileSync('mechnet-varese-2010.json', 'utf8'));
 * console.log(record.events.length);
 * ```
 */
export function parseRecord(input: unknown, options?: ParseOptions): ProgrammeRecord {
  let record: ProgrammeRecord | undefined;
  runParse(RecordShellSchema, input, 'invalid_record', options, (shell, lang) => {
    const shaped = shapeOf(shell, lang);
    if (!shaped.record) return shaped.issues;
    record = shaped.record;
    const { issues: found, state } = recordIntegrity(record, shaped.definition, lang, MAX_ISSUES);
    if (found.length === 0) {
      // Records are never changed in place; freezing makes sure, and keeps the remembered fold right.
      deepFreeze(record);
      rememberState(record, state);
      vouchRecord(record, 'rules');
    }
    return found;
  });
  return record!;
}

/**
 * The record a view works on: the record itself when the library checked it
 * (it came from {@link parseRecord} or {@link applyEvent}), else the record
 * parsed with every rule, so that a view never runs on a broken record.
 *
 * @throws {@link MechnetError} (`invalid_record`, ...) for a record that is not valid.
 */
export function checkedRecord(record: unknown, lang: Lang = 'it'): ProgrammeRecord {
  if (checkLevel(record) === 'rules') return record as ProgrammeRecord;
  return parseRecord(record, { lang });
}

/**
 * Like {@link parseRecord}, but returns `{ success, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeParseRecord(null);
 * if (!r.success) console.log(r.error.issues[0].messages.en); // 'Must be an object, not null'
 * ```
 */
export function safeParseRecord(input: unknown, options?: ParseOptions): SafeResult<ProgrammeRecord> {
  return safely(() => parseRecord(input, options));
}
