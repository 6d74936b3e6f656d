#!/usr/bin/env node
/**
 * The `mechnet` command line (Node only; not part of the browser API).
 *
 *   mechnet validate <file>
 *   mechnet report <record.json> --as-of YYYY-MM-DD [--firm PIVA] [--format text|md|csv|json] [--out DIR]
 *   mechnet schedule <record.json> [--as-of YYYY-MM-DD] [--firm PIVA]
 *   mechnet import <measurements.csv> --into <record.json> [--author NAME]
 *
 * Exit codes: 0 done, 1 invalid document or data (nothing written), 2 wrong
 * usage or unreadable file.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { parseApplication } from '../enrolment/parse.js';
import { normalizePartitaIva } from '../enrolment/identifiers.js';
import { formatPath } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import { toLang, type Lang } from '../i18n/lang.js';
import { applyEvent } from '../lifecycle/apply-event.js';
import { firmStates } from '../lifecycle/views.js';
import { parseDefinition } from '../programme/parse.js';
import { parseRecord, resolveDefinition } from '../record/parse.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { programmeReport } from '../report/report.js';
import { renderCsv, renderJson, renderMarkdown, renderText, reportDate } from '../report/render.js';
import { isIsoDate } from '../shared/calendar.js';
import { parseJson } from '../shared/parse.js';
import { verificationSchedule } from '../verification/schedule.js';
import { readCsv } from './csv.js';

type Out = { write(s: string): unknown };
class Usage extends Error {}
class Invalid extends Error {}

const T = {
  en: {
    help: `Usage: mechnet <command> [options]

Commands:
  validate <file>                   Check a programme definition, record or enrolment application
  report <record.json> --as-of D    The periodic verification report
  schedule <record.json>            The verification calendar, firm by firm
  import <file.csv> --into <record> Add measurements from a spreadsheet to a record

Options:
  --lang it|en      Language (default: from LANG, else it)
  --help, -h        Help (also: mechnet <command> --help)
  --version         The version

Exit codes: 0 done, 1 invalid document or data (nothing written), 2 wrong usage or unreadable file.`,
    validate: `Usage: mechnet validate <file> [--lang it|en]

Reads a JSON file and tells whether it is a valid programme definition,
programme record (it has "events") or enrolment application (it has
"idempotencyKey"). Prints every issue as "path: message".

Exit codes: 0 valid, 1 invalid, 2 wrong usage or unreadable file.`,
    report: `Usage: mechnet report <record.json> --as-of YYYY-MM-DD [options]

The periodic verification report of a programme record on a date: phases,
plans and indicators, collaborations, economic advantage, overdue
verifications, the network as one firm.

Options:
  --as-of YYYY-MM-DD       The date of the report (required)
  --firm PIVA              Only this firm (its partita IVA)
  --format text|md|csv|json  Default text
  --out DIR                Write into DIR (report.txt, report.md, report.json, or one CSV file per table)
  --separator ,|;          CSV separator; ; also writes decimal commas (Italian spreadsheets)
  --lang it|en             Language

Exit codes: 0 done, 1 invalid record, 2 wrong usage or unreadable file.`,
    schedule: `Usage: mechnet schedule <record.json> [--as-of YYYY-MM-DD] [--firm PIVA] [--lang it|en]

The verification dates of the programme and, for each firm, whether each one
was held, is due, overdue or upcoming on the date (default: the record's
last event).

Exit codes: 0 done, 1 invalid record, 2 wrong usage or unreadable file.`,
    import: `Usage: mechnet import <measurements.csv> --into <record.json> [--author NAME] [--lang it|en]

Adds the measurements of a spreadsheet to a record. The CSV (comma or
semicolon, UTF-8) has a header row with the columns:
  firm, indicator, date, and one of: value | numerator + denominator | level | done
  optional: author, source
Every row is checked against the record (its firm's plan, dates in order);
if any row is wrong, every problem is printed with its line number and the
record is not changed.

Exit codes: 0 done, 1 a row is wrong (nothing written), 2 wrong usage or unreadable file.`,
    unknownCommand: (c: string) => `Unknown command: ${c}`,
    badOption: (m: string) => `Wrong option: ${m}`,
    missingFile: 'Missing file name',
    missingAsOf: 'Missing --as-of YYYY-MM-DD',
    missingInto: 'Missing --into <record.json>',
    badDate: (d: string) => `Not a date YYYY-MM-DD: ${d}`,
    badFormat: (f: string) => `Unknown format: ${f} (text, md, csv, json)`,
    csvNeedsOut: 'CSV is one file per table: give --out DIR',
    unreadable: (f: string, why: string) => `Cannot read ${f}: ${why}`,
    valid: (what: string, f: string) => `${f}: valid ${what}`,
    kinds: { definition: 'programme definition', record: 'programme record', application: 'enrolment application' },
    wrote: (f: string) => `Wrote ${f}`,
    imported: (n: number, f: string) => `${n} measurements added to ${f}`,
    rowsWrong: (n: number) => `${n} problems; the record was not changed`,
    line: (n: number) => `line ${n}`,
    missingColumn: (c: string) => `the header has no column "${c}"`,
    badNumber: (c: string, v: string) => `${c}: not a number: "${v}"`,
    badDone: (v: string) => `done: not yes/no: "${v}"`,
    sched: { firm: 'Firm', held: 'held', due: 'due', overdue: 'OVERDUE', upcoming: 'upcoming', missed: 'not held', dates: 'Verification dates' },
  },
  it: {
    help: `Uso: mechnet <comando> [opzioni]

Comandi:
  validate <file>                   Controlla una definizione di programma, un registro o una domanda di adesione
  report <registro.json> --as-of D  Il rapporto di verifica periodica
  schedule <registro.json>          Il calendario delle verifiche, impresa per impresa
  import <file.csv> --into <registro> Aggiunge a un registro le misure di un foglio di calcolo

Opzioni:
  --lang it|en      Lingua (predefinita: da LANG, altrimenti it)
  --help, -h        Aiuto (anche: mechnet <comando> --help)
  --version         La versione

Codici di uscita: 0 fatto, 1 documento o dati non validi (nulla scritto), 2 uso errato o file illeggibile.`,
    validate: `Uso: mechnet validate <file> [--lang it|en]

Legge un file JSON e dice se è una definizione di programma, un registro di
programma (ha "events") o una domanda di adesione (ha "idempotencyKey")
validi. Stampa ogni problema come "percorso: messaggio".

Codici di uscita: 0 valido, 1 non valido, 2 uso errato o file illeggibile.`,
    report: `Uso: mechnet report <registro.json> --as-of AAAA-MM-GG [opzioni]

Il rapporto di verifica periodica di un registro a una data: fasi, piani e
indicatori, collaborazioni, vantaggio economico, verifiche in ritardo, la
rete come un'unica impresa.

Opzioni:
  --as-of AAAA-MM-GG       La data del rapporto (obbligatoria)
  --firm PIVA              Solo questa impresa (la sua partita IVA)
  --format text|md|csv|json  Predefinito text
  --out CARTELLA           Scrive nella cartella (report.txt, report.md, report.json, o un file CSV per tabella)
  --separator ,|;          Separatore CSV; ; scrive anche la virgola decimale (fogli di calcolo italiani)
  --lang it|en             Lingua

Codici di uscita: 0 fatto, 1 registro non valido, 2 uso errato o file illeggibile.`,
    schedule: `Uso: mechnet schedule <registro.json> [--as-of AAAA-MM-GG] [--firm PIVA] [--lang it|en]

Le date delle verifiche del programma e, per ogni impresa, se ciascuna è
stata svolta, è da svolgere, è in ritardo o è futura alla data (predefinita:
l'ultimo evento del registro).

Codici di uscita: 0 fatto, 1 registro non valido, 2 uso errato o file illeggibile.`,
    import: `Uso: mechnet import <misure.csv> --into <registro.json> [--author NOME] [--lang it|en]

Aggiunge a un registro le misure di un foglio di calcolo. Il CSV (virgola o
punto e virgola, UTF-8) ha una riga di intestazione con le colonne:
  firm, indicator, date, e una tra: value | numerator + denominator | level | done
  facoltative: author, source
Ogni riga è controllata sul registro (il piano dell'impresa, le date in
ordine); se una riga è sbagliata, ogni problema è stampato con il numero di
riga e il registro non viene modificato.

Codici di uscita: 0 fatto, 1 una riga è sbagliata (nulla scritto), 2 uso errato o file illeggibile.`,
    unknownCommand: (c: string) => `Comando sconosciuto: ${c}`,
    badOption: (m: string) => `Opzione errata: ${m}`,
    missingFile: 'Manca il nome del file',
    missingAsOf: 'Manca --as-of AAAA-MM-GG',
    missingInto: 'Manca --into <registro.json>',
    badDate: (d: string) => `Non è una data AAAA-MM-GG: ${d}`,
    badFormat: (f: string) => `Formato sconosciuto: ${f} (text, md, csv, json)`,
    csvNeedsOut: 'Il CSV è un file per tabella: indicare --out CARTELLA',
    unreadable: (f: string, why: string) => `Impossibile leggere ${f}: ${why}`,
    valid: (what: string, f: string) => `${f}: ${what} valido`,
    kinds: { definition: 'definizione di programma', record: 'registro di programma', application: 'domanda di adesione' },
    wrote: (f: string) => `Scritto ${f}`,
    imported: (n: number, f: string) => `${n} misure aggiunte a ${f}`,
    rowsWrong: (n: number) => `${n} problemi; il registro non è stato modificato`,
    line: (n: number) => `riga ${n}`,
    missingColumn: (c: string) => `l'intestazione non ha la colonna "${c}"`,
    badNumber: (c: string, v: string) => `${c}: non è un numero: "${v}"`,
    badDone: (v: string) => `done: non è sì/no: "${v}"`,
    sched: { firm: 'Impresa', held: 'svolta', due: 'da svolgere', overdue: 'IN RITARDO', upcoming: 'futura', missed: 'non svolta', dates: 'Date delle verifiche' },
  },
} as const;

function readText(file: string, lang: Lang): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Usage(T[lang].unreadable(file, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
}

function loadRecord(file: string, lang: Lang): ProgrammeRecord {
  return parseRecord(readText(file, lang), { lang });
}

function checkDate(d: string | undefined, lang: Lang): string | undefined {
  if (d !== undefined && !isIsoDate(d)) throw new Usage(T[lang].badDate(d));
  return d;
}

/** Runs the command line with its arguments; returns the exit code. */
export function main(argv: readonly string[], out: Out = process.stdout, err: Out = process.stderr): number {
  let lang: Lang = toLang(process.env.LANG);
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (langAt >= 0) {
    const v = argv[langAt]!.includes('=') ? argv[langAt]!.slice(7) : argv[langAt + 1];
    if (v === 'it' || v === 'en') lang = v;
  }
  const t = T[lang];
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        lang: { type: 'string' },
        'as-of': { type: 'string' },
        firm: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        separator: { type: 'string' },
        into: { type: 'string' },
        author: { type: 'string' },
      },
    });
  } catch (e) {
    err.write(`${t.badOption((e as Error).message)}\n\n${t.help}\n`);
    return 2;
  }
  const { values: o, positionals } = parsed;
  if (o.lang !== undefined && o.lang !== 'it' && o.lang !== 'en') {
    err.write(`${t.badOption(`--lang ${o.lang}`)}\n`);
    return 2;
  }
  if (o.version) {
    out.write(`${readVersion()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (!command) {
    (o.help ? out : err).write(`${t.help}\n`);
    return o.help ? 0 : 2;
  }
  if (!(command in COMMANDS)) {
    err.write(`${t.unknownCommand(command)}\n\n${t.help}\n`);
    return 2;
  }
  const name = command as keyof typeof COMMANDS;
  if (o.help) {
    out.write(`${t[name]}\n`);
    return 0;
  }
  try {
    return COMMANDS[name]({ files: rest, o, lang, out, err });
  } catch (e) {
    if (e instanceof Usage) {
      err.write(`${e.message}\n`);
      return 2;
    }
    if (e instanceof Invalid) {
      err.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof MechnetError) {
      if (e.code === 'invalid_json') {
        err.write(`${rest[0]}: ${e.issues[0]!.messages[lang]}\n`);
        return 1;
      }
      err.write(`${rest[0] ?? ''}: ${e.messageIn(lang).split('\n')[0]}\n`);
      for (const i of e.issues) err.write(`${formatPath(i.path)}: ${i.messages[lang]}\n`);
      return 1;
    }
    throw e;
  }
}

interface Context {
  files: string[];
  o: Record<string, string | boolean | undefined>;
  lang: Lang;
  out: Out;
  err: Out;
}

const COMMANDS = {
  validate({ files, lang, out }: Context): number {
    const t = T[lang];
    const file = files[0];
    if (!file) throw new Usage(`${t.missingFile}\n\n${t.validate}`);
    const value = parseJson(readText(file, lang), lang);
    const kind =
      value && typeof value === 'object' && 'events' in value
        ? 'record'
        : value && typeof value === 'object' && 'idempotencyKey' in value
          ? 'application'
          : 'definition';
    if (kind === 'record') parseRecord(value, { lang });
    else if (kind === 'application') parseApplication(value, { lang });
    else parseDefinition(value, { lang });
    out.write(`${t.valid(t.kinds[kind], file)}\n`);
    return 0;
  },

  report({ files, o, lang, out }: Context): number {
    const t = T[lang];
    const file = files[0];
    if (!file) throw new Usage(`${t.missingFile}\n\n${t.report}`);
    const asOf = checkDate(o['as-of'] as string | undefined, lang);
    if (!asOf) throw new Usage(`${t.missingAsOf}\n\n${t.report}`);
    const formatName = (o.format as string | undefined) ?? 'text';
    if (!['text', 'md', 'csv', 'json'].includes(formatName)) throw new Usage(t.badFormat(formatName));
    const separator = o.separator as string | undefined;
    if (separator !== undefined && separator !== ',' && separator !== ';') throw new Usage(t.badOption(`--separator ${separator}`));
    const outDir = o.out as string | undefined;
    if (formatName === 'csv' && !outDir) throw new Usage(t.csvNeedsOut);
    const record = loadRecord(file, lang);
    const firm = o.firm === undefined ? undefined : normalizePartitaIva(o.firm as string);
    const report = programmeReport(record, { asOf, lang, ...(firm ? { firm } : {}) });
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
    mkdirSync(outDir, { recursive: true });
    for (const [name, text] of Object.entries(outputs)) {
      writeFileSync(join(outDir, name), text);
      out.write(`${t.wrote(join(outDir, name))}\n`);
    }
    return 0;
  },

  schedule({ files, o, lang, out }: Context): number {
    const t = T[lang];
    const file = files[0];
    if (!file) throw new Usage(`${t.missingFile}\n\n${t.schedule}`);
    const asOf = checkDate(o['as-of'] as string | undefined, lang);
    const record = loadRecord(file, lang);
    const dates = verificationSchedule(resolveDefinition(record));
    out.write(`${t.sched.dates}: ${dates.map((d) => reportDate(d, lang)).join(', ')}\n\n`);
    const firm = o.firm === undefined ? undefined : normalizePartitaIva(o.firm as string);
    const states = firmStates(record, asOf).filter((s) => firm === undefined || s.partitaIva === firm);
    if (firm !== undefined && states.length === 0) throw new Invalid(`${t.sched.firm} ${firm}?`);
    const width = Math.max(t.sched.firm.length, ...states.map((s) => s.name.length));
    out.write(`${t.sched.firm.padEnd(width)}  ${dates.join('  ')}\n`);
    for (const s of states) {
      const cells = dates.map((d) => {
        const v = s.verifications.find((x) => x.scheduled === d);
        return (v ? t.sched[v.status] : '').padEnd(10);
      });
      out.write(`${s.name.padEnd(width)}  ${cells.join('  ').trimEnd()}\n`);
    }
    return 0;
  },

  import({ files, o, lang, out, err }: Context): number {
    const t = T[lang];
    const file = files[0];
    if (!file) throw new Usage(`${t.missingFile}\n\n${t.import}`);
    const into = o.into as string | undefined;
    if (!into) throw new Usage(`${t.missingInto}\n\n${t.import}`);
    const { separator: csvSeparator, rows } = readCsv(readText(file, lang));
    let record = loadRecord(into, lang);
    const [header, ...data] = rows;
    if (!header) throw new Invalid(`${file}: ${t.line(1)}: ${t.missingColumn('firm')}`);
    const col = new Map(header.cells.map((c, i) => [c.trim().toLowerCase(), i]));
    for (const c of ['firm', 'indicator', 'date']) if (!col.has(c)) throw new Invalid(`${file}: ${t.line(header.line)}: ${t.missingColumn(c)}`);
    // Semicolon files come from Italian spreadsheets: decimal comma, dot for thousands.
    const semicolon = csvSeparator === ';';
    const get = (cells: string[], c: string) => {
      const i = col.get(c);
      const v = i === undefined ? undefined : cells[i]?.trim();
      return v === '' ? undefined : v;
    };
    const num = (v: string | undefined, c: string, problems: string[]) => {
      if (v === undefined) return undefined;
      const n = Number(semicolon ? v.replace(/\./g, '').replace(',', '.') : v);
      if (!Number.isFinite(n)) problems.push(t.badNumber(c, v));
      return n;
    };
    const errors: string[] = [];
    const existing = new Set(record.events.map((e) => e.id));
    let added = 0;
    for (const row of data) {
      const problems: string[] = [];
      const cells = row.cells;
      const doneText = get(cells, 'done');
      let done: boolean | undefined;
      if (doneText !== undefined) {
        if (/^(1|true|yes|si|sì|x)$/i.test(doneText)) done = true;
        else if (/^(0|false|no)$/i.test(doneText)) done = false;
        else problems.push(t.badDone(doneText));
      }
      const date = get(cells, 'date') ?? '';
      const base = `m-${date}-${get(cells, 'indicator') ?? ''}-${row.line}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-').slice(0, 72);
      let id = base;
      for (let k = 2; existing.has(id); k++) id = `${base}-${k}`;
      const event = {
        id,
        type: 'measurement.recorded',
        date,
        author: get(cells, 'author') ?? (o.author as string | undefined) ?? 'mechnet import',
        firm: normalizePartitaIva(get(cells, 'firm') ?? ''),
        indicator: get(cells, 'indicator'),
        ...(get(cells, 'value') !== undefined ? { value: num(get(cells, 'value'), 'value', problems) } : {}),
        ...(get(cells, 'numerator') !== undefined ? { numerator: num(get(cells, 'numerator'), 'numerator', problems) } : {}),
        ...(get(cells, 'denominator') !== undefined ? { denominator: num(get(cells, 'denominator'), 'denominator', problems) } : {}),
        ...(get(cells, 'level') !== undefined ? { level: get(cells, 'level') } : {}),
        ...(done !== undefined ? { done } : {}),
        ...(get(cells, 'source') !== undefined ? { source: get(cells, 'source') } : {}),
      };
      if (problems.length === 0) {
        try {
          record = applyEvent(record, event, { lang });
          existing.add(id);
          added++;
        } catch (e) {
          if (!(e instanceof MechnetError)) throw e;
          for (const i of e.issues) problems.push(`${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.messages[lang]}`);
        }
      }
      for (const p of problems) errors.push(`${file}: ${t.line(row.line)}: ${p}`);
    }
    if (errors.length > 0) {
      err.write(`${errors.join('\n')}\n${t.rowsWrong(errors.length)}\n`);
      return 1;
    }
    const tmp = `${into}.tmp-${process.pid}`;
    writeFileSync(tmp, `${JSON.stringify(record, null, 2)}\n`);
    renameSync(tmp, into);
    out.write(`${t.imported(added, into)}\n`);
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
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
