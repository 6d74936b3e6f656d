/** What every file command shares: its context, the errors that become exit codes, files read and written, and the record it works on. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { firmStates, formatDate, isIsoDate, MechnetError, normalizePartitaIva, parseRecord, type Lang, type ProgrammeRecord } from '../index.js';
import { cliMessages, type FileProblem } from './messages.js';
import { readRecordFile, RecordFileError, type RecordFile } from './record-file.js';
import { type StoredRecord } from './store.js';

/** The options as read from the command line. */
export type Values = Record<string, string | string[] | boolean | undefined>;

export type Out = { write(s: string): unknown };
/** Wrong usage: exit 2. */
export class Usage extends Error {}
/** Invalid data: exit 1. */
export class Invalid extends Error {}
/** A document that failed to parse, with the file it came from. */
export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly error: MechnetError,
  ) {
    super(error.message);
  }
}

/** What a failed file operation means, for people. */
export function fileProblem(e: unknown): FileProblem {
  switch ((e as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'not-found';
    case 'EISDIR':
      return 'is-folder';
    case 'ENOTDIR':
      return 'not-folder';
    case 'EACCES':
    case 'EPERM':
      return 'denied';
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'full';
    case 'EEXIST':
      return 'exists';
    default:
      return 'other';
  }
}

export function readText(file: string, lang: Lang): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Usage(cliMessages[lang].cannotRead(file, fileProblem(e)));
  }
}

export function writeText(file: string, text: string, lang: Lang): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new Usage(cliMessages[lang].cannotWrite(file, fileProblem(e)));
  }
}

/**
 * Creates a folder and its missing parents one at a time (a recursive
 * `mkdirSync` can loop for ever on Node 20 under some paths, such as /proc).
 */
export function makeFolder(dir: string, lang: Lang): void {
  const missing: string[] = [];
  let d = resolve(dir);
  while (!existsSync(d)) {
    missing.unshift(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  try {
    if (missing.length === 0 && !statSync(d).isDirectory()) throw Object.assign(new Error(d), { code: 'ENOTDIR' });
    for (const m of missing) mkdirSync(m);
  } catch (e) {
    throw new Usage(cliMessages[lang].cannotWrite(dir, fileProblem(e)));
  }
}

/**
 * Reads a record file with its definition (inline, a preset, a file beside
 * it, or `--definition`); the record with how the file named its programme.
 */
export function loadRecordFile(file: string, lang: Lang, definition?: string): { record: ProgrammeRecord; programme: unknown } {
  let read: RecordFile;
  try {
    read = readRecordFile(file, { lang, ...(definition !== undefined ? { definition } : {}) });
  } catch (e) {
    if (e instanceof RecordFileError) throw new DocumentError(e.file, e.error);
    const path = (e as NodeJS.ErrnoException).path ?? file;
    throw new Usage(cliMessages[lang].cannotRead(path, fileProblem(e)));
  }
  try {
    return { record: parseRecord(read.value, { lang }), programme: read.programme };
  } catch (e) {
    if (e instanceof MechnetError) throw new DocumentError(file, e);
    throw e;
  }
}

export function loadRecord(file: string, lang: Lang, definition?: string): ProgrammeRecord {
  return loadRecordFile(file, lang, definition).record;
}

export function checkDate(d: string | undefined, lang: Lang): string | undefined {
  if (d !== undefined && !isIsoDate(d)) throw new Usage(cliMessages[lang].badDate(d));
  return d;
}

/**
 * The partita IVA given with `--firm`, normalised, when the record has that
 * firm by the date; otherwise a usage error that says which it is.
 */
export function firmOption(value: string, record: ProgrammeRecord, asOf: string | undefined, lang: Lang): string {
  const t = cliMessages[lang];
  const piva = normalizePartitaIva(value);
  if (!firmStates(record).some((f) => f.partitaIva === piva)) throw new Usage(t.unknownFirm(piva || value));
  if (asOf !== undefined && !firmStates(record, { asOf }).some((f) => f.partitaIva === piva)) {
    throw new Usage(t.firmNotYet(piva, formatDate(asOf, { lang })));
  }
  return piva;
}


export interface Context {
  files: string[];
  o: Values;
  lang: Lang;
  out: Out;
  err: Out;
  /** The record of a store (`--store`), in place of a record file. */
  source?: StoredRecord;
}

/** The record a command works on: the store's, or the file's. */
export function recordOf(c: Context, file: string | undefined, usage: string): ProgrammeRecord {
  if (c.source) return c.source.record;
  if (!file) throw new Usage(`${cliMessages[c.lang].missingFile}\n\n${usage}`);
  return loadRecord(file, c.lang, c.o.definition as string | undefined);
}
