/**
 * The command line on a store: serve, init, migrate, export, load, publish,
 * applications, add, and the record of a store for the file commands.
 * Asynchronous (a database answers later); exit codes as the other
 * commands: 0 done, 1 invalid data or a database error, 2 wrong usage.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { MechnetError } from '../errors/mechnet-error.js';
import type { Lang } from '../i18n/lang.js';
import { parseRecord } from '../lifecycle/parse-record.js';
import { applyEvents } from '../lifecycle/apply-event.js';
import { referenceOf } from '../enrolment/views.js';
import { applicationQueue, type ApplicationQueue } from '../server/officer/queue.js';
import { stateOf } from '../lifecycle/state.js';
import { confirms } from '../record/state.js';
import { isIsoDate } from '../model/calendar.js';
import { resolveDefinition } from '../programme/resolve.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { publicRecord } from '../lifecycle/public-record.js';
import { parseDefinition } from '../programme/parse.js';
import { presets } from '../programme/presets.js';
import { createHandler } from '../server/handler.js';
import { createNodeServer, DEFAULT_SERVER_LIMITS, type ServerLimits } from '../server/node.js';
import { DEFAULT_RATE_LIMITS } from '../server/rate-limit.js';
import { openStore } from '../server/open.js';
import { staticFiles } from '../server/static.js';
import type { Role, Store } from '../server/store.js';
import { hashPassword, ROLES } from '../server/officer/auth.js';
import { eraseFirm } from '../server/erase.js';
import { sendDue, smtpSettings, startSender, type SmtpSettings } from '../server/sender.js';
import { calendarFeedPath, MIN_CALENDAR_SECRET_BYTES } from '../server/calendar.js';
import { decisionMessages, receiptLanguages, reminderMessages } from '../server/reminders.js';
import { retentionDue } from '../privacy/retention.js';
import { subjectAccess } from '../privacy/access.js';
import { readRecordFile, RecordFileError } from './record-file.js';
import { storeMessages, type StoreCommandName } from './store-messages.js';
import { errorLines, exitCodeOf, issueLine } from './terminal.js';
import { jsonText, terminalSafe } from '../model/escape.js';

type Out = { write(s: string): unknown };
type Values = Record<string, string | string[] | boolean | undefined>;

/** The store commands and their options. */
export const STORE_COMMAND_OPTIONS: Record<StoreCommandName, readonly string[]> = {
  serve: [
    'store',
    'programme',
    'port',
    'host',
    'static',
    'csp',
    'anonymous',
    'origin',
    'trust-proxy',
    'proxy-hops',
    'max-connections',
    'headers-timeout',
    'request-timeout',
    'keep-alive-timeout',
    'max-header-size',
    'body-limit',
    'post-rate',
    'get-rate',
    'smtp-host',
    'smtp-port',
    'smtp-secure',
    'smtp-user',
    'smtp-password-file',
    'mail-from',
    'send-every',
    'calendar-secret-file',
    'public-url',
    'confirmed-url',
    'auth-header',
  ],
  init: ['store', 'programme'],
  migrate: ['store'],
  export: ['store', 'programme', 'out'],
  load: ['store', 'definition'],
  publish: ['out', 'anonymous', 'definition', 'as-of'],
  applications: ['store', 'programme', 'as-of', 'find'],
  add: ['store', 'programme', 'public-url'],
  erase: ['store', 'programme', 'firm', 'reason', 'author', 'due', 'as-of'],
  subject: ['store', 'programme', 'firm', 'out'],
  backup: ['store', 'out'],
  send: ['store', 'programme', 'smtp-host', 'smtp-port', 'smtp-secure', 'smtp-user', 'smtp-password-file', 'mail-from'],
  outbox: ['store', 'programme', 'smtp-host'],
  remind: ['store', 'programme', 'as-of'],
  confirm: ['store', 'programme', 'application', 'how', 'author'],
  officer: ['store', 'role', 'name', 'firms', 'password-file'],
};

/** Whether a word is a store command. */
export function isStoreCommand(word: string | undefined): word is StoreCommandName {
  return word !== undefined && Object.hasOwn(STORE_COMMAND_OPTIONS, word);
}

class Usage extends Error {}

/** Writes a file through a temporary one, so that a reader never sees half of it. */
function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** The definition named by `--programme`: a file, or an id (stored or preset). */
function programmeArgument(value: string, lang: Lang): { id: string; definition?: unknown } {
  if (value.endsWith('.json') || existsSync(value)) {
    const definition = parseDefinition(readFileSync(value, 'utf8'), { lang });
    return { id: definition.id, definition };
  }
  return { id: value };
}

/** The record of a programme as the store holds it, every event checked, and its version. */
async function recordFrom(s: Store, id: string, lang: Lang): Promise<{ record: ProgrammeRecord; version: number }> {
  if ((await s.schemaVersion()) === 0) throw new Usage(storeMessages[lang].notInitialised);
  const stored = await s.programme(id);
  if (!stored && !Object.hasOwn(presets, id)) throw new Usage(storeMessages[lang].unknownProgramme(id));
  const events = await s.events(id);
  return { record: parseRecord({ programme: stored?.definition ?? id, events: events.map((e) => e.event) }, { lang }), version: events.at(-1)?.version ?? 0 };
}

