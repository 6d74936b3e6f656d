/** What the server says, in Italian and English. */
import type { Lang } from '../i18n/lang.js';

/** The server's words in one language. */
export interface ServerMessages {
  jsonOnly: string;
  tooLarge: (limit: number) => string;
  missingKey: string;
  keyReused: string;
  keyMismatch: string;
  invalid: (n: number) => string;
  notEligible: (n: number) => string;
  busy: string;
  notFound: string;
  methodNotAllowed: (allowed: string) => string;
  serverError: (requestId: string) => string;
  badKey: string;
  slowBody: string;
  tooManyRequests: (seconds: number) => string;
  unavailable: string;
  badRequest: string;
  badHost: string;
  methodNotSupported: (method: string) => string;
  headersTooLarge: string;
  /** The page of a confirmation link (rule-book §2). */
  confirm: ConfirmPageWords;
  /** The officer's desk. */
  desk: DeskWords;
}

/** What the officer routes say. */
export interface DeskWords {
  signInNeeded: string;
  signInFailed: string;
  locked: (seconds: number) => string;
  forbidden: (role: string) => string;
  notYourFirm: (firm: string) => string;
  csrf: string;
  badBody: string;
  versionConflict: (version: number) => string;
  refused: (n: number) => string;
  badFormat: (formats: string) => string;
  badTable: (tables: string) => string;
  badDate: string;
  unknownFirm: (firm: string) => string;
  tableRows: (n: number) => string;
  noAccounts: string;
  badSpreadsheet: string;
}

/** The words of the page a confirmation link opens. */
export interface ConfirmPageWords {
  title: string;
  /** What the link confirms: the application's reference, the firm, the programme, the day it was sent (with its preposition). */
  ask: (reference: string, firm: string, programme: string, date: string) => string;
  /** The last day the link confirms, with its preposition (`al 22 dicembre 2026`, `to 22 December 2026`). */
  until: (date: string) => string;
  button: string;
  notYou: string;
  doneTitle: string;
  done: (reference: string, firm: string) => string;
  usedTitle: string;
  used: string;
  expiredTitle: string;
  expired: (date: string) => string;
  unknownTitle: string;
  unknown: string;
  refusedTitle: string;
  refused: string;
  /** How to reach the office: its name and addresses. */
  office: (office: string, contacts: string) => string;
}

const issues = (n: number, one: string, many: string) => (n === 1 ? one : many.replace('{n}', String(n)));

