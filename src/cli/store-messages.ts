/** The words of the command line's store commands, in Italian and English. */
import type { Lang } from '../i18n/lang.js';
import { forTerminal } from './terminal.js';

/** The store commands. */
export type StoreCommandName = 'serve' | 'init' | 'migrate' | 'export' | 'load' | 'publish' | 'applications' | 'add' | 'erase' | 'subject' | 'backup' | 'send' | 'outbox' | 'remind' | 'confirm' | 'officer';

/** The store commands' words in one language. */
export interface StoreMessages {
  commands: Record<StoreCommandName, string>;
  missingStore: string;
  missingProgramme: string;
  missingOut: string;
  badPort: (value: string) => string;
  unknownProgramme: (id: string) => string;
  listening: (url: string, engine: string, programme: string) => string;
  stopping: string;
  migrated: (version: number, engine: string) => string;
  initialised: (programme: string, engine: string) => string;
  notEmpty: (programme: string, events: number) => string;
  loaded: (events: number, programme: string) => string;
  exported: (events: number, file: string) => string;
  published: (file: string, level: string) => string;
  /** What a public record names, and why not the others; for an anonymous one, k and what was generalised. */
  publication: (r: { named?: number; unnamed?: { notAdmitted: number; withoutConsent: number; anonymous: number }; k?: number; minimumGroup?: number; generalised?: string[] }) => string;
  storeFailed: (detail: string) => string;
  noPending: (programme: string) => string;
  pending: (n: number, programme: string, date: string) => string;
  /** The applications whose reference, partita IVA or name holds a text (`--find`). */
  found: (n: number, text: string, programme: string) => string;
  noMatch: (text: string, programme: string) => string;
  application: (reference: string, piva: string, name: string, appliedOn: string, status: string) => string;
  /** Under confirmation `pec`: the applications no link or officer confirmed yet. */
  unconfirmed: (n: number) => string;
  /** One claim: its reference and event id (for `mechnet confirm` and a rejection), the firm, the day, the link's last day. */
  claim: (reference: string, id: string, piva: string, name: string, appliedOn: string, until: string, expired: boolean) => string;
  /** Under confirmation `pec`: the claims for a firm another confirmed claim holds, for an officer to decide. */
  contested: (n: number) => string;
  contestedClaim: (reference: string, id: string, piva: string, name: string, appliedOn: string, heldBy: string) => string;
  /** `mechnet confirm`: the application is now confirmed. */
  confirmed: (reference: string, name: string, programme: string) => string;
  missingApplication: string;
  /** `mechnet officer`: the accounts of the officer's desk. */
  accountAdded: (email: string, role: string) => string;
  accountDisabled: (email: string) => string;
  noAccounts: string;
  accountLine: (email: string, name: string, role: string, firms: string, state: string) => string;
  accountStates: { active: string; disabled: string; locked: (until: string) => string; noPassword: string };
  unknownAccount: (email: string) => string;
  badRole: (role: string) => string;
  badEmail: (email: string) => string;
  missingName: string;
  passwordPrompt: string;
  passwordAgain: string;
  passwordsDiffer: string;
  passwordShort: (n: number) => string;
  missingHow: string;
  unknownApplication: (text: string, programme: string) => string;
  /** The programme does not ask for confirmation. */
  noConfirmation: (programme: string) => string;
  badConfirmedUrl: (value: string) => string;
  statuses: Record<'applied' | 'waitlisted' | 'accepted' | 'rejected' | 'withdrawn', string>;
  outcome: Record<'accept' | 'waitlist' | 'reject', string>;
  waitlistPlace: (n: number) => string;
  added: (n: number, programme: string) => string;
  /** The messages an append wrote to the outbox (decisions to firms). */
  decisionsQueued: (n: number) => string;
  /** What `mechnet remind` wrote to the outbox. */
  remindersQueued: (n: number, programme: string, date: string) => string;
  /** The definition has no `communication`: no reminders. */
  noCommunication: (programme: string) => string;
  badPublicUrl: (value: string) => string;
  refused: (n: number) => string;
  badEvents: string;
  notInitialised: string;
  badNumber: (option: string, value: string, min: number, max: number) => string;
  badStatic: (value: string) => string;
  badOrigin: (value: string) => string;
  hopsNeedTrust: string;
  missingFirm: string;
  missingReason: string;
  eraseHow: string;
  badDate: (value: string) => string;
  erased: (firm: string, fields: number, events: number) => string;
  nothingToErase: (firm: string) => string;
  noneDue: (programme: string, date: string) => string;
  due: (n: number, programme: string, date: string) => string;
  dueLine: (firm: string, name: string, rule: 'not-admitted' | 'personal-data', dueOn: string) => string;
  retentionReason: (rule: 'not-admitted' | 'personal-data', dueOn: string) => string;
  subjectWritten: (firm: string, events: number, file: string) => string;
  backedUp: (file: string, bytes: number, ms: number) => string;
  backedUpProgrammes: (n: number, dir: string, ms: number) => string;
  backupExists: (path: string) => string;
  loadedBackup: (programmes: number, events: number) => string;
  /** The mail server the sender uses, or that there is none. */
  mailServer: (host: string | undefined) => string;
  badSmtpPort: (value: string) => string;
  badSecure: (value: string) => string;
  sendPass: (r: { sent: number; retrying: number; gaveUp: number }) => string;
  noMailServer: string;
  outboxNeedsMigrate: string;
  outboxEmpty: (programme: string | undefined) => string;
  outboxCounts: (r: { waiting: number; failed: number; sent: number }) => string;
  outboxWaitsForServer: (n: number) => string;
  outboxLine: (m: { id: number; programme: string; cause: string; status: 'waiting' | 'sent' | 'failed'; attempts: number; when: string | null; error: string | null }) => string;
  /** The calendar secret cannot be read, or is too short. */
  badCalendarSecret: (source: string, minBytes: number) => string;
}

