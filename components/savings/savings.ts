import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { economicAdvantage, type AdvantageAmounts, type FirmAdvantage } from '../../src/economics/index.js';
import { formatCents, formatNumber } from '../../src/i18n/index.js';
import { firmStates, type FirmState } from '../../src/lifecycle/index.js';
import type { CollaborationKind } from '../../src/model/index.js';
import { isolate } from '../shared/bidi.js';
import { MechnetDataElement } from '../shared/data-element.js';
import type { RecordState } from '../shared/record-source.js';
import { firmName, responsiveTable } from '../shared/ui.js';
import { savingsMessages, type AdvantageSeries, type SavingsMessages } from './messages.js';

/** The kinds of advantage, in the order they are drawn and listed. */
const SERIES: readonly AdvantageSeries[] = ['hard', 'avoidance', 'gain'];

/** Picks one kind of advantage out of the library's amounts. */
const amountOf = (a: AdvantageAmounts, s: AdvantageSeries): number =>
  s === 'hard' ? a.hardCents : s === 'avoidance' ? a.avoidanceCents : a.gainCents;

/** How each kind of advantage is filled: a pattern as well as a colour, so it is never told by colour alone. */
const FILL: Record<AdvantageSeries, string> = {
  hard: 'var(--_hard)',
  avoidance: 'url(#mechnet-savings-hatch)',
  gain: 'url(#mechnet-savings-dots)',
};

/** One line of a chart: a label and the amounts drawn beside it. */
interface ChartRow {
  label: string;
  amounts: AdvantageAmounts;
}

/**
 * @tagname mechnet-savings
 * @summary The economic advantage of a programme (rule-book §10) by kind of
 * collaboration and by firm, as bars and as tables: hard savings, costs
 * avoided and gains told apart by pattern as well as colour, realised and
 * negotiated figures kept apart, and the programme's totals (the firms' net
 * advantage: their savings and gains less the fees they paid; the fees; the
 * public cost of the programme and the ratio of the net advantage to it; the
 * programme's whole cost). With `firm`, one firm's figures by kind.
 *
 * @csspart base - The wrapper of the element.
 * @csspart heading - The title.
 * @csspart totals - The list of totals (net advantage, fees, public cost, ratio, whole cost).
 * @csspart legend - The legend of the bars: what each pattern stands for.
 * @csspart chart - A bar chart (hidden from assistive technology: the table after it has the same figures).
 * @csspart table - Each table of figures.
 * @csspart status - The loading or empty message, or the note that a firm has no figures yet.
 * @csspart error - The message shown when the record cannot be loaded, is invalid, the date is wrong or the firm is unknown.
 *
 * @cssprop --mechnet-savings-hard - Colour of hard savings (solid bars). Default `#0b5cad` mixed 55 % with the text colour.
 * @cssprop --mechnet-savings-avoidance - Colour of costs avoided (diagonal hatching). Default `#8a4b00` mixed 55 % with the text colour.
 * @cssprop --mechnet-savings-gain - Colour of gains (dots). Default `#1e6b34` mixed 55 % with the text colour.
 * @cssprop --mechnet-accent - Colour of the heading's rule and of the focus ring. Default `#0b5cad` mixed 55 % with the text colour.
 * @cssprop --mechnet-border - Colour of table rules. Default: the text colour at 25 %.
 * @cssprop --mechnet-muted - Colour of the totals' terms and the notes. Default: the text colour at 70 %.
 * @cssprop --mechnet-danger - Colour of error markers. Default `#a4262c` mixed 55 % with the text colour.
 * @cssprop --mechnet-scroll-shadow - Shadow on the side of a table where more is to see, when a table is still wider than the element (a word longer than the line) and scrolls. Default: the text colour at 45 %.
 * @cssprop --mechnet-gap - Space between the sections. Default `1em`.
 */