/** Today in Italy, `YYYY-MM-DD`. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function withStore<T>(url: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Runs a store command; resolves with the exit code (`serve` when it is stopped). */
export async function runStoreCommand(command: StoreCommandName, files: string[], o: Values, lang: Lang, out: Out, err: Out): Promise<number> {
  const t = storeMessages[lang];
  const store = o.store as string | undefined;
  try {
    if (command !== 'publish' && !store) throw new Usage(`${t.missingStore}\n\n${t.commands[command]}`);
    switch (command) {
      case 'migrate':
        return await withStore(store!, async (s) => {
          out.write(`${t.migrated(await s.migrate(), s.engine)}\n`);
          return 0;
        });
      case 'init': {
        if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.init}`);
        const p = programmeArgument(o.programme as string, lang);
        return await withStore(store!, async (s) => {
          await s.migrate();
          if (p.definition === undefined && !Object.hasOwn(presets, p.id)) throw new Usage(t.unknownProgramme(p.id));
          await s.putProgramme(p.id, p.definition ?? p.id);
          out.write(`${t.initialised(p.id, s.engine)}\n`);
          return 0;
        });
      }
      case 'export': {
        if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.export}`);
        const id = o.programme as string;
        return await withStore(store!, async (s) => {
          if ((await s.schemaVersion()) === 0) throw new Usage(t.notInitialised);
          const stored = await s.programme(id);
          if (!stored && !Object.hasOwn(presets, id)) throw new Usage(t.unknownProgramme(id));
          const events = (await s.events(id)).map((e) => e.event);
          const record = parseRecord({ programme: stored?.definition ?? id, events }, { lang });
          const text = `${jsonText(record)}\n`;
          if (o.out) {
            writeAtomic(o.out as string, text);
            err.write(`${t.exported(events.length, o.out as string)}\n`);
          } else out.write(text);
          return 0;
        });
      }
      case 'load': {
        const file = files[0];
        if (!file) throw new Usage(t.commands.load);
        if (isSqliteFile(file)) return await loadBackup(file, store!, lang, out, err);
        const record = parseRecord(readRecordFile(file, { lang, ...(o.definition ? { definition: o.definition as string } : {}) }).value, { lang });
        const id = typeof record.programme === 'string' ? record.programme : record.programme.id;
        return await withStore(store!, async (s) => {
          await s.migrate();
          const have = await s.version(id);
          if (have > 0) {
            err.write(`${t.notEmpty(id, have)}\n`);
            return 1;
          }
          await s.putProgramme(id, record.programme);
          const r = await s.append(id, record.events as unknown as Record<string, unknown>[], { expectedVersion: 0 });
          if (!r.ok) {
            err.write(`${t.notEmpty(id, r.reason === 'conflict' ? r.version : 0)}\n`);
            return 1;
          }
          out.write(`${t.loaded(record.events.length, id)}\n`);
          return 0;
        });
      }
      case 'publish': {
        const file = files[0];
        if (!file) throw new Usage(t.commands.publish);
        if (!o.out) throw new Usage(`${t.missingOut}\n\n${t.commands.publish}`);
        const record = parseRecord(readRecordFile(file, { lang, ...(o.definition ? { definition: o.definition as string } : {}) }).value, { lang });
        const asOf = o['as-of'] as string | undefined;
        if (asOf !== undefined && !isIsoDate(asOf)) throw new Usage(t.commands.publish);
        const shown = publicRecord(record, { anonymous: o.anonymous === true, lang, ...(asOf ? { asOf } : {}) });
        writeAtomic(o.out as string, `${jsonText(shown)}\n`);
        out.write(`${t.published(o.out as string, shown.redaction!.level)}\n${t.publication(shown.redaction!)}\n`);
        return 0;
      }
      case 'applications': {
        if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.applications}`);
        const asOf = (o['as-of'] as string | undefined) ?? today();
        if (!isIsoDate(asOf)) throw new Usage(t.commands.applications);
        // --find TEXT: every application, decided or not, whose reference, partita IVA or name holds TEXT.
        const find = typeof o.find === 'string' ? o.find : undefined;
        return await withStore(store!, async (s) => {
          const { record } = await recordFrom(s, o.programme as string, lang);
          const q = applicationQueue(record, asOf, lang, find);
          // Under confirmation `pec`: the claims no one confirmed yet, and the contested ones (rule-book §2).
          const claims = claimLines(q, lang);
          if (q.pending.length === 0 && claims.length === 0) {
            out.write(`${find === undefined ? t.noPending(q.programme) : t.noMatch(find, q.programme)}\n`);
            return 0;
          }
          for (const line of claims) out.write(`${line}\n`);
          if (q.pending.length === 0) return 0;
          out.write(`${find === undefined ? t.pending(q.pending.length, q.programme, asOf) : t.found(q.pending.length, find, q.programme)}\n`);
          for (const a of q.pending) {
            out.write(`\n${t.application(a.reference, a.partitaIva, a.name, a.appliedOn, t.statuses[a.status])}\n`);
            if (a.outcome === undefined) continue;
            out.write(`   ${t.outcome[a.outcome]}${a.waitlistPosition ? `, ${t.waitlistPlace(a.waitlistPosition)}` : ''}\n`);
            for (const reason of a.reasons) out.write(`   ${reason.severity === 'error' ? '✗' : '!'} ${issueLine(reason.path, reason.message)}\n`);
          }
          return 0;
        });
      }
      case 'add': {
        const file = files[0];
        if (!file) throw new Usage(t.commands.add);
        if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.add}`);
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
        const events = Array.isArray(parsed) ? parsed : (parsed as { events?: unknown })?.events;
        if (!Array.isArray(events)) throw new Usage(t.badEvents);
        const feeds = calendarFeedsOf(o, lang);
        return await withStore(store!, async (s) => {
          for (;;) {
            const { record, version } = await recordFrom(s, o.programme as string, lang);
            let next = record;
            for (const [k, event] of events.entries()) {
              try {
                next = applyEvents(next, [event], { lang });
              } catch (e) {
                if (!(e instanceof MechnetError)) throw e;
                for (const i of e.issues) err.write(`${terminalSafe(file)}: ${issueLine([k, ...i.path], i.messages[lang])}\n`);
                err.write(`${t.refused(e.issues.length)}\n`);
                return 1;
              }
            }
            const id = resolveDefinition(record).id;
            // The decisions' messages to the firms, in the same append as the events (an outbox from schema 3 on).
            const outboxReady = (await s.schemaVersion()) >= 3;
            const messages = outboxReady
              ? decisionMessages(next, events as Record<string, unknown>[], { languageOf: receiptLanguages(await s.messages(id)), ...(feeds ? { calendarUrl: (piva: string) => feeds(id, piva) } : {}) })
              : [];
            const r = await s.append(id, events as Record<string, unknown>[], { expectedVersion: version, ...(messages.length > 0 ? { messages } : {}) });
            if (r.ok) {
              out.write(`${t.added(events.length, id)}\n`);
              if (messages.length > 0) out.write(`${t.decisionsQueued(messages.length)}\n`);
              return 0;
            }
            // someone else added events meanwhile: check again on the new record
          }
        });
      }
      case 'confirm':
        return await confirm(store!, o, lang, out, err);
      case 'officer':
        return await officerAccounts(store!, files, o, lang, out, err);
      case 'erase':
        return await erase(store!, o, lang, out);
      case 'subject': {
        if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.subject}`);
        if (typeof o.firm !== 'string') throw new Usage(`${t.missingFirm}\n\n${t.commands.subject}`);
        return await withStore(store!, async (s) => {
          const { record } = await recordFrom(s, o.programme as string, lang);
          const answer = subjectAccess(record, o.firm as string, { lang });
          const text = `${jsonText(answer)}\n`;
          if (o.out) {
            writeAtomic(o.out as string, text);
            err.write(`${t.subjectWritten(answer.firm, answer.events.length, o.out as string)}\n`);
          } else out.write(text);
          return 0;
        });
      }
      case 'backup':
        return await backup(store!, o, lang, out);
      case 'serve':
        return await serve(store!, o, lang, out, err);
      case 'send': {
        const smtp = smtpFrom(o, lang);
        if (!smtp) {
          err.write(`${t.noMailServer}\n`);
          return 0;
        }
        return await withStore(store!, async (s) => {
          if ((await s.schemaVersion()) < 3) throw new Usage(t.outboxNeedsMigrate);
          const log = (line: string) => err.write(`${terminalSafe(line)}\n`);
          const report = await sendDue({ store: s, smtp, log, ...(typeof o.programme === 'string' ? { programme: o.programme } : {}) });
          out.write(`${t.sendPass(report)}\n`);
          return 0;
        });
      }
      case 'outbox':
        return await outbox(store!, o, lang, out);
      case 'remind': {
        if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.remind}`);
        const asOf = (o['as-of'] as string | undefined) ?? today();
        if (!isIsoDate(asOf)) throw new Usage(`${t.badDate(asOf)}\n\n${t.commands.remind}`);
        return await withStore(store!, async (s) => {
          const { record } = await recordFrom(s, o.programme as string, lang);
          if ((await s.schemaVersion()) < 3) throw new Usage(t.outboxNeedsMigrate);
          const definition = resolveDefinition(record);
          if (!definition.communication) {
            out.write(`${t.noCommunication(definition.id)}\n`);
            return 0;
          }
          const messages = reminderMessages(record, asOf, { languageOf: receiptLanguages(await s.messages(definition.id)) });
          const written = await s.queueMessages(definition.id, messages);
          out.write(`${t.remindersQueued(written, definition.id, asOf)}\n`);
          return 0;
        });
      }
    }
  } catch (e) {
    return failure(e, lang, err);
  }
}

