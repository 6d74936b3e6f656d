import type { SafeResult } from '../errors/mechnet-error.js';
import { makeIssue, type MechnetIssue } from '../errors/issue.js';
import { fromZodIssues } from '../errors/from-zod.js';
import type { Lang } from '../i18n/lang.js';
import { deepFreeze } from '../model/freeze.js';
import { readWith, reading } from '../model/guard.js';
import { runParse, safely, type ParseOptions } from '../model/parse.js';
import { resolveDefinition } from '../programme/resolve.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import { EventSchema, type ProgrammeEvent } from '../record/events.js';
import type * as z from 'zod/mini';
import { RecordShellSchema, type ProgrammeRecord } from '../record/schema.js';
import { emptyState } from '../record/state.js';
import { EVENT_NODE, recordTable } from '../record/shape-table.js';
import { quickReader } from '../model/shape-reader.js';
import { step } from './fold.js';
import { rememberState } from './state-cache.js';
import { checkLevel, vouchRecord } from './vouch.js';

/** An event read by the shape reader's table, frozen (undefined for one it refuses). */
const readEventQuickly = /* @__PURE__ */ quickReader(recordTable, { at: EVENT_NODE, freeze: true });

/** Past this many issues, a record's check stops and says there are more. */
export const MAX_ISSUES = 1000;

/**
 * A record's shell checked into its events: each event's shape, the
 * definition (inline or preset) resolved. The record, or the issues found.
 */
export function shapeOf(
  shell: z.infer<typeof RecordShellSchema>,
  lang: Lang,
): { record: ProgrammeRecord; definition: ProgrammeDefinition; issues: [] } | { record?: undefined; issues: MechnetIssue[] } {
  const issues: MechnetIssue[] = [];
  const events: ProgrammeEvent[] = [];
  for (let i = 0; i < shell.events.length; i++) {
    // The shell left the events as the caller gave them: each is read here into a plain copy, by the shape reader (frozen;
    // not remembered one by one as the library's: the record is, and remembering 100,000 events costs more than reading
    // them). zod reads an event the reader refuses or cannot read, and says why.
    const event = shell.events[i];
    const read = readEventQuickly(event);
    if (read !== undefined) {
      events.push(read as ProgrammeEvent);
      continue;
    }
    const path = ['events', i];
    const r = reading(() => EventSchema.safeParse(event), path, lang);
    if (r.success) events.push(r.data);
    else {
      // Checked again with the values in the issues, which the messages quote: only for a wrong event.
      const again = readWith(EventSchema, event, path, lang);
      issues.push(...(again.success ? fromZodIssues(r.error.issues, lang, path) : again.issues));
    }
    if (issues.length >= MAX_ISSUES) {
      issues.push(makeIssue('too_many_issues', ['events', i], { limit: MAX_ISSUES }, lang));
      break;
    }
  }
  if (issues.length > 0) return { issues };
  const record: ProgrammeRecord = { ...shell, events };
  if (record.$schema === undefined) delete record.$schema;
  if (record.redaction === undefined) delete record.redaction;
  return { record, definition: resolveDefinition(record, { lang }), issues: [] };
}

/**
 * Checks the shape of a programme record, to show it: the record and every
 * event has the fields of its type with values of the right kind, the
 * definition (inline or preset) is valid, event ids are unique and dates in
 * order. It does not check the programme's rules (eligibility at acceptance,
 * what each phase allows, references between events): those were checked
 * where the record was written ({@link parseRecord}, {@link applyEvent}, the
 * server, the command line). This is what the display elements use: a page
 * shows a record without carrying every rule of the rule-book to each
 * visitor. Accepts a value or JSON text, as {@link parseRecord}.
 *
 * The views ({@link firmStates}, {@link programmeReport}, ...) accept the
 * record it returns without checking it again.
 *
 * @returns the record, typed and frozen.
 * @throws {@link MechnetError} with code `invalid_record` (or `invalid_json`,
 * `unknown_preset`) and every issue found, each with the path of its field.
 *
 * @example
 * ```ts
 * import { parseRecordShape, programmeState } from 'mechnet';
 *
 * const response = await fetch('/api/record.json');
 * const record = parseRecordShape(await response.text());
 * console.log(programmeState(record).statuses.accepted);
 * ```
 */
export function parseRecordShape(input: unknown, options?: ParseOptions): ProgrammeRecord {
  let record: ProgrammeRecord | undefined;
  runParse(RecordShellSchema, input, 'invalid_record', options, (shell, lang) => {
    const shaped = shapeOf(shell, lang);
    if (!shaped.record) return shaped.issues;
    const issues: MechnetIssue[] = [];
    const state = emptyState(shaped.definition);
    for (const [i, e] of shaped.record.events.entries()) {
      if (state.eventIds.has(e.id)) issues.push(makeIssue('duplicate_id', ['events', i, 'id'], { name: e.id }, lang));
      else if (state.lastDate !== undefined && e.date < state.lastDate) {
        issues.push(makeIssue('date_order', ['events', i, 'date'], { name: state.lastDate, other: e.date }, lang));
      } else step(state, e);
      if (issues.length >= MAX_ISSUES) break;
    }
    if (issues.length > 0) return issues;
    record = shaped.record;
    deepFreeze(record);
    rememberState(record, state);
    vouchRecord(record, 'shape');
    return [];
  });
  return record!;
}

/**
 * Like {@link parseRecordShape}, but returns `{ success, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeParseRecordShape('{"programme": "mechnet-varese-2010", "events": [1]}', { lang: 'en' });
 * if (!r.success) console.log(r.error.issues[0].path); // ['events', 0]
 * ```
 */
export function safeParseRecordShape(input: unknown, options?: ParseOptions): SafeResult<ProgrammeRecord> {
  return safely(() => parseRecordShape(input, options));
}

/**
 * The record a view works on: the record itself when the library checked it
 * ({@link parseRecord}, {@link applyEvent} or {@link parseRecordShape}), else
 * its shape is checked, so that a view never runs on a malformed record.
 *
 * @throws {@link MechnetError} (`invalid_record`, ...) for a record whose shape is not valid.
 */
export function shapedRecord(record: unknown, lang: Lang = 'it'): ProgrammeRecord {
  if (checkLevel(record) !== undefined) return record as ProgrammeRecord;
  return parseRecordShape(record, { lang });
}
