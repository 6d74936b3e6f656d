/**
 * The HTTP side: a Fetch-API handler `(request) => Promise<Response>` that
 * receives enrolment applications into a store and serves the public record,
 * mountable in any Node server (or `mechnet serve`).
 */
import { createHash } from 'node:crypto';
import { checkApplication } from '../enrolment/eligibility.js';
import { MechnetError } from '../errors/mechnet-error.js';
import type { Lang, LocalText } from '../i18n/lang.js';
import { applyEvent, applyEvents } from '../lifecycle/apply-event.js';
import { parseRecord } from '../lifecycle/parse-record.js';
import { publicRecord } from '../lifecycle/public-record.js';
import { stateOf } from '../lifecycle/state.js';
import { presets } from '../programme/presets.js';
import { resolveDefinition } from '../programme/resolve.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { serverMessages } from './messages.js';
import type { Store, StoredResponse } from './store.js';

/** Options of {@link createHandler}. */
export interface HandlerOptions {
  /** Where the events are stored. */
  store: Store;
  /** The programme: the id of a programme in the store or of a preset, or a definition. */
  programme: string | ProgrammeDefinition;
  /** The path the API lives under. Default `/api`. */
  basePath?: string;
  /** The clock (tests and demos set it). Default: the system clock. */
  now?: () => Date;
  /** The time zone that dates events. Default `Europe/Rome`. */
  timeZone?: string;
  /** Origins allowed to post from another site (CORS). Default: none. */
  origins?: readonly string[];
  /** Largest request body, in bytes. Default 64 KiB. */
  bodyLimit?: number;
  /** The author written on events the form creates. Default `Modulo di adesione online`. */
  author?: string;
  /** `record.json` shows firms as "Impresa 1..n". Default false. */
  anonymous?: boolean;
}

/** The state of one programme as the handler keeps it: the record folded up to a version. */
interface Current {
  record: ProgrammeRecord;
  version: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/** The language of a request: `Accept-Language` starting with `en`, else Italian. */
function langOf(request: Request): Lang {
  const header = request.headers.get('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'it';
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': JSON_TYPE, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...headers },
  });
}

/** An error answer: a stable code, a message, and the issues with their paths. */
/** An issue as an answer carries it. */
interface AnswerIssue {
  path?: readonly (string | number)[];
  code?: string;
  message?: string;
  messages?: LocalText;
}

function problem(status: number, code: string, message: string, issues: readonly AnswerIssue[] = [], headers: Record<string, string> = {}): Response {
  return json(status, { code, message, issues: issues.map((i) => ({ path: i.path ?? [], code: i.code ?? code, message: i.message ?? message, ...(i.messages ? { messages: i.messages } : {}) })) }, headers);
}

