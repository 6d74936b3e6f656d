/**
 * `GET {base}/health`: whether the server and its database answer, for a
 * monitor. It says nothing of what the store holds.
 */
import { getOrHead, JSON_TYPE, methodNotAllowed, type RouteContext } from '../http.js';
import type { ServedProgramme } from '../served-programme.js';
import type { Store } from '../store.js';

/** Answers `GET`/`HEAD {base}/health`: 200 `{ status: 'ok', engine, schemaVersion, programme }`. */
export async function health(ctx: RouteContext, store: Store, state: ServedProgramme): Promise<Response> {
  const { request, t, cors } = ctx;
  if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(t, 'GET, HEAD', cors);
  await state.refresh();
  const body = JSON.stringify({ status: 'ok', engine: store.engine, schemaVersion: await store.schemaVersion(), programme: state.id() });
  return getOrHead(request, body, { status: 200, headers: { 'content-type': JSON_TYPE, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store', ...cors } });
}