export class MechnetSavings extends MechnetDataElement {
  static override styles = [
    ...MechnetDataElement.styles,
    css`
      :host {
        --_hard: var(--mechnet-savings-hard, color-mix(in srgb, #0b5cad 55%, currentColor));
        --_avoidance: var(--mechnet-savings-avoidance, color-mix(in srgb, #8a4b00 55%, currentColor));
        --_gain: var(--mechnet-savings-gain, color-mix(in srgb, #1e6b34 55%, currentColor));
      }
      p {
        margin: 0.5em 0;
      }
      .totals {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
        margin: 0.5em 0;
      }
      .totals > div {
        min-width: 0;
      }
      .totals dt {
        font-size: 0.875em;
        color: var(--_muted);
      }
      .totals dd {
        margin: 0;
        font-size: 1.2em;
        font-weight: 700;
        white-space: nowrap;
      }
      .hint {
        font-size: 0.875em;
        color: var(--_muted);
      }
      .defs {
        position: absolute;
        width: 0;
        height: 0;
        overflow: hidden;
      }
      .p-avoidance {
        fill: var(--_avoidance);
      }
      .p-gain {
        fill: var(--_gain);
      }
      .legend ul {
        list-style: none;
        margin: 0.25em 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.25em;
      }
      .legend li {
        display: flex;
        align-items: baseline;
        gap: 0.4em;
        min-width: 0;
      }
      .swatch {
        flex: none;
        width: 1.5em;
        height: 0.9em;
        align-self: center;
      }
      .chart {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
        gap: 0.5em 0.75em;
        align-items: start;
        margin: 0.5em 0 0.75em;
      }
      .chart .label {
        min-width: 0;
        overflow-wrap: anywhere;
        font-size: 0.875em;
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 3;
        line-clamp: 3;
        overflow: hidden;
      }
      .bars {
        display: block;
        width: 100%;
        height: 2.3em;
        overflow: visible;
      }
      .sbar {
        stroke-width: 1;
      }
      .sbar.hard {
        stroke: var(--_hard);
      }
      .sbar.avoidance {
        stroke: var(--_avoidance);
      }
      .sbar.gain {
        stroke: var(--_gain);
      }
      .num {
        text-align: end;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      th.num {
        white-space: normal;
      }
      tfoot th,
      tfoot td {
        font-weight: 700;
        border-top: 0.125em solid var(--_border);
      }
      thead th {
        vertical-align: bottom;
      }
      @media (prefers-reduced-motion: no-preference) {
        .sbar {
          transition: width 0.3s ease-out;
        }
      }
    `,
  ];

  /** Partita IVA of one firm: show that firm's figures by kind instead of the programme's. */
  @property({ reflect: true }) accessor firm: string | undefined = undefined;

  /** The element's own words in its language. */
  protected get m(): SavingsMessages {
    return savingsMessages[this.language];
  }

  protected override renderReady(state: Extract<RecordState, { status: 'ready' }>): TemplateResult {
    const { record, definition } = state;
    const t = this.t;
    const lang = this.language;
    const advantage = economicAdvantage(record, this.view);
    const firms = firmStates(record, this.view);
    const byPiva = new Map(firms.map((f) => [f.partitaIva, f]));
    const kinds = definition.collaboration.kinds;
    const asOf = html`<p>${this.asOfLine}</p>`;

    if (this.firm !== undefined && this.firm !== '') {
      const firm = byPiva.get(this.firm);
      if (!firm) return html`<div part="error" role="alert">${t.unknownFirm(this.firm)}</div>`;
      const name = isolate(firmName(firm, this.anonymous, t));
      const mine = advantage.firms.find((a) => a.firm === firm.partitaIva);
      return html`<section part="base" aria-labelledby="title">
        ${this.renderDefs()}
        <h2 part="heading" id="title">${this.m.firmTitle(name)}</h2>
        ${asOf}
        ${mine
          ? html`${this.renderTotals(
                [
                  [this.m.firmNet, formatCents(mine.netCents, { lang })],
                  [this.m.firmCost, formatCents(mine.programmeCostCents, { lang })],
                ],
                this.m.firmNetHint,
              )}
              ${this.renderByKind(kinds, mine.byKind, mine.realised, name)} ${this.renderBasis(mine.realised, mine.negotiated)}`
          : html`<p part="status">${this.m.firmWithoutFigures(name)}</p>`}
      </section>`;
    }

    const perPublicEuro = advantage.netPerPublicEuro;
    return html`<section part="base" aria-labelledby="title">
      ${this.renderDefs()}
      <h2 part="heading" id="title">${this.m.title}</h2>
      ${asOf}
      ${this.renderTotals(
        [
          [this.m.net, formatCents(advantage.netCents, { lang })],
          [this.m.firmsFees, formatCents(advantage.firmsCostCents, { lang })],
          [this.m.publicFunding, formatCents(advantage.publicFundingCents, { lang })],
          [this.m.netPerPublicEuro, perPublicEuro === undefined ? this.m.noPublicFunding : formatNumber(perPublicEuro, { lang })],
          [this.m.programmeCost, formatCents(advantage.programmeCostCents, { lang })],
        ],
        this.m.netHint,
      )}
      ${this.renderByKind(kinds, advantage.byKind, advantage.realised, undefined)}
      ${this.renderBasis(advantage.realised, advantage.negotiated)} ${this.renderByFirm(firms, byPiva, advantage.firms)}
    </section>`;
  }

