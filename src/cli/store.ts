/**
 * The command line on a store: serve, init, migrate, export, load, publish.
 * Asynchronous (a database answers later); exit codes as the other
 * commands: 0 done, 1 invalid data or a database error, 2 wrong usage.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import process from 'node:process';
import { MechnetError } from '../errors/mechnet-error.js';
import { formatPath } from '../errors/path.js';
import type { Lang } from '../i18n/lang.js';
import { parseRecord } from '../lifecycle/parse-record.js';
import { publicRecord } from '../lifecycle/public-record.js';
import { parseDefinition } from '../programme/parse.js';
import { presets } from '../programme/presets.js';
import { createHandler } from '../server/handler.js';
import { toNodeListener } from '../server/node.js';
import { openStore } from '../server/open.js';
import { staticFiles } from '../server/static.js';
import type { Store } from '../server/store.js';
import { storeMessages, type StoreCommandName } from './store-messages.js';

type Out = { write(s: string): unknown };
type Values = Record<string, string | boolean | undefined>;

/** The store commands and their options. */
export const STORE_COMMAND_OPTIONS: Record<StoreCommandName, readonly string[]> = {
  serve: ['store', 'programme', 'port', 'host', 'static', 'anonymous'],
  init: ['store', 'programme'],
  migrate: ['store'],
  export: ['store', 'programme', 'out'],
  load: ['store'],
  publish: ['out', 'anonymous'],
};

/** Whether a word is a store command. */
export function isStoreCommand(word: string | undefined): word is StoreCommandName {
  return word !== undefined && Object.hasOwn(STORE_COMMAND_OPTIONS, word);
}

class Usage extends Error {}

/** Writes a file through a temporary one, so that a reader never sees half of it. */
function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** The definition named by `--programme`: a file, or an id (stored or preset). */
function programmeArgument(value: string, lang: Lang): { id: string; definition?: unknown } {
  if (value.endsWith('.json') || existsSync(value)) {
    const definition = parseDefinition(readFileSync(value, 'utf8'), { lang });
    return { id: definition.id, definition };
  }
  return { id: value };
}

async function withStore<T>(url: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Runs a store command; resolves with the exit code (`serve` when it is stopped). */
export async function runStoreCommand(command: StoreCommandName, files: string[], o: Values, lang: Lang, out: Out, err: Out): Promise<number> {
  const t = storeMessages[lang];
  const store = o.store as string | undefined;
  try {
    if (command !== 'publish' && !store) throw new Usage(`${t.missingStore}\n\n${t.commands[command]}`);
    switch (command) {
      case 'migrate':
        return await withStore(store!, async (s) => {
          out.write(`${t.migrated(await s.migrate(), s.engine)}\n`);
          return 0;
        });
      case 'init': {
        if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.init}`);
        const p = programmeArgument(o.programme as string, lang);
        return await withStore(store!, async (s) => {
          await s.migrate();
          if (p.definition === undefined && !Object.hasOwn(presets, p.id)) throw new Usage(t.unknownProgramme(p.id));
          await s.putProgramme(p.id, p.definition ?? p.id);
          out.write(`${t.initialised(p.id, s.engine)}\n`);
          return 0;
        });
      }
      case 'export': {
        if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.export}`);
        const id = o.programme as string;
        return await withStore(store!, async (s) => {
          const stored = await s.programme(id);
          if (!stored && !Object.hasOwn(presets, id)) throw new Usage(t.unknownProgramme(id));
          const events = (await s.events(id)).map((e) => e.event);
          const record = parseRecord({ programme: stored?.definition ?? id, events }, { lang });
          const text = `${JSON.stringify(record, null, 2)}\n`;
          if (o.out) {
            writeAtomic(o.out as string, text);
            err.write(`${t.exported(events.length, o.out as string)}\n`);
          } else out.write(text);
          return 0;
        });
      }
      case 'load': {
        const file = files[0];
        if (!file) throw new Usage(t.commands.load);
        const record = parseRecord(readFileSync(file, 'utf8'), { lang });
        const id = typeof record.programme === 'string' ? record.programme : record.programme.id;
        return await withStore(store!, async (s) => {
          await s.migrate();
          const have = await s.version(id);
          if (have > 0) {
            err.write(`${t.notEmpty(id, have)}\n`);
            return 1;
          }
          await s.putProgramme(id, record.programme);
          const r = await s.append(id, record.events as unknown as Record<string, unknown>[], { expectedVersion: 0 });
          if (!r.ok) {
            err.write(`${t.notEmpty(id, r.reason === 'conflict' ? r.version : 0)}\n`);
            return 1;
          }
          out.write(`${t.loaded(record.events.length, id)}\n`);
          return 0;
        });
      }
      case 'publish': {
        const file = files[0];
        if (!file) throw new Usage(t.commands.publish);
        if (!o.out) throw new Usage(`${t.missingOut}\n\n${t.commands.publish}`);
        const record = parseRecord(readFileSync(file, 'utf8'), { lang });
        const shown = publicRecord(record, { anonymous: o.anonymous === true, lang });
        writeAtomic(o.out as string, `${JSON.stringify(shown, null, 2)}\n`);
        out.write(`${t.published(o.out as string, shown.redaction!.level)}\n`);
        return 0;
      }
      case 'serve':
        return await serve(store!, o, lang, out, err);
    }
  } catch (e) {
    if (e instanceof Usage) {
      err.write(`${e.message}\n`);
      return 2;
    }
    if (e instanceof MechnetError) {
      err.write(`${e.messageIn(lang).split('\n')[0]}\n`);
      for (const i of e.issues) err.write(`${i.path.length > 0 ? `${formatPath(i.path)}: ` : ''}${i.messages[lang]}\n`);
      return 1;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      err.write(`${(e as Error).message}\n`);
      return 2;
    }
    err.write(`${t.storeFailed(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

/** `mechnet serve`: the handler on Node's http server until Ctrl+C (or SIGTERM). */
async function serve(url: string, o: Values, lang: Lang, out: Out, err: Out): Promise<number> {
  const t = storeMessages[lang];
  if (!o.programme) throw new Usage(`${t.missingProgramme}\n\n${t.commands.serve}`);
  const port = o.port === undefined ? 8080 : Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Usage(t.badPort(String(o.port)));
  const host = (o.host as string | undefined) ?? '127.0.0.1';
  const p = programmeArgument(o.programme as string, lang);
  const store = await openStore(url);
  await store.migrate();
  if (p.definition !== undefined) await store.putProgramme(p.id, p.definition);
  else if (!(await store.programme(p.id)) && !Object.hasOwn(presets, p.id)) {
    await store.close();
    throw new Usage(t.unknownProgramme(p.id));
  }
  const api = createHandler({ store, programme: p.id, anonymous: o.anonymous === true });
  const files = o.static ? staticFiles(o.static as string) : undefined;
  const handler = async (request: Request): Promise<Response> => {
    const started = performance.now();
    const path = new URL(request.url).pathname;
    const response = path.startsWith('/api/') || !files ? await api(request) : await files(request);
    out.write(`${new Date().toISOString()} ${request.method} ${path} ${response.status} ${(performance.now() - started).toFixed(1)} ms\n`);
    return response;
  };
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  out.write(`${t.listening(`http://${host}:${actual}/`, store.engine, p.id)}\n`);
  return new Promise<number>((resolve) => {
    const stop = () => {
      err.write(`${t.stopping}\n`);
      server.close(() => {
        void store.close().then(() => resolve(0));
      });
      server.closeAllConnections?.();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
