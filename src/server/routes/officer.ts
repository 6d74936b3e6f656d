/**
 * `{base}/officer/...`: the officer's desk (rule-book §14). Who asks comes
 * from the host (`authorize`), a trusted proxy's header, or a session of the
 * server's own accounts; 401 without a person, 403 outside the role. Every
 * change goes through the rules with the expected version and is authored
 * by the signed-in person.
 */
import { randomUUID } from 'node:crypto';
import { MechnetError } from '../../errors/mechnet-error.js';
import type { Lang } from '../../i18n/lang.js';
import { applyEvents } from '../../lifecycle/apply-event.js';
import { stateOf } from '../../lifecycle/state.js';
import { firmPhasePath, firmState, firmStates } from '../../lifecycle/views.js';
import { readCsv } from '../../model/csv.js';
import { isIsoDate } from '../../model/calendar.js';
import { planState } from '../../plan/views.js';
import { measurementRows } from '../../plan/table.js';
import { eventsNaming } from '../../privacy/mentions.js';
import type { ProgrammeEvent } from '../../record/events.js';
import type { ProgrammeFold } from '../../record/state.js';
import type { ProgrammeRecord } from '../../record/schema.js';
import { programmeReport } from '../../report/report.js';
import { renderCsv, renderJson, renderMarkdown } from '../../report/render.js';
import { en } from '../../i18n/en.js';
import { it } from '../../i18n/it.js';
import { dateIn, json, methodNotAllowed, problem, readBody, type RouteContext } from '../http.js';
import { sameToken, sessionCookie, sessionOf, signIn, personOf, type AccountSettings, type Authorize, type Person } from '../officer/auth.js';
import { deskForms } from '../officer/forms.js';
import { applicationQueue } from '../officer/queue.js';
import { decisionMessages, receiptLanguages } from '../reminders.js';
import type { ServedProgramme } from '../served-programme.js';
import type { Store } from '../store.js';
import { readXlsxRows, renderXlsx, XLSX_TYPE } from '../xlsx.js';

/** What the officer routes need of the handler. */
export interface OfficerRoute {
  store: Store;
  state: ServedProgramme;
  now: () => Date;
  timeZone: string;
  base: string;
  /** The host's sign-in, when it has one. */
  authorize?: Authorize;
  /** The server's own accounts (sign-in with e-mail and password), when enabled. */
  accounts?: AccountSettings;
  /** A header a trusted proxy sets to the signed-in account's e-mail. */
  authHeader?: string;
  /** The firm's calendar address, for acceptance messages. */
  calendarUrl?: (firm: string) => string;
  log: (line: string) => void;
}

/** The events a temporary manager records, for the firms given to them (rule-book §14). */
const MANAGER_EVENTS = new Set(['analysis.recorded', 'plan.approved', 'measurement.recorded', 'verification.held', 'manager.days-logged', 'firm.figures-recorded', 'offer.declared', 'need.declared']);

/** Largest body of a desk request (a pasted table of a quarter's measurements fits). */
const BODY_LIMIT = 1024 * 1024;

/** Who asks, and whether the answer to a change needs the session's CSRF token. */
interface Asker {
  person: Person;
  /** The session's CSRF token, when the person came by the server's session cookie. */
  csrf?: string;
  idHash?: string;
}

/** The person of a request: the host's, a trusted header's, or a session's. */
async function askerOf(request: Request, o: OfficerRoute): Promise<Asker | undefined> {
  if (o.authorize) {
    const person = await o.authorize(request);
    return person ? { person } : undefined;
  }
  if (!o.accounts) return undefined;
  if (o.authHeader) {
    const email = request.headers.get(o.authHeader)?.trim();
    if (!email) return undefined;
    const account = await o.store.account(email);
    return account && account.disabledAt === null ? { person: personOf(account) } : undefined;
  }
  const s = await sessionOf(o.store, request, o.now());
  return s ? { person: s.person, csrf: s.csrf, idHash: s.idHash } : undefined;
}

/** Whether a person may record an event: `ok`, or why not. */
export function mayRecord(person: Person, event: { type?: unknown; firm?: unknown }): 'ok' | 'role' | 'firm' {
  if (person.role === 'officer') return 'ok';
  if (person.role !== 'manager' || typeof event.type !== 'string' || !MANAGER_EVENTS.has(event.type)) return 'role';
  return typeof event.firm === 'string' && (person.firms ?? []).includes(event.firm) ? 'ok' : 'firm';
}

const NO_STORE = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };

/** The language of a desk answer: `?lang=`, else the request's. */
function deskLang(ctx: RouteContext): Lang {
  const asked = new URL(ctx.request.url).searchParams.get('lang');
  return asked === 'en' || asked === 'it' ? asked : ctx.lang;
}

