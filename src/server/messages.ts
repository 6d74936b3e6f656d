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
  serverError: string;
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
    serverError: 'Errore del server: la richiesta non è stata registrata; riprovare più tardi',
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
    serverError: 'Server error: the request was not stored; try again later',
  },
};
