/**
 * The words of the `mechnet` command line, in Italian and English. Both
 * catalogues are complete: the type checker refuses one that misses a
 * message.
 */
import type { Lang } from '../i18n/lang.js';
import { forTerminal } from './terminal.js';

/** Why a file or folder could not be read or written. */
export type FileProblem = 'not-found' | 'is-folder' | 'not-folder' | 'denied' | 'read-only' | 'full' | 'exists' | 'other';

/** The commands, for their help texts. */
export type CommandName = 'validate' | 'report' | 'schedule' | 'calendar' | 'import';

/** Every message of the command line in one language. */
export interface CliMessages {
  help: string;
  commands: Record<CommandName, string>;
  unknownCommand: (command: string) => string;
  unknownOption: (option: string) => string;
  optionNotFor: (option: string, command: string) => string;
  missingValue: (option: string) => string;
  noValueWanted: (option: string) => string;
  badLang: (value: string) => string;
  badSeparator: (value: string) => string;
  badFormat: (value: string) => string;
  missingFile: string;
  missingAsOf: string;
  missingInto: string;
  fileOrStore: string;
  intoOrStore: string;
  programmeNeedsStore: string;
  storeChanged: string;
  badDate: (value: string) => string;
  csvNeedsOut: string;
  cannotRead: (file: string, why: FileProblem) => string;
  cannotWrite: (file: string, why: FileProblem) => string;
  badJson: (file: string, line: number, column: number) => string;
  unknownFirm: (partitaIva: string) => string;
  firmNotYet: (partitaIva: string, date: string) => string;
  valid: (file: string, kind: 'definition' | 'record' | 'application') => string;
  wrote: (file: string) => string;
  imported: (count: number, file: string) => string;
  rowsWrong: (count: number) => string;
  line: (n: number) => string;
  schedule: { firm: string; held: string; due: string; overdue: string; upcoming: string; missed: string; dates: string };
}

const itProblems: Record<FileProblem, string> = {
  'not-found': 'il file non esiste',
  'is-folder': 'è una cartella, non un file',
  'not-folder': 'una parte del percorso non è una cartella',
  denied: 'permesso negato',
  'read-only': 'il disco è di sola lettura',
  full: 'il disco è pieno',
  exists: 'esiste già un file con quel nome',
  other: 'errore del sistema',
};

const enProblems: Record<FileProblem, string> = {
  'not-found': 'there is no such file',
  'is-folder': 'it is a folder, not a file',
  'not-folder': 'part of the path is not a folder',
  denied: 'permission denied',
  'read-only': 'the disk is read-only',
  full: 'the disk is full',
  exists: 'a file with that name already exists',
  other: 'system error',
};

