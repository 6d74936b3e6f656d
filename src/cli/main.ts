#!/usr/bin/env node
/**
 * The `mechnet` command line (Node only; not part of the browser API).
 *
 *   mechnet validate <file> [--lang it|en]
 *
 * Exit codes: 0 valid, 1 invalid document, 2 wrong usage or unreadable file.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { MechnetError } from '../errors/mechnet-error.js';
import { formatPath } from '../errors/issue.js';
import { toLang, type Lang } from '../i18n/lang.js';
import { parseApplication } from '../enrolment/parse.js';
import { parseDefinition } from '../programme/parse.js';
import { parseJson } from '../shared/parse.js';
import { parseRecord } from '../record/parse.js';

const HELP: Record<Lang, Record<'main' | 'validate', string>> = {
  en: {
    main: `Usage: mechnet <command> [options]

Commands:
  validate <file>   Check a programme definition, record or enrolment application

Options:
  --lang it|en      Language of messages (default: from LANG, else it)
  --help, -h        Show help (also: mechnet <command> --help)
  --version         Show the version

Exit codes: 0 valid, 1 invalid document, 2 wrong usage or unreadable file.`,
    validate: `Usage: mechnet validate <file> [--lang it|en]

Reads a JSON file and tells whether it is a valid programme definition,
programme record (it has "events") or enrolment application (it has
"idempotencyKey"). Prints every issue as "path: message".

Exit codes: 0 valid, 1 invalid, 2 wrong usage or unreadable file.`,
  },
  it: {
    main: `Uso: mechnet <comando> [opzioni]

Comandi:
  validate <file>   Controlla una definizione di programma, un registro o una domanda di adesione

Opzioni:
  --lang it|en      Lingua dei messaggi (predefinita: da LANG, altrimenti it)
  --help, -h        Mostra l'aiuto (anche: mechnet <comando> --help)
  --version         Mostra la versione

Codici di uscita: 0 valido, 1 documento non valido, 2 uso errato o file illeggibile.`,
    validate: `Uso: mechnet validate <file> [--lang it|en]

Legge un file JSON e dice se è una definizione di programma, un registro di
programma (ha "events") o una domanda di adesione (ha "idempotencyKey")
validi. Stampa ogni problema come "percorso: messaggio".

Codici di uscita: 0 valido, 1 non valido, 2 uso errato o file illeggibile.`,
  },
};

const TEXT = {
  en: {
    unknownCommand: (c: string) => `Unknown command: ${c}`,
    unknownOption: (o: string) => `Unknown option: ${o}`,
    missingFile: 'Missing file name',
    unreadable: (f: string, why: string) => `Cannot read ${f}: ${why}`,
    valid: (what: string, f: string) => `${f}: valid ${what}`,
    kinds: { definition: 'programme definition', record: 'programme record', application: 'enrolment application' },
  },
  it: {
    unknownCommand: (c: string) => `Comando sconosciuto: ${c}`,
    unknownOption: (o: string) => `Opzione sconosciuta: ${o}`,
    missingFile: 'Manca il nome del file',
    unreadable: (f: string, why: string) => `Impossibile leggere ${f}: ${why}`,
    valid: (what: string, f: string) => `${f}: ${what} valido`,
    kinds: { definition: 'definizione di programma', record: 'registro di programma', application: 'domanda di adesione' },
  },
} as const;

/** Runs the command line with its arguments; returns the exit code. */
export function main(argv: readonly string[], out = process.stdout, err = process.stderr): number {
  let lang: Lang = toLang(process.env.LANG);
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') help = true;
    else if (a === '--version') {
      out.write(`${readVersion()}\n`);
      return 0;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v !== 'it' && v !== 'en') {
        err.write(`${TEXT[lang].unknownOption(`--lang ${v ?? ''}`)}\n${HELP[lang].main}\n`);
        return 2;
      }
      lang = v;
    } else if (a.startsWith('-')) {
      err.write(`${TEXT[lang].unknownOption(a)}\n`);
      return 2;
    } else positional.push(a);
  }
  const [command, ...rest] = positional;
  if (!command) {
    (help ? out : err).write(`${HELP[lang].main}\n`);
    return help ? 0 : 2;
  }
  if (command !== 'validate') {
    err.write(`${TEXT[lang].unknownCommand(command)}\n\n${HELP[lang].main}\n`);
    return 2;
  }
  if (help) {
    out.write(`${HELP[lang].validate}\n`);
    return 0;
  }
  const file = rest[0];
  if (!file) {
    err.write(`${TEXT[lang].missingFile}\n\n${HELP[lang].validate}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    err.write(`${TEXT[lang].unreadable(file, (e as NodeJS.ErrnoException).code ?? String(e))}\n`);
    return 2;
  }
  try {
    const value = parseJson(text, lang);
    const kind =
      value && typeof value === 'object' && 'events' in value
        ? 'record'
        : value && typeof value === 'object' && 'idempotencyKey' in value
          ? 'application'
          : 'definition';
    if (kind === 'record') parseRecord(value, { lang });
    else if (kind === 'application') parseApplication(value, { lang });
    else parseDefinition(value, { lang });
    out.write(`${TEXT[lang].valid(TEXT[lang].kinds[kind], file)}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof MechnetError)) throw e;
    err.write(`${file}: ${e.messageIn(lang).split('\n')[0]}\n`);
    for (const i of e.issues) err.write(`${formatPath(i.path)}: ${i.messages[lang]}\n`);
    return 1;
  }
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

const invokedDirectly = process.argv[1] !== undefined && /mechnet(\.js)?$|cli[\\/]main\.(js|ts)$/.test(process.argv[1]);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
