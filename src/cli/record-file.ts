/**
 * A record file as the command line reads it: its programme named by a
 * preset id, carried inline, or kept in a definition file beside it
 * (`"programme": "my-programme.json"`); `--definition FILE` gives the
 * definition of a record that names its programme by id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MechnetError } from '../errors/mechnet-error.js';
import { makeIssue } from '../errors/issue.js';
import type { Lang } from '../i18n/lang.js';
import { parseJson } from '../model/parse.js';
import { parseDefinition } from '../programme/parse.js';
import type { ProgrammeDefinition } from '../programme/schema.js';

/** A problem with a file the record needs, with the file it is about. */
export class RecordFileError extends Error {
  constructor(
    readonly file: string,
    readonly error: MechnetError,
  ) {
    super(error.message);
  }
}

/** The record file's JSON with its programme's definition inline, and how the file named it. */
export interface RecordFile {
  value: unknown;
  /** The `programme` of the file as written (an id or a file name), to write back unchanged. */
  programme: unknown;
}

/** Reads and checks a definition file; its problems name the file. */
export function readDefinitionFile(file: string, lang: Lang): ProgrammeDefinition {
  const text = readFileSync(file, 'utf8');
  try {
    return parseDefinition(text, { lang });
  } catch (e) {
    if (e instanceof MechnetError) throw new RecordFileError(file, e);
    throw e;
  }
}

/**
 * Reads a record file: the JSON text, then its programme: a definition file
 * named beside the record (a `.json` name that exists there) is read and
 * put inline; `definition` (from `--definition`) is put inline when the
 * record names its programme by the definition's id (or by that file).
 * File system errors are thrown as they are (the caller words them).
 *
 * @throws {@link RecordFileError} for bad JSON or an invalid definition, with the file concerned.
 */
export function readRecordFile(file: string, options: { lang: Lang; definition?: string }): RecordFile {
  const { lang } = options;
  const text = readFileSync(file, 'utf8');
  let value: unknown;
  try {
    value = parseJson(text, lang);
  } catch (e) {
    if (e instanceof MechnetError) throw new RecordFileError(file, e);
    throw e;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { value, programme: undefined };
  const record = value as Record<string, unknown>;
  const named = record.programme;
  if (options.definition !== undefined) {
    const definition = readDefinitionFile(options.definition, lang);
    if (typeof named === 'string' && named !== definition.id && !options.definition.endsWith(named)) {
      const issue = makeIssue('definition_mismatch', ['programme'], { name: named, other: definition.id }, lang);
      throw new RecordFileError(file, new MechnetError('invalid_record', [issue], lang));
    }
    if (typeof named === 'string') return { value: { ...record, programme: definition }, programme: named };
    return { value, programme: named };
  }
  if (typeof named === 'string' && named.endsWith('.json')) {
    const beside = join(dirname(file), named);
    if (existsSync(beside)) return { value: { ...record, programme: readDefinitionFile(beside, lang) }, programme: named };
  }
  return { value, programme: named };
}
