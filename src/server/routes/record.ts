/**
 * `GET {base}/record.json`: the public record (no personal data), built once
 * per stored version and answered from that copy until the next append.
 */
import { getOrHead, JSON_TYPE, methodNotAllowed, type RouteContext } from '../http.js';
import type { ProgrammeState } from '../programme-state.js';

/** Answers `GET`/`HEAD {base}/record.json`, with an ETag per version. */
export async function record(ctx: RouteContext, state: ProgrammeState): Promise<Response> {
  const { request, t, cors } = ctx;
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(t, 'GET, HEAD', cors);
  const { body, etag } = await state.published();
  const common = { etag, 'cache-control': 'public, max-age=60, must-revalidate', ...cors };
  if (ifNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: common });
  return getOrHead(request, body, { status: 200, headers: { 'content-type': JSON_TYPE, 'x-content-type-options': 'nosniff', ...common } });
}

/** Whether `If-None-Match` names this ETag (or `*`). */
export function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}