/**
 * The URL of a firm's calendar feed, for the acceptance message: known when
 * both the calendar secret (`MECHNET_CALENDAR_SECRET`) and the public
 * address (`--public-url`, else `MECHNET_PUBLIC_URL`) are; else none.
 */
function calendarFeedsOf(o: Values, lang: Lang): ((programme: string, piva: string) => string) | undefined {
  const root = publicUrlOf(o, lang);
  if (root === undefined) return undefined;
  const secret = calendarSecretOf({}, lang);
  if (secret === undefined) return undefined;
  return (programme, piva) => `${root}${calendarFeedPath(secret, programme, piva)}`;
}

/** An http or https address given on the command line, without its trailing slashes; a usage error otherwise. */
function httpAddress(value: string, problem: (v: string) => string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new Usage(problem(value));
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Usage(problem(value));
  return u.href.replace(/\/+$/, '');
}

/** The server's public address: `--public-url`, else `MECHNET_PUBLIC_URL`; undefined when neither is given. */
function publicUrlOf(o: Values, lang: Lang): string | undefined {
  const publicUrl = (o['public-url'] as string | undefined) ?? (process.env.MECHNET_PUBLIC_URL?.trim() || undefined);
  return publicUrl === undefined ? undefined : httpAddress(publicUrl, storeMessages[lang].badPublicUrl);
}

