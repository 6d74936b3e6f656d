/** Files of a folder over HTTP, for `mechnet serve --static DIR` (the Chamber's pages beside the API). */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Options of {@link staticFiles}. */
export interface StaticFilesOptions {
  /** Headers added to every file's answer, e.g. `content-security-policy`. */
  headers?: Record<string, string>;
}

/**
 * A Fetch-API handler serving the files of a folder (GET and HEAD; a
 * folder's `index.html`); 404 outside it.
 *
 * @example
 * ```ts
 * const files = staticFiles('public', { headers: { 'content-security-policy': "default-src 'self'" } });
 * const response = await files(new Request('http://localhost/index.html'));
 * ```
 */
export function staticFiles(dir: string, options: StaticFilesOptions = {}): (request: Request) => Promise<Response> {
  const root = resolve(dir);
  const extra = options.headers ?? {};
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
    let rel: string;
    try {
      rel = normalize(decodeURIComponent(new URL(request.url).pathname));
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    let file = join(root, rel);
    if (file !== root && !file.startsWith(root + sep)) return new Response('Not found', { status: 404 });
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...extra, 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' } });
    } catch {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
  };
}
