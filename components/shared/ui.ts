/**
 * Small pieces the display elements share: a firm's name or its anonymous
 * label, a table that stacks its rows on a narrow screen, a status chip
 * with a word and a symbol, a bar of achievement against expected progress.
 */
import { css, html, svg, unsafeCSS, type CSSResult, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { IndicatorStatus } from '../../src/plan/index.js';
import type { UiMessages } from './messages.js';

/**
 * How an element names a firm: its name, or "Impresa n" (n its order of
 * application in the record, so every element of a page gives a firm the
 * same number).
 */
export function firmName(firm: { order: number; name: string }, anonymous: boolean, t: UiMessages): string {
  return anonymous ? t.anonymousFirm(firm.order) : firm.name;
}

/**
 * How a table reads in a box too narrow for its columns: once the box is
 * narrower than the width named (about what the table needs as a table),
 * each row goes under the one before, its header first, each cell after
 * its column's header (`data-label`); with `tiles`, a row's cells sit side
 * by side as small tiles, header above value (for a grid of short values,
 * such as firms by dates).
 */
export interface TableLayout {
  stack: StackBelow;
  tiles?: boolean;
}

/** Widths below which a table stacks, in em of the element's text. */
export const STACK_BELOW = { narrow: 30, medium: 40, wide: 50, widest: 64 } as const;
export type StackBelow = keyof typeof STACK_BELOW;

/**
 * A table that stacks its rows on a narrow screen ({@link TableLayout}),
 * in a box that scrolls sideways inside the element (never the page) when
 * a table is still too wide (a word longer than the line): then
 * {@link TableCues} makes the box a labelled region the keyboard can
 * focus, and draws a shadow on the side where more is.
 */
export function responsiveTable(caption: string, t: UiMessages, table: TemplateResult, layout: TableLayout): TemplateResult {
  return html`<div class="scroll" data-stack=${layout.stack} ?data-tiles=${layout.tiles} data-region-label=${t.scrollTable(caption)}>${table}</div>`;
}

/** The ARIA roles of a table's parts, set again by hand: some browsers drop a table's semantics when its parts are displayed as blocks. */
const ROLES: [string, string][] = [
  ['table', 'table'],
  ['thead, tbody, tfoot', 'rowgroup'],
  ['tr', 'row'],
  ['th[scope=col], th[scope=colgroup]', 'columnheader'],
  ['th[scope=row]', 'rowheader'],
  ['td', 'cell'],
];

/**
 * Keeps the tables of an element readable: gives the parts of a table
 * that may stack their ARIA roles, so a screen reader still hears a table;
 * makes a box whose table is wider than it a region the keyboard can
 * focus and scroll, labelled, with the sides where more is to see
 * (`data-overflow="start end"`, drawn as a shadow), measured again when
 * the box or its table changes size or is scrolled. A box that does not
 * scroll is no stop for the keyboard and no landmark.
 */
export class TableCues implements ReactiveController {
  /** Boxes that listen to their scrolling (for good), and boxes and tables observed (until the element leaves the page). */
  private readonly listening = new WeakSet<Element>();
  private observed = new WeakSet<Element>();
  private observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    for (const box of root.querySelectorAll<HTMLElement>('.scroll')) {
      for (const [selector, role] of ROLES) for (const el of box.querySelectorAll(selector)) el.setAttribute('role', role);
      if (!this.listening.has(box)) {
        this.listening.add(box);
        box.addEventListener('scroll', () => cue(box), { passive: true });
      }
      this.observer ??= new ResizeObserver((entries) => {
        for (const e of entries) {
          const box = e.target.closest('.scroll');
          if (box instanceof HTMLElement) cue(box);
        }
      });
      for (const el of [box, box.querySelector('table')]) {
        if (el && !this.observed.has(el)) {
          this.observed.add(el);
          this.observer.observe(el);
        }
      }
      cue(box);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = new WeakSet();
  }
}

/** Makes a box a focusable, labelled region while its table is wider than it, and marks the sides where more is to see. */
function cue(box: HTMLElement): void {
  const hidden = box.scrollWidth - box.clientWidth;
  if (hidden > 1) {
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', box.dataset.regionLabel ?? '');
    box.tabIndex = 0;
  } else {
    for (const a of ['role', 'aria-label', 'tabindex']) box.removeAttribute(a);
  }
  // scrollLeft counts from the start of the line: negative in right-to-left text.
  const from = Math.abs(box.scrollLeft);
  const sides = [from > 1 ? 'start' : '', from < hidden - 1 ? 'end' : ''].filter(Boolean).join(' ');
  if (sides === '') box.removeAttribute('data-overflow');
  else if (box.getAttribute('data-overflow') !== sides) box.setAttribute('data-overflow', sides);
}

/** The symbol beside each status word: a status is never told by colour alone. */
const SYMBOLS: Record<IndicatorStatus, string> = {
  achieved: '✓',
  'on-track': '↗',
  behind: '↘',
  'at-risk': '!',
  stale: '⏲',
  'no-data': '–',
  'not-started': '○',
};

/** A status as a chip: a symbol and the word, coloured by the status. */
export function statusChip(status: IndicatorStatus, t: UiMessages): TemplateResult {
  return html`<span part="chip" class="chip" data-status=${status}><span aria-hidden="true">${SYMBOLS[status]}</span> ${t.indicatorStatuses[status]}</span>`;
}

/** Clamps a ratio into 0..1 for drawing. */
const unit = (x: number) => Math.min(1, Math.max(0, x));

/**
 * A bar of achievement (0..1) with a mark at the expected progress (0..1),
 * as inline SVG; the text beside it says the same in words (the SVG is
 * hidden from assistive technology).
 */
export function progressBar(achievement: number | undefined, expected: number, status: IndicatorStatus): TemplateResult {
  const done = unit(achievement ?? 0);
  const mark = unit(expected);
  return html`<svg class="bar" data-status=${status} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="track" x="0" y="1" width="100" height="8" rx="1"></rect>
    <rect class="fill" x="0" y="1" width=${(done * 100).toFixed(2)} height="8" rx="1"></rect>
    <line class="expected" x1=${(mark * 100).toFixed(2)} x2=${(mark * 100).toFixed(2)} y1="0" y2="10"></line>`}
  </svg>`;
}

/**
 * A table's rows one under the other once its region is narrower than
 * `below`: each row a block starting with its header, each cell after
 * its column's header (`data-label`, shown but not read twice: the
 * table's headers stay for screen readers, out of sight).
 */
function stacked(below: StackBelow): CSSResult {
  const s = unsafeCSS(`[data-stack='${below}']`);
  return css`
    @container (max-width: ${unsafeCSS(STACK_BELOW[below])}em) {
      ${s} > table,
      ${s} > table > *,
      ${s} > table > * > tr,
      ${s} > table > * > tr > * {
        display: block;
        text-align: start;
      }
      ${s} > table {
        overflow-wrap: anywhere;
      }
      ${s} > table > thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      ${s} tr {
        padding: 0.5em 0;
        border-bottom: 1px solid var(--_border);
      }
      ${s} > table > * > tr > * {
        border: 0;
        padding: 0.125em 0;
        white-space: normal;
      }
      ${s} th[scope='row'] {
        font-weight: 700;
        padding-bottom: 0.25em;
      }
      ${s} td::before {
        content: attr(data-label) ': ';
        content: attr(data-label) ': ' / '';
        font-weight: 600;
      }
      ${s}[data-tiles] tr {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(6.5em, 1fr));
        gap: 0.25em 0.75em;
      }
      ${s}[data-tiles] th {
        grid-column: 1 / -1;
      }
      ${s}[data-tiles] td::before {
        display: block;
        content: attr(data-label);
        content: attr(data-label) / '';
      }
    }
  `;
}

/**
 * The display elements' colours, headings, tables, status chips and bars.
 *
 * Every colour is a `--mechnet-*` custom property whose default is mixed
 * with the text colour the element inherits: darker on a light page,
 * lighter on a dark one, so that the default stays at 4.5:1 or more as
 * text on the page's background, light or dark (checked by axe on both).
 * The accent and the error colour come from `baseStyles`, mixed the same
 * way, for every element.
 */
export const uiStyles = [
  css`
    :host {
      --_cue: var(--mechnet-scroll-shadow, color-mix(in srgb, currentColor 45%, transparent));
      --_status-achieved: var(--mechnet-status-achieved, color-mix(in srgb, #1e6b34 55%, currentColor));
      --_status-on-track: var(--mechnet-status-on-track, color-mix(in srgb, #0b5cad 55%, currentColor));
      --_status-behind: var(--mechnet-status-behind, color-mix(in srgb, #8a4b00 55%, currentColor));
      --_status-at-risk: var(--mechnet-status-at-risk, color-mix(in srgb, #a4262c 55%, currentColor));
      --_status-stale: var(--mechnet-status-stale, color-mix(in srgb, #5c5c5c 55%, currentColor));
      --_status-none: var(--mechnet-status-none, color-mix(in srgb, #5c5c5c 55%, currentColor));
    }
    h2 {
      margin: 0 0 0.25em;
      font-size: 1.4em;
      border-bottom: 0.125em solid var(--_accent);
      padding-bottom: 0.25em;
      overflow-wrap: anywhere;
    }
    h3 {
      font-size: 1.1em;
      margin: var(--_gap) 0 0.5em;
    }
    .scroll {
      position: relative;
      max-width: 100%;
      overflow-x: auto;
      container-type: inline-size;
    }
    .scroll:focus-visible {
      outline: 0.125em solid var(--_accent);
      outline-offset: 0.125em;
    }
    .scroll[data-overflow~='end'] {
      box-shadow: inset -1.25em 0 1em -1em var(--_cue);
    }
    .scroll[data-overflow~='start'] {
      box-shadow: inset 1.25em 0 1em -1em var(--_cue);
    }
    .scroll[data-overflow='start end'] {
      box-shadow:
        inset 1.25em 0 1em -1em var(--_cue),
        inset -1.25em 0 1em -1em var(--_cue);
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-bottom: 0.25em;
    }
    .scroll > table > caption {
      position: sticky;
      inset-inline-start: 0;
      max-inline-size: 100cqi;
    }
    [data-status='achieved'] {
      --_status: var(--_status-achieved);
    }
    [data-status='on-track'] {
      --_status: var(--_status-on-track);
    }
    [data-status='behind'] {
      --_status: var(--_status-behind);
    }
    [data-status='at-risk'] {
      --_status: var(--_status-at-risk);
    }
    [data-status='stale'] {
      --_status: var(--_status-stale);
    }
    [data-status='no-data'],
    [data-status='not-started'] {
      --_status: var(--_status-none);
    }
    .chip {
      display: inline-block;
      white-space: nowrap;
      border: 1px solid var(--_status);
      border-inline-start-width: 0.3em;
      border-radius: var(--_radius);
      padding: 0 0.4em;
      color: inherit;
    }
    .chip > [aria-hidden] {
      color: var(--_status);
      font-weight: 700;
    }
    svg.bar {
      display: block;
      width: 100%;
      min-width: 6em;
      max-width: 20em;
      height: 0.75em;
    }
    .bar .track {
      fill: var(--_border);
    }
    .bar .fill {
      fill: var(--_status);
    }
    .bar .expected {
      stroke: currentColor;
      stroke-width: 1.5;
      vector-effect: non-scaling-stroke;
    }
    @media (prefers-reduced-motion: no-preference) {
      .bar .fill {
        transition: width 0.3s ease-out;
      }
    }
  `,
  ...(Object.keys(STACK_BELOW) as StackBelow[]).map(stacked),
];
