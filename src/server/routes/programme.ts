/** `GET {base}/programme.json`: the programme's definition, for the form's `programme` attribute. */
import { resolveDefinition } from '../../programme/resolve.js';
import { getOrHead, JSON_TYPE, methodNotAllowed, type RouteContext } from '../http.js';
import type { ServedProgramme } from '../served-programme.js';

/** Answers `GET`/`HEAD {base}/programme.json`. */
export async function programme(ctx: RouteContext, state: ServedProgramme): Promise<Response> {
  const { request, t, cors } = ctx;
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(t, 'GET, HEAD', cors);
  const { record } = await state.refresh();
  const body = JSON.stringify(resolveDefinition(record));
  return getOrHead(request, body, {
    status: 200,
    headers: { 'content-type': JSON_TYPE, 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=300', ...cors },
  });
}
