import { css, html, type TemplateResult } from 'lit';
import { formatDate } from '../../src/i18n/index.js';
import { firmStates, programmeState } from '../../src/lifecycle/index.js';
import { MechnetDataElement } from '../shared/data-element.js';
import type { RecordState } from '../shared/record-source.js';

/**
 * @tagname mechnet-programme-overview
 * @summary A public overview of a programme: who runs it, its phases with how
 * many firms are in each, the next periodic verification and the cohort.
 *
 * @csspart base - The wrapper of the overview.
 * @csspart heading - The programme name.
 * @csspart phases - The ordered list of phases.
 * @csspart next - The line with the next periodic verification.
 * @csspart firms - The table of firms.
 * @csspart status - The loading or empty message.
 * @csspart error - The message shown when the record cannot be loaded or is invalid.
 *
 * @cssprop --mechnet-accent - Colour of phase markers and headings' rule. Default `#0b5cad`.
 * @cssprop --mechnet-border - Colour of table rules. Default: current colour at 25 %.
 * @cssprop --mechnet-danger - Colour of error markers. Default `#a4262c`.
 */
export class MechnetProgrammeOverview extends MechnetDataElement {
  static override styles = [
    ...MechnetDataElement.styles,
    css`
      h2 {
        margin: 0 0 0.25em;
        font-size: 1.4em;
        border-bottom: 0.125em solid var(--_accent);
        padding-bottom: 0.25em;
      }
      h3 {
        font-size: 1.1em;
        margin: var(--_gap) 0 0.5em;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25em 1em;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      ol {
        display: flex;
        flex-wrap: wrap;
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
    `,
  ];

  protected override renderReady(state: Extract<RecordState, { status: 'ready' }>): TemplateResult {
    const { definition: d, record } = state;
    const lang = this.language;
    const t = this.t;
    const view = { ...(this.asOfDate ? { asOf: this.asOfDate } : {}), lang };
    const firms = firmStates(record, view);
    const programme = programmeState(record, view);
    const c = d.contact;
    const next = programme.nextVerification;
    return html`<section part="base" aria-labelledby="title">
      <h2 part="heading" id="title">${d.name[lang]}</h2>
      ${this.asOfDate ? html`<p>${t.asOf(formatDate(this.asOfDate, { lang }))}</p>` : ''}
      <dl>
        <dt>${t.promotedBy}</dt>
        <dd>${d.promoters.map((p) => p.name).join(', ')}</dd>
        <dt>${t.fundedBy}</dt>
        <dd>${d.funder.name}${d.funder.instrument ? ` (${d.funder.instrument})` : ''}</dd>
        <dt>${t.period}</dt>
        <dd>${formatDate(d.calendar.start, { lang })} – ${formatDate(d.calendar.end, { lang })}</dd>
        <dt>${t.contact}</dt>
        <dd>
          ${c.office}${c.organisation ? `, ${c.organisation}` : ''}
          ${c.phone ? html`· <a href="tel:${c.phone.replace(/[^+\d]/g, '')}">${c.phone}</a>` : ''}
          ${c.email ? html`· <a href="mailto:${c.email}">${c.email}</a>` : ''}
        </dd>
      </dl>
      <h3>${t.phases}</h3>
      <ol part="phases">
        ${d.phases.map((p) => html`<li>${p.label[lang]} <span class="count">· ${t.firmsInPhase(programme.phases[p.id])}</span></li>`)}
      </ol>
      <p part="next">${next ? t.nextVerification(formatDate(next, { lang })) : t.noNextVerification}</p>
      <h3>${t.firms}</h3>
      <p>${t.cohortSummary(programme.statuses)}</p>
      <table part="firms">
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
              <th scope="row">${this.anonymous ? t.anonymousFirm(f.order) : f.name}</th>
              ${this.anonymous ? '' : html`<td>${f.firm.address.municipality} (${f.firm.address.province})</td>`}
              <td>${f.firm.ateco}</td>
              <td>${t.statuses[f.status]}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mechnet-programme-overview': MechnetProgrammeOverview;
  }
}
