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
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { MechnetError, toLang, type Lang } from '../index.js';
import { cliMessages, type CommandName } from './messages.js';
import { errorLines, exitCodeOf } from './terminal.js';
import { isStoreCommand, runStoreCommand, STORE_COMMAND_OPTIONS, withStoredRecord } from './store.js';
import { storeMessages, type StoreCommandName } from './store-messages.js';

import { DocumentError, Invalid, Usage, type Context, type Values } from './files.js';
import { validateCommand } from './commands/validate.js';
import { reportCommand } from './commands/report.js';
import { scheduleCommand } from './commands/schedule.js';
import { calendarCommand } from './commands/calendar.js';
import { importCommand } from './commands/import.js';

type Out = { write(s: string): unknown };


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

/** Each file command, by name; each in a module of its own under `commands/`. */
const COMMANDS: Record<CommandName, (c: Context) => number | Promise<number>> = {
  validate: validateCommand,
  report: reportCommand,
  schedule: scheduleCommand,
  calendar: calendarCommand,
  import: importCommand,
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
