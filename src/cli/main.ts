#!/usr/bin/env node
/**
 * The `mechnet` command line (Node only; not part of the browser API).
 *
 *   mechnet validate <file>
 *   mechnet report <record.json> --as-of YYYY-MM-DD [--firm PIVA] [--format text|md|csv|json] [--out DIR]
 *   mechnet schedule <record.json> [--as-of YYYY-MM-DD] [--firm PIVA]
 *   mechnet import <measurements.csv> --into <record.json> [--author NAME]
 *
 * Each takes `--store URL --programme ID` in place of the record file.
 *
 * Exit codes: 0 done, 1 invalid document or data (nothing written), 2 wrong
 * usage or unreadable file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { renderXlsx } from '../server/xlsx.js';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import {
  applyEvent,
  firmStates,
  formatDate,
  isIsoDate,
  MechnetError,
  normalizePartitaIva,
  parseApplication,
  parseDefinition,
  parseRecord,
  programmeReport,
  resolveDefinition,
  toLang,
  verificationCalendar,
  verificationSchedule,
  type Lang,
  type ProgrammeRecord,
} from '../index.js';
import { renderCsv, renderJson, renderMarkdown, renderText } from '../report/index.js';
import { parseJson } from '../model/parse.js';
import { readCsv } from '../model/csv.js';
import { measurementRows } from '../plan/table.js';
import { en } from '../i18n/en.js';
import { it } from '../i18n/it.js';
import { cliMessages, type CommandName, type FileProblem } from './messages.js';
import { readRecordFile, RecordFileError, type RecordFile } from './record-file.js';
import { errorLines, issueLine, exitCodeOf } from './terminal.js';
import { jsonText, terminalSafe } from '../model/escape.js';
import { renderCalendar } from '../server/calendar.js';
import { dateIn } from '../server/http.js';
import { isStoreCommand, runStoreCommand, STORE_COMMAND_OPTIONS, withStoredRecord, type StoredRecord } from './store.js';
import { storeMessages, type StoreCommandName } from './store-messages.js';

type Out = { write(s: string): unknown };
/** Wrong usage: exit 2. */
class Usage extends Error {}
/** Invalid data: exit 1. */
class Invalid extends Error {}
/** A document that failed to parse, with the file it came from. */
class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly error: MechnetError,
  ) {
    super(error.message);
  }
}

const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** The options of each command, besides the global ones. */
const COMMAND_OPTIONS: Record<CommandName | StoreCommandName, readonly string[]> = {
  validate: ['store', 'programme', 'definition'],
  report: ['as-of', 'firm', 'format', 'out', 'separator', 'store', 'programme', 'definition'],
  schedule: ['as-of', 'firm', 'store', 'programme', 'definition'],
  calendar: ['as-of', 'firm', 'out', 'store', 'programme', 'definition'],
  import: ['into', 'author', 'store', 'programme', 'definition'],
  ...STORE_COMMAND_OPTIONS,
};

const ALL_OPTIONS = {
  ...GLOBAL_OPTIONS,
  'as-of': { type: 'string' },
  find: { type: 'string' },
  firm: { type: 'string' },
  reason: { type: 'string' },
  due: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  separator: { type: 'string' },
  into: { type: 'string' },
  author: { type: 'string' },
  store: { type: 'string' },
  programme: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  static: { type: 'string' },
  anonymous: { type: 'boolean' },
  csp: { type: 'string' },
  definition: { type: 'string' },
  origin: { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'proxy-hops': { type: 'string' },
  'max-connections': { type: 'string' },
  'headers-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  'keep-alive-timeout': { type: 'string' },
  'max-header-size': { type: 'string' },
  'body-limit': { type: 'string' },
  'post-rate': { type: 'string' },
  'get-rate': { type: 'string' },
  'calendar-secret-file': { type: 'string' },
  'smtp-host': { type: 'string' },
  'smtp-port': { type: 'string' },
  'smtp-secure': { type: 'boolean' },
  'smtp-user': { type: 'string' },
  'smtp-password-file': { type: 'string' },
  'mail-from': { type: 'string' },
  'send-every': { type: 'string' },
  'public-url': { type: 'string' },
  'confirmed-url': { type: 'string' },
  application: { type: 'string' },
  how: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  'password-file': { type: 'string' },
  'auth-header': { type: 'string' },
  firms: { type: 'string' },
} as const;

/** Options that may be given more than once: their values are kept in order. */
const REPEATABLE = new Set(['static', 'origin']);

const isCommand = (c: string | undefined): c is CommandName | StoreCommandName => c !== undefined && Object.hasOwn(COMMAND_OPTIONS, c);

/** The help of a command, file or store. */
const helpOf = (command: CommandName | StoreCommandName, lang: Lang): string =>
  isStoreCommand(command) ? storeMessages[lang].commands[command] : cliMessages[lang].commands[command];

/** What a failed file operation means, for people. */
function fileProblem(e: unknown): FileProblem {
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

function readText(file: string, lang: Lang): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Usage(cliMessages[lang].cannotRead(file, fileProblem(e)));
  }
}