const it: CliMessages = {
  help: `Uso: mechnet <comando> [opzioni]

Comandi:
  validate <file>                     Controlla una definizione di programma, un registro o una domanda di adesione
  report <registro.json> --as-of D    Il rapporto di verifica periodica
  schedule <registro.json>            Il calendario delle verifiche, impresa per impresa
  calendar <registro.json> [--firm P] Le date delle verifiche come calendario .ics (RFC 5545)
  import <file.csv> --into <registro> Aggiunge a un registro le misure di un foglio di calcolo
  publish <registro.json> --out F     Il registro pubblico (senza dati personali) per i widget

Su un database (--store sqlite:FILE oppure postgres://...):
  serve --programme ID|FILE           Riceve le domande del modulo e serve il registro pubblico
  init --programme ID|FILE            Prepara il database e vi registra il programma
  migrate                             Aggiorna le tabelle del database
  export --programme ID               Il registro completo, in JSON
  load <registro.json>                Carica un registro nel database
  applications --programme ID         Le domande da decidere, con i motivi e la lista d'attesa
  add <eventi.json> --programme ID    Aggiunge eventi (accettazioni, piani, verifiche...) con le regole
  confirm --programme ID --application N --how TESTO  Conferma una domanda con un'altra prova (PEC non recapitata)
  officer add|list|disable            Gli account dell'area riservata (officer, manager, auditor)
  erase --programme ID --firm PIVA    Cancella i dati personali di un'impresa (anche --due: quelli scaduti)
  subject --programme ID --firm PIVA  Tutto ciò che il registro conserva su un'impresa (accesso, in JSON)
  backup --out FILE                   Una copia del database mentre il server scrive
  send                                Invia i messaggi in attesa (una volta, per cron)
  outbox [--programme ID]             I messaggi in attesa, non inviati (con l'errore) e inviati
  remind --programme ID [--as-of D]   Mette in coda i promemoria delle verifiche e il riepilogo

Opzioni:
  --lang it|en      Lingua (predefinita: da LANG, altrimenti it)
  --help, -h        Aiuto (anche: mechnet <comando> --help)
  --version         La versione

Codici di uscita: 0 fatto; 1 documento non valido o dati non validi (non viene scritto nulla);
2 uso errato o file illeggibile; 3 errore interno di mechnet (da segnalare, con i dati).`,
  commands: {
    validate: `Uso: mechnet validate <file> [--lang it|en]

Legge un file JSON e dice se è valido come definizione di programma, come
registro di programma (se ha "events") o come domanda di adesione (se ha
"idempotencyKey"). Stampa ogni problema come "percorso: messaggio".

Con --store URL --programme ID, al posto del file: il registro del programma nel
database (sqlite:FILE o postgres://...).

Con --definition FILE: la definizione del programma, per un registro che lo indica per id.
Un registro può anche indicare un file di definizione accanto a sé: "programme": "programma.json".

Codici di uscita: 0 file valido; 1 file non valido; 2 uso errato o file illeggibile.`,
    report: `Uso: mechnet report <registro.json> --as-of AAAA-MM-GG [opzioni]

Il rapporto di verifica periodica di un registro a una data: fasi, piani e
indicatori, collaborazioni, vantaggio economico, verifiche in ritardo, la
rete come un'unica impresa.

Opzioni:
  --as-of AAAA-MM-GG         La data del rapporto (obbligatoria)
  --firm PIVA                Solo questa impresa (la sua partita IVA)
  --format text|md|csv|json|xlsx  Il formato (predefinito: text; xlsx: un foglio per sezione, con --out)
  --out CARTELLA             Scrive nella cartella (report.txt, report.md, report.json
                             o un file CSV per tabella)
  --separator ,|;            Separatore del CSV; con ; anche la virgola decimale
                             (fogli di calcolo italiani)
  --lang it|en               Lingua

Con --store URL --programme ID, al posto del file: il registro del programma nel
database (sqlite:FILE o postgres://...).

Con --definition FILE: la definizione del programma, per un registro che lo indica per id.
Un registro può anche indicare un file di definizione accanto a sé: "programme": "programma.json".

Codici di uscita: 0 fatto; 1 registro non valido; 2 uso errato o file illeggibile.`,
    schedule: `Uso: mechnet schedule <registro.json> [--as-of AAAA-MM-GG] [--firm PIVA] [--lang it|en]

Le date delle verifiche del programma e, per ogni impresa, se ciascuna è
stata svolta, è da svolgere, è in ritardo o è futura alla data (predefinita:
quella dell'ultimo evento del registro).

Con --store URL --programme ID, al posto del file: il registro del programma nel
database (sqlite:FILE o postgres://...).

Con --definition FILE: la definizione del programma, per un registro che lo indica per id.
Un registro può anche indicare un file di definizione accanto a sé: "programme": "programma.json".

Codici di uscita: 0 fatto; 1 registro non valido; 2 uso errato o file illeggibile.`,
    calendar: `Uso: mechnet calendar <registro.json> [--firm PIVA] [--out FILE.ics] [--as-of AAAA-MM-GG] [--lang it|en]

Le verifiche periodiche come calendario (RFC 5545, file .ics) da importare
in un programma di calendario: senza --firm le date del programma, senza
nominare alcuna impresa; con --firm le verifiche dell'impresa, col suo nome,
ciascuna svolta, da svolgere, in ritardo o futura alla data (predefinita:
oggi). Ogni voce ha un identificativo stabile: importare di nuovo il file
aggiorna le voci invece di duplicarle.
  --firm PIVA            Le verifiche di questa impresa
  --out FILE             Scrive nel file (altrimenti a video)
  --as-of AAAA-MM-GG     La data degli stati (predefinita: oggi)

Con --store URL --programme ID, al posto del file: il registro del programma nel
database (sqlite:FILE o postgres://...).

Con --definition FILE: la definizione del programma, per un registro che lo indica per id.

Codici di uscita: 0 fatto; 1 registro non valido; 2 uso errato o file illeggibile.`,
    import: `Uso: mechnet import <misure.csv> --into <registro.json> [--author NOME] [--lang it|en]

Aggiunge a un registro le misure di un foglio di calcolo. Il CSV (virgola o
punto e virgola, UTF-8) ha una riga di intestazione con le colonne:
  firm, indicator, date e una tra: value | numerator + denominator | level | done
  facoltative: author, source
Ogni riga è controllata sul registro (il piano dell'impresa, le date in
ordine); se una riga è sbagliata, ogni problema è stampato con il numero di
riga e il registro non viene modificato.

Con --store URL --programme ID, al posto di --into: le misure sono aggiunte al
registro nel database (sqlite:FILE o postgres://...), tutte o nessuna.

Con --definition FILE: la definizione del programma, per un registro che lo indica per id.
Un registro può anche indicare un file di definizione accanto a sé: "programme": "programma.json".

Codici di uscita: 0 fatto; 1 almeno una riga sbagliata (il registro non viene modificato);
2 uso errato o file illeggibile.`,
  },
  unknownCommand: (c) => `Comando sconosciuto: ${c}`,
  unknownOption: (o) => `Opzione sconosciuta: ${o}`,
  optionNotFor: (o, c) => `L'opzione ${o} non vale per il comando ${c}`,
  missingValue: (o) => `Manca il valore dell'opzione ${o}`,
  noValueWanted: (o) => `L'opzione ${o} non vuole un valore`,
  badLang: (v) => `Lingua sconosciuta: ${v} (it oppure en)`,
  badSeparator: (v) => `Separatore sconosciuto: ${v} (, oppure ;)`,
  badFormat: (f) => `Formato sconosciuto: ${f} (text, md, csv oppure json)`,
  missingFile: 'Manca il nome del file',
  missingAsOf: "Manca la data del rapporto: --as-of AAAA-MM-GG",
  missingInto: 'Manca il registro in cui aggiungere le misure: --into <registro.json> oppure --store URL --programme ID',
  fileOrStore: 'Indicare il file del registro oppure --store, non entrambi',
  intoOrStore: 'Indicare --into oppure --store, non entrambi',
  programmeNeedsStore: "--programme indica il programma di un database: usarlo con --store URL",
  storeChanged: 'Il registro nel database è cambiato durante l\'importazione: niente è stato aggiunto, ripetere il comando',
  badDate: (d) => `Non è una data AAAA-MM-GG: ${d}`,
  csvNeedsOut: 'Il CSV (un file per tabella) e il foglio xlsx vanno in una cartella: indicarla con --out CARTELLA',
  cannotRead: (f, why) => `Impossibile leggere ${f}: ${itProblems[why]}`,
  cannotWrite: (f, why) => `Impossibile scrivere ${f}: ${why === 'not-found' ? 'la cartella non esiste e non si può creare' : itProblems[why]}`,
  badJson: (f, line, column) => `${f}: JSON non valido alla riga ${line}, colonna ${column}`,
  unknownFirm: (p) => `Nel registro non c'è nessuna impresa con partita IVA ${p}`,
  firmNotYet: (p, d) => `Al ${d} l'impresa con partita IVA ${p} non ha ancora presentato domanda`,
  valid: (f, kind) =>
    `${f}: ${{ definition: 'definizione di programma valida', record: 'registro di programma valido', application: 'domanda di adesione valida' }[kind]}`,
  wrote: (f) => `File scritto: ${f}`,
  imported: (n, f) =>
    n === 0 ? `Nessuna misura aggiunta a ${f}` : n === 1 ? `1 misura aggiunta a ${f}` : `${n} misure aggiunte a ${f}`,
  rowsWrong: (n) =>
    n === 1 ? '1 problema: il registro non è stato modificato' : `${n} problemi: il registro non è stato modificato`,
  line: (n) => `riga ${n}`,
  schedule: { firm: 'Impresa', held: 'svolta', due: 'da svolgere', overdue: 'IN RITARDO', upcoming: 'futura', missed: 'non svolta', dates: 'Date delle verifiche' },
};

