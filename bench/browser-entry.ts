// Runs inside Chromium for `npm run bench` (bench/browser.ts bundles it): the
// first render of an element on a record, and the naive way of computing the
// same figures (folding the whole record again for each firm).
import '../components/define/mechnet-programme-overview.js';
import '../components/define/mechnet-savings.js';
import { economicAdvantage, firmState, firmStates, parseRecordShape } from '../src/index.js';

/** Waits until the element shows its data (or an error), then for layout. */
async function shown(el: HTMLElement): Promise<void> {
  for (;;) {
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if (el.shadowRoot?.querySelector('[part=base], [part=error]')) break;
    await new Promise((r) => setTimeout(r, 0));
  }
  el.getBoundingClientRect();
}

const api = {
  /** Milliseconds from giving `tag` the record (JSON text, parsed by the element's own check) to its first render on screen. */
  async render(tag: string, json: string, asOf: string): Promise<number> {
    const host = document.getElementById('host')!;
    host.replaceChildren();
    const value = JSON.parse(json) as unknown;
    const t0 = performance.now();
    const el = document.createElement(tag) as HTMLElement & { record: unknown };
    el.setAttribute('as-of', asOf);
    el.record = value;
    host.append(el);
    await shown(el);
    const ms = performance.now() - t0;
    if (el.shadowRoot!.querySelector('[part=error]')) throw new Error(el.shadowRoot!.textContent ?? 'error');
    return ms;
  },
  /** Milliseconds for the naive way: each firm's state and advantage from a fold of the whole record of its own. */
  naive(json: string, asOf: string): number {
    const value = JSON.parse(json) as unknown;
    const t0 = performance.now();
    const firms = firmStates(parseRecordShape(value), { asOf });
    for (const f of firms) {
      const record = parseRecordShape(JSON.parse(json));
      firmState(record, f.partitaIva, { asOf });
      economicAdvantage(record, { asOf }).firms.find((a) => a.firm === f.partitaIva);
    }
    return performance.now() - t0;
  },
};

(globalThis as { mechnetBench?: typeof api }).mechnetBench = api;