/**
 * The lines `mechnet applications` shows first under confirmation `pec`:
 * the claims not yet confirmed (with the link's last day) and the
 * contested ones, each with its reference and event id.
 */
function claimLines(q: ApplicationQueue, lang: Lang): string[] {
  const t = storeMessages[lang];
  const lines: string[] = [];
  if (q.unconfirmed.length > 0) {
    lines.push(t.unconfirmed(q.unconfirmed.length));
    for (const c of q.unconfirmed) lines.push(`   ${t.claim(c.reference, c.application, c.partitaIva, c.name, c.appliedOn, c.linkUntil!, c.linkUntil! < q.asOf)}`);
    lines.push('');
  }
  if (q.contested.length > 0) {
    lines.push(t.contested(q.contested.length));
    for (const c of q.contested) lines.push(`   ${t.contestedClaim(c.reference, c.application, c.partitaIva, c.name, c.appliedOn, c.heldBy!)}`);
    lines.push('');
  }
  return lines;
}

/** The shortest password an account may have. */
const MIN_PASSWORD = 12;

/** A password: the first line of `--password-file`, else typed twice (echo off on a terminal), else two lines of the input. */
async function passwordOf(o: Values, lang: Lang, err: Out): Promise<string> {
  const t = storeMessages[lang];
  let first: string;
  let second: string;
  if (typeof o['password-file'] === 'string') {
    first = second = readFileSync(o['password-file'], 'utf8').split(/\r?\n/)[0] ?? '';
  } else if (process.stdin.isTTY) {
    const ask = (prompt: string) =>
      new Promise<string>((resolve) => {
        err.write(prompt);
        const stdin = process.stdin;
        stdin.setRawMode(true);
        stdin.resume();
        let typed = '';
        const onData = (chunk: Buffer) => {
          for (const ch of chunk.toString('utf8')) {
            if (ch === '\r' || ch === '\n') {
              stdin.setRawMode(false);
              stdin.pause();
              stdin.off('data', onData);
              err.write('\n');
              resolve(typed);
              return;
            }
            if (ch === '\u0003') process.exit(130);
            typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
          }
        };
        stdin.on('data', onData);
      });
    first = await ask(t.passwordPrompt);
    second = await ask(t.passwordAgain);
  } else {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    [first = '', second = ''] = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  }
  if (first !== second) throw new Usage(t.passwordsDiffer);
  if ([...first].length < MIN_PASSWORD) throw new Usage(t.passwordShort(MIN_PASSWORD));
  return first;
}