const en: CliMessages = {
  help: `Usage: mechnet <command> [options]

Commands:
  validate <file>                     Check a programme definition, record or enrolment application
  report <record.json> --as-of D      The periodic verification report
  schedule <record.json>              The verification calendar, firm by firm
  calendar <record.json> [--firm P]   The verification dates as an .ics calendar (RFC 5545)
  import <file.csv> --into <record>   Add measurements from a spreadsheet to a record
  publish <record.json> --out F       The public record (no personal data) for the widgets

On a database (--store sqlite:FILE or postgres://...):
  serve --programme ID|FILE           Receive the form's applications and serve the public record
  init --programme ID|FILE            Prepare the database and register the programme
  migrate                             Bring the database's tables up to date
  export --programme ID               The full record, as JSON
  load <record.json>                  Load a record into the database
  applications --programme ID         The applications to decide, with reasons and the waitlist
  add <events.json> --programme ID    Add events (acceptances, plans, verifications...) through the rules
  confirm --programme ID --application N --how TEXT  Confirm an application by another proof (PEC not delivered)
  officer add|list|disable            The accounts of the reserved area (officer, manager, auditor)
  erase --programme ID --firm PIVA    Erase a firm's personal data (or --due: whatever is past its time)
  subject --programme ID --firm PIVA  Everything the record holds about a firm (access request, JSON)
  backup --out FILE                   A copy of the database while the server writes
  send                                Send the waiting messages (one pass, for cron)
  outbox [--programme ID]             The messages waiting, failed (with the error) and sent
  remind --programme ID [--as-of D]   Queue the verification reminders and the weekly digest

Options:
  --lang it|en      Language (default: from LANG, else it)
  --help, -h        Help (also: mechnet <command> --help)
  --version         The version

Exit codes: 0 done; 1 invalid document or data (nothing written); 2 wrong usage or unreadable file;
3 internal error of mechnet (please report it, with the data).`,
  commands: {
    validate: `Usage: mechnet validate <file> [--lang it|en]

Reads a JSON file and tells whether it is a valid programme definition,
programme record (it has "events") or enrolment application (it has
"idempotencyKey"). Prints every issue as "path: message".

With --store URL --programme ID, in place of the file: the programme's record
in the database (sqlite:FILE or postgres://...).

With --definition FILE: the programme's definition, for a record that names it by id.
A record may also name a definition file beside it: "programme": "programme.json".

Exit codes: 0 valid; 1 invalid; 2 wrong usage or unreadable file.`,
    report: `Usage: mechnet report <record.json> --as-of YYYY-MM-DD [options]

The periodic verification report of a programme record on a date: phases,
plans and indicators, collaborations, economic advantage, overdue
verifications, the network as one firm.

Options:
  --as-of YYYY-MM-DD         The date of the report (required)
  --firm PIVA                Only this firm (its partita IVA)
  --format text|md|csv|json|xlsx  The format (default: text; xlsx: a sheet per section, with --out)
  --out DIR                  Write into DIR (report.txt, report.md, report.json,
                             or one CSV file per table)
  --separator ,|;            CSV separator; ; also writes decimal commas
                             (Italian spreadsheets)
  --lang it|en               Language

With --store URL --programme ID, in place of the file: the programme's record
in the database (sqlite:FILE or postgres://...).

With --definition FILE: the programme's definition, for a record that names it by id.
A record may also name a definition file beside it: "programme": "programme.json".

Exit codes: 0 done; 1 invalid record; 2 wrong usage or unreadable file.`,
    schedule: `Usage: mechnet schedule <record.json> [--as-of YYYY-MM-DD] [--firm PIVA] [--lang it|en]

The verification dates of the programme and, for each firm, whether each one
was held, is due, overdue or upcoming on the date (default: the date of the
record's last event).

With --store URL --programme ID, in place of the file: the programme's record
in the database (sqlite:FILE or postgres://...).

With --definition FILE: the programme's definition, for a record that names it by id.
A record may also name a definition file beside it: "programme": "programme.json".

Exit codes: 0 done; 1 invalid record; 2 wrong usage or unreadable file.`,
    calendar: `Usage: mechnet calendar <record.json> [--firm PIVA] [--out FILE.ics] [--as-of YYYY-MM-DD] [--lang it|en]

The periodic verifications as a calendar (RFC 5545, an .ics file) to import
into a calendar program: without --firm the programme's dates, naming no
firm; with --firm the firm's own verifications, with its name, each held,
due, overdue or upcoming on the date (default: today). Every entry has a
stable id: importing the file again updates the entries instead of
duplicating them.
  --firm PIVA            This firm's verifications
  --out FILE             Writes the file (else to the terminal)
  --as-of YYYY-MM-DD     The date of the statuses (default: today)

With --store URL --programme ID, in place of the file: the programme's record
in the database (sqlite:FILE or postgres://...).

With --definition FILE: the programme's definition, for a record that names it by id.

Exit codes: 0 done; 1 invalid record; 2 wrong usage or unreadable file.`,
    import: `Usage: mechnet import <measurements.csv> --into <record.json> [--author NAME] [--lang it|en]

Adds the measurements of a spreadsheet to a record. The CSV (comma or
semicolon, UTF-8) has a header row with the columns:
  firm, indicator, date, and one of: value | numerator + denominator | level | done
  optional: author, source
Every row is checked against the record (its firm's plan, dates in order);
if any row is wrong, every problem is printed with its line number and the
record is not changed.

With --store URL --programme ID, in place of --into: the measurements are added
to the record in the database (sqlite:FILE or postgres://...), all or none.

With --definition FILE: the programme's definition, for a record that names it by id.
A record may also name a definition file beside it: "programme": "programme.json".

Exit codes: 0 done; 1 a row is wrong (nothing written); 2 wrong usage or unreadable file.`,
  },
  unknownCommand: (c) => `Unknown command: ${c}`,
  unknownOption: (o) => `Unknown option: ${o}`,
  optionNotFor: (o, c) => `Option ${o} does not apply to command ${c}`,
  missingValue: (o) => `Option ${o} needs a value`,
  noValueWanted: (o) => `Option ${o} takes no value`,
  badLang: (v) => `Unknown language: ${v} (it or en)`,
  badSeparator: (v) => `Unknown separator: ${v} (, or ;)`,
  badFormat: (f) => `Unknown format: ${f} (text, md, csv or json)`,
  missingFile: 'Missing file name',
  missingAsOf: 'Missing the date of the report: --as-of YYYY-MM-DD',
  missingInto: 'Missing the record to add the measurements to: --into <record.json> or --store URL --programme ID',
  fileOrStore: 'Give the record file or --store, not both',
  intoOrStore: 'Give --into or --store, not both',
  programmeNeedsStore: '--programme names a programme in a database: use it with --store URL',
  storeChanged: 'The record in the database changed during the import: nothing was added, run the command again',
  badDate: (d) => `Not a date YYYY-MM-DD: ${d}`,
  csvNeedsOut: 'CSV (a file per table) and xlsx go to a folder: give it with --out DIR',
  cannotRead: (f, why) => `Cannot read ${f}: ${enProblems[why]}`,
  cannotWrite: (f, why) => `Cannot write ${f}: ${why === 'not-found' ? 'the folder does not exist and cannot be created' : enProblems[why]}`,
  badJson: (f, line, column) => `${f}: invalid JSON at line ${line}, column ${column}`,
  unknownFirm: (p) => `The record has no firm with partita IVA ${p}`,
  firmNotYet: (p, d) => `On ${d} the firm with partita IVA ${p} had not applied yet`,
  valid: (f, kind) =>
    `${f}: valid ${{ definition: 'programme definition', record: 'programme record', application: 'enrolment application' }[kind]}`,
  wrote: (f) => `Wrote ${f}`,
  imported: (n, f) =>
    n === 0 ? `No measurements added to ${f}` : n === 1 ? `1 measurement added to ${f}` : `${n} measurements added to ${f}`,
  rowsWrong: (n) => (n === 1 ? '1 problem: the record was not changed' : `${n} problems: the record was not changed`),
  line: (n) => `line ${n}`,
  schedule: { firm: 'Firm', held: 'held', due: 'due', overdue: 'OVERDUE', upcoming: 'upcoming', missed: 'not held', dates: 'Verification dates' },
};

/** The command line's words in every language; the values they quote are escaped for the terminal. */
export const cliMessages: Record<Lang, CliMessages> = { it: forTerminal(it), en: forTerminal(en) };
