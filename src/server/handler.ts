/**
 * The HTTP side: a Fetch-API handler `(request) => Promise<Response>` that
 * receives enrolment applications into a store and serves the public record,
 * mountable in any Node server (or `mechnet serve`). Each route is a module
 * of `routes/`; this file dispatches, limits rates and turns every failure
 * into an answer.
 */
import { corsHeaders, newRequestId, problem, routeContext, type ClientInfo, type FetchHandler, dateIn } from './http.js';
import { serverMessages } from './messages.js';
import { servedProgramme } from './served-programme.js';
import { clientOf, createLimiters, type RateLimits, type TrustProxy } from './rate-limit.js';
import { calendarFeedPath, secretBytes, type CalendarSecret } from './calendar.js';
import { firmCalendar, programmeCalendar, type CalendarRoute } from './routes/calendar.js';
import { enrolments } from './routes/enrolments.js';
import { confirmLink, type ConfirmRoute } from './routes/confirm.js';
import { officer, type OfficerRoute } from './routes/officer.js';
import type { AccountSettings, Authorize } from './officer/auth.js';
import { health } from './routes/health.js';
import { programme } from './routes/programme.js';
import { record } from './routes/record.js';
import { isUnavailable, type Store } from './store.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import { requestLang } from './http.js';

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
  /** Origins allowed to post from another site (CORS), e.g. `https://www.example.it`. Default: none. */
  origins?: readonly string[];
  /** Largest request body, in bytes. Default 64 KiB. */
  bodyLimit?: number;
  /** Time allowed to receive a body, in ms; a slower body gets 408. Default 10,000. */
  bodyTimeoutMs?: number;
  /** The author written on events the form creates. Default `Modulo di adesione online`. */
  author?: string;
  /** `record.json` shows firms as "Impresa 1..n". Default false. */
  anonymous?: boolean;
  /**
   * Requests per client and window (429 with `Retry-After` beyond), or
   * `false` to leave rates to the host. Default {@link DEFAULT_RATE_LIMITS}.
   * The client is known when the request comes through `toNodeListener` /
   * `createNodeServer`, or when the host passes `{ remoteAddress }` as the
   * handler's second argument; requests without it are not counted.
   */
  rateLimits?: RateLimits | false;
  /**
   * Whether a proxy in front sets `X-Forwarded-For`: `true` for one proxy, a
   * number for a chain of them. Only then is the client read from that
   * header (the first hop the trusted proxies did not add). Default false.
   */
  trustProxy?: TrustProxy;
  /**
   * The secret of the firms' calendar addresses (at least 16 bytes; 32
   * random bytes are a good one): `{base}/calendar/{token}.ics` answers
   * with a firm's own verifications when `token` is
   * {@link calendarToken}`(secret, programme, partitaIva)`. Without it, those
   * addresses answer 404. Changing it retires every address given out.
   * A shorter secret is refused: `createHandler` throws a `RangeError`.
   */
  calendarSecret?: CalendarSecret;
  /**
   * The server's public address (`https://www.example.it`), that links in
   * messages start with (the confirmation link to a firm's PEC address).
   * Default: the origin of the request that causes the message; set it
   * behind a proxy that changes the host.
   */
  publicUrl?: string;
  /**
   * A page of the Chamber to send a firm to (303) once its confirmation
   * link has recorded the confirmation, instead of the server's plain page.
   */
  confirmedUrl?: string;
  /**
   * Who is asking, for the officer routes (`{base}/officer/...`): the host
   * site's sign-in (SPID, CIE, its own) gives the person (id, name, role,
   * a manager's firms) or undefined. The host then protects its own
   * changes from cross-site requests (its cookies, its CSRF tokens).
   * Without it and without `accounts`, the officer routes answer 401.
   */
  authorize?: Authorize;
  /**
   * The server's own accounts (`mechnet officer add`): sign-in with e-mail
   * and password at `POST {base}/officer/session`, a session cookie
   * (HttpOnly, SameSite=Strict, Secure over TLS), a CSRF token on every
   * change, a lock after repeated failures. `true` for the defaults.
   */
  accounts?: boolean | AccountSettings;
  /**
   * With `accounts` and `trustProxy`: the header in which a trusted proxy
   * names the signed-in account's e-mail (single sign-on in front of the
   * server). Ignored without `trustProxy`.
   */
  authHeader?: string;
  /** Where server errors are logged, with the request id. Default `console.error`. */
  log?: (line: string, error?: unknown) => void;
}