const it: StoreMessages = {
  commands: {
    serve: `Uso: mechnet serve --store sqlite:FILE|postgres://... --programme ID|definizione.json [opzioni]

Avvia il server che riceve le domande di adesione del modulo
(POST /api/enrolments) e pubblica il registro pubblico per i widget
(GET /api/record.json). Applica le migrazioni del database all'avvio.
  --port N                 Porta (predefinita 8080)
  --host H                 Indirizzo (predefinito 127.0.0.1)
  --static CARTELLA        Serve anche i file di una cartella (le pagine del sito);
  --static /PERCORSO=CARTELLA  ripetibile: ogni cartella al suo percorso.
                           Mai file che iniziano con un punto, mai collegamenti
                           che escono dalla cartella
  --csp POLITICA           Content-Security-Policy inviata con quei file
  --anonymous              Il registro pubblico mostra "Impresa 1..n"
  --origin URL             Un sito che può inviare domande da un'altra origine
                           (CORS), es. https://www.camera.it; ripetibile
  --trust-proxy            Un proxy davanti al server imposta X-Forwarded-For:
                           il cliente è letto da lì (solo con questa opzione)
  --proxy-hops N           Con --trust-proxy: quanti proxy fidati ci sono (1)
Limiti (valori predefiniti tra parentesi):
  --post-rate N            Domande al minuto per cliente (10; 0 senza limite)
  --get-rate N             Letture al minuto per cliente (300; 0 senza limite)
  --max-connections N      Connessioni aperte insieme (256)
  --headers-timeout S      Secondi per ricevere le intestazioni (10)
  --request-timeout S      Secondi per ricevere tutta la richiesta (30)
  --keep-alive-timeout S   Secondi di una connessione inattiva tenuta aperta (5)
  --max-header-size BYTE   Dimensione massima delle intestazioni (16384)
  --body-limit BYTE        Dimensione massima di una domanda (65536)
Calendari (RFC 5545): GET /api/calendar.ics, le date delle verifiche del
programma (nessuna impresa nominata); con un segreto, ogni impresa ha il suo
calendario a un indirizzo che solo lei riceve, /api/calendar/CODICE.ics:
  --calendar-secret-file FILE  Il segreto (almeno 16 byte; ad esempio
                           openssl rand -base64 32 > FILE), altrimenti la
                           variabile MECHNET_CALENDAR_SECRET; senza segreto
                           i calendari delle imprese non esistono (404)
Posta (i messaggi del programma: la ricevuta di una domanda...):
  --smtp-host H            Il server di posta (anche MECHNET_SMTP_HOST); senza,
                           i messaggi restano in attesa nel database
  --smtp-port N            La porta (MECHNET_SMTP_PORT; 587, o 465 con --smtp-secure)
  --smtp-secure            TLS dal primo byte (MECHNET_SMTP_SECURE=true);
                           altrimenti STARTTLS quando il server lo offre
  --smtp-user U            L'utente (MECHNET_SMTP_USER)
  --smtp-password-file F   Un file con la password (o MECHNET_SMTP_PASSWORD)
  --mail-from INDIRIZZO    Il mittente, es. "MechNet <mechnet@camera.it>"
                           (MECHNET_MAIL_FROM)
  --send-every S           Ogni quanti secondi inviare i messaggi in attesa (15)
Conferma dalla PEC (se la definizione la chiede):
  --public-url URL         L'indirizzo pubblico del server, con cui iniziano i
                           link nei messaggi (MECHNET_PUBLIC_URL); predefinito:
                           quello della richiesta
  --confirmed-url URL      Una pagina del sito dove mandare l'impresa dopo la
                           conferma, invece della pagina del server
Area riservata (/api/officer/, account creati con mechnet officer add):
  --auth-header NOME       Con --trust-proxy: l'intestazione in cui il proxy
                           (accesso unico della Camera) scrive l'email
                           dell'account entrato, al posto della password
Ctrl+C lo ferma (dopo l'invio in corso).`,
    init: `Uso: mechnet init --store URL --programme ID|definizione.json

Prepara il database (migrazioni) e vi registra il programma.`,
    migrate: `Uso: mechnet migrate --store URL

Porta le tabelle del database all'ultima versione.`,
    export: `Uso: mechnet export --store URL --programme ID [--out registro.json]

Scrive il registro completo del programma (JSON), su file o a video.`,
    load: `Uso: mechnet load registro.json --store URL

Carica un registro JSON in un database (anche da SQLite a PostgreSQL, con
export e load). Ogni evento è controllato; il programma deve essere vuoto.`,
    applications: `Uso: mechnet applications --store URL --programme ID [--as-of AAAA-MM-GG] [--find TESTO]

Le domande in attesa di decisione e in lista d'attesa, in ordine di arrivo,
ciascuna col suo numero di protocollo: per ciascuna se il programma può
accoglierla alla data (predefinita: oggi), ogni motivo e il posto in lista
d'attesa. Se il programma chiede la conferma dalla PEC, anche le domande non
ancora confermate e quelle contese (per un'impresa già di un'altra domanda
confermata), da decidere con una ragione.
  --find TESTO   Solo le domande, anche già decise, il cui numero di
                 protocollo, partita IVA o ragione sociale contiene TESTO
                 (maiuscole o minuscole non contano)`,
    add: `Uso: mechnet add eventi.json --store URL --programme ID

Aggiunge eventi al registro del database (accettare o respingere una
domanda, assegnare un temporary manager, registrare un'analisi, un piano,
una verifica...). Ogni evento è controllato con le regole del programma:
se uno non è ammesso, niente viene aggiunto e ogni problema è spiegato.
Una decisione su una domanda (accolta, in lista d'attesa, respinta con le
sue ragioni) scrive, insieme all'evento, il messaggio al contatto
dell'impresa; quello di accoglienza dà il calendario delle verifiche
dell'impresa se sono noti MECHNET_CALENDAR_SECRET e l'indirizzo pubblico.
  --public-url URL   L'indirizzo pubblico del server (o MECHNET_PUBLIC_URL),
                     es. https://mechnet.camera.it`,
    officer: `Uso: mechnet officer add EMAIL --role officer|manager|auditor --name NOME [--firms PIVA,PIVA] [--password-file FILE] --store URL
     mechnet officer list --store URL
     mechnet officer disable EMAIL --store URL

Gli account dell'area riservata di mechnet serve (la scrivania dell'ufficio):
officer decide le domande e registra ogni evento; manager (un temporary
manager) registra analisi, piano, misure e verifiche delle imprese indicate
con --firms; auditor legge soltanto. La password è chiesta due volte (o letta
da --password-file, o da due righe dell'input); è conservata solo come
hash scrypt. Rieseguire add cambia nome, ruolo, imprese e password.`,
    confirm: `Uso: mechnet confirm --store URL --programme ID --application NUMERO --how TESTO [--author NOME]

Conferma una domanda con una prova diversa dal link PEC (per un'impresa la
cui PEC non riceve il messaggio): registra enrolment.confirmed con chi e come.
Da quel giorno la domanda conta per i posti e la lista d'attesa.
  --application NUMERO  Il numero di protocollo (MECHNET-VARESE-2010-0007) o
                        l'evento (app-0007), come li mostra mechnet applications
  --how TESTO           Come è stata verificata l'impresa (es. "telefonata al
                        legale rappresentante, visura del 12/4")
  --author NOME         Chi conferma (predefinito: Ufficio del programma)`,
    remind: `Uso: mechnet remind --store URL --programme ID [--as-of AAAA-MM-GG]

Mette in coda i promemoria della data (predefinita: oggi), secondo
communication nella definizione: a ogni impresa le verifiche previste entro
reminderDaysBefore giorni e quelle in ritardo; all'indirizzo dell'ufficio
del programma, nel giorno digestWeekday, il riepilogo delle verifiche da
svolgere e in ritardo (come mechnet schedule alla stessa data). Ogni
promemoria è scritto una volta sola: rieseguito con la stessa data, non
aggiunge niente. I messaggi partono con mechnet send o mechnet serve.`,
    erase: `Uso: mechnet erase --store URL --programme ID --firm PIVA --reason TESTO [--author NOME]
     mechnet erase --store URL --programme ID --due [--as-of AAAA-MM-GG] [--reason TESTO] [--author NOME]

Cancella i dati personali di un'impresa (GDPR art. 17) dagli eventi
conservati: la persona di contatto, il consenso, il dettaglio de minimis,
il codice fiscale di una persona, le note, le attività, i rilievi
dell'analisi, il titolare del piano; al loro posto i segni di un registro
pubblico ({ "redacted": true }, "riservato"). Le cifre restano tali e
quali. Un evento erasure registra chi, quando, perché e quali campi.
  --firm PIVA      L'impresa, a sua richiesta
  --due            Ogni impresa il cui tempo di conservazione (la regola
                   retention della definizione) è finito alla data --as-of
                   (predefinita: oggi)
  --reason TESTO   Il motivo (con --due, predefinito: la regola scaduta)
  --author NOME    Chi cancella (predefinito: mechnet erase)
Una seconda volta non cancella niente e lo dice.`,
    subject: `Uso: mechnet subject --store URL --programme ID --firm PIVA [--out FILE]

Tutto ciò che il registro conserva su un'impresa e le sue persone, per una
richiesta di accesso (GDPR art. 15), in JSON: la domanda com'è conservata,
il consenso e la sua storia, ogni evento che la nomina (anche le
collaborazioni e le aggregazioni di cui fa parte) e le cancellazioni.`,
    backup: `Uso: mechnet backup --store URL --out PERCORSO

Una copia del database, anche mentre il server riceve domande.
SQLite: PERCORSO è un nuovo file SQLite (backup in linea di SQLite); si usa
così com'è (--store sqlite:PERCORSO) o si ricarica con mechnet load PERCORSO.
PostgreSQL: PERCORSO è una nuova cartella con un file PROGRAMMA.json per
programma, nel formato di mechnet export; si ricarica con mechnet load.`,
    send: `Uso: mechnet send --store URL [--programme ID] [opzioni di posta]

Invia una volta i messaggi in attesa (per cron, quando nessun mechnet serve
invia): ciascuno al più una volta, anche con più invii insieme; un invio non
riuscito è riprovato più tardi (1 min, 5 min, 30 min, 2 h, poi ogni 6 h).
Posta (i messaggi del programma: la ricevuta di una domanda...):
  --smtp-host H            Il server di posta (anche MECHNET_SMTP_HOST); senza,
                           i messaggi restano in attesa nel database
  --smtp-port N            La porta (MECHNET_SMTP_PORT; 587, o 465 con --smtp-secure)
  --smtp-secure            TLS dal primo byte (MECHNET_SMTP_SECURE=true);
                           altrimenti STARTTLS quando il server lo offre
  --smtp-user U            L'utente (MECHNET_SMTP_USER)
  --smtp-password-file F   Un file con la password (o MECHNET_SMTP_PASSWORD)
  --mail-from INDIRIZZO    Il mittente, es. "MechNet <mechnet@camera.it>"
                           (MECHNET_MAIL_FROM)
Codice di uscita 0 anche se il server di posta non risponde (i messaggi
restano in attesa); 1 se il database non risponde.`,
    outbox: `Uso: mechnet outbox --store URL [--programme ID]

I messaggi del programma: quanti inviati, quelli in attesa (con il prossimo
tentativo e l'ultimo errore) e quelli non inviati, a cui si è rinunciato.
Dice se i messaggi aspettano perché non c'è un server di posta (guarda
MECHNET_SMTP_HOST o --smtp-host).
  --smtp-host H   Il server di posta che mechnet serve o send usa`,
    publish: `Uso: mechnet publish registro.json --out pubblico.json [--anonymous] [--as-of AAAA-MM-GG]

Scrive il registro pubblico, da pubblicare sul sito per i widget: senza dati
personali; nomina solo le imprese ammesse che hanno acconsentito alla
pubblicazione alla data (--as-of, altrimenti secondo tutti gli eventi), le
altre sono «Impresa n». Con --anonymous non nomina nessuna impresa e
generalizza ciò che le renderebbe riconoscibili finché ogni gruppo di
imprese simili ne conta almeno publication.minimumGroup (k). Dice quante
imprese sono nominate, perché le altre no, e k.`,
  },
  missingStore: 'Manca il database: --store sqlite:FILE oppure --store postgres://...',
  missingProgramme: 'Manca il programma: --programme ID oppure --programme definizione.json',
  missingOut: 'Manca il file da scrivere: --out FILE',
  badPort: (v) => `Porta non valida: ${v}`,
  unknownProgramme: (id) => `Il programma «${id}» non è nel database né tra quelli predefiniti: usare mechnet init`,
  listening: (url, engine, programme) => `mechnet: ${programme} su ${url} (database ${engine}); Ctrl+C per fermare`,
  stopping: 'mechnet: arresto',
  migrated: (v, engine) => `Database ${engine} alla versione ${v}`,
  initialised: (p, engine) => `Programma ${p} registrato nel database ${engine}`,
  notEmpty: (p, n) => `Il programma ${p} ha già ${n} eventi nel database: niente è stato caricato`,
  loaded: (n, p) => `${n} eventi caricati nel programma ${p}`,
  exported: (n, f) => `${n} eventi scritti in ${f}`,
  published: (f, level) => `Registro ${level === 'anonymous' ? 'anonimo' : 'pubblico'} scritto in ${f}`,
  publication: (r) =>
    [
      `Imprese nominate: ${r.named ?? 0}; indicate come «Impresa n»: ${(r.unnamed?.notAdmitted ?? 0) + (r.unnamed?.withoutConsent ?? 0) + (r.unnamed?.anonymous ?? 0)}` +
        ` (mai ammesse ${r.unnamed?.notAdmitted ?? 0}, senza consenso alla pubblicazione ${r.unnamed?.withoutConsent ?? 0}, anonime per scelta del registro ${r.unnamed?.anonymous ?? 0})`,
      ...(r.k !== undefined ? [`k = ${r.k} (minimo ${r.minimumGroup}): il gruppo più piccolo di imprese simili; generalizzati: ${(r.generalised ?? []).join(', ')}`] : []),
    ].join('\n'),
  storeFailed: (d) => `Errore del database: ${d}`,
  noPending: (p) => `Nessuna domanda in attesa nel programma ${p}`,
  pending: (n, p, d) => `${n === 1 ? '1 domanda in attesa' : `${n} domande in attesa`} nel programma ${p}, al ${d}:`,
  found: (n, text, p) => `${n === 1 ? '1 domanda' : `${n} domande`} del programma ${p} con «${text}» nel numero di protocollo, nella partita IVA o nella ragione sociale:`,
  noMatch: (text, p) => `Nessuna domanda del programma ${p} con «${text}» nel numero di protocollo, nella partita IVA o nella ragione sociale`,
  application: (ref, piva, name, on, status) => `${ref}: ${name} (partita IVA ${piva}), domanda del ${on}, ${status}`,
  unconfirmed: (n) => (n === 1 ? '1 domanda non ancora confermata dalla PEC:' : `${n} domande non ancora confermate dalla PEC:`),
  claim: (ref, id, piva, name, on, until, expired) => `${ref} (${id}): ${name} (partita IVA ${piva}), domanda del ${on}, ${expired ? 'link scaduto il' : 'link valido fino al'} ${until}`,
  contested: (n) => (n === 1 ? "1 domanda contesa (l'impresa è già di un'altra domanda confermata), da decidere con una ragione:" : `${n} domande contese (l'impresa è già di un'altra domanda confermata), da decidere con una ragione:`),
  contestedClaim: (ref, id, piva, name, on, held) => `${ref} (${id}): ${name} (partita IVA ${piva}), domanda del ${on}; l'impresa è della domanda ${held}`,
  confirmed: (ref, name, p) => `Domanda ${ref} di ${name} confermata nel programma ${p}`,
  accountAdded: (e, r) => `Account ${e} pronto, ruolo ${r}`,
  accountDisabled: (e) => `Account ${e} disattivato: le sue sessioni sono chiuse`,
  noAccounts: 'Nessun account: mechnet officer add EMAIL --role officer|manager|auditor --name NOME',
  accountLine: (e, n, r, f, s) => `${e}  ${n}  ${r}${f ? `  imprese ${f}` : ''}  ${s}`,
  accountStates: { active: 'attivo', disabled: 'disattivato', locked: (u) => `bloccato fino a ${u}`, noPassword: 'senza password' },
  unknownAccount: (e) => `Nessun account ${e}`,
  badRole: (r) => `Ruolo sconosciuto: ${r} (officer, manager o auditor)`,
  badEmail: (e) => `Non è un indirizzo email: ${e}`,
  missingName: 'Manca il nome: --name "Nome Cognome" (firma gli eventi registrati)',
  passwordPrompt: 'Password: ',
  passwordAgain: 'Di nuovo: ',
  passwordsDiffer: 'Le due password non coincidono: nessun account è stato cambiato',
  passwordShort: (n) => `La password deve avere almeno ${n} caratteri`,
  missingApplication: 'Manca la domanda: --application NUMERO_DI_PROTOCOLLO (o app-NNNN)',
  missingHow: 'Manca la prova: --how "come è stata verificata l\'impresa"',
  unknownApplication: (text, p) => `Nessuna domanda «${text}» nel programma ${p}`,
  noConfirmation: (p) => `Il programma ${p} non chiede conferma delle domande (enrolment.confirmation non è pec)`,
  badConfirmedUrl: (v) => `--confirmed-url non è un indirizzo http o https: ${v}`,
  statuses: { applied: 'da decidere', waitlisted: "in lista d'attesa", accepted: 'ammessa', rejected: 'respinta', withdrawn: 'ritirata' },
  outcome: { accept: 'ammissibile', waitlist: "ammissibile, in lista d'attesa", reject: 'non ammissibile' },
  waitlistPlace: (n) => `posto ${n} in lista d'attesa`,
  added: (n, p) => (n === 1 ? `1 evento aggiunto al programma ${p}` : `${n} eventi aggiunti al programma ${p}`),
  decisionsQueued: (n) => (n === 1 ? '1 messaggio in coda per l\'impresa' : `${n} messaggi in coda per le imprese`),
  remindersQueued: (n, p, d) => (n === 1 ? `1 nuovo messaggio in coda per il programma ${p} al ${d}` : `${n} nuovi messaggi in coda per il programma ${p} al ${d}`),
  noCommunication: (p) => `La definizione del programma ${p} non ha communication: nessun promemoria`,
  badPublicUrl: (v) => `--public-url (o MECHNET_PUBLIC_URL) non è un indirizzo http o https: ${v}`,
  refused: (n) => (n === 1 ? '1 problema: niente è stato aggiunto' : `${n} problemi: niente è stato aggiunto`),
  notInitialised: 'Il database non ha ancora le tabelle di mechnet: usare prima mechnet init (o mechnet load)',
  badEvents: 'Il file deve contenere un elenco di eventi in JSON (oppure { "events": [...] })',
  badNumber: (o, v, min, max) => `${o} vuole un numero intero da ${min} a ${max}, non «${v}»`,
  badStatic: (v) => `--static ${v}: cartella inesistente (scrivere CARTELLA oppure /PERCORSO=CARTELLA)`,
  badOrigin: (v) => `--origin ${v}: non è un'origine; scriverla come la mostra il browser, es. https://www.esempio.it (senza percorso né barra finale)`,
  hopsNeedTrust: '--proxy-hops ha senso solo insieme a --trust-proxy',
  missingFirm: "Manca l'impresa: --firm PARTITA_IVA",
  missingReason: 'Manca il motivo: --reason TESTO',
  eraseHow: "Indicare l'impresa (--firm PIVA) oppure --due, non entrambi",
  badDate: (v) => `Data non valida: «${v}» (scrivere AAAA-MM-GG)`,
  erased: (f, n, e) => `Dati personali dell'impresa ${f} cancellati: ${n === 1 ? '1 campo' : `${n} campi`} in ${e === 1 ? '1 evento' : `${e} eventi`}`,
  nothingToErase: (f) => `L'impresa ${f} non ha più dati personali: niente da cancellare`,
  noneDue: (p, d) => `Nessuna impresa del programma ${p} ha dati personali da cancellare al ${d}`,
  due: (n, p, d) => `${n === 1 ? "1 impresa" : `${n} imprese`} del programma ${p} con dati personali da cancellare al ${d}:`,
  dueLine: (f, name, rule, on) => `${f} ${name}: ${rule === 'not-admitted' ? 'domanda mai ammessa' : 'dati personali'}, da cancellare dal ${on}`,
  retentionReason: (rule, on) =>
    `Tempo di conservazione finito il ${on} (${rule === 'not-admitted' ? 'domanda mai ammessa' : 'dati personali dopo la fine del programma'})`,
  subjectWritten: (f, n, file) => `Dati dell'impresa ${f} (${n === 1 ? '1 evento' : `${n} eventi`}) scritti in ${file}`,
  backedUp: (file, bytes, ms) => `Copia del database scritta in ${file} (${bytes} byte, ${Math.round(ms)} ms)`,
  backedUpProgrammes: (n, dir, ms) => `${n === 1 ? '1 programma' : `${n} programmi`} copiati nella cartella ${dir} (${Math.round(ms)} ms)`,
  backupExists: (p) => `${p} esiste già: la copia non sovrascrive niente`,
  mailServer: (h) => (h ? `mechnet: i messaggi sono inviati dal server di posta ${h}` : 'mechnet: nessun server di posta (--smtp-host o MECHNET_SMTP_HOST): i messaggi restano in attesa nel database'),
  badSmtpPort: (v) => `--smtp-port vuole una porta da 1 a 65535, non «${v}»`,
  badSecure: (v) => `MECHNET_SMTP_SECURE vuole true o false, non «${v}»`,
  sendPass: (r) => `Messaggi inviati: ${r.sent}; da riprovare più tardi: ${r.retrying}; rinunciati: ${r.gaveUp}`,
  noMailServer: 'Nessun server di posta configurato (--smtp-host o MECHNET_SMTP_HOST): nessun messaggio inviato, restano in attesa',
  outboxNeedsMigrate: 'Il database non ha ancora la tabella dei messaggi: usare mechnet migrate (o avviare mechnet serve)',
  outboxEmpty: (p) => (p ? `Nessun messaggio per il programma ${p}` : 'Nessun messaggio nel database'),
  outboxCounts: (r) => `Messaggi: ${r.sent} inviati, ${r.waiting} in attesa, ${r.failed} non inviati (rinunciati)`,
  outboxWaitsForServer: (n) => `${n === 1 ? 'Un messaggio aspetta' : `${n} messaggi aspettano`} perché non è configurato un server di posta: impostare MECHNET_SMTP_HOST (o --smtp-host) per mechnet serve o mechnet send`,
  outboxLine: (m) =>
    `  #${m.id} ${m.programme} ${m.cause}: ${m.status === 'waiting' ? `in attesa${m.when ? `, prossimo tentativo ${m.when}` : ''}` : m.status === 'sent' ? `inviato ${m.when ?? ''}` : 'non inviato, rinunciato'} (tentativi: ${m.attempts})${m.error ? `\n     ultimo errore: ${m.error}` : ''}`,
  loadedBackup: (p, e) => `Copia caricata: ${p === 1 ? '1 programma' : `${p} programmi`}, ${e} eventi`,
  badCalendarSecret: (source, min) => `Il segreto dei calendari (${source}) non si legge o è troppo corto: almeno ${min} byte, ad esempio openssl rand -base64 32`,
};