/** `mechnet officer add|list|disable`: the accounts of the desk. */
async function officerAccounts(url: string, files: string[], o: Values, lang: Lang, out: Out, err: Out): Promise<number> {
  const t = storeMessages[lang];
  const [action, email] = files;
  if (action !== 'add' && action !== 'list' && action !== 'disable') throw new Usage(t.commands.officer);
  if (action !== 'list' && (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) throw new Usage(`${email ? t.badEmail(email) : t.commands.officer}`);
  let password: string | undefined;
  let role: Role | undefined;
  if (action === 'add') {
    role = o.role as Role | undefined;
    if (!role || !ROLES.includes(role)) throw new Usage(`${t.badRole(String(o.role ?? ''))}\n\n${t.commands.officer}`);
    if (typeof o.name !== 'string' || o.name.trim() === '') throw new Usage(`${t.missingName}\n\n${t.commands.officer}`);
    password = await passwordOf(o, lang, err);
  }
  return await withStore(url, async (s) => {
    await s.migrate();
    if (action === 'list') {
      const all = await s.accounts();
      if (all.length === 0) out.write(`${t.noAccounts}\n`);
      const now = new Date();
      for (const a of all) {
        const state =
          a.disabledAt !== null ? t.accountStates.disabled : a.lockedUntil && new Date(a.lockedUntil) > now ? t.accountStates.locked(a.lockedUntil) : a.passwordHash === null ? t.accountStates.noPassword : t.accountStates.active;
        out.write(`${terminalSafe(t.accountLine(a.email, a.name, a.role, a.firms.join(','), state))}\n`);
      }
      return 0;
    }
    if (action === 'disable') {
      const a = await s.account(email!);
      if (!a) throw new Usage(t.unknownAccount(email!));
      await s.putAccount({ ...a, disabledAt: new Date().toISOString() });
      await s.deleteSessions({ email: a.email });
      out.write(`${t.accountDisabled(a.email)}\n`);
      return 0;
    }
    const firms = role === 'manager' && typeof o.firms === 'string' ? o.firms.split(',').map((f) => f.trim()).filter(Boolean) : [];
    await s.putAccount({ email: email!.toLowerCase(), name: (o.name as string).trim(), role: role!, firms, passwordHash: await hashPassword(password!), disabledAt: null, failures: 0, lockedUntil: null });
    out.write(`${t.accountAdded(email!.toLowerCase(), role!)}\n`);
    return 0;
  });
}

/** `mechnet confirm`: an officer confirms a claim by another proof than the PEC link (rule-book §2). */
async function confirm(url: string, o: Values, lang: Lang, out: Out, err: Out): Promise<number> {
  const t = storeMessages[lang];
  if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.confirm}`);
  if (typeof o.application !== 'string' || o.application.trim() === '') throw new Usage(`${t.missingApplication}\n\n${t.commands.confirm}`);
  if (typeof o.how !== 'string' || o.how.trim() === '') throw new Usage(`${t.missingHow}\n\n${t.commands.confirm}`);
  const asked = o.application.trim();
  const author = (o.author as string | undefined) ?? 'Ufficio del programma';
  return await withStore(url, async (s) => {
    for (;;) {
      const { record, version } = await recordFrom(s, o.programme as string, lang);
      const state = stateOf(record);
      const id = state.definition.id;
      if (!confirms(state)) {
        err.write(`${t.noConfirmation(id)}\n`);
        return 1;
      }
      const claim = [...state.claims.values()].find((c) => c.id === asked || referenceOf(id, c.order).toLowerCase() === asked.toLowerCase());
      if (!claim) {
        err.write(`${t.unknownApplication(asked, id)}\n`);
        return 1;
      }
      let eventId = `confirm-${claim.id}`;
      for (let n = 2; state.eventIds.has(eventId); n++) eventId = `confirm-${claim.id}-${n}`;
      const event = { id: eventId, type: 'enrolment.confirmed', date: today(), author, firm: claim.firm, application: claim.id, by: 'officer', how: (o.how as string).trim() };
      try {
        applyEvents(record, [event], { lang });
      } catch (e) {
        if (!(e instanceof MechnetError)) throw e;
        for (const i of e.issues) err.write(`${issueLine(i.path, i.messages[lang])}\n`);
        err.write(`${t.refused(e.issues.length)}\n`);
        return 1;
      }
      const r = await s.append(id, [event], { expectedVersion: version });
      if (r.ok) {
        out.write(`${t.confirmed(referenceOf(id, claim.order), claim.applied.application.firm.name, id)}\n`);
        return 0;
      }
      // someone else added events meanwhile: check again on the new record
    }
  });
}

/** Whether a file is an SQLite database (a backup made by `mechnet backup`). */
function isSqliteFile(file: string): boolean {
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

/** `mechnet load backup.sqlite`: every programme of an SQLite backup, each checked, into an empty store. */
async function loadBackup(file: string, url: string, lang: Lang, out: Out, err: Out): Promise<number> {
  const t = storeMessages[lang];
  const from = await openStore(`sqlite:${file}`, { readonly: true });
  try {
    const records: ProgrammeRecord[] = [];
    for (const p of await from.programmes()) {
      const events = (await from.events(p.id)).map((e) => e.event);
      records.push(parseRecord({ programme: p.definition, events }, { lang }));
    }
    return await withStore(url, async (s) => {
      await s.migrate();
      for (const record of records) {
        const id = resolveDefinition(record).id;
        const have = await s.version(id);
        if (have > 0) {
          err.write(`${t.notEmpty(id, have)}\n`);
          return 1;
        }
      }
      let count = 0;
      for (const record of records) {
        const id = resolveDefinition(record).id;
        await s.putProgramme(id, record.programme);
        const r = await s.append(id, record.events as unknown as Record<string, unknown>[], { expectedVersion: 0 });
        if (!r.ok) {
          err.write(`${t.notEmpty(id, r.reason === 'conflict' ? r.version : 0)}\n`);
          return 1;
        }
        count += record.events.length;
      }
      out.write(`${t.loadedBackup(records.length, count)}\n`);
      return 0;
    });
  } finally {
    await from.close();
  }
}

/** `mechnet erase`: one firm (`--firm`), or every firm whose retention time is over (`--due`). */
async function erase(url: string, o: Values, lang: Lang, out: Out): Promise<number> {
  const t = storeMessages[lang];
  if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.erase}`);
  const due = o.due === true;
  const firm = typeof o.firm === 'string' ? o.firm.trim() : undefined;
  if (due === (firm !== undefined)) throw new Usage(`${t.eraseHow}\n\n${t.commands.erase}`);
  const reason = typeof o.reason === 'string' && o.reason.trim() !== '' ? o.reason.trim() : undefined;
  if (!due && !reason) throw new Usage(`${t.missingReason}\n\n${t.commands.erase}`);
  const asOf = (o['as-of'] as string | undefined) ?? today();
  if (!isIsoDate(asOf)) throw new Usage(t.badDate(asOf));
  const author = (o.author as string | undefined) ?? 'mechnet erase';
  const programme = o.programme as string;
  return withStore(url, async (s) => {
    const { record } = await recordFrom(s, programme, lang);
    const id = resolveDefinition(record).id;
    if (firm !== undefined) {
      const r = await eraseFirm(s, { programme: id, firm, reason: reason!, author, basis: 'request', lang });
      out.write(`${r.erased ? t.erased(r.firm, r.fields.length, r.rewritten) : t.nothingToErase(r.firm)}\n`);
      return 0;
    }
    const listed = retentionDue(record, { asOf, lang });
    if (listed.length === 0) {
      out.write(`${t.noneDue(id, asOf)}\n`);
      return 0;
    }
    out.write(`${t.due(listed.length, id, asOf)}\n`);
    for (const d of listed) {
      out.write(`${t.dueLine(d.firm, d.name, d.rule, d.dueOn)}\n`);
      const r = await eraseFirm(s, { programme: id, firm: d.firm, reason: reason ?? t.retentionReason(d.rule, d.dueOn), author, basis: 'retention', lang });
      out.write(`   ${r.erased ? t.erased(r.firm, r.fields.length, r.rewritten) : t.nothingToErase(r.firm)}\n`);
    }
    return 0;
  });
}