/**
 * A Fetch-API handler for the enrolment form and the widgets:
 *
 * - `POST {base}/enrolments`: an application (JSON, header `Idempotency-Key`
 *   equal to its `idempotencyKey`), checked against every rule of the
 *   programme and stored as an `enrolment.applied` event: 201 with
 *   `{ id, reference, outcome, waitlistPosition?, confirmBy?, reasons }`,
 *   409 when the partita IVA already applied, 422 with the issues
 *   otherwise. Under confirmation `pec` (rule-book §2) the application is a
 *   claim: stored with a receipt to its contact and a one-time link to the
 *   firm's PEC address (both in the outbox), answered 201 with `confirmBy`
 *   (the link's last day) whether or not the partita IVA applied before.
 * - `GET {base}/confirm/{token}`: the link's page, in the application's
 *   language, with a button; `POST` to it records `enrolment.confirmed`
 *   (the plain page, or 303 to `confirmedUrl`). 404 for an unknown link,
 *   410 past its last day; a used link says the application is confirmed. The same key
 *   and the same application again (however its JSON is spelt): the first
 *   answer, nothing stored twice.
 * - `GET {base}/record.json`: the public record (no personal data), built
 *   once per stored version, with an ETag.
 * - `GET {base}/programme.json`: the programme's definition (for the form's
 *   `programme` attribute).
 * - `GET {base}/health`: whether the server and the database answer.
 * - `GET {base}/calendar.ics`: the programme's verification dates as an
 *   RFC 5545 feed (`text/calendar`), no firm named.
 * - `GET {base}/calendar/{token}.ics`: one firm's own verifications, with
 *   its name, at the address {@link calendarFeedPath} gives for
 *   `calendarSecret`; 404 for any other token, and for every token when
 *   there is no secret.
 *
 * - `{base}/officer/...`: the officer's desk, for a person given by
 *   `authorize`, or signed in with the server's own `accounts`
 *   (`POST/GET/DELETE session`): `GET applications` (the queue, with
 *   eligibility on the day, unconfirmed and contested claims, the record's
 *   version), `GET firms/{piva}` (a firm's file), `POST events`
 *   (`{ expectedVersion, events }`, each authored by the person, through
 *   every rule; 409 when the record moved), `POST measurements` (a table
 *   as CSV), `GET report?format=md|csv|json|xlsx`. 401 without a person,
 *   403 outside the role (an auditor changes nothing, a manager only their
 *   firms' analysis, plan, measurements and verifications).
 *
 * `HEAD` answers wherever `GET` does; other methods get 405 with `Allow`.
 * Rates are limited per client (429 with `Retry-After`); a database that does
 * not answer gives 503 with `Retry-After` (the form retries with the same
 * key); any other failure is a 500 whose body and `X-Request-Id` name the
 * line of the log that says what happened. The handler never throws.
 *
 * @example
 * ```ts
 * import { createHandler, createNodeServer, sqliteStore } from 'mechnet/server';
 *
 * const store = await sqliteStore('.data/mechnet.sqlite');
 * await store.migrate();
 * const handler = createHandler({ store, programme: 'mechnet-varese-2010' });
 * createNodeServer(handler).listen(8080);
 * ```
 */
