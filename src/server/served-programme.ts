/**
 * A programme as the handler keeps it: its record folded up to the stored
 * version, read once and then brought up to date with only the new events;
 * appends of this process one at a time (other processes are kept apart by
 * the expected version); and the public record built once per version.
 */
import { gzipSync } from 'node:zlib';
import { checkedEventFor, recordOfChecked } from '../lifecycle/apply-event.js';
import { foldEvents, step } from '../lifecycle/fold.js';
import { rememberState, takeState } from '../lifecycle/state-cache.js';
import { resolveDefinition } from '../programme/resolve.js';
import type { ProgrammeEvent } from '../record/events.js';
import type { ProgrammeFold } from '../record/state.js';
import { parseRecord } from '../lifecycle/parse-record.js';
import { publicRecord } from '../lifecycle/public-record.js';
import { presets } from '../programme/presets.js';
import type { ProgrammeDefinition } from '../programme/schema.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { Store } from './store.js';

/** The record folded up to a stored version. */
export interface Current {
  readonly record: ProgrammeRecord;
  readonly version: number;
}

/** The public record of one version, ready to send: as UTF-8 bytes and gzipped, with its ETag. */
export interface PublishedRecord {
  readonly version: number;
  /** The day of publishing it was built for (consent and admissions as of that day). */
  readonly day?: string | undefined;
  readonly body: Uint8Array;
  readonly gzip: Uint8Array;
  readonly etag: string;
}

/** The programme's state in the handler. */
export interface ServedProgramme {
  /** The programme's id (known after the first {@link ServedProgramme.refresh}). */
  id(): string;
  /** The record as stored now. */
  refresh(): Promise<Current>;
  /** Runs `fn` after every earlier append of this process has finished. */
  serially<T>(fn: () => Promise<T>): Promise<T>;
  /** Remembers a record this process has just stored at `version`. */
  stored(record: ProgrammeRecord, version: number): void;
  /**
   * The fold of the stored events, to judge a new event against without
   * making a record (read at once: it moves with the next event).
   */
  live(): Promise<{ state: ProgrammeFold; version: number }>;
  /** Adds events this process has just stored, reaching `version`, checked against {@link ServedProgramme.live}'s fold. */
  appended(events: readonly ProgrammeEvent[], version: number): void;
  /** The public record at the current version, built once per version. */
  published(): Promise<PublishedRecord>;
}

