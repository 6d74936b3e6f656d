import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MechnetError } from '../../src/errors/index.js';
import type { Lang } from '../../src/i18n/index.js';
import { hasLanguage, loadLanguage } from '../../src/i18n/languages.js';
import { parseRecordShape, type ProgrammeRecord } from '../../src/lifecycle/index.js';
import { resolveDefinition, type ProgrammeDefinition } from '../../src/programme/index.js';
import { loadPreset, presets } from '../../src/programme/presets.js';

/** The preset a record (a value or JSON text) names as its programme, if it names one by id. */
function presetOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined; // the check says where the JSON is wrong
    }
  }
  const programme = value !== null && typeof value === 'object' ? (value as { programme?: unknown }).programme : undefined;
  return typeof programme === 'string' ? programme : undefined;
}

/** Where a data element's record stands. */
export type RecordState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'ready'; record: ProgrammeRecord; definition: ProgrammeDefinition }
  | { status: 'invalid'; error: MechnetError }
  | { status: 'failed'; detail: string };

interface Host extends ReactiveControllerHost {
  src?: string | undefined;
  record?: unknown;
}

/**
 * Loads a programme record from the host's `record` property or, failing
 * that, its `src` URL, checks its shape with {@link parseRecordShape} (the
 * rules were checked where the record was written), and keeps the
 * outcome in `state`. A newer `src` cancels an older request.
 */
export class RecordSource implements ReactiveController {
  state: RecordState = { status: 'empty' };
  private loadedSrc: string | undefined;
  private givenRecord: unknown;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: Host,
    private readonly lang: () => Lang,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // The rules speak in the page's language: wait until its texts are loaded.
    if (!hasLanguage(this.lang())) return;
    const { record, src } = this.host;
    if (record !== undefined) {
      if (record !== this.givenRecord) {
        this.givenRecord = record;
        this.loadedSrc = undefined;
        this.abort?.abort();
        const preset = presetOf(record);
        if (preset === undefined || Object.hasOwn(presets, preset)) this.state = this.validate(record);
        else {
          // The programme it names is loaded first (the CDN build loads a preset when a record names it).
          this.state = { status: 'loading' };
          void loadPreset(preset).then(() => {
            if (this.givenRecord !== record) return;
            this.state = this.validate(record);
            this.host.requestUpdate();
          });
        }
      }
      return;
    }
    this.givenRecord = undefined;
    if (!src) {
      this.abort?.abort();
      this.loadedSrc = undefined;
      this.state = { status: 'empty' };
      return;
    }
    if (src !== this.loadedSrc) {
      this.loadedSrc = src;
      void this.load(src);
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.loadedSrc = undefined;
  }

  private validate(value: unknown): RecordState {
    try {
      const record = parseRecordShape(value, { lang: this.lang() });
      return { status: 'ready', record, definition: resolveDefinition(record) };
    } catch (e) {
      // A record that is not valid is the record's fault; a defect of the library is not: it is shown as a failure, with the library's words.
      if (e instanceof MechnetError && e.code !== 'internal') return { status: 'invalid', error: e };
      if (e instanceof MechnetError) return { status: 'failed', detail: e.issues[0]?.messages[this.lang()] ?? e.message };
      return { status: 'failed', detail: String(e) };
    }
  }

  private async load(src: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading' };
    let next: RecordState;
    try {
      const response = await fetch(src, { signal: abort.signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      const preset = presetOf(text);
      await Promise.all([loadLanguage(this.lang()), preset === undefined ? undefined : loadPreset(preset)]);
      next = this.validate(text);
    } catch (e) {
      if (abort.signal.aborted) return;
      next = { status: 'failed', detail: e instanceof Error ? e.message : String(e) };
    }
    if (abort.signal.aborted) return;
    this.state = next;
    this.host.requestUpdate();
  }
}
