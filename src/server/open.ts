/** Opening a store from a URL, as the command line takes it. */
import { postgresStore } from './postgres.js';
import { sqliteStore } from './sqlite.js';
import type { Store } from './store.js';

/**
 * A store from a URL: `sqlite:PATH` (a file, created when missing) or
 * `postgres://user@host:port/database` (also `postgresql://`).
 *
 * @example
 * ```ts
 * const store = await openStore(process.env.MECHNET_STORE ?? 'sqlite:.data/mechnet.sqlite');
 * ```
 */
export async function openStore(url: string, options: { readonly?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(url)) return postgresStore(url);
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new Error('mechnet: sqlite: needs a file, e.g. sqlite:.data/mechnet.sqlite');
    return sqliteStore(file, options);
  }
  throw new Error(`mechnet: unknown store "${url}": use sqlite:PATH or postgres://user@host/database`);
}