/** The state of `programme` (an id in the store or of a preset, or a definition) over `store`. */
export function servedProgramme(store: Store, programme: string | ProgrammeDefinition, anonymous: boolean, today?: () => string): ServedProgramme {
  let programmeId: string | undefined;
  let reading: Promise<void> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let cache: PublishedRecord | undefined;
  let building: Promise<PublishedRecord> | undefined;

  // What is stored, kept as the events in order (a list this module owns and appends to) at `version`, and:
  // - `record`: a frozen record of those events, made when a view asks for one (undefined once an event is added);
  // - `state`: the fold of those events, owned here; undefined while it is handed to `record` (a record keeps its fold).
  // An application is judged against the fold and appended to the list, without copying the record: flat in its size.
  let loaded = false;
  let shell: Omit<ProgrammeRecord, 'events'> = { programme: '' } as Omit<ProgrammeRecord, 'events'>;
  let events: ProgrammeEvent[] = [];
  let version = 0;
  let record: ProgrammeRecord | undefined;
  let state: ProgrammeFold | undefined;

  /** Takes a record (and the fold it keeps) as the state at `at`. */
  const adopt = (r: ProgrammeRecord, at: number) => {
    const { events: list, ...rest } = r;
    shell = rest;
    events = [...list];
    version = at;
    record = r;
    state = undefined;
    loaded = true;
  };

  const first = async (): Promise<void> => {
    let definition: unknown = programme;
    if (typeof programme === 'string') {
      const kept = await store.programme(programme);
      if (kept) definition = kept.definition;
      else if (!Object.hasOwn(presets, programme)) throw new Error(`mechnet: no programme "${programme}" in the store and no preset of that name`);
    }
    const id = typeof definition === 'string' ? definition : (definition as ProgrammeDefinition).id;
    const stored = await store.events(id);
    const parsed = parseRecord({ programme: definition, events: stored.map((e) => e.event) });
    programmeId = id;
    adopt(parsed, stored.at(-1)?.version ?? 0);
  };

  /** The fold at `version`, owned here (taken back from the record, or folded again if someone took it). */
  const own = (): ProgrammeFold => {
    if (!state) {
      const r = record ?? recordOfChecked(shell, events);
      state = takeState(r) ?? foldEvents(resolveDefinition(r), r.events);
    }
    return state;
  };

  /** The record at `version`, made once per version; it keeps the fold until the next event. */
  const made = (): ProgrammeRecord => {
    if (!record) record = recordOfChecked(shell, events);
    if (state) {
      rememberState(record, state);
      state = undefined;
    }
    return record;
  };

  /** Adds stored events, checked against the fold, after `version`. */
  const add = (list: readonly unknown[], at: number) => {
    const fold = own();
    try {
      for (const e of list) {
        const checked = checkedEventFor(fold, e, 'it');
        step(fold, checked);
        events.push(checked);
      }
    } catch (e) {
      // A stored event the rules refuse: nothing half-added stays; the next read starts again from the store.
      loaded = false;
      state = undefined;
      record = undefined;
      throw e;
    }
    version = at;
    record = undefined;
  };

  const newer = async (): Promise<void> => {
    const from = version;
    const stored = await store.events(programmeId!, from);
    // Another reader may have moved on meanwhile: only what is still new is added.
    const fresh = stored.filter((e) => e.version > version);
    if (fresh.length === 0) return;
    // An erasure rewrote earlier events in place: the whole record is read again, so nothing erased stays in memory.
    if (fresh.some((e) => e.event.type === 'erasure')) return first();
    add(fresh.map((e) => e.event), fresh.at(-1)!.version);
  };

  /** One read at a time: concurrent callers share it, so the state only moves forward. */
  const read = (): Promise<void> => {
    reading ??= (async () => {
      try {
        await (loaded ? newer() : first());
      } finally {
        reading = undefined;
      }
    })();
    return reading;
  };

  const refresh = async (): Promise<Current> => {
    await read();
    return { record: made(), version };
  };

  const build = async (): Promise<PublishedRecord> => {
    const { record, version } = await refresh();
    // Consent and admissions as of the day of publishing: a copy per stored version and per day.
    const day = today?.();
    if (cache && cache.version === version && cache.day === day) return cache;
    const body = Buffer.from(JSON.stringify(publicRecord(record, { anonymous, ...(day ? { asOf: day } : {}) })), 'utf8');
    const made = { version, day, body, gzip: gzipSync(body), etag: `"${programmeId}-${version}${day ? `-${day}` : ''}${anonymous ? '-a' : ''}"` };
    if (!cache || cache.version <= version) cache = made;
    return made;
  };

  return {
    id: () => programmeId ?? (typeof programme === 'string' ? programme : programme.id),
    refresh,
    async live() {
      await read();
      return { state: own(), version };
    },
    appended(list, at) {
      // Read already (by a refresh that came between the append and this call), or not the next version: nothing to add.
      if (at !== version + list.length) return;
      add(list, at);
    },
    serially<T>(fn: () => Promise<T>): Promise<T> {
      const run = queue.then(fn, fn);
      queue = run.catch(() => undefined);
      return run;
    },
    stored(r, at) {
      if (loaded && at > version && at === version + (r.events.length - events.length)) adopt(r, at);
    },
    published() {
      // Readers arriving while it is built wait for the same build.
      building ??= build().finally(() => {
        building = undefined;
      });
      return building;
    },
  };
}
