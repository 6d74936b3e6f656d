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
  },
};