function writeText(file: string, text: string, lang: Lang): void {
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
function makeFolder(dir: string, lang: Lang): void {
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
function loadRecordFile(file: string, lang: Lang, definition?: string): { record: ProgrammeRecord; programme: unknown } {
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

function loadRecord(file: string, lang: Lang, definition?: string): ProgrammeRecord {
  return loadRecordFile(file, lang, definition).record;
}

function checkDate(d: string | undefined, lang: Lang): string | undefined {
  if (d !== undefined && !isIsoDate(d)) throw new Usage(cliMessages[lang].badDate(d));
  return d;
}

/**
 * The partita IVA given with `--firm`, normalised, when the record has that
 * firm by the date; otherwise a usage error that says which it is.
 */
function firmOption(value: string, record: ProgrammeRecord, asOf: string | undefined, lang: Lang): string {
  const t = cliMessages[lang];
  const piva = normalizePartitaIva(value);
  if (!firmStates(record).some((f) => f.partitaIva === piva)) throw new Usage(t.unknownFirm(piva || value));
  if (asOf !== undefined && !firmStates(record, { asOf }).some((f) => f.partitaIva === piva)) {
    throw new Usage(t.firmNotYet(piva, formatDate(asOf, { lang })));
  }
  return piva;
}

/** The language asked for with `--lang`, else from LANG, else Italian; `undefined` value when `--lang` names none we speak. */
function chosenLang(argv: readonly string[]): { lang: Lang; bad?: string } {
  let lang: Lang = toLang(process.env.LANG);
  let bad: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--') return;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v === undefined) return;
    if (v === 'it' || v === 'en') {
      lang = v;
      bad = undefined;
    } else if (!v.startsWith('-')) bad = v;
  });
  return bad === undefined ? { lang } : { lang, bad };
}

type Values = Record<string, string | string[] | boolean | undefined>;

/**
 * Reads the arguments: the positionals, and the options checked against the
 * command's own. Every problem comes back in the user's language, never in
 * the words of node's argument parser.
 */
function readArgs(argv: readonly string[], lang: Lang): { positionals: string[]; values: Values } | { error: string; command?: CommandName | StoreCommandName } {
  const t = cliMessages[lang];
  const { tokens } = parseArgs({ args: [...argv], options: ALL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const positionals = tokens.filter((k) => k.kind === 'positional').map((k) => k.value);
  const first = positionals[0];
  const command = isCommand(first) ? first : undefined;
  const values: Values = {};
  for (const k of tokens) {
    if (k.kind !== 'option') continue;
    const known = Object.hasOwn(ALL_OPTIONS, k.name) ? ALL_OPTIONS[k.name as keyof typeof ALL_OPTIONS] : undefined;
    if (!known) return { error: t.unknownOption(k.rawName), ...(command ? { command } : {}) };
    if (command && !Object.hasOwn(GLOBAL_OPTIONS, k.name) && !COMMAND_OPTIONS[command].includes(k.name)) {
      return { error: t.optionNotFor(k.rawName, command), command };
    }
    if (known.type === 'boolean') {
      if (k.value !== undefined) return { error: t.noValueWanted(k.rawName), ...(command ? { command } : {}) };
      values[k.name] = true;
    } else {
      if (k.value === undefined || (!k.inlineValue && k.value.startsWith('-') && k.value.length > 1)) {
        return { error: t.missingValue(k.rawName), ...(command ? { command } : {}) };
      }
      if (REPEATABLE.has(k.name)) values[k.name] = [...((values[k.name] as string[] | undefined) ?? []), k.value];
      else values[k.name] = k.value;
    }
  }
  return { positionals, values };
}

/** Runs the command line with its arguments; returns the exit code. */
export function main(argv: readonly string[], out: Out = process.stdout, err: Out = process.stderr): number | Promise<number> {
  const chosen = chosenLang(argv);
  const lang = chosen.lang;
  const t = cliMessages[lang];
  if (chosen.bad !== undefined) {
    err.write(`${t.badLang(chosen.bad)}\n`);
    return 2;
  }
  const args = readArgs(argv, lang);
  if ('error' in args) {
    err.write(`${args.error}\n\n${args.command ? helpOf(args.command, lang) : t.help}\n`);
    return 2;
  }
  const { values: o, positionals } = args;
  if (o.version) {
    out.write(`${readVersion()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (!command) {
    (o.help ? out : err).write(`${t.help}\n`);
    return o.help ? 0 : 2;
  }
  if (!isCommand(command)) {
    err.write(`${t.unknownCommand(command)}\n\n${t.help}\n`);
    return 2;
  }
  if (o.help) {
    out.write(`${helpOf(command, lang)}\n`);
    return 0;
  }
  if (isStoreCommand(command)) return runStoreCommand(command, rest, o, lang, out, err);
  if (o.programme !== undefined && o.store === undefined) {
    err.write(`${t.programmeNeedsStore}\n\n${helpOf(command, lang)}\n`);
    return 2;
  }
  if (o.store !== undefined) {
    // The record of a store in place of a record file: import still reads its CSV file.
    if (command !== 'import' && rest.length > 0) {
      err.write(`${t.fileOrStore}\n\n${helpOf(command, lang)}\n`);
      return 2;
    }
    if (o.into !== undefined) {
      err.write(`${t.intoOrStore}\n\n${helpOf(command, lang)}\n`);
      return 2;
    }
    return withStoredRecord(o, lang, err, (source) => run(command, { files: rest, o, lang, out, err, source }));
  }
  return run(command, { files: rest, o, lang, out, err });
}

/** Runs a file command; its failures become exit codes and words on `err`. */
function run(command: CommandName, c: Context): number | Promise<number> {
  const { lang, err } = c;
  const fail = (e: unknown): number => {
    if (e instanceof Usage) {
      err.write(`${e.message}\n`);
      return 2;
    }
    if (e instanceof Invalid) {
      err.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof DocumentError) {
      writeIssues(e.file, e.error, lang, err);
      return exitCodeOf(e.error);
    }
    if (e instanceof MechnetError) {
      writeIssues(c.source?.label ?? c.files[0] ?? '', e, lang, err);
      return exitCodeOf(e);
    }
    throw e;
  };
  try {
    const code = COMMANDS[command](c);
    return typeof code === 'number' ? code : code.catch(fail);
  } catch (e) {
    return fail(e);
  }
}

/** Prints a document's issues: a summary line naming the file, then `path: message` for each. */
function writeIssues(file: string, e: MechnetError, lang: Lang, err: Out): void {
  const first = e.issues[0];
  if (e.code === 'invalid_json' && first) {
    err.write(`${cliMessages[lang].badJson(file, first.params.line ?? 1, first.params.column ?? 1)}\n`);
    return;
  }
  for (const line of errorLines(e, lang, file)) err.write(`${line}\n`);
}

interface Context {
  files: string[];
  o: Values;
  lang: Lang;
  out: Out;
  err: Out;
  /** The record of a store (`--store`), in place of a record file. */
  source?: StoredRecord;
}

/** The record a command works on: the store's, or the file's. */
function recordOf(c: Context, file: string | undefined, usage: string): ProgrammeRecord {
  if (c.source) return c.source.record;
  if (!file) throw new Usage(`${cliMessages[c.lang].missingFile}\n\n${usage}`);
  return loadRecord(file, c.lang, c.o.definition as string | undefined);
}

const COMMANDS: Record<CommandName, (c: Context) => number | Promise<number>> = {
  validate({ files, o, lang, out, source }: Context): number {
    const t = cliMessages[lang];
    if (source) {
      // Reading the store already checked every event.
      out.write(`${t.valid(source.label, 'record')}\n`);
      return 0;
    }
    const file = files[0];
    if (!file) throw new Usage(`${t.missingFile}\n\n${t.commands.validate}`);
    const text = readText(file, lang);
    try {
      const value = parseJson(text, lang);
      const kind =
        value && typeof value === 'object' && 'events' in value
          ? 'record'
          : value && typeof value === 'object' && 'idempotencyKey' in value
            ? 'application'
            : 'definition';
      if (kind === 'record') loadRecord(file, lang, o.definition as string | undefined);
      else if (kind === 'application') parseApplication(value, { lang });
      else parseDefinition(value, { lang });
      out.write(`${t.valid(file, kind)}\n`);
      return 0;
    } catch (e) {
      if (e instanceof MechnetError) throw new DocumentError(file, e);
      throw e;
    }
  },

  report(c: Context): number | Promise<number> {
    const { files, o, lang, out } = c;
    const t = cliMessages[lang];
    if (!c.source && !files[0]) throw new Usage(`${t.missingFile}\n\n${t.commands.report}`);
    const asOf = checkDate(o['as-of'] as string | undefined, lang);
    if (!asOf) throw new Usage(`${t.missingAsOf}\n\n${t.commands.report}`);
    const formatName = (o.format as string | undefined) ?? 'text';
    if (!['text', 'md', 'csv', 'json', 'xlsx'].includes(formatName)) throw new Usage(t.badFormat(formatName));
    const separator = o.separator as string | undefined;
    if (separator !== undefined && separator !== ',' && separator !== ';') throw new Usage(t.badSeparator(separator));
    const outDir = o.out as string | undefined;
    if ((formatName === 'csv' || formatName === 'xlsx') && !outDir) throw new Usage(t.csvNeedsOut);
    const record = recordOf(c, files[0], t.commands.report);
    const firm = o.firm === undefined ? undefined : firmOption(o.firm as string, record, asOf, lang);
    const report = programmeReport(record, { asOf, lang, ...(firm ? { firm } : {}) });
    if (formatName === 'xlsx') {
      // A spreadsheet, one sheet per section: written once exceljs has built it.
      return renderXlsx(report).then((bytes) => {
        makeFolder(outDir!, lang);
        const target = join(outDir!, 'report.xlsx');
        writeFileSync(target, bytes);
        out.write(`${t.wrote(target)}\n`);
        return 0;
      });
    }
    const outputs: Record<string, string> =
      formatName === 'csv'
        ? renderCsv(report, { separator: (separator as ',' | ';' | undefined) ?? ',' })
        : formatName === 'md'
          ? { 'report.md': renderMarkdown(report) }
          : formatName === 'json'
            ? { 'report.json': renderJson(report) }
            : { 'report.txt': renderText(report) };
    if (!outDir) {
      out.write(Object.values(outputs)[0]!);
      return 0;
    }
    makeFolder(outDir, lang);
    for (const [name, text] of Object.entries(outputs)) {
      writeText(join(outDir, name), text, lang);
      out.write(`${t.wrote(join(outDir, name))}\n`);
    }
    return 0;
  },

  schedule(c: Context): number {
    const { files, o, lang, out } = c;
    const t = cliMessages[lang];
    const record = recordOf(c, files[0], t.commands.schedule);
    const asOf = checkDate(o['as-of'] as string | undefined, lang);
    const firm = o.firm === undefined ? undefined : firmOption(o.firm as string, record, asOf, lang);
    const dates = verificationSchedule(resolveDefinition(record));
    out.write(`${t.schedule.dates}: ${dates.map((d) => formatDate(d, { lang })).join(', ')}\n\n`);
    const states = firmStates(record, asOf === undefined ? {} : { asOf }).filter((s) => firm === undefined || s.partitaIva === firm);
    const names = states.map((s) => terminalSafe(s.name));
    const width = Math.max(t.schedule.firm.length, ...names.map((n) => n.length));
    const cellWidth = Math.max(10, ...(['held', 'due', 'overdue', 'upcoming'] as const).map((k) => t.schedule[k].length));
    out.write(`${t.schedule.firm.padEnd(width)}  ${dates.map((d) => d.padEnd(cellWidth)).join('  ').trimEnd()}\n`);
    for (const [k, s] of states.entries()) {
      const cells = dates.map((d) => {
        const v = s.verifications.find((x) => x.scheduled === d);
        return (v ? t.schedule[v.status] : '').padEnd(cellWidth);
      });
      out.write(`${names[k]!.padEnd(width)}  ${cells.join('  ').trimEnd()}\n`);
    }
    return 0;
  },

  calendar(c: Context): number {
    const { files, o, lang, out } = c;
    const t = cliMessages[lang];
    const record = recordOf(c, files[0], t.commands.calendar);
    // The statuses of a firm's verifications as of today in Italy, unless --as-of says otherwise.
    const asOf = checkDate(o['as-of'] as string | undefined, lang) ?? dateIn(new Date(), 'Europe/Rome');
    const firm = o.firm === undefined ? undefined : firmOption(o.firm as string, record, asOf, lang);
    const text = renderCalendar(verificationCalendar(record, { asOf, lang, ...(firm ? { firm } : {}) }), { timeZone: 'Europe/Rome' });
    const file = o.out as string | undefined;
    if (!file) {
      out.write(text);
      return 0;
    }
    writeText(file, text, lang);
    out.write(`${t.wrote(file)}\n`);
    return 0;
  },

  import({ files, o, lang, out, err, source }: Context): number | Promise<number> {
    const t = cliMessages[lang];
    const file = files[0];
    if (!file) throw new Usage(`${t.missingFile}\n\n${t.commands.import}`);
    const into = o.into as string | undefined;
    if (!into && !source) throw new Usage(`${t.missingInto}\n\n${t.commands.import}`);
    const { separator: csvSeparator, rows } = readCsv(readText(file, lang));
    const loaded = source ? { record: source.record, programme: undefined } : loadRecordFile(into!, lang, o.definition as string | undefined);
    let record = loaded.record;
    // Semicolon files come from Italian spreadsheets: decimal comma, dot for thousands.
    const table = measurementRows(rows, {
      decimalComma: csvSeparator === ';',
      author: (o.author as string | undefined) ?? 'mechnet import',
      existingIds: new Set(record.events.map((e) => e.id)),
    });
    const catalogue = lang === 'en' ? en : it;
    const errors = table.problems.map((p) => `${terminalSafe(file)}: ${t.line(p.line)}: ${terminalSafe(catalogue[p.code](p.params))}`);
    if (table.problems.some((p) => p.code === 'table_missing_column')) throw new Invalid(errors.join('\n'));
    const added: unknown[] = [];
    for (const { line, event } of table.events) {
      try {
        record = applyEvent(record, event, { lang });
        added.push(event);
      } catch (e) {
        if (!(e instanceof MechnetError)) throw e;
        for (const i of e.issues) errors.push(`${terminalSafe(file)}: ${t.line(line)}: ${issueLine(i.path, i.messages[lang])}`);
      }
    }
    if (errors.length > 0) {
      err.write(`${errors.join('\n')}\n${t.rowsWrong(errors.length)}\n`);
      return 1;
    }
    if (source) {
      return source.append(added).then((ok) => {
        if (!ok) throw new Invalid(t.storeChanged);
        out.write(`${t.imported(added.length, source.label)}\n`);
        return 0;
      });
    }
    const target = into!;
    const tmp = `${target}.tmp-${process.pid}`;
    // The record keeps naming its programme as it did (a preset id or a definition file beside it).
    const written = loaded.programme === undefined ? record : { ...record, programme: loaded.programme };
    writeText(tmp, `${jsonText(written)}\n`, lang);
    try {
      renameSync(tmp, target);
    } catch (e) {
      throw new Usage(t.cannotWrite(target, fileProblem(e)));
    }
    out.write(`${t.imported(added.length, target)}\n`);
    return 0;
  },
};

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

const invokedDirectly = process.argv[1] !== undefined && /mechnet(\.js)?$|cli[\\/]main\.(js|ts)$/.test(process.argv[1]);
if (invokedDirectly) {
  // A reader that stops early (`mechnet schedule … | head`) closes the pipe:
  // the command ends quietly, with the exit code it already has.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit();
      throw e;
    });
  }
  const code = main(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => process.exit(c));
}