  /** The totals as a list of terms and amounts, with what the net advantage counts. */
  private renderTotals(items: [string, string][], hint: string): TemplateResult {
    return html`<h3>${this.m.totals}</h3>
      <dl part="totals" class="totals">
        ${items.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
      </dl>
      <p class="hint">${hint}</p>`;
  }

  /** The patterns the bars and the legend fill with, defined once in the element. */
  private renderDefs(): TemplateResult {
    return html`<svg class="defs" aria-hidden="true" focusable="false">
      ${svg`<defs>
          <pattern id="mechnet-savings-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="p-avoidance" x="0" y="0" width="3" height="6"></rect>
          </pattern>
          <pattern id="mechnet-savings-dots" width="5" height="5" patternUnits="userSpaceOnUse">
            <circle class="p-gain" cx="2.5" cy="2.5" r="1.6"></circle>
          </pattern>
        </defs>`}
    </svg>`;
  }

  /** What each pattern stands for, before each chart. */
  private renderLegend(): TemplateResult {
    return html`<div part="legend" class="legend">
        <span class="visually-hidden">${this.m.legend}</span>
        <ul>
          ${SERIES.map(
            (s) => html`<li>
              <svg class="swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                ${svg`<rect class="sbar ${s}" x="0.5" y="0.5" width="23" height="13" fill=${FILL[s]}></rect>`}
              </svg>
              <span><strong>${this.m.series[s]}</strong>: ${this.m.seriesHint[s]}</span>
            </li>`,
          )}
        </ul>
      </div>`;
  }

  /**
   * Bars of each kind of advantage per row, hidden from assistive
   * technology: the table that follows has the same figures. Lengths are
   * scaled to the largest figure shown; a negative figure draws no bar. A
   * label takes at most three lines (a very long name is cut short here and
   * shown whole in the table).
   */
  private renderChart(rows: ChartRow[]): TemplateResult {
    const largest = Math.max(0, ...rows.flatMap((r) => SERIES.map((s) => amountOf(r.amounts, s))));
    const width = (cents: number) => (largest > 0 && cents > 0 ? (cents / largest) * 100 : 0);
    return html`<div part="chart" class="chart" aria-hidden="true">
      ${rows.map(
        (r) => html`<span class="label"><bdi>${r.label}</bdi></span>
          <svg class="bars" focusable="false">
            ${SERIES.map((s, i) => {
              const w = width(amountOf(r.amounts, s));
              return w > 0
                ? svg`<rect class="sbar ${s}" x="0" y="${(i * 0.8).toFixed(1)}em" height="0.65em" width="${w.toFixed(3)}%" fill=${FILL[s]}></rect>`
                : nothing;
            })}
          </svg>`,
      )}
    </div>`;
  }

  /** Amounts of the three kinds of advantage as table cells; `group` heads the columns above the kinds' (the stacked layout repeats both). */
  private cells(a: AdvantageAmounts, group?: string): TemplateResult {
    const lang = this.language;
    const label = (s: AdvantageSeries) => (group === undefined ? this.m.series[s] : `${group} · ${this.m.series[s]}`);
    return html`${SERIES.map((s) => html`<td class="num" data-series=${s} data-label=${label(s)}>${formatCents(amountOf(a, s), { lang })}</td>`)}`;
  }

