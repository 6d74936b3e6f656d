import { css, html, svg, type TemplateResult } from 'lit';
import { aggregationStates } from '../../src/aggregation/index.js';
import { economicAdvantage } from '../../src/economics/index.js';
import { formatCents, formatDate, formatNumber, formatProvinces } from '../../src/i18n/index.js';
import { firmStates, phaseTimeline, programmeState } from '../../src/lifecycle/index.js';
import { isolate } from '../shared/bidi.js';
import { MechnetDataElement } from '../shared/data-element.js';
import type { RecordState } from '../shared/record-source.js';
import { firmName, responsiveTable } from '../shared/ui.js';

/**
 * @tagname mechnet-programme-overview
 * @summary A public overview of a programme on a date: who runs it, its
 * phases on a timeline with their planned dates, where the date falls, how
 * many firms are in each phase on the date and how many went through it, the
 * key figures (places, next and overdue verifications, realised economic
 * advantage with cost avoidance apart, the firms' net advantage, the public
 * cost of the programme and the ratio of the two, the aggregation) and the
 * cohort. Without `as-of`, a programme whose calendar has ended is shown on
 * its last day, and the element says so.
 *
 * @csspart base - The wrapper of the overview.
 * @csspart heading - The programme name.
 * @csspart as-of - The line with the date of the figures.
 * @csspart timeline - The drawing of the phases on the edition's calendar (the list below says the same).
 * @csspart marker - The mark of the date on the timeline.
 * @csspart phases - The ordered list of phases with their dates and firms.
 * @csspart figures - The key figures.
 * @csspart next - The next periodic verification.
 * @csspart firms - The table of firms.
 * @csspart status - The loading or empty message.
 * @csspart error - The message shown when the record cannot be loaded or is invalid.
 *
 * @cssprop --mechnet-accent - Colour of the current phase, the phases' numbers, the headings' rule and the focus ring. Default `#0b5cad` mixed 55 % with the text colour.
 * @cssprop --mechnet-border - Colour of table rules, phase boxes and the timeline's phases. Default: the text colour at 25 %.
 * @cssprop --mechnet-danger - Colour of error markers and of overdue counts. Default `#a4262c` mixed 55 % with the text colour.
 * @cssprop --mechnet-link-color - Colour of the contact links, which are underlined. Default: the text colour (`currentColor`); set it to your site's link colour.
 * @cssprop --mechnet-scroll-shadow - Shadow on the side of a table where more is to see, when a table is still wider than the element (a word longer than the line) and scrolls. Default: the text colour at 45 %.
 * @cssprop --mechnet-radius - Corner radius of phase boxes. Default `0.375em`.
 * @cssprop --mechnet-gap - Space between sections. Default `1em`.
 */
export class MechnetProgrammeOverview extends MechnetDataElement {
  static override styles = [
    ...MechnetDataElement.styles,
    css`
      dl {
        display: grid;
        grid-template-columns: fit-content(22em) minmax(0, 1fr);
        gap: 0.25em 1em;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .timeline {
        display: block;
        width: 100%;
        height: 1.5em;
        margin: 0.5em 0;
      }
      .timeline .segment {
        fill: var(--_border);
      }
      .timeline .segment.current {
        fill: var(--_accent);
      }
      .timeline [part='marker'] {
        stroke: currentColor;
        stroke-width: 3;
        vector-effect: non-scaling-stroke;
      }
      ol {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
        gap: 0.5em;
        padding: 0;
        list-style: none;
        counter-reset: phase;
      }
      ol li {
        counter-increment: phase;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.25em 0.75em;
      }
      ol li::before {
        content: counter(phase) '. ';
        color: var(--_accent);
        font-weight: 700;
      }
      ol li[aria-current] {
        border-color: var(--_accent);
        border-width: 0.15em;
      }
      ol li .dates,
      ol li .now {
        display: block;
        font-size: 0.875em;
      }
      ol li .now {
        font-weight: 600;
      }
      [part='figures'] dd.overdue {
        color: var(--_danger);
        font-weight: 700;
      }
      .note {
        font-size: 0.875em;
      }
      @media (max-width: 30em) {
        dl {
          grid-template-columns: minmax(0, 1fr);
        }
        dd {
          margin-bottom: 0.5em;
        }
      }
    `,
  ];

  /** Where a firm is: its municipality and province; for a firm a public record does not name, only its province (or nothing known). */
  private place(address: { municipality: string; province: string }, lang: 'it' | 'en'): TemplateResult | string {
    if (address.municipality) return html`<bdi>${address.municipality}</bdi> (${address.province})`;
    return address.province ? formatProvinces([address.province], { lang }) : '—';
  }