export function createHandler(options: HandlerOptions): FetchHandler {
  const store = options.store;
  const base = (options.basePath ?? '/api').replace(/\/+$/, '');
  const origins = new Set(options.origins ?? []);
  const log = options.log ?? ((line: string, error?: unknown) => console.error(line, ...(error === undefined ? [] : [error])));
  // The public record reads admissions and consent as of today, in the programme's time zone.
  const today = () => dateIn((options.now ?? (() => new Date()))(), options.timeZone ?? 'Europe/Rome');
  const state = servedProgramme(store, options.programme, options.anonymous ?? false, today);
  const programmeId = typeof options.programme === 'string' ? options.programme : options.programme.id;
  const limiters = createLimiters(options.rateLimits, store, programmeId, (line) => log(line));
  const calendarRoute: CalendarRoute = {
    state,
    today,
    timeZone: options.timeZone ?? 'Europe/Rome',
    secret: options.calendarSecret === undefined ? undefined : secretBytes(options.calendarSecret),
  };
  const enrolmentRoute = {
    store,
    state,
    now: options.now ?? (() => new Date()),
    timeZone: options.timeZone ?? 'Europe/Rome',
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    bodyTimeoutMs: options.bodyTimeoutMs ?? 10_000,
    author: options.author ?? 'Modulo di adesione online',
    base,
    ...(options.publicUrl !== undefined ? { publicUrl: options.publicUrl } : {}),
  };
  const secret = options.calendarSecret === undefined ? undefined : secretBytes(options.calendarSecret);
  const officerRoute: OfficerRoute = {
    store,
    state,
    now: enrolmentRoute.now,
    timeZone: enrolmentRoute.timeZone,
    base,
    log: (line) => log(line),
    ...(options.authorize ? { authorize: options.authorize } : {}),
    ...(options.accounts ? { accounts: options.accounts === true ? {} : options.accounts } : {}),
    ...(options.authHeader && options.trustProxy ? { authHeader: options.authHeader.toLowerCase() } : {}),
    ...(secret && options.publicUrl ? { calendarUrl: (firm: string) => `${options.publicUrl!.replace(/\/+$/, '')}${calendarFeedPath(secret, programmeId, firm)}` } : {}),
  };
  const confirmRoute: ConfirmRoute = {
    store,
    state,
    now: enrolmentRoute.now,
    timeZone: enrolmentRoute.timeZone,
    ...(options.confirmedUrl !== undefined ? { confirmedUrl: options.confirmedUrl } : {}),
  };

  const route = async (request: Request, info: ClientInfo | undefined): Promise<Response> => {
    const client = clientOf(info?.remoteAddress, request.headers.get('x-forwarded-for'), options.trustProxy ?? false);
    const ctx = routeContext(request, origins, client);
    const { t } = ctx;
    const path = new URL(request.url).pathname.replace(/\/+$/, '');
    if (path !== base && !path.startsWith(`${base}/`)) return problem(404, 'not_found', t.notFound);
    const name = path.slice(base.length);
    if (request.method === 'OPTIONS') {
      if (!ctx.cors['access-control-allow-origin']) return new Response(null, { status: 204, headers: { allow: 'GET, HEAD, POST, OPTIONS' } });
      return new Response(null, {
        status: 204,
        headers: {
          ...ctx.cors,
          'access-control-allow-methods': 'POST, GET, HEAD',
          'access-control-allow-headers': 'content-type, idempotency-key, accept-language',
          'access-control-max-age': '600',
        },
      });
    }
    // The desk's requests count as reads (an officer records many events); signing in counts as a post.
    const reading = request.method === 'GET' || request.method === 'HEAD' || (name.startsWith('/officer/') && name !== '/officer/session');
    const verdict = await (reading ? limiters.get : limiters.post).take(client);
    if (!verdict.ok) {
      return problem(429, 'too_many_requests', t.tooManyRequests(verdict.retryAfterSeconds), [], { ...ctx.cors, 'retry-after': String(verdict.retryAfterSeconds) });
    }
    switch (name) {
      case '/enrolments':
        return enrolments(ctx, enrolmentRoute);
      case '/record.json':
        return record(ctx, state);
      case '/programme.json':
        return programme(ctx, state);
      case '/health':
        return health(ctx, store, state);
      case '/calendar.ics':
        return programmeCalendar(ctx, calendarRoute);
      default:
        if (name.startsWith('/confirm/')) return confirmLink(ctx, confirmRoute, name.slice('/confirm/'.length));
        if (name.startsWith('/officer/')) return officer(ctx, officerRoute, name.slice('/officer/'.length));
        if (name.startsWith('/calendar/') && name.endsWith('.ics')) return firmCalendar(ctx, calendarRoute, name.slice('/calendar/'.length, -'.ics'.length));
        return problem(404, 'not_found', t.notFound, [], ctx.cors);
    }
  };

  return async (request, info) => {
    try {
      return await route(request, info);
    } catch (e) {
      // Never a stack trace to the client: the log has it, under the request's id.
      const id = newRequestId();
      let t = serverMessages.it;
      let cors: Record<string, string> = {};
      try {
        t = serverMessages[requestLang(request)];
        cors = corsHeaders(request, origins);
      } catch {
        // the request cannot even be read: Italian, no CORS
      }
      if (isUnavailable(e)) {
        log(`mechnet: request ${id}: the database does not answer`, e);
        return problem(503, 'unavailable', t.unavailable, [], { ...cors, 'retry-after': '5', 'x-request-id': id });
      }
      log(`mechnet: request ${id} failed`, e);
      const answer = problem(500, 'server_error', t.serverError(id), [], { ...cors, 'x-request-id': id });
      return answer;
    }
  };
}