/** `mechnet backup`: SQLite's online backup into a new file; on PostgreSQL, each programme's export into a new folder. */
async function backup(url: string, o: Values, lang: Lang, out: Out): Promise<number> {
  const t = storeMessages[lang];
  if (typeof o.out !== 'string' || o.out === '') throw new Usage(`${t.missingOut}\n\n${t.commands.backup}`);
  const target = o.out;
  if (existsSync(target)) throw new Usage(t.backupExists(target));
  return withStore(url, async (s) => {
    if ((await s.schemaVersion()) === 0) throw new Usage(t.notInitialised);
    if (s.backup) {
      const { ms } = await s.backup(target);
      out.write(`${t.backedUp(target, statSync(target).size, ms)}\n`);
      return 0;
    }
    const started = performance.now();
    const tmp = `${target}.tmp-${process.pid}`;
    mkdirSync(tmp, { recursive: true });
    const programmes = await s.programmes();
    for (const p of programmes) {
      // As stored, not checked again: a backup copies; mechnet load checks every event when it comes back.
      const events = (await s.events(p.id)).map((e) => e.event);
      writeFileSync(join(tmp, `${p.id}.json`), `${jsonText({ programme: p.definition, events })}\n`);
    }
    renameSync(tmp, target);
    out.write(`${t.backedUpProgrammes(programmes.length, target, performance.now() - started)}\n`);
    return 0;
  });
}

/** The exit code of a store command's failure, its words written to `err`. */
function failure(e: unknown, lang: Lang, err: Out): number {
  if (e instanceof RecordFileError) {
    for (const line of errorLines(e.error, lang, e.file)) err.write(`${line}\n`);
    return exitCodeOf(e.error);
  }
  if (e instanceof Usage) {
    err.write(`${e.message}\n`);
    return 2;
  }
  if (e instanceof MechnetError) {
    for (const line of errorLines(e, lang)) err.write(`${line}\n`);
    return exitCodeOf(e);
  }
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    err.write(`${terminalSafe((e as Error).message)}\n`);
    return 2;
  }
  err.write(`${storeMessages[lang].storeFailed(e instanceof Error ? e.message : String(e))}\n`);
  return 1;
}

/** A programme's record read from a store, for `report`, `schedule`, `validate` and `import` with `--store`. */
export interface StoredRecord {
  /** The record, every event checked. */
  readonly record: ProgrammeRecord;
  /** How the commands name it: the programme's id. */
  readonly label: string;
  /** Appends events after those read; false when someone else appended meanwhile (nothing was added). */
  append(events: readonly unknown[]): Promise<boolean>;
}

/**
 * Opens `--store`, reads the record of `--programme` and runs `fn` on it;
 * the store is closed afterwards. Resolves with `fn`'s exit code, or with the
 * store's failure (2 wrong usage, 1 a database error or an invalid record).
 */
export async function withStoredRecord(o: Values, lang: Lang, err: Out, fn: (source: StoredRecord) => number | Promise<number>): Promise<number> {
  const t = storeMessages[lang];
  try {
    if (!o.programme) throw new Usage(t.missingProgramme);
    const id = o.programme as string;
    return await withStore(o.store as string, async (s) => {
      const { record, version } = await recordFrom(s, id, lang);
      const programme = resolveDefinition(record).id;
      return fn({
        record,
        label: programme,
        append: async (events) => (events.length === 0 ? true : (await s.append(programme, events as Record<string, unknown>[], { expectedVersion: version })).ok),
      });
    });
  } catch (e) {
    return failure(e, lang, err);
  }
}

/** A whole number option within bounds, or a usage error naming the option. */
function count(o: Values, name: string, min: number, max: number, lang: Lang): number | undefined {
  const raw = o[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new Usage(storeMessages[lang].badNumber(`--${name}`, String(raw), min, max));
  }
  return n;
}

/** The folders of `--static`: `DIR` (served at /) or `/PATH=DIR`, repeatable. */
function staticRoots(values: string[], lang: Lang): Record<string, string> {
  const roots: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    const [prefix, dir] = v.startsWith('/') && eq > 0 ? [v.slice(0, eq), v.slice(eq + 1)] : ['/', v];
    if (!dir || !existsSync(dir)) throw new Usage(storeMessages[lang].badStatic(v));
    roots[prefix] = dir;
  }
  return roots;
}