  protected override renderReady(state: Extract<RecordState, { status: 'ready' }>): TemplateResult {
    const { definition: d, record } = state;
    const lang = this.language;
    const t = this.t;
    const view = this.view;
    const date = (iso: string) => formatDate(iso, { lang });
    const money = (cents: number) => formatCents(cents, { lang });
    const firms = firmStates(record, view);
    const programme = programmeState(record, view);
    const timeline = phaseTimeline(d, view);
    const advantage = economicAdvantage(record, view);
    const aggregations = aggregationStates(record, view);
    const c = d.contact;
    const next = programme.nextVerification;
    const position = timeline.position ?? 0;
    return html`<section part="base" aria-labelledby="title">
      <h2 part="heading" id="title">${d.name[lang]}</h2>
      <p part="as-of">${this.asOfLine}</p>
      <dl>
        <dt>${t.promotedBy}</dt>
        <dd>${d.promoters.map((p) => p.name).join(', ')}</dd>
        <dt>${t.fundedBy}</dt>
        <dd>${d.funder.name}${d.funder.instrument ? ` (${d.funder.instrument})` : ''}</dd>
        <dt>${t.period}</dt>
        <dd>${date(d.calendar.start)} – ${date(d.calendar.end)}</dd>
        <dt>${t.territory}</dt>
        <dd data-figure="territory">${formatProvinces(d.eligibility.territory.provinces, { lang })}</dd>
        <dt>${t.contact}</dt>
        <dd>
          ${c.office}${c.organisation ? `, ${c.organisation}` : ''}
          ${c.phone ? html`· <a href="tel:${c.phone.replace(/[^+\d]/g, '')}">${c.phone}</a>` : ''}
          ${c.email ? html`· <a href="mailto:${c.email}">${c.email}</a>` : ''}
        </dd>
      </dl>
      <h3>${t.phases}</h3>
      <svg part="timeline" class="timeline" viewBox="0 0 1000 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${timeline.phases.map(
          (p) => svg`<rect class=${p.id === timeline.current ? 'segment current' : 'segment'} x=${(p.from * 1000).toFixed(2)} y="6" width=${Math.max(0, (p.to - p.from) * 1000 - 3).toFixed(2)} height="12"></rect>`,
        )}
        ${svg`<line part="marker" x1=${(position * 1000).toFixed(2)} x2=${(position * 1000).toFixed(2)} y1="0" y2="24"></line>`}
      </svg>
      <ol part="phases">
        ${timeline.phases.map((p, i) => {
          const now = programme.phases[p.id];
          const current = p.id === timeline.current;
          // Firms move at their own pace: the calendar's phase may have none, and then the card says where they are.
          const behind = timeline.phases.slice(0, i).reduce((n, q) => n + programme.phases[q.id], 0);
          const ahead = timeline.phases.slice(i + 1).reduce((n, q) => n + programme.phases[q.id], 0);
          const last = i === timeline.phases.length - 1;
          return html`<li aria-current=${current ? 'step' : 'false'} data-phase=${p.id}>
            ${p.label}
            <span class="count">· ${current && now === 0 ? t.phaseEmpty(behind, ahead) : t.phaseNow(now)}${last ? '' : ` · ${t.phasePassed(programme.passed[p.id])}`}</span>
            <span class="dates">${t.phaseDates(p.start, p.end)}</span>
            ${current ? html`<span class="now">${t.currentPhase}</span>` : ''}
          </li>`;
        })}
      </ol>
      <h3>${t.keyFigures}</h3>
      <dl part="figures">
        <dt>${t.placesLabel}</dt>
        <dd data-figure="places">${t.places(programme.places.taken, programme.places.capacity)}</dd>
        <dt>${t.nextLabel}</dt>
        <dd part="next" data-figure="next">${next ? date(next) : t.noNextVerification}</dd>
        <dt>${t.overdueLabel}</dt>
        <dd data-figure="overdue" class=${programme.overdue > 0 ? 'overdue' : ''}>${t.overdueCount(programme.overdue)}</dd>
        <dt>${t.hardSavings}</dt>
        <dd data-figure="hard">${money(advantage.realised.hardCents)}</dd>
        <dt>${t.gains}</dt>
        <dd data-figure="gains">${money(advantage.realised.gainCents)}</dd>
        <dt>${t.firmsFees}</dt>
        <dd data-figure="fees">${money(advantage.firmsCostCents)}</dd>
        <dt>${t.netAdvantage}</dt>
        <dd data-figure="net">${money(advantage.netCents)}</dd>
        <dt>${t.publicCost}</dt>
        <dd data-figure="public-cost">${t.publicCostLine(money(advantage.publicFundingCents), d.funder.name, money(advantage.programmeCostCents))}</dd>
        ${advantage.netPerPublicEuro !== undefined
          ? html`<dt>${t.netPerPublicEuro}</dt>
              <dd data-figure="per-euro">${t.perPublicEuro(formatNumber(advantage.netPerPublicEuro, { lang }), formatCents(advantage.netPerPublicEuro * 100, { lang }))}</dd>`
          : ''}
        <dt>${t.avoidance}</dt>
        <dd data-figure="avoidance">${money(advantage.realised.avoidanceCents)}</dd>
        <dt>${t.aggregation}</dt>
        <dd data-figure="aggregation">
          ${aggregations.length === 0
            ? t.noAggregation
            : aggregations.map((a) => html`<span>${t.aggregationLine(isolate(a.name), t.aggregationStatuses[a.status], a.since, a.firms.length)}</span> `)}
        </dd>
      </dl>
      <p class="note">${t.avoidanceApart}</p>
      <h3>${t.firms}</h3>
      <p>${t.cohortSummary(programme.statuses)}</p>
      ${responsiveTable(
        t.firms,
        t,
        html`<table part="firms">
          <thead>
            <tr>
              <th scope="col">${t.firm}</th>
              ${this.anonymous ? '' : html`<th scope="col">${t.municipality}</th>`}
              <th scope="col">${t.ateco}</th>
              <th scope="col">${t.status}</th>
            </tr>
          </thead>
          <tbody>
            ${firms.map(
              (f) => html`<tr>
                <th scope="row"><bdi>${firmName(f, this.anonymous, t)}</bdi></th>
                ${this.anonymous ? '' : html`<td data-label=${t.municipality}>${this.place(f.firm.address, lang)}</td>`}
                <td data-label=${t.ateco}>${/^[A-U]$/.test(f.firm.ateco) ? t.atecoSection(f.firm.ateco) : f.firm.ateco}</td>
                <td data-label=${t.status}>${t.statuses[f.status]}</td>
              </tr>`,
            )}
          </tbody>
        </table>`,
        { stack: 'narrow' },
      )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mechnet-programme-overview': MechnetProgrammeOverview;
  }
}