/** The server's words, by language. */
export const serverMessages: Record<Lang, ServerMessages> = {
  it: {
    jsonOnly: 'La domanda va inviata in formato JSON (content-type: application/json)',
    tooLarge: (limit) => `La domanda è troppo grande: al massimo ${Math.round(limit / 1024)} KB`,
    missingKey: "Manca l'intestazione Idempotency-Key (un identificativo della domanda, uguale al campo idempotencyKey)",
    keyReused: 'Questa Idempotency-Key è già stata usata per una domanda diversa: ogni domanda ha la sua',
    keyMismatch: "L'intestazione Idempotency-Key deve essere uguale al campo idempotencyKey della domanda",
    invalid: (n) => issues(n, 'La domanda ha un problema da correggere', 'La domanda ha {n} problemi da correggere'),
    notEligible: (n) => issues(n, 'Il programma non può accogliere la domanda: una regola non è rispettata', 'Il programma non può accogliere la domanda: {n} regole non sono rispettate'),
    busy: 'Il server è molto occupato: riprovare tra qualche secondo, la domanda non è andata persa',
    notFound: 'Indirizzo sconosciuto',
    methodNotAllowed: (allowed) => `Metodo non ammesso qui; ammesso: ${allowed}`,
    serverError: (id) => `Errore del server: la richiesta non è stata registrata; riprovare più tardi. Se si ripete, comunicare all'ufficio il codice ${id}`,
    badKey: "L'intestazione Idempotency-Key non è valida: da 8 a 128 lettere, cifre, - o _ (uguale al campo idempotencyKey)",
    slowBody: 'La domanda è arrivata troppo lentamente ed è stata interrotta: inviarla di nuovo',
    tooManyRequests: (s) => `Troppe richieste da questo indirizzo: riprovare tra ${s} ${s === 1 ? 'secondo' : 'secondi'}; i dati inseriti non sono andati persi`,
    unavailable: 'Il servizio è momentaneamente non disponibile: riprovare tra qualche secondo, la domanda non è andata persa',
    badRequest: 'Richiesta non valida: indirizzo o intestazioni non leggibili',
    badHost: "Richiesta non valida: l'intestazione Host manca o non è un nome di server valido",
    methodNotSupported: (m) => `Il metodo ${m} non è supportato da questo server`,
    headersTooLarge: 'Le intestazioni della richiesta sono troppo grandi',
    confirm: {
      title: 'Confermare la domanda',
      ask: (ref, firm, prog, date) => `La domanda ${ref} di ${firm} al programma ${prog}, inviata ${date}, conta solo quando l'impresa la conferma.`,
      until: (date) => `Il link vale fino ${date}.`,
      button: 'Confermo la domanda',
      notYou: "Se l'impresa non ha inviato questa domanda, chiuda la pagina: senza conferma la domanda non conta e nulla è pubblicato sull'impresa.",
      doneTitle: 'Domanda confermata',
      done: (ref, firm) => `La domanda ${ref} di ${firm} è confermata e conta da oggi. L'ufficio la esamina e comunica la decisione all'indirizzo di contatto indicato nella domanda.`,
      usedTitle: 'Domanda già confermata',
      used: "Questo link è già stato usato: la domanda è confermata. Non occorre fare altro.",
      expiredTitle: 'Link scaduto',
      expired: (date) => `Questo link valeva fino ${date}: la domanda non è confermata. Per aderire si può inviare una nuova domanda dal modulo, oppure scrivere all'ufficio.`,
      unknownTitle: 'Link non valido',
      unknown: 'Questo link non corrisponde a nessuna domanda: controllare di averlo copiato per intero dal messaggio PEC.',
      refusedTitle: 'Domanda non confermabile',
      refused: "La domanda non può essere confermata:",
      office: (office, contacts) => `Per domande: ${office}${contacts ? `, ${contacts}` : ''}.`,
    },
    desk: {
      signInNeeded: "Occorre accedere all'area riservata",
      signInFailed: 'Indirizzo email o password non corretti',
      locked: (s) => `Troppi tentativi non riusciti: l'accesso è sospeso per ${Math.ceil(s / 60)} ${Math.ceil(s / 60) === 1 ? 'minuto' : 'minuti'}`,
      forbidden: (role) => `Il ruolo ${role} non permette questa operazione`,
      notYourFirm: (firm) => `L'impresa ${firm} non è tra quelle affidate a questo temporary manager`,
      csrf: "Richiesta non valida: manca il codice di sicurezza della sessione (ricaricare la pagina dell'area riservata)",
      badBody: 'Il corpo della richiesta deve essere JSON: { "expectedVersion": N, "events": [...] }',
      versionConflict: (v) => `Il registro è cambiato nel frattempo (ora alla versione ${v}): ricaricare e controllare di nuovo`,
      refused: (n) => (n === 1 ? 'Un problema: niente è stato registrato' : `${n} problemi: niente è stato registrato`),
      badFormat: (f) => `Formato non previsto; formati: ${f}`,
      badTable: (t) => `Per il CSV scegliere una tabella (table=...): ${t}`,
      badDate: 'La data deve essere nella forma AAAA-MM-GG',
      unknownFirm: (f) => `Nessuna impresa con partita IVA ${f} nel programma`,
      tableRows: (n) => (n === 1 ? '1 riga letta' : `${n} righe lette`),
      noAccounts: 'Questo server non ha account propri: chi accede lo dice il sito che lo ospita',
      badSpreadsheet: 'Il file non è un foglio xlsx leggibile: salvarlo di nuovo come .xlsx, oppure incollare la tabella',
    },
  },
  en: {
    jsonOnly: 'Send the application as JSON (content-type: application/json)',
    tooLarge: (limit) => `The application is too large: at most ${Math.round(limit / 1024)} KB`,
    missingKey: 'The Idempotency-Key header is missing (an identifier of the application, equal to its idempotencyKey field)',
    keyReused: 'This Idempotency-Key was already used for a different application: each application has its own',
    keyMismatch: "The Idempotency-Key header must equal the application's idempotencyKey field",
    invalid: (n) => issues(n, 'The application has a problem to fix', 'The application has {n} problems to fix'),
    notEligible: (n) => issues(n, 'The programme cannot accept the application: a rule is not met', 'The programme cannot accept the application: {n} rules are not met'),
    busy: 'The server is very busy: try again in a few seconds, the application is not lost',
    notFound: 'Unknown address',
    methodNotAllowed: (allowed) => `Method not allowed here; allowed: ${allowed}`,
    serverError: (id) => `Server error: the request was not stored; try again later. If it happens again, give the office the code ${id}`,
    badKey: 'The Idempotency-Key header is not valid: 8 to 128 letters, digits, - or _ (equal to the idempotencyKey field)',
    slowBody: 'The application arrived too slowly and was cut off: send it again',
    tooManyRequests: (s) => `Too many requests from this address: try again in ${s} ${s === 1 ? 'second' : 'seconds'}; what was typed is not lost`,
    unavailable: 'The service is unavailable for a moment: try again in a few seconds, the application is not lost',
    badRequest: 'Bad request: the address or the headers cannot be read',
    badHost: 'Bad request: the Host header is missing or is not a valid server name',
    methodNotSupported: (m) => `The method ${m} is not supported by this server`,
    headersTooLarge: 'The request headers are too large',
    confirm: {
      title: 'Confirm the application',
      ask: (ref, firm, prog, date) => `The application ${ref} of ${firm} to the programme ${prog}, sent ${date}, counts only once the firm confirms it.`,
      until: (date) => `The link is valid up ${date}.`,
      button: 'I confirm the application',
      notYou: 'If your firm did not send this application, close the page: without confirmation the application does not count and nothing is published about your firm.',
      doneTitle: 'Application confirmed',
      done: (ref, firm) => `The application ${ref} of ${firm} is confirmed and counts from today. The office reviews it and sends the decision to the contact address the application gave.`,
      usedTitle: 'Application already confirmed',
      used: 'This link was used already: the application is confirmed. There is nothing else to do.',
      expiredTitle: 'Link expired',
      expired: (date) => `This link was valid up ${date}: the application is not confirmed. To join, send a new application from the form, or write to the office.`,
      unknownTitle: 'Link not valid',
      unknown: 'This link matches no application: check that it was copied whole from the PEC message.',
      refusedTitle: 'Application cannot be confirmed',
      refused: 'The application cannot be confirmed:',
      office: (office, contacts) => `Questions: ${office}${contacts ? `, ${contacts}` : ''}.`,
    },
    desk: {
      signInNeeded: 'Sign in to the reserved area first',
      signInFailed: 'Wrong e-mail address or password',
      locked: (s) => `Too many failed attempts: signing in is suspended for ${Math.ceil(s / 60)} ${Math.ceil(s / 60) === 1 ? 'minute' : 'minutes'}`,
      forbidden: (role) => `The role ${role} does not allow this`,
      notYourFirm: (firm) => `The firm ${firm} is not one of this temporary manager's firms`,
      csrf: "Bad request: the session's security code is missing (reload the reserved area's page)",
      badBody: 'The request body must be JSON: { "expectedVersion": N, "events": [...] }',
      versionConflict: (v) => `The record changed meanwhile (now at version ${v}): reload and check again`,
      refused: (n) => (n === 1 ? '1 problem: nothing was recorded' : `${n} problems: nothing was recorded`),
      badFormat: (f) => `Unknown format; formats: ${f}`,
      badTable: (t) => `For CSV choose a table (table=...): ${t}`,
      badDate: 'The date must be written YYYY-MM-DD',
      unknownFirm: (f) => `No firm with partita IVA ${f} in the programme`,
      tableRows: (n) => (n === 1 ? '1 row read' : `${n} rows read`),
      noAccounts: "This server has no accounts of its own: the site that hosts it says who is signed in",
      badSpreadsheet: 'The file is not a readable xlsx sheet: save it again as .xlsx, or paste the table',
    },
  },
};