const en: StoreMessages = {
  commands: {
    serve: `Usage: mechnet serve --store sqlite:FILE|postgres://... --programme ID|definition.json [options]

Starts the server that receives the enrolment form's applications
(POST /api/enrolments) and serves the public record for the widgets
(GET /api/record.json). Migrates the database on start.
  --port N                 Port (default 8080)
  --host H                 Address (default 127.0.0.1)
  --static DIR             Also serve the files of a folder (the site's pages);
  --static /PATH=DIR       repeatable: each folder under its own path. Never
                           files whose name starts with a dot, never links
                           that lead out of the folder
  --csp POLICY             Content-Security-Policy sent with those files
  --anonymous              The public record shows "Impresa 1..n"
  --origin URL             A site allowed to send applications from another
                           origin (CORS), e.g. https://www.chamber.it; repeatable
  --trust-proxy            A proxy in front sets X-Forwarded-For: the client
                           is read from it (only with this option)
  --proxy-hops N           With --trust-proxy: how many trusted proxies (1)
Limits (defaults in brackets):
  --post-rate N            Applications per minute per client (10; 0 no limit)
  --get-rate N             Reads per minute per client (300; 0 no limit)
  --max-connections N      Connections open at once (256)
  --headers-timeout S      Seconds to receive the headers (10)
  --request-timeout S      Seconds to receive the whole request (30)
  --keep-alive-timeout S   Seconds an idle connection is kept open (5)
  --max-header-size BYTES  Largest size of the headers (16384)
  --body-limit BYTES       Largest size of an application (65536)
Calendars (RFC 5545): GET /api/calendar.ics, the programme's verification
dates (no firm named); with a secret, each firm has its own calendar at an
address only it receives, /api/calendar/TOKEN.ics:
  --calendar-secret-file FILE  The secret (at least 16 bytes; e.g.
                           openssl rand -base64 32 > FILE), else the
                           variable MECHNET_CALENDAR_SECRET; without a secret
                           the firms' calendars do not exist (404)
Mail (the programme's messages: an application's receipt...):
  --smtp-host H            The mail server (also MECHNET_SMTP_HOST); without one,
                           messages wait in the database
  --smtp-port N            Its port (MECHNET_SMTP_PORT; 587, or 465 with --smtp-secure)
  --smtp-secure            TLS from the first byte (MECHNET_SMTP_SECURE=true);
                           else STARTTLS when the server offers it
  --smtp-user U            The user (MECHNET_SMTP_USER)
  --smtp-password-file F   A file holding the password (or MECHNET_SMTP_PASSWORD)
  --mail-from ADDRESS      The sender, e.g. "MechNet <mechnet@chamber.it>"
                           (MECHNET_MAIL_FROM)
  --send-every S           How often to send the waiting messages, in seconds (15)
Confirmation from the PEC (when the definition asks for it):
  --public-url URL         The server's public address, that links in messages
                           start with (MECHNET_PUBLIC_URL); default: the
                           request's
  --confirmed-url URL      A page of the site to send the firm to once
                           confirmed, instead of the server's page
Reserved area (/api/officer/, accounts made with mechnet officer add):
  --auth-header NAME       With --trust-proxy: the header in which the proxy
                           (the Chamber's single sign-on) writes the signed-in
                           account's e-mail, in place of the password
Ctrl+C stops it (after the send in progress).`,
    init: `Usage: mechnet init --store URL --programme ID|definition.json

Prepares the database (migrations) and registers the programme in it.`,
    migrate: `Usage: mechnet migrate --store URL

Brings the database's tables to the latest version.`,
    export: `Usage: mechnet export --store URL --programme ID [--out record.json]

Writes the programme's full record (JSON), to a file or the screen.`,
    load: `Usage: mechnet load record.json --store URL

Loads a JSON record into a database (also SQLite to PostgreSQL, with export
and load). Every event is checked; the programme must be empty.`,
    applications: `Usage: mechnet applications --store URL --programme ID [--as-of YYYY-MM-DD] [--find TEXT]

The applications awaiting a decision and on the waitlist, in order of
arrival, each with its reference: for each, whether the programme can accept
it on the date (default: today), every reason and the place on the waitlist.
When the programme asks for confirmation from the PEC, also the applications
not yet confirmed and the contested ones (for a firm another confirmed
application holds), to decide with a reason.
  --find TEXT    Only the applications, decided ones too, whose reference,
                 partita IVA or company name contains TEXT (upper or lower
                 case alike)`,
    add: `Usage: mechnet add events.json --store URL --programme ID

Adds events to the record in the database (accepting or rejecting an
application, assigning a temporary manager, recording an analysis, a plan, a
verification...). Every event is checked by the programme's rules: if one is
not allowed, nothing is added and every problem is explained.
A decision on an application (accepted, waitlisted, rejected with its
reasons) writes, with the event, the message to the firm's contact; the
acceptance gives the firm's calendar of verifications when
MECHNET_CALENDAR_SECRET and the public address are known.
  --public-url URL   The server's public address (or MECHNET_PUBLIC_URL),
                     e.g. https://mechnet.camera.it`,
    officer: `Usage: mechnet officer add EMAIL --role officer|manager|auditor --name NAME [--firms PIVA,PIVA] [--password-file FILE] --store URL
       mechnet officer list --store URL
       mechnet officer disable EMAIL --store URL

The accounts of mechnet serve's reserved area (the office's desk): officer
decides applications and records every event; manager (a temporary
manager) records the analysis, plan, measurements and verifications of the
firms given with --firms; auditor only reads. The password is asked twice
(or read from --password-file, or from two lines of the input); only its
scrypt hash is kept. Running add again changes name, role, firms and
password.`,
    confirm: `Usage: mechnet confirm --store URL --programme ID --application REFERENCE --how TEXT [--author NAME]

Confirms an application by a proof other than the PEC link (for a firm
whose PEC does not receive the message): records enrolment.confirmed with
who and how. From that day the application counts for the places and the
waitlist.
  --application REF  The reference (MECHNET-VARESE-2010-0007) or the event
                     (app-0007), as mechnet applications shows them
  --how TEXT         How the firm was checked (e.g. "telephone call to the
                     legal representative, register extract of 12/4")
  --author NAME      Who confirms (default: Ufficio del programma)`,
    remind: `Usage: mechnet remind --store URL --programme ID [--as-of YYYY-MM-DD]

Queues the reminders of the date (default: today), by communication in the
definition: to each firm, its verifications within reminderDaysBefore days
and its overdue ones; to the programme office's address, on the
digestWeekday, the digest of due and overdue verifications (as mechnet
schedule shows them on the same date). Each reminder is written once: run
again with the same date, it adds nothing. mechnet send or mechnet serve
sends them.`,
    erase: `Usage: mechnet erase --store URL --programme ID --firm PIVA --reason TEXT [--author NAME]
       mechnet erase --store URL --programme ID --due [--as-of YYYY-MM-DD] [--reason TEXT] [--author NAME]

Erases a firm's personal data (GDPR art. 17) from the stored events: the
contact person, the consent, the de minimis detail, a person's codice
fiscale, notes, activities, the analysis's findings, the plan's owner; in
their place the markers of a public record ({ "redacted": true },
"riservato"). Figures stay as they are. An erasure event records who, when,
why and which fields.
  --firm PIVA      The firm, at its request
  --due            Every firm whose retention time (the definition's
                   retention rule) is over on --as-of (default: today)
  --reason TEXT    Why (with --due, default: the rule whose time is over)
  --author NAME    Who erases (default: mechnet erase)
A second run erases nothing and says so.`,
    subject: `Usage: mechnet subject --store URL --programme ID --firm PIVA [--out FILE]

Everything the record holds about a firm and its people, for an access
request (GDPR art. 15), as JSON: the application as stored, the consent and
its history, every event naming the firm (the collaborations and
aggregations it belongs to as well) and the erasures.`,
    backup: `Usage: mechnet backup --store URL --out PATH

A copy of the database, also while the server receives applications.
SQLite: PATH is a new SQLite file (SQLite's online backup); use it as it is
(--store sqlite:PATH) or load it again with mechnet load PATH.
PostgreSQL: PATH is a new folder with one PROGRAMME.json per programme, in
the format of mechnet export; load them again with mechnet load.`,
    send: `Usage: mechnet send --store URL [--programme ID] [mail options]

Sends the waiting messages once (for cron, when no mechnet serve sends
them): each at most once, even with several sends at the same time; a send
that fails is tried again later (1 min, 5 min, 30 min, 2 h, then every 6 h).
Mail (the programme's messages: an application's receipt...):
  --smtp-host H            The mail server (also MECHNET_SMTP_HOST); without one,
                           messages wait in the database
  --smtp-port N            Its port (MECHNET_SMTP_PORT; 587, or 465 with --smtp-secure)
  --smtp-secure            TLS from the first byte (MECHNET_SMTP_SECURE=true);
                           else STARTTLS when the server offers it
  --smtp-user U            The user (MECHNET_SMTP_USER)
  --smtp-password-file F   A file holding the password (or MECHNET_SMTP_PASSWORD)
  --mail-from ADDRESS      The sender, e.g. "MechNet <mechnet@chamber.it>"
                           (MECHNET_MAIL_FROM)
Exit code 0 even when the mail server does not answer (the messages wait);
1 when the database does not answer.`,
    outbox: `Usage: mechnet outbox --store URL [--programme ID]

The programme's messages: how many were sent, those waiting (with the next
attempt and the last error) and those given up.
Says when messages wait because there is no mail server (see
MECHNET_SMTP_HOST or --smtp-host).
  --smtp-host H   The mail server mechnet serve or send uses`,
    publish: `Usage: mechnet publish record.json --out public.json [--anonymous] [--as-of YYYY-MM-DD]

Writes the public record, to publish on the site for the widgets: no
personal data; it names only the admitted firms that consented to
publication on the date (--as-of, else by every event), the others are
"Impresa n". With --anonymous it names no firm and generalises what would
make firms recognisable until every group of alike firms has at least
publication.minimumGroup of them (k). It says how many firms are named, why
the others are not, and k.`,
  },
  missingStore: 'The database is missing: --store sqlite:FILE or --store postgres://...',
  missingProgramme: 'The programme is missing: --programme ID or --programme definition.json',
  missingOut: 'The file to write is missing: --out FILE',
  badPort: (v) => `Not a port: ${v}`,
  unknownProgramme: (id) => `The programme "${id}" is neither in the database nor a preset: use mechnet init`,
  listening: (url, engine, programme) => `mechnet: ${programme} on ${url} (${engine} database); Ctrl+C to stop`,
  stopping: 'mechnet: stopping',
  migrated: (v, engine) => `${engine} database at version ${v}`,
  initialised: (p, engine) => `Programme ${p} registered in the ${engine} database`,
  notEmpty: (p, n) => `The programme ${p} already has ${n} events in the database: nothing was loaded`,
  loaded: (n, p) => `${n} events loaded into the programme ${p}`,
  exported: (n, f) => `${n} events written to ${f}`,
  published: (f, level) => `${level === 'anonymous' ? 'Anonymous' : 'Public'} record written to ${f}`,
  publication: (r) =>
    [
      `Firms named: ${r.named ?? 0}; shown as "Impresa n": ${(r.unnamed?.notAdmitted ?? 0) + (r.unnamed?.withoutConsent ?? 0) + (r.unnamed?.anonymous ?? 0)}` +
        ` (never admitted ${r.unnamed?.notAdmitted ?? 0}, without consent to publication ${r.unnamed?.withoutConsent ?? 0}, anonymous by the record's level ${r.unnamed?.anonymous ?? 0})`,
      ...(r.k !== undefined ? [`k = ${r.k} (minimum ${r.minimumGroup}): the smallest group of alike firms; generalised: ${(r.generalised ?? []).join(', ')}`] : []),
    ].join('\n'),
  storeFailed: (d) => `Database error: ${d}`,
  noPending: (p) => `No application awaiting a decision in the programme ${p}`,
  pending: (n, p, d) => `${n === 1 ? '1 application' : `${n} applications`} awaiting a decision in the programme ${p}, on ${d}:`,
  found: (n, text, p) => `${n === 1 ? '1 application' : `${n} applications`} to the programme ${p} with "${text}" in the reference, partita IVA or company name:`,
  noMatch: (text, p) => `No application to the programme ${p} has "${text}" in its reference, partita IVA or company name`,
  application: (ref, piva, name, on, status) => `${ref}: ${name} (partita IVA ${piva}), applied on ${on}, ${status}`,
  unconfirmed: (n) => (n === 1 ? '1 application not yet confirmed from the PEC link:' : `${n} applications not yet confirmed from the PEC link:`),
  claim: (ref, id, piva, name, on, until, expired) => `${ref} (${id}): ${name} (partita IVA ${piva}), applied on ${on}, link ${expired ? 'expired on' : 'valid until'} ${until}`,
  contested: (n) => (n === 1 ? '1 contested application (another confirmed application holds the firm), to decide with a reason:' : `${n} contested applications (another confirmed application holds the firm), to decide with a reason:`),
  contestedClaim: (ref, id, piva, name, on, held) => `${ref} (${id}): ${name} (partita IVA ${piva}), applied on ${on}; the firm is held by the application ${held}`,
  confirmed: (ref, name, p) => `Application ${ref} of ${name} confirmed in the programme ${p}`,
  accountAdded: (e, r) => `Account ${e} ready, role ${r}`,
  accountDisabled: (e) => `Account ${e} disabled: its sessions are closed`,
  noAccounts: 'No account: mechnet officer add EMAIL --role officer|manager|auditor --name NAME',
  accountLine: (e, n, r, f, s) => `${e}  ${n}  ${r}${f ? `  firms ${f}` : ''}  ${s}`,
  accountStates: { active: 'active', disabled: 'disabled', locked: (u) => `locked until ${u}`, noPassword: 'no password' },
  unknownAccount: (e) => `No account ${e}`,
  badRole: (r) => `Unknown role: ${r} (officer, manager or auditor)`,
  badEmail: (e) => `Not an e-mail address: ${e}`,
  missingName: 'The name is missing: --name "Name Surname" (it signs the events recorded)',
  passwordPrompt: 'Password: ',
  passwordAgain: 'Again: ',
  passwordsDiffer: 'The two passwords differ: no account was changed',
  passwordShort: (n) => `The password must have at least ${n} characters`,
  missingApplication: 'The application is missing: --application REFERENCE (or app-NNNN)',
  missingHow: 'The proof is missing: --how "how the firm was checked"',
  unknownApplication: (text, p) => `No application "${text}" in the programme ${p}`,
  noConfirmation: (p) => `The programme ${p} does not ask for applications to be confirmed (enrolment.confirmation is not pec)`,
  badConfirmedUrl: (v) => `--confirmed-url is not an http or https address: ${v}`,
  statuses: { applied: 'to decide', waitlisted: 'on the waitlist', accepted: 'accepted', rejected: 'rejected', withdrawn: 'withdrawn' },
  outcome: { accept: 'eligible', waitlist: 'eligible, waitlisted', reject: 'not eligible' },
  waitlistPlace: (n) => `place ${n} on the waitlist`,
  added: (n, p) => (n === 1 ? `1 event added to the programme ${p}` : `${n} events added to the programme ${p}`),
  decisionsQueued: (n) => (n === 1 ? '1 message queued for the firm' : `${n} messages queued for the firms`),
  remindersQueued: (n, p, d) => (n === 1 ? `1 new message queued for the programme ${p} on ${d}` : `${n} new messages queued for the programme ${p} on ${d}`),
  noCommunication: (p) => `The definition of the programme ${p} has no communication: no reminders`,
  badPublicUrl: (v) => `--public-url (or MECHNET_PUBLIC_URL) is not an http or https address: ${v}`,
  refused: (n) => (n === 1 ? '1 problem: nothing was added' : `${n} problems: nothing was added`),
  notInitialised: 'The database has no mechnet tables yet: run mechnet init (or mechnet load) first',
  badEvents: 'The file must hold a JSON list of events (or { "events": [...] })',
  badNumber: (o, v, min, max) => `${o} needs a whole number from ${min} to ${max}, not "${v}"`,
  badStatic: (v) => `--static ${v}: no such folder (use DIR or /PATH=DIR)`,
  badOrigin: (v) => `--origin ${v}: not an origin; write it as the browser does, e.g. https://www.example.it (no path, no trailing slash)`,
  hopsNeedTrust: '--proxy-hops is meaningful only with --trust-proxy',
  missingFirm: 'The firm is missing: --firm PARTITA_IVA',
  missingReason: 'The reason is missing: --reason TEXT',
  eraseHow: 'Name the firm (--firm PIVA) or --due, not both',
  badDate: (v) => `Not a date: "${v}" (write YYYY-MM-DD)`,
  erased: (f, n, e) => `Personal data of the firm ${f} erased: ${n === 1 ? '1 field' : `${n} fields`} in ${e === 1 ? '1 event' : `${e} events`}`,
  nothingToErase: (f) => `The firm ${f} has no personal data left: nothing to erase`,
  noneDue: (p, d) => `No firm of the programme ${p} has personal data to erase on ${d}`,
  due: (n, p, d) => `${n === 1 ? '1 firm' : `${n} firms`} of the programme ${p} with personal data to erase on ${d}:`,
  dueLine: (f, name, rule, on) => `${f} ${name}: ${rule === 'not-admitted' ? 'application never admitted' : 'personal data'}, to erase from ${on}`,
  retentionReason: (rule, on) =>
    `Retention time over on ${on} (${rule === 'not-admitted' ? 'application never admitted' : 'personal data after the programme ended'})`,
  subjectWritten: (f, n, file) => `Data of the firm ${f} (${n === 1 ? '1 event' : `${n} events`}) written to ${file}`,
  backedUp: (file, bytes, ms) => `Copy of the database written to ${file} (${bytes} bytes, ${Math.round(ms)} ms)`,
  backedUpProgrammes: (n, dir, ms) => `${n === 1 ? '1 programme' : `${n} programmes`} copied into the folder ${dir} (${Math.round(ms)} ms)`,
  backupExists: (p) => `${p} exists already: a backup overwrites nothing`,
  mailServer: (h) => (h ? `mechnet: messages are sent through the mail server ${h}` : 'mechnet: no mail server (--smtp-host or MECHNET_SMTP_HOST): messages wait in the database'),
  badSmtpPort: (v) => `--smtp-port needs a port from 1 to 65535, not "${v}"`,
  badSecure: (v) => `MECHNET_SMTP_SECURE needs true or false, not "${v}"`,
  sendPass: (r) => `Messages sent: ${r.sent}; to try again later: ${r.retrying}; given up: ${r.gaveUp}`,
  noMailServer: 'No mail server configured (--smtp-host or MECHNET_SMTP_HOST): no message sent, they wait',
  outboxNeedsMigrate: 'The database has no table of messages yet: run mechnet migrate (or start mechnet serve)',
  outboxEmpty: (p) => (p ? `No messages for the programme ${p}` : 'No messages in the database'),
  outboxCounts: (r) => `Messages: ${r.sent} sent, ${r.waiting} waiting, ${r.failed} failed (given up)`,
  outboxWaitsForServer: (n) => `${n === 1 ? 'One message waits' : `${n} messages wait`} because no mail server is configured: set MECHNET_SMTP_HOST (or --smtp-host) for mechnet serve or mechnet send`,
  outboxLine: (m) =>
    `  #${m.id} ${m.programme} ${m.cause}: ${m.status === 'waiting' ? `waiting${m.when ? `, next attempt ${m.when}` : ''}` : m.status === 'sent' ? `sent ${m.when ?? ''}` : 'failed, given up'} (attempts: ${m.attempts})${m.error ? `\n     last error: ${m.error}` : ''}`,
  loadedBackup: (p, e) => `Backup loaded: ${p === 1 ? '1 programme' : `${p} programmes`}, ${e} events`,
  badCalendarSecret: (source, min) => `The calendars' secret (${source}) cannot be read or is too short: at least ${min} bytes, e.g. openssl rand -base64 32`,
};

/** The store commands' words, by language; the values they quote are escaped for the terminal. */
export const storeMessages: Record<Lang, StoreMessages> = { it: forTerminal(it), en: forTerminal(en) };