/**
 * The SMTP settings of `serve` and `send`: the options, else the
 * environment; undefined without a host. The password comes from a file
 * (`--smtp-password-file`) or the environment, never from the command line
 * (other users of the machine can read it there).
 */
function smtpFrom(o: Values, lang: Lang): SmtpSettings | undefined {
  const t = storeMessages[lang];
  const overrides: Partial<SmtpSettings> = {};
  if (typeof o['smtp-host'] === 'string') overrides.host = o['smtp-host'];
  if (o['smtp-port'] !== undefined) {
    const port = count(o, 'smtp-port', 1, 65535, lang);
    if (port !== undefined) overrides.port = port;
  } else if (process.env.MECHNET_SMTP_PORT !== undefined) {
    const raw = process.env.MECHNET_SMTP_PORT;
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port < 1 || port > 65535) throw new Usage(t.badSmtpPort(raw));
    overrides.port = port;
  }
  if (o['smtp-secure'] === true) overrides.secure = true;
  else if (process.env.MECHNET_SMTP_SECURE !== undefined && !/^(1|0|true|false|yes|no)$/i.test(process.env.MECHNET_SMTP_SECURE)) {
    throw new Usage(t.badSecure(process.env.MECHNET_SMTP_SECURE));
  }
  if (typeof o['smtp-user'] === 'string') overrides.user = o['smtp-user'];
  if (typeof o['smtp-password-file'] === 'string') overrides.password = readFileSync(o['smtp-password-file'], 'utf8').replace(/\r?\n$/, '');
  if (typeof o['mail-from'] === 'string') overrides.from = o['mail-from'];
  return smtpSettings(process.env, overrides);
}

/** `mechnet outbox`: counts, then every message not sent (waiting or given up), with its last error. */
async function outbox(url: string, o: Values, lang: Lang, out: Out): Promise<number> {
  const t = storeMessages[lang];
  const programme = typeof o.programme === 'string' ? o.programme : undefined;
  return withStore(url, async (s) => {
    if ((await s.schemaVersion()) < 3) throw new Usage(t.outboxNeedsMigrate);
    const messages = await s.messages(programme);
    if (messages.length === 0) {
      out.write(`${t.outboxEmpty(programme)}\n`);
      return 0;
    }
    const by = (status: string) => messages.filter((m) => m.status === status);
    const waiting = by('waiting');
    const failed = by('failed');
    out.write(`${t.outboxCounts({ waiting: waiting.length, failed: failed.length, sent: by('sent').length })}\n`);
    const host = typeof o['smtp-host'] === 'string' ? o['smtp-host'] : process.env.MECHNET_SMTP_HOST;
    if (waiting.length > 0 && !host) out.write(`${t.outboxWaitsForServer(waiting.length)}\n`);
    for (const m of [...waiting, ...failed]) {
      // The cause holds the address the firm gave, the error what the mail server said: both shown as text, on their line.
      const line = t.outboxLine({
        id: m.id,
        programme: terminalSafe(m.programme),
        cause: terminalSafe(m.cause),
        status: m.status,
        attempts: m.attempts,
        when: m.status === 'sent' ? m.sentAt : m.nextAttemptAt,
        error: m.lastError === null ? null : terminalSafe(m.lastError),
      });
      out.write(`${line}\n`);
    }
    return 0;
  });
}

/**
 * The secret of the firms' calendar addresses: the file of
 * `--calendar-secret-file` (its text, trimmed), else the environment's
 * `MECHNET_CALENDAR_SECRET`; none when neither is given.
 */
function calendarSecretOf(o: Values, lang: Lang): string | undefined {
  const t = storeMessages[lang];
  const file = o['calendar-secret-file'] as string | undefined;
  let secret: string | undefined;
  if (file !== undefined) {
    try {
      secret = readFileSync(file, 'utf8').trim();
    } catch {
      throw new Usage(t.badCalendarSecret(file, MIN_CALENDAR_SECRET_BYTES));
    }
  } else secret = process.env.MECHNET_CALENDAR_SECRET?.trim() || undefined;
  if (secret === undefined) return undefined;
  if (Buffer.byteLength(secret, 'utf8') < MIN_CALENDAR_SECRET_BYTES) throw new Usage(t.badCalendarSecret(file ?? 'MECHNET_CALENDAR_SECRET', MIN_CALENDAR_SECRET_BYTES));
  return secret;
}

