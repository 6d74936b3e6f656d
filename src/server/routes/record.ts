/**
 * `GET {base}/record.json`: the public record (no personal data), built once
 * per stored version and answered from that copy until the next append.
 */
import { MechnetError } from '../../errors/mechnet-error.js';
import { JSON_TYPE, methodNotAllowed, problem, type RouteContext } from '../http.js';
import type { ServedProgramme } from '../served-programme.js';

/** Answers `GET`/`HEAD {base}/record.json`, with an ETag per version. */
export async function record(ctx: RouteContext, state: ServedProgramme): Promise<Response> {
  const { request, t, cors } = ctx;
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(t, 'GET, HEAD', cors);
  let published;
  try {
    published = await state.published();
  } catch (e) {
    // An anonymous record with too few alike firms yet (publication.minimumGroup): refused, with the sentence that says what to change.
    if (!(e instanceof MechnetError) || e.code === 'internal') throw e;
    const issue = e.issues[0];
    const message = issue?.messages[ctx.lang] ?? e.message;
    return problem(503, 'not_publishable', message, issue ? [{ path: [...issue.path], code: issue.code, message, messages: issue.messages }] : [], { 'cache-control': 'no-store', ...cors });
  }
  const gzip = acceptsGzip(request.headers.get('accept-encoding'));
  // Each representation has its own tag; a cache that holds either may ask with its tag.
  const etag = gzip ? `${published.etag.slice(0, -1)}-gz"` : published.etag;
  const common: Record<string, string> = { etag, vary: 'Accept-Encoding', 'cache-control': 'public, max-age=60, must-revalidate', ...cors };
  if (cors.vary) common.vary = 'Origin, Accept-Encoding';
  if (ifNoneMatch(request.headers.get('if-none-match'), etag) || ifNoneMatch(request.headers.get('if-none-match'), published.etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  const body = gzip ? published.gzip : published.body;
  const headers = { 'content-type': JSON_TYPE, 'x-content-type-options': 'nosniff', 'content-length': String(body.byteLength), ...(gzip ? { 'content-encoding': 'gzip' } : {}), ...common };
  return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
}

/** Whether `If-None-Match` names this ETag (or `*`). */
export function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}

/** Whether `Accept-Encoding` takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