/** Today's date in a time zone, `YYYY-MM-DD`. */
function dateIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Reads a body up to `limit` bytes; undefined when it is longer. */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A Fetch-API handler for the enrolment form and the widgets:
 *
 * - `POST {base}/enrolments`: an application (JSON, header `Idempotency-Key`
 *   equal to its `idempotencyKey`), checked against every rule of the
 *   programme and stored as an `enrolment.applied` event: 201 with
 *   `{ id, reference, outcome, waitlistPosition?, reasons }`, 409 when the
 *   partita IVA already applied, 422 with the issues otherwise. The same key
 *   and body again: the first answer, nothing stored twice.
 * - `GET {base}/record.json`: the public record (no personal data).
 * - `GET {base}/programme.json`: the programme's definition (for the form's
 *   `programme` attribute).
 * - `GET {base}/health`: engine, schema version, number of events.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createHandler, sqliteStore, toNodeListener } from 'mechnet/server';
 *
 * const store = await sqliteStore('.data/mechnet.sqlite');
 * await store.migrate();
 * const handler = createHandler({ store, programme: 'mechnet-varese-2010' });
 * createServer(toNodeListener(handler)).listen(8080);
 * ```
 */
export function createHandler(options: HandlerOptions): (request: Request) => Promise<Response> {
  const store = options.store;
  const base = (options.basePath ?? '/api').replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  const timeZone = options.timeZone ?? 'Europe/Rome';
  const limit = options.bodyLimit ?? 64 * 1024;
  const author = options.author ?? 'Modulo di adesione online';
  const origins = new Set(options.origins ?? []);

  let current: Current | undefined;
  let loading: Promise<Current> | undefined;
  let programmeId: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs appends of this process one at a time (other processes are kept apart by the expected version). */
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  /** The record as stored now: the first call reads and checks every event, later calls only the new ones. */
  const refresh = async (): Promise<Current> => {
    if (!current) {
      loading ??= (async () => {
        const p = options.programme;
        let definition: unknown = p;
        if (typeof p === 'string') {
          const stored = await store.programme(p);
          if (stored) definition = stored.definition;
          else if (!Object.prototype.hasOwnProperty.call(presets, p)) throw new Error(`mechnet: no programme "${p}" in the store and no preset of that name`);
        }
        const id = typeof definition === 'string' ? definition : (definition as ProgrammeDefinition).id;
        programmeId = id;
        const events = await store.events(id);
        const record = parseRecord({ programme: definition, events: events.map((e) => e.event) });
        return { record, version: events.at(-1)?.version ?? 0 };
      })();
      try {
        current = await loading;
      } finally {
        loading = undefined;
      }
      return current;
    }
    const newer = await store.events(programmeId!, current.version);
    if (newer.length > 0) {
      current = { record: applyEvents(current.record, newer.map((e) => e.event)), version: newer.at(-1)!.version };
    }
    return current;
  };

  const cors = (request: Request): Record<string, string> => {
    const origin = request.headers.get('origin');
    return origin && origins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
  };

  const enrol = async (request: Request, lang: Lang): Promise<Response> => {
    const t = serverMessages[lang];
    const headers = cors(request);
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return problem(415, 'unsupported_media_type', t.jsonOnly, [], headers);
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > limit) return problem(413, 'too_large', t.tooLarge(limit), [], headers);
    const key = request.headers.get('idempotency-key') ?? '';
    if (!KEY.test(key)) return problem(400, 'missing_idempotency_key', t.missingKey, [{ path: ['idempotencyKey'], code: 'missing_idempotency_key', message: t.missingKey }], headers);
    const text = await readLimited(request, limit);
    if (text === undefined) return problem(413, 'too_large', t.tooLarge(limit), [], headers);
    const requestHash = createHash('sha256').update(text).digest('hex');

    const replay = (used: { requestHash: string; response: StoredResponse }): Response =>
      used.requestHash === requestHash
        ? json(used.response.status, used.response.body, { ...headers, 'idempotent-replayed': 'true' })
        : problem(422, 'idempotency_key_reused', t.keyReused, [{ path: ['idempotencyKey'], code: 'idempotency_key_reused', message: t.keyReused }], headers);

    return serially(async () => {
      const state = await refresh();
      const pid = programmeId!;
      const used = await store.findKey(pid, key);
      if (used) return replay(used);
      for (let attempt = 0; attempt < 50; attempt++) {
        const { record, version } = attempt === 0 ? state : await refresh();
        const today = dateIn(now(), timeZone);
        const definition = resolveDefinition(record);
        // The firms in order of application, with where each stands (the fold the record keeps).
        const enrolled = [...stateOf(record).firms.values()].map((f) => ({ partitaIva: f.partitaIva, status: f.status }));
        const check = checkApplication(definition, text, { enrolled, asOf: today, lang });
        const errors = check.reasons.filter((r) => r.severity === 'error');
        if (!check.application) return problem(422, 'invalid_application', t.invalid(errors.length), errors, headers);
        if (check.application.idempotencyKey !== key) {
          return problem(422, 'idempotency_key_mismatch', t.keyMismatch, [{ path: ['idempotencyKey'], code: 'idempotency_key_mismatch', message: t.keyMismatch }], headers);
        }
        const duplicate = errors.find((r) => r.code === 'duplicate');
        if (duplicate) return problem(409, 'duplicate_enrolment', duplicate.message, [duplicate], headers);
        if (check.outcome === 'reject') return problem(422, 'not_eligible', t.notEligible(errors.length), errors, headers);

        const applied = record.events.filter((e) => e.type === 'enrolment.applied').length + 1;
        const id = `app-${key.toLowerCase().replace(/[^a-z0-9.-]/g, '-')}`.slice(0, 120);
        const event = { id, type: 'enrolment.applied', date: today, author, firm: check.application.firm.partitaIva, application: check.application };
        let next: ProgrammeRecord;
        try {
          next = applyEvent(record, event, { lang });
        } catch (e) {
          if (e instanceof MechnetError) return problem(422, e.code, e.message, e.issues, headers);
          throw e;
        }
        const body = {
          id,
          reference: `${pid.toUpperCase()}-${String(applied).padStart(4, '0')}`,
          outcome: check.outcome,
          ...(check.waitlistPosition !== undefined ? { waitlistPosition: check.waitlistPosition } : {}),
          reasons: check.reasons.filter((r) => r.severity === 'warning').map((r) => ({ path: r.path, code: r.code, message: r.message })),
        };
        const response: StoredResponse = { status: 201, body };
        const r = await store.append(pid, [event], { expectedVersion: version, idempotencyKey: key, requestHash, response });
        if (r.ok) {
          if (current && current.version === version) current = { record: next, version: r.version };
          return json(201, body, { ...headers, location: `${base}/enrolments/${id}` });
        }
        if (r.reason === 'key-used') return replay(r);
        // another process appended first: read again, check again
      }
      return problem(503, 'busy', t.busy, [], { ...headers, 'retry-after': '1' });
    });
  };

  return async (request: Request): Promise<Response> => {
    const lang = langOf(request);
    const t = serverMessages[lang];
    try {
      const url = new URL(request.url);
      const path = url.pathname.replace(/\/+$/, '');
      if (!path.startsWith(`${base}/`)) return problem(404, 'not_found', t.notFound);
      const route = path.slice(base.length);
      if (request.method === 'OPTIONS') {
        const headers = cors(request);
        if (!headers['access-control-allow-origin']) return new Response(null, { status: 204 });
        return new Response(null, {
          status: 204,
          headers: { ...headers, 'access-control-allow-methods': 'POST, GET', 'access-control-allow-headers': 'content-type, idempotency-key, accept-language', 'access-control-max-age': '600' },
        });
      }
      if (route === '/enrolments') {
        if (request.method !== 'POST') return problem(405, 'method_not_allowed', t.methodNotAllowed('POST'), [], { allow: 'POST' });
        return await enrol(request, lang);
      }
      if (route === '/record.json') {
        if (request.method !== 'GET' && request.method !== 'HEAD') return problem(405, 'method_not_allowed', t.methodNotAllowed('GET'), [], { allow: 'GET, HEAD' });
        const { record, version } = await refresh();
        const etag = `"${programmeId}-${version}${options.anonymous ? '-a' : ''}"`;
        const common = { etag, 'cache-control': 'public, max-age=60, must-revalidate', ...cors(request) };
        if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: common });
        const body = JSON.stringify(publicRecord(record, { anonymous: options.anonymous ?? false }));
        return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { 'content-type': JSON_TYPE, 'x-content-type-options': 'nosniff', ...common } });
      }
      if (route === '/programme.json') {
        if (request.method !== 'GET' && request.method !== 'HEAD') return problem(405, 'method_not_allowed', t.methodNotAllowed('GET'), [], { allow: 'GET, HEAD' });
        const { record } = await refresh();
        const body = JSON.stringify(resolveDefinition(record));
        return new Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: { 'content-type': JSON_TYPE, 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=300', ...cors(request) },
        });
      }
      if (route === '/health') {
        if (request.method !== 'GET') return problem(405, 'method_not_allowed', t.methodNotAllowed('GET'), [], { allow: 'GET' });
        const { version } = await refresh();
        return json(200, { status: 'ok', engine: store.engine, schemaVersion: await store.schemaVersion(), programme: programmeId, events: version });
      }
      return problem(404, 'not_found', t.notFound);
    } catch (e) {
      // Never a stack trace to the client: the server's log has it.
      console.error(e);
      return problem(500, 'server_error', t.serverError);
    }
  };
}