/** `mechnet serve`: the handler on Node's http server until Ctrl+C (or SIGTERM). */
async function serve(url: string, o: Values, lang: Lang, out: Out, err: Out): Promise<number> {
  const t = storeMessages[lang];
  if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.serve}`);
  const port = o.port === undefined ? 8080 : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Usage(t.badPort(String(o.port)));
  const host = (o.host as string | undefined) ?? '127.0.0.1';
  const origins = (o.origin as string[] | undefined) ?? [];
  for (const origin of origins) {
    let ok = false;
    try {
      const u = new URL(origin);
      ok = (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === origin;
    } catch {
      ok = false;
    }
    if (!ok) throw new Usage(t.badOrigin(origin));
  }
  const seconds = (name: string) => {
    const s = count(o, name, 1, 3600, lang);
    return s === undefined ? undefined : s * 1000;
  };
  const limits: Partial<ServerLimits> = {};
  const set = <K extends keyof ServerLimits>(key: K, value: number | undefined) => {
    if (value !== undefined) limits[key] = value;
  };
  set('maxConnections', count(o, 'max-connections', 1, 100_000, lang));
  set('headersTimeoutMs', seconds('headers-timeout'));
  set('requestTimeoutMs', seconds('request-timeout'));
  set('keepAliveTimeoutMs', seconds('keep-alive-timeout'));
  set('maxHeaderSize', count(o, 'max-header-size', 1024, 1024 * 1024, lang));
  if (limits.headersTimeoutMs !== undefined && limits.requestTimeoutMs === undefined && limits.headersTimeoutMs > DEFAULT_SERVER_LIMITS.requestTimeoutMs) {
    limits.requestTimeoutMs = limits.headersTimeoutMs;
  }
  const bodyLimit = count(o, 'body-limit', 1024, 10 * 1024 * 1024, lang);
  const postRate = count(o, 'post-rate', 0, 1_000_000, lang);
  const getRate = count(o, 'get-rate', 0, 1_000_000, lang);
  const hops = o['proxy-hops'] !== undefined ? count(o, 'proxy-hops', 1, 10, lang) : o['trust-proxy'] === true ? 1 : 0;
  if (o['proxy-hops'] !== undefined && o['trust-proxy'] !== true) throw new Usage(t.hopsNeedTrust);
  const roots = o.static ? staticRoots(o.static as string[], lang) : undefined;
  const smtp = smtpFrom(o, lang);
  const sendEvery = count(o, 'send-every', 1, 3600, lang) ?? 15;
  const calendarSecret = calendarSecretOf(o, lang);
  const publicUrl = publicUrlOf(o, lang);
  const confirmedUrl = typeof o['confirmed-url'] === 'string' && httpAddress(o['confirmed-url'], t.badConfirmedUrl) ? new URL(o['confirmed-url']).href : undefined;
  const p = programmeArgument(o.programme as string, lang);
  const store = await openStore(url);
  await store.migrate();
  if (p.definition !== undefined) await store.putProgramme(p.id, p.definition);
  else if (!(await store.programme(p.id)) && !Object.hasOwn(presets, p.id)) {
    await store.close();
    throw new Usage(t.unknownProgramme(p.id));
  }
  // A failure's text may quote a value from outside: one line of the log per failure, escaped.
  const log = (line: string, e?: unknown) =>
    err.write(`${new Date().toISOString()} ${terminalSafe(`${line}${e instanceof Error ? `: ${e.stack ?? e.message}` : e === undefined ? '' : `: ${String(e)}`}`)}\n`);
  const api = createHandler({
    store,
    programme: p.id,
    anonymous: o.anonymous === true,
    origins,
    trustProxy: hops ?? 0,
    log,
    ...(bodyLimit !== undefined ? { bodyLimit } : {}),
    ...(calendarSecret !== undefined ? { calendarSecret } : {}),
    ...(publicUrl !== undefined ? { publicUrl } : {}),
    ...(confirmedUrl !== undefined ? { confirmedUrl } : {}),
    // The desk's own accounts (mechnet officer add); behind a trusted proxy, its header may name the account instead.
    accounts: true,
    ...(typeof o['auth-header'] === 'string' ? { authHeader: o['auth-header'] } : {}),
    rateLimits: {
      post: { points: postRate ?? DEFAULT_RATE_LIMITS.post.points, windowSeconds: DEFAULT_RATE_LIMITS.post.windowSeconds },
      get: { points: getRate ?? DEFAULT_RATE_LIMITS.get.points, windowSeconds: DEFAULT_RATE_LIMITS.get.windowSeconds },
    },
  });
  const files = roots ? staticFiles(roots, o.csp ? { headers: { 'content-security-policy': o.csp as string } } : {}) : undefined;
  const handler = async (request: Request, info?: { remoteAddress?: string }): Promise<Response> => {
    const started = performance.now();
    const path = new URL(request.url).pathname;
    const response = path === '/api' || path.startsWith('/api/') || !files ? await api(request, info) : await files(request);
    // A firm's calendar address is its secret: the log never holds the token.
    // A confirmation link too: its token is the firm's proof.
    const logged = path.replace(/^(\/api\/calendar\/)[^/]+(\.ics)$/, '$1…$2').replace(/^(\/api\/confirm\/).+$/, '$1…');
    out.write(`${new Date().toISOString()} ${request.method} ${logged} ${response.status} ${(performance.now() - started).toFixed(1)} ms\n`);
    return response;
  };
  const server = createNodeServer(handler, { limits, log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  out.write(`${t.listening(`http://${host}:${actual}/`, store.engine, p.id)}\n`);
  out.write(`${t.mailServer(smtp?.host)}\n`);
  // The outbox's messages of this programme, sent in the background; a message the server owed before a crash goes in the first pass.
  const sender = startSender({ store, smtp, programme: p.id, everyMs: sendEvery * 1000, log: (line) => log(line) });
  return new Promise<number>((resolve) => {
    const stop = () => {
      err.write(`${t.stopping}\n`);
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections?.();
      void Promise.all([closed, sender.stop()]).then(() => store.close().then(() => resolve(0)));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
