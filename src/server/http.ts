/**
 * What every route of the handler shares: the language of a request, JSON
 * answers and problems with their issues, bodies read within a size and a
 * time, CORS headers, and the context a route receives.
 */
import { randomBytes } from 'node:crypto';
import type { Lang, LocalText } from '../i18n/lang.js';
import { serverMessages, type ServerMessages } from './messages.js';

/** The content type of every JSON answer. */
export const JSON_TYPE = 'application/json; charset=utf-8';

/** What the handler knows of a request beyond the Fetch `Request`: who sent it. */
export interface ClientInfo {
  /** The address of the peer of the connection (Node's `socket.remoteAddress`). */
  remoteAddress?: string;
}

/** A Fetch-API handler, optionally told the peer's address (`toNodeListener` passes it). */
export type FetchHandler = (request: Request, info?: ClientInfo) => Promise<Response>;

/** The language of a request: `Accept-Language` starting with `en`, else Italian. */
export function requestLang(request: Request): Lang {
  const header = request.headers.get('accept-language') ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'it';
}

/** A JSON answer, never cached unless `headers` say so. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': JSON_TYPE, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...headers },
  });
}

/** An issue as an answer carries it. */
export interface AnswerIssue {
  path?: readonly (string | number)[];
  code?: string;
  message?: string;
  messages?: LocalText;
}

/** An error answer: a stable code, a message, and the issues with their paths. */
export function problem(status: number, code: string, message: string, issues: readonly AnswerIssue[] = [], headers: Record<string, string> = {}): Response {
  return json(
    status,
    {
      code,
      message,
      issues: issues.map((i) => ({ path: i.path ?? [], code: i.code ?? code, message: i.message ?? message, ...(i.messages ? { messages: i.messages } : {}) })),
    },
    headers,
  );
}

/** 405 with the methods a route allows. */
export function methodNotAllowed(t: ServerMessages, allow: string, headers: Record<string, string> = {}): Response {
  return problem(405, 'method_not_allowed', t.methodNotAllowed(allow), [], { ...headers, allow });
}

/** Today's date in a time zone, `YYYY-MM-DD`. */
export function dateIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** How reading a body went. */
export type BodyRead = { ok: true; text: string; bytes: Buffer } | { ok: false; reason: 'too-large' | 'timeout' | 'aborted' };

/**
 * Reads a body up to `limit` bytes within `timeoutMs`: a longer body, a body
 * that does not arrive in time, or a connection that breaks is refused
 * (and the rest of it is not read).
 */
export async function readBody(request: Request, limit: number, timeoutMs: number): Promise<BodyRead> {
  if (!request.body) return { ok: true, text: '', bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
    timer.unref?.();
  });
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), late]);
      if (next === 'timeout') {
        void reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'timeout' };
      }
      if (next.done) break;
      size += next.value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(next.value);
    }
  } catch {
    return { ok: false, reason: 'aborted' };
  } finally {
    clearTimeout(timer);
  }
  const bytes = Buffer.concat(chunks);
  return { ok: true, text: bytes.toString('utf8'), bytes };
}

/** A short random id that names a request in the log and in its answer. */
export function newRequestId(): string {
  return randomBytes(6).toString('hex');
}

/** The context every route receives. */
export interface RouteContext {
  readonly request: Request;
  readonly lang: Lang;
  readonly t: ServerMessages;
  /** CORS headers for this request's origin (empty when it is not allowed). */
  readonly cors: Record<string, string>;
  /** The client, for rate limits: the peer's address, or the first untrusted hop behind a trusted proxy; undefined when the host did not say. */
  readonly client: string | undefined;
}

/** The context of a request. */
export function routeContext(request: Request, origins: ReadonlySet<string>, client: string | undefined): RouteContext {
  const lang = requestLang(request);
  return { request, lang, t: serverMessages[lang], cors: corsHeaders(request, origins), client };
}

/** CORS headers when the request's origin is allowed, else none. */
export function corsHeaders(request: Request, origins: ReadonlySet<string>): Record<string, string> {
  const origin = request.headers.get('origin');
  return origin && origins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': 'retry-after, idempotent-replayed, x-request-id' } : {};
}

/** A GET answer, or a HEAD answer with the same headers and no body. */
export function getOrHead(request: Request, body: string | null, init: ResponseInit): Response {
  return new Response(request.method === 'HEAD' ? null : body, init);
}
