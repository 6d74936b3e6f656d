/**
 * `GET {base}/calendar.ics`: the programme's verification dates, no firm
 * named. `GET {base}/calendar/{token}.ics`: one firm's own verifications,
 * at the address derived from the calendar secret (404 without a secret,
 * and for any token that is not a firm's).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Lang } from '../../i18n/lang.js';
import { stateOf } from '../../lifecycle/state.js';
import { verificationCalendar } from '../../verification/views.js';
import { calendarToken, renderCalendar } from '../calendar.js';
import { methodNotAllowed, problem, type RouteContext } from '../http.js';
import type { ServedProgramme } from '../served-programme.js';
import { ifNoneMatch } from './record.js';

/** The content type of a feed. */
export const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** What the calendar routes need of the handler. */
export interface CalendarRoute {
  state: ServedProgramme;
  /** Today in the programme's time zone: the statuses of a firm's verifications are as of that day. */
  today: () => string;
  timeZone: string;
  /** The calendar secret; without it no firm's feed exists. */
  secret: Buffer | undefined;
}

/** The language of a feed: `?lang=en|it`, else the request's (`Accept-Language`). */
function feedLang(ctx: RouteContext): Lang {
  const asked = new URL(ctx.request.url).searchParams.get('lang');
  return asked === 'en' || asked === 'it' ? asked : ctx.lang;
}

/** Firms' tokens remembered per stored version, as bytes to compare. */
const tokensCache = new WeakMap<CalendarRoute, { version: number; tokens: [Buffer, string][] }>();

/** The firm whose token this is, comparing with every firm's token in constant time (no early exit). */
function firmOfToken(o: CalendarRoute, programmeId: string, version: number, firms: Iterable<{ partitaIva: string; acceptedOn?: string }>, token: string): string | undefined {
  let cached = tokensCache.get(o);
  if (!cached || cached.version !== version) {
    const tokens: [Buffer, string][] = [];
    for (const f of firms) if (f.acceptedOn !== undefined) tokens.push([Buffer.from(calendarToken(o.secret!, programmeId, f.partitaIva), 'utf8'), f.partitaIva]);
    cached = { version, tokens };
    tokensCache.set(o, cached);
  }
  const given = Buffer.from(token, 'utf8');
  let found: string | undefined;
  for (const [t, piva] of cached.tokens) {
    if (t.byteLength === given.byteLength && timingSafeEqual(t, given)) found = piva;
  }
  return found;
}

/** The answer with a feed's text: ETag per stored version (and day and language), 304 when the client has it. */
function feed(ctx: RouteContext, text: () => string, etag: string, cacheControl: string, extra: Record<string, string> = {}): Response {
  const { request, cors } = ctx;
  const common: Record<string, string> = { etag, 'cache-control': cacheControl, vary: cors.vary ? 'Origin, Accept-Language' : 'Accept-Language', ...extra };
  for (const [k, v] of Object.entries(cors)) if (k !== 'vary') common[k] = v;
  if (ifNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: common });
  const body = Buffer.from(text(), 'utf8');
  const headers = { 'content-type': CALENDAR_TYPE, 'x-content-type-options': 'nosniff', 'content-length': String(body.byteLength), ...common };
  return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
}

/** Answers `GET`/`HEAD {base}/calendar.ics`: the programme's verification dates. */
export async function programmeCalendar(ctx: RouteContext, o: CalendarRoute): Promise<Response> {
  const { request, t, cors } = ctx;
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(t, 'GET, HEAD', cors);
  const { record, version } = await o.state.refresh();
  const lang = feedLang(ctx);
  const etag = `"${o.state.id()}-${version}-cal-${lang}"`;
  return feed(ctx, () => renderCalendar(verificationCalendar(record, { lang }), { timeZone: o.timeZone }), etag, 'public, max-age=300, must-revalidate');
}

/** Answers `GET`/`HEAD {base}/calendar/{token}.ics`: one firm's verifications, or 404. */
export async function firmCalendar(ctx: RouteContext, o: CalendarRoute, token: string): Promise<Response> {
  const { request, t, cors } = ctx;
  // Without a secret the route does not exist: the same answer as any unknown address.
  if (!o.secret) return problem(404, 'not_found', t.notFound, [], cors);
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(t, 'GET, HEAD', cors);
  if (!/^[A-Za-z0-9_-]{22,128}$/.test(token)) return problem(404, 'not_found', t.notFound, [], cors);
  const { record, version } = await o.state.refresh();
  const id = o.state.id();
  const { firms } = stateOf(record);
  const firm = firmOfToken(o, id, version, firms.values(), token);
  if (firm === undefined) return problem(404, 'not_found', t.notFound, [], cors);
  const lang = feedLang(ctx);
  const day = o.today();
  // Statuses change with the day (due, overdue): a copy per version, day and language.
  const etag = `"${id}-${version}-${day}-cal-${lang}"`;
  return feed(ctx, () => renderCalendar(verificationCalendar(record, { firm, asOf: day, lang }), { timeZone: o.timeZone }), etag, 'private, max-age=300, must-revalidate', {
    'x-robots-tag': 'noindex',
    'referrer-policy': 'no-referrer',
  });
}