  /** Realised advantage by kind of collaboration (the programme's, or the named firm's): chart, then table with the total. */
  private renderByKind(
    kinds: readonly CollaborationKind[],
    byKind: Record<CollaborationKind, AdvantageAmounts>,
    total: AdvantageAmounts,
    firm: string | undefined,
  ): TemplateResult {
    const m = this.m;
    const caption = m.byKindCaption(firm);
    return html`<h3>${m.byKind}</h3>
      ${this.renderLegend()} ${this.renderChart(kinds.map((k) => ({ label: this.t.kinds[k], amounts: byKind[k] })))}
      <p class="hint">${m.chartNote}</p>
      ${responsiveTable(
        caption,
        this.t,
        html`<table part="table" data-table="by-kind">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${m.kind}</th>
              ${SERIES.map((s) => html`<th scope="col" class="num">${m.series[s]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${kinds.map((k) => html`<tr data-kind=${k}><th scope="row">${this.t.kinds[k]}</th>${this.cells(byKind[k])}</tr>`)}
          </tbody>
          <tfoot>
            <tr data-kind="total"><th scope="row">${m.total}</th>${this.cells(total)}</tr>
          </tfoot>
        </table>`,
        { stack: 'medium' },
      )}`;
  }

  /** Realised against negotiated figures, kept apart. */
  private renderBasis(realised: AdvantageAmounts, negotiated: AdvantageAmounts): TemplateResult {
    const m = this.m;
    return html`<h3>${m.realisedAndNegotiated}</h3>
      ${responsiveTable(
        m.basisCaption,
        this.t,
        html`<table part="table" data-table="basis">
          <caption>${m.basisCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${m.basis}</th>
              ${SERIES.map((s) => html`<th scope="col" class="num">${m.series[s]}</th>`)}
            </tr>
          </thead>
          <tbody>
            <tr data-basis="realised"><th scope="row">${m.realised}</th>${this.cells(realised)}</tr>
            <tr data-basis="negotiated"><th scope="row">${m.negotiated}</th>${this.cells(negotiated)}</tr>
          </tbody>
        </table>`,
        { stack: 'medium' },
      )}
      <p class="hint">${m.negotiatedHint}</p>`;
  }

  /** Every firm with figures, in order of application: chart of realised figures, then the full table. */
  private renderByFirm(firms: FirmState[], byPiva: Map<string, FirmState>, advantages: FirmAdvantage[]): TemplateResult {
    const m = this.m;
    const t = this.t;
    const lang = this.language;
    const of = new Map(advantages.map((a) => [a.firm, a]));
    // In order of application; a firm with figures but not in the record's firms (never expected) comes last.
    const rows: FirmAdvantage[] = [
      ...firms.flatMap((f) => of.get(f.partitaIva) ?? []),
      ...advantages.filter((a) => !byPiva.has(a.firm)),
    ];
    const label = (a: FirmAdvantage) => {
      const f = byPiva.get(a.firm);
      return f ? firmName(f, this.anonymous, t) : this.anonymous ? '–' : a.name;
    };
    if (rows.length === 0) return html`<h3>${m.byFirm}</h3><p part="status">${m.noFirms}</p>`;
    return html`<h3>${m.byFirm}</h3>
      ${this.renderLegend()} ${this.renderChart(rows.map((a) => ({ label: label(a), amounts: a.realised })))}
      <p class="hint">${m.chartNote}</p>
      ${responsiveTable(
        m.byFirmCaption,
        t,
        html`<table part="table" data-table="by-firm">
          <caption>${m.byFirmCaption}</caption>
          <colgroup><col /></colgroup>
          <colgroup span="3"></colgroup>
          <colgroup span="3"></colgroup>
          <colgroup span="2"></colgroup>
          <thead>
            <tr>
              <th scope="col" rowspan="2">${m.firm}</th>
              <th scope="colgroup" colspan="3">${m.realised}</th>
              <th scope="colgroup" colspan="3">${m.negotiated}</th>
              <th scope="col" rowspan="2" class="num">${m.firmCost}</th>
              <th scope="col" rowspan="2" class="num">${m.netColumn}</th>
            </tr>
            <tr>
              ${SERIES.map((s) => html`<th scope="col" class="num">${m.series[s]}</th>`)}
              ${SERIES.map((s) => html`<th scope="col" class="num">${m.series[s]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (a) => html`<tr data-firm-row>
                <th scope="row"><bdi>${label(a)}</bdi></th>
                ${this.cells(a.realised, m.realised)} ${this.cells(a.negotiated, m.negotiated)}
                <td class="num" data-cost data-label=${m.firmCost}>${formatCents(a.programmeCostCents, { lang })}</td>
                <td class="num" data-net data-label=${m.net}>${formatCents(a.netCents, { lang })}</td>
              </tr>`,
            )}
          </tbody>
        </table>`,
        { stack: 'widest' },
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mechnet-savings': MechnetSavings;
  }
}