/** Answers `{base}/officer/{rest}`. */
export async function officer(ctx: RouteContext, o: OfficerRoute, rest: string): Promise<Response> {
  const { request, t } = ctx;
  const w = t.desk;
  const lang = deskLang(ctx);
  const method = request.method;
  const secure = new URL(request.url).protocol === 'https:';
  const cookiePath = `${o.base}/`;

  if (rest === 'session') {
    if (method === 'POST') {
      if (o.authorize || !o.accounts || o.authHeader) return problem(404, 'no_accounts', w.noAccounts, [], NO_STORE);
      const body = await readBody(request, 16 * 1024, 10_000);
      let email = '';
      let password = '';
      try {
        const parsed = JSON.parse(body.ok ? body.text : '') as { email?: unknown; password?: unknown };
        email = typeof parsed.email === 'string' ? parsed.email : '';
        password = typeof parsed.password === 'string' ? parsed.password : '';
      } catch {
        return problem(400, 'bad_request', w.badBody, [], NO_STORE);
      }
      const now = o.now();
      const r = await signIn(o.store, email, password, now, o.accounts);
      if (!r.ok && r.reason === 'locked') {
        return problem(429, 'locked', w.locked(r.retryAfterSeconds), [{ path: ['email'] }], { ...NO_STORE, 'retry-after': String(r.retryAfterSeconds) });
      }
      if (!r.ok) {
        o.log(`mechnet: desk: failed sign-in for ${JSON.stringify(email.slice(0, 100))}`);
        return problem(401, 'sign_in_failed', w.signInFailed, [{ path: ['password'] }], NO_STORE);
      }
      o.log(`mechnet: desk: ${r.person.id} signed in (${r.person.role})`);
      const maxAgeSeconds = (r.expiresAt.getTime() - now.getTime()) / 1000;
      return json(200, { person: r.person, csrf: r.csrf, expiresAt: r.expiresAt.toISOString() }, { ...NO_STORE, 'set-cookie': sessionCookie(r.token, { path: cookiePath, secure, maxAgeSeconds }) });
    }
    const asker = await askerOf(request, o);
    if (method === 'GET') {
      // Who is signed in: nobody is an answer too (the desk then shows its sign-in form), not an error.
      return json(200, { person: asker?.person ?? null, ...(asker?.csrf ? { csrf: asker.csrf } : {}), accounts: Boolean(o.accounts && !o.authorize && !o.authHeader) }, NO_STORE);
    }
    if (method === 'DELETE') {
      if (asker?.idHash) {
        const sent = request.headers.get('x-csrf-token') ?? '';
        if (!sameToken(sent, asker.csrf!)) return problem(403, 'csrf', w.csrf, [], NO_STORE);
        await o.store.deleteSessions({ idHash: asker.idHash });
        o.log(`mechnet: desk: ${asker.person.id} signed out`);
      }
      return new Response(null, { status: 204, headers: { ...NO_STORE, 'set-cookie': sessionCookie(undefined, { path: cookiePath, secure }) } });
    }
    return methodNotAllowed(t, 'GET, POST, DELETE', NO_STORE);
  }

  const asker = await askerOf(request, o);
  if (!asker) return problem(401, 'sign_in_needed', w.signInNeeded, [], NO_STORE);
  const { person } = asker;
  const changing = method !== 'GET' && method !== 'HEAD';
  if (changing) {
    if (person.role === 'auditor') return problem(403, 'forbidden', w.forbidden(person.role), [], NO_STORE);
    if (asker.csrf !== undefined && !sameToken(request.headers.get('x-csrf-token') ?? '', asker.csrf)) return problem(403, 'csrf', w.csrf, [], NO_STORE);
  }
  const url = new URL(request.url);
  const today = dateIn(o.now(), o.timeZone);
  const asOf = url.searchParams.get('asOf') ?? today;
  if (!isIsoDate(asOf)) return problem(400, 'bad_date', w.badDate, [{ path: ['asOf'] }], NO_STORE);

  if (rest === 'applications') {
    if (changing) return methodNotAllowed(t, 'GET', NO_STORE);
    // The applicants are the office's business: a temporary manager sees only their own firms.
    if (person.role === 'manager') return problem(403, 'forbidden', w.forbidden(person.role), [], NO_STORE);
    const { record, version } = await o.state.refresh();
    const find = url.searchParams.get('find') ?? undefined;
    return json(200, { version, ...applicationQueue(record, asOf, lang, find || undefined) }, NO_STORE);
  }

  if (rest === 'forms') {
    if (changing) return methodNotAllowed(t, 'GET', NO_STORE);
    const { record, version } = await o.state.refresh();
    const may = (type: string) => person.role === 'officer' || (person.role === 'manager' && MANAGER_EVENTS.has(type));
    const { forms, lists } = deskForms(record, { lang, may, ...(person.role === 'manager' ? { firms: person.firms ?? [] } : {}) });
    return json(200, { version, forms, lists }, NO_STORE);
  }

  if (rest === 'firms') {
    if (changing) return methodNotAllowed(t, 'GET', NO_STORE);
    const { record, version } = await o.state.refresh();
    const firms = firmStates(record, { asOf, lang })
      .filter((f) => person.role !== 'manager' || (person.firms ?? []).includes(f.partitaIva))
      .map((f) => ({ partitaIva: f.partitaIva, name: f.name, status: f.status, phase: f.phase }));
    return json(200, { version, firms }, NO_STORE);
  }

  if (rest.startsWith('firms/')) {
    if (changing) return methodNotAllowed(t, 'GET', NO_STORE);
    const firm = decodeURIComponent(rest.slice('firms/'.length));
    if (person.role === 'manager' && !(person.firms ?? []).includes(firm)) return problem(403, 'not_your_firm', w.notYourFirm(firm), [], NO_STORE);
    const { record, version } = await o.state.refresh();
    const state = firmState(record, firm, { asOf, lang });
    if (!state) return problem(404, 'unknown_firm', w.unknownFirm(firm), [], NO_STORE);
    const events = eventsNaming(record.events, firm).map((i) => record.events[i]!);
    return json(200, { version, firm: state, path: firmPhasePath(record, firm, { asOf, lang }), plan: planState(record, firm, { asOf, lang }) ?? null, events }, NO_STORE);
  }

  if (rest === 'events' || rest === 'measurements') {
    if (method !== 'POST') return methodNotAllowed(t, 'POST', NO_STORE);
    const body = await readBody(request, BODY_LIMIT, 10_000);
    if (!body.ok) return problem(413, 'too_large', t.tooLarge(BODY_LIMIT), [], NO_STORE);
    let expectedVersion: number;
    let events: Record<string, unknown>[];
    if (rest === 'events') {
      try {
        const parsed = JSON.parse(body.text) as { expectedVersion?: unknown; events?: unknown };
        if (!Number.isInteger(parsed.expectedVersion) || !Array.isArray(parsed.events) || parsed.events.length === 0) throw new Error('shape');
        expectedVersion = parsed.expectedVersion as number;
        events = (parsed.events as unknown[]).map((e) => (e && typeof e === 'object' && !Array.isArray(e) ? { ...(e as Record<string, unknown>) } : { value: e }));
      } catch {
        return problem(400, 'bad_request', w.badBody, [], NO_STORE);
      }
    } else {
      // A table pasted or uploaded as CSV (a semicolon one from an Italian spreadsheet: decimal comma); tabs as a spreadsheet copies them.
      expectedVersion = Number(url.searchParams.get('expectedVersion'));
      if (!Number.isInteger(expectedVersion)) return problem(400, 'bad_request', w.badBody, [{ path: ['expectedVersion'] }], NO_STORE);
      // An uploaded spreadsheet (its first sheet), or text: CSV, or tabs as a spreadsheet copies them.
      const xlsx = (request.headers.get('content-type') ?? '').split(';')[0]!.trim() === XLSX_TYPE;
      let separator: ',' | ';' = ',';
      let rows: { line: number; cells: string[] }[];
      if (xlsx) {
        try {
          rows = await readXlsxRows(body.bytes);
        } catch {
          return problem(422, 'invalid_table', w.badSpreadsheet, [{ path: ['file'] }], NO_STORE);
        }
      } else {
        const text = body.text.includes('\t') && !body.text.includes(';') ? body.text.replaceAll('\t', ';') : body.text;
        ({ separator, rows } = readCsv(text));
      }
      const { record } = await o.state.refresh();
      const table = measurementRows(rows, { decimalComma: separator === ';', author: person.name, existingIds: new Set(record.events.map((e) => e.id)) });
      const catalogue = lang === 'en' ? en : it;
      if (table.problems.length > 0) {
        return problem(422, 'invalid_table', w.refused(table.problems.length), table.problems.map((p) => ({ path: ['line', p.line], code: p.code, message: catalogue[p.code](p.params) })), NO_STORE);
      }
      events = table.events.map((x) => ({ ...(x.event as unknown as Record<string, unknown>) }));
    }
    return record(o, ctx, asker, events, expectedVersion, today, lang);
  }

  if (rest === 'report') {
    if (changing) return methodNotAllowed(t, 'GET', NO_STORE);
    const format = url.searchParams.get('format') ?? 'md';
    const formats = ['md', 'csv', 'json', 'xlsx'];
    if (!formats.includes(format)) return problem(400, 'bad_format', w.badFormat(formats.join(', ')), [{ path: ['format'] }], NO_STORE);
    const firm = url.searchParams.get('firm') ?? undefined;
    if (person.role === 'manager' && (firm === undefined || !(person.firms ?? []).includes(firm))) return problem(403, 'not_your_firm', w.notYourFirm(firm ?? ''), [], NO_STORE);
    const { record } = await o.state.refresh();
    const report = programmeReport(record, { asOf, lang, ...(firm ? { firm } : {}) });
    const name = `${report.programme.id}-${asOf}${firm ? `-${firm}` : ''}`;
    const file = (type: string, body: string | Uint8Array, ext: string) =>
      new Response(body as BodyInit, { status: 200, headers: { ...NO_STORE, 'content-type': type, 'content-disposition': `attachment; filename="${name}.${ext}"`, 'x-content-type-options': 'nosniff' } });
    if (format === 'md') return file('text/markdown; charset=utf-8', renderMarkdown(report), 'md');
    if (format === 'json') return file('application/json; charset=utf-8', renderJson(report), 'json');
    if (format === 'xlsx') return file(XLSX_TYPE, new Uint8Array(await renderXlsx(report)), 'xlsx');
    const tables = renderCsv(report, { separator: lang === 'it' ? ';' : ',' });
    const table = url.searchParams.get('table');
    const chosen = table === null ? undefined : tables[`${table}.csv`];
    if (chosen === undefined) return problem(400, 'bad_table', w.badTable(Object.keys(tables).map((k) => k.replace(/\.csv$/, '')).join(', ')), [{ path: ['table'] }], NO_STORE);
    return file('text/csv; charset=utf-8', chosen, 'csv');
  }

  return problem(404, 'not_found', t.notFound, [], NO_STORE);
}

