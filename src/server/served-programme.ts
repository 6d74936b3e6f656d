/**
 * A programme as the handler keeps it: its record folded up to the stored
 * version, read once and then brought up to date with only the new events;
 * appends of this process one at a time (other processes are kept apart by
 * the expected version); and the public record built once per version.
 */
import { gzipSync } from 'node:zlib';
import { applyEvents } from '../lifecycle/apply-event.js';
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
  /** The public record at the current version, built once per version. */
  published(): Promise<PublishedRecord>;
}

/** The state of `programme` (an id in the store or of a preset, or a definition) over `store`. */
export function servedProgramme(store: Store, programme: string | ProgrammeDefinition, anonymous: boolean, today?: () => string): ServedProgramme {
  let current: Current | undefined;
  let programmeId: string | undefined;
  let reading: Promise<Current> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let cache: PublishedRecord | undefined;
  let building: Promise<PublishedRecord> | undefined;

  const first = async (): Promise<Current> => {
    let definition: unknown = programme;
    if (typeof programme === 'string') {
      const kept = await store.programme(programme);
      if (kept) definition = kept.definition;
      else if (!Object.hasOwn(presets, programme)) throw new Error(`mechnet: no programme "${programme}" in the store and no preset of that name`);
    }
    const id = typeof definition === 'string' ? definition : (definition as ProgrammeDefinition).id;
    const events = await store.events(id);
    const record = parseRecord({ programme: definition, events: events.map((e) => e.event) });
    programmeId = id;
    return { record, version: events.at(-1)?.version ?? 0 };
  };

  const newer = async (): Promise<Current> => {
    const base = current!;
    const events = await store.events(programmeId!, base.version);
    if (events.length === 0) return base;
    // An erasure rewrote earlier events in place: the whole record is read again, so nothing erased stays in memory.
    if (events.some((e) => e.event.type === 'erasure')) return first();
    const next = { record: applyEvents(base.record, events.map((e) => e.event)), version: events.at(-1)!.version };
    return next;
  };

  /** One read at a time: concurrent callers share it, so the state only moves forward. */
  const refresh = (): Promise<Current> => {
    reading ??= (async () => {
      try {
        const next = current ? await newer() : await first();
        if (!current || next.version >= current.version) current = next;
        return current;
      } finally {
        reading = undefined;
      }
    })();
    return reading;
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
    serially<T>(fn: () => Promise<T>): Promise<T> {
      const run = queue.then(fn, fn);
      queue = run.catch(() => undefined);
      return run;
    },
    stored(record, version) {
      if (current && version > current.version && version === current.version + (record.events.length - current.record.events.length)) {
        current = { record, version };
      }
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
