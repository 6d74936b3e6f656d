/**
 * Files of folders over HTTP, for `mechnet serve --static` (the Chamber's
 * pages beside the API): GET and HEAD only, never a dotfile, never a file
 * whose real path leaves its folder.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

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
  '.woff2': 'font/woff2',
};

/** Options of {@link staticFiles}. */
export interface StaticFilesOptions {
  /** Headers added to every file's answer, e.g. `content-security-policy`. */
  headers?: Record<string, string>;
  /** `Cache-Control` of the files. Default `no-cache` (the browser keeps them and asks whether they changed). */
  cacheControl?: string;
}

/** Folders by the URL path they are served under: `{ '/': 'site', '/cdn/': 'dist/cdn' }`. */
export type StaticRoots = string | Readonly<Record<string, string>>;

interface Mount {
  prefix: string;
  dir: string;
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });

/**
 * A Fetch-API handler serving the files of one folder, or of several folders
 * each under its own URL path (the longest matching path wins). GET and HEAD
 * only (405 with `Allow` otherwise); a folder answers with its `index.html`.
 * 404 for anything outside the folders, for any path segment that starts
 * with a dot (`/.env`, `/.git/config`), and for a symbolic link whose real
 * path leaves its folder. Each file has `X-Content-Type-Options: nosniff`,
 * an `ETag`, `Last-Modified` and `Cache-Control`; `If-None-Match` gives 304.
 *
 * @example
 * ```ts
 * const files = staticFiles({ '/': 'public', '/assets/mechnet/': 'node_modules/mechnet/dist/cdn' }, {
 *   headers: { 'content-security-policy': "default-src 'self'" },
 * });
 * const response = await files(new Request('http://localhost/index.html'));
 * ```
 */
export function staticFiles(roots: StaticRoots, options: StaticFilesOptions = {}): (request: Request) => Promise<Response> {
  const mounts: Mount[] = Object.entries(typeof roots === 'string' ? { '/': roots } : roots)
    .map(([prefix, dir]) => ({ prefix: `/${prefix.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, ''), dir: resolve(dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const extra = options.headers ?? {};
  const cacheControl = options.cacheControl ?? 'no-cache';
  const realRoots = new Map<string, Promise<string | undefined>>();
  const realRoot = (dir: string) => {
    let r = realRoots.get(dir);
    if (!r) realRoots.set(dir, (r = realpath(dir).catch(() => undefined)));
    return r;
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' } });
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return new Response('Bad request', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    if (path.includes('\0') || path.includes('\\')) return notFound();
    const mount = mounts.find((m) => path === m.prefix || path.startsWith(`${m.prefix}/`));
    if (!mount) return notFound();
    const segments = path.slice(mount.prefix.length).split('/').filter((s) => s !== '');
    // No dotfile or dot-folder, and no way up: `.`, `..`, `.env`, `.git` are all refused.
    if (segments.some((s) => s.startsWith('.'))) return notFound();
    const root = await realRoot(mount.dir);
    if (!root) return notFound();
    try {
      let file = await realpath(resolve(mount.dir, ...segments));
      if (!inside(root, file)) return notFound();
      let info = await stat(file);
      if (info.isDirectory()) {
        file = await realpath(resolve(file, 'index.html'));
        if (!inside(root, file)) return notFound();
        info = await stat(file);
      }
      if (!info.isFile()) return notFound();
      const etag = `"${createHash('sha1').update(`${file}:${info.size}:${info.mtimeMs}`).digest('hex').slice(0, 20)}"`;
      const headers = {
        ...extra,
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'cache-control': cacheControl,
        etag,
        'last-modified': info.mtime.toUTCString(),
      };
      if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, { status: 200, headers: { ...headers, 'content-length': String(info.size) } });
    } catch {
      return notFound();
    }
  };
}

/** Whether a real path is the root or inside it. */
function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