/** Records events from the desk: each authored by the person, allowed by the role, through every rule, at the expected version. */
async function record(o: OfficerRoute, ctx: RouteContext, asker: Asker, events: Record<string, unknown>[], expectedVersion: number, today: string, lang: Lang): Promise<Response> {
  const w = ctx.t.desk;
  const { person } = asker;
  for (const [k, e] of events.entries()) {
    const may = mayRecord(person, e);
    if (may === 'role') return problem(403, 'forbidden', w.forbidden(person.role), [{ path: ['events', k, 'type'] }], NO_STORE);
    if (may === 'firm') return problem(403, 'not_your_firm', w.notYourFirm(String(e.firm ?? '')), [{ path: ['events', k, 'firm'] }], NO_STORE);
  }
  return o.state.serially(async () => {
    const { record: current, version } = await o.state.refresh();
    if (version !== expectedVersion) return problem(409, 'version_conflict', w.versionConflict(version), [], { ...NO_STORE, 'x-record-version': String(version) });
    const state: ProgrammeFold = stateOf(current);
    const ids = new Set(state.eventIds);
    // The desk names the author and, when not given, the day and an id.
    const stamped = events.map((e) => {
      let id = typeof e.id === 'string' && e.id !== '' ? e.id : `desk-${randomUUID().slice(0, 13)}`;
      while (typeof e.id !== 'string' && ids.has(id)) id = `desk-${randomUUID().slice(0, 13)}`;
      ids.add(id);
      return { ...e, id, date: typeof e.date === 'string' ? e.date : today, author: person.name } as Record<string, unknown> & { id: string };
    });
    // One event at a time, so that a refusal names the event it is about (`events`, its index, its field).
    let next: ProgrammeRecord = current;
    for (const [k, event] of stamped.entries()) {
      try {
        next = applyEvents(next, [event as unknown as ProgrammeEvent], { lang });
      } catch (e) {
        if (!(e instanceof MechnetError) || e.code === 'internal') throw e;
        const issues = e.issues.map((i) => ({ path: ['events', k, ...i.path], code: i.code, message: i.messages[lang], messages: i.messages }));
        return problem(422, e.code, w.refused(e.issues.length), issues, NO_STORE);
      }
    }
    const id = o.state.id();
    const outboxReady = (await o.store.schemaVersion()) >= 3;
    const messages = outboxReady
      ? decisionMessages(next, stamped, { languageOf: receiptLanguages(await o.store.messages(id)), ...(o.calendarUrl ? { calendarUrl: o.calendarUrl } : {}) })
      : [];
    const r = await o.store.append(id, stamped, { expectedVersion: version, ...(messages.length > 0 ? { messages } : {}) });
    if (!r.ok) {
      const now = await o.store.version(id);
      return problem(409, 'version_conflict', w.versionConflict(now), [], { ...NO_STORE, 'x-record-version': String(now) });
    }
    o.state.stored(next, r.version);
    o.log(`mechnet: desk: ${person.id} recorded ${stamped.map((e) => `${String(e.type)} ${e.id}`).join(', ')}`);
    return json(201, { version: r.version, ids: stamped.map((e) => e.id), messages: messages.length }, NO_STORE);
  });
}
