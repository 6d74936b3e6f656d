/**
 * Small pieces the display elements share: a firm's name or its anonymous
 * label, a table that scrolls inside the element, a status chip with a word
 * and a symbol, a bar of achievement against expected progress.
 */
import { css, html, svg, type TemplateResult } from 'lit';
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
 * A table in a box that scrolls sideways on a narrow screen (never the
 * page): a labelled region that the keyboard can focus and scroll.
 */
export function scrollTable(caption: string, t: UiMessages, table: TemplateResult): TemplateResult {
  return html`<div class="scroll" role="region" tabindex="0" aria-label=${t.scrollTable(caption)}>${table}</div>`;
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
 * The display elements' headings, tables that scroll, status chips and bars.
 * Colours of the statuses: dark enough for 4.5:1 as text on white and 3:1 as
 * a shape, each overridable with `--mechnet-status-<status>`.
 */
export const uiStyles = css`
  :host {
    --_status-achieved: var(--mechnet-status-achieved, #1e6b34);
    --_status-on-track: var(--mechnet-status-on-track, #0b5cad);
    --_status-behind: var(--mechnet-status-behind, #8a4b00);
    --_status-at-risk: var(--mechnet-status-at-risk, #a4262c);
    --_status-stale: var(--mechnet-status-stale, #5c5c5c);
    --_status-none: var(--mechnet-status-none, #5c5c5c);
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
  }
  .scroll:focus-visible {
    outline: 0.125em solid var(--_accent);
    outline-offset: 0.125em;
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
    height: 0.75em;
  }
  .bar .track {
    fill: color-mix(in srgb, currentColor 12%, transparent);
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
`;
