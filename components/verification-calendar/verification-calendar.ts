import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDate, formatNumber } from '../../src/i18n/index.js';
import { firmState, firmStates, type FirmState } from '../../src/lifecycle/index.js';
import {
  nextVerification,
  overdueVerifications,
  verificationSchedule,
  type FirmVerification,
  type OverdueVerification,
  type VerificationStatus,
} from '../../src/verification/index.js';
import { isolate } from '../shared/bidi.js';
import { MechnetDataElement } from '../shared/data-element.js';
import type { RecordState } from '../shared/record-source.js';
import { firmName, responsiveTable } from '../shared/ui.js';
import { verificationCalendarMessages, type VerificationCalendarMessages } from './messages.js';

/** The symbol beside each status word: a status is never told by colour alone. */
const SYMBOLS: Record<VerificationStatus, string> = {
  held: '✓',
  due: '◔',
  overdue: '!',
  upcoming: '○',
  missed: '✗',
};

/** The statuses in the order of the legend. */
const ORDER: readonly VerificationStatus[] = ['held', 'due', 'overdue', 'upcoming', 'missed'];

/**
 * @tagname mechnet-verification-calendar
 * @summary The programme's schedule of periodic verifications, each marked
 * held, due, overdue, upcoming or missed: a firms × dates table for the whole
 * programme, or the list of one firm's dates, with the days overdue.
 *
 * @csspart base - The wrapper of the calendar.
 * @csspart heading - The title.
 * @csspart next - The line with the next verification date of the programme.
 * @csspart legend - The list explaining each status and its symbol.
 * @csspart grid - The firms × dates table (programme-wide).
 * @csspart list - The table of one firm's verifications (with `firm`).
 * @csspart mark - The symbol and word of one verification.
 * @csspart overdue - The table of overdue verifications.
 * @csspart status - The loading or empty message.
 * @csspart error - The message shown when the record cannot be loaded or is invalid, the date is not a date or the firm is unknown.
 *
 * @cssprop --mechnet-accent - Colour of the headings' rule and of the focus ring. Default `#0b5cad` mixed 55 % with the text colour.
 * @cssprop --mechnet-border - Colour of table rules. Default: the text colour at 25 %.
 * @cssprop --mechnet-muted - Colour of cells with no verification. Default: the text colour at 70 %.
 * @cssprop --mechnet-danger - Colour of error markers. Default `#a4262c` mixed 55 % with the text colour.
 * @cssprop --mechnet-scroll-shadow - Shadow on the side of a table where more is to see, when a table is still wider than the element (a word longer than the line) and scrolls. Default: the text colour at 45 %.
 * @cssprop --mechnet-gap - Space between sections. Default `1em`.
 * @cssprop --mechnet-status-achieved - Colour of "held". Default `#1e6b34` mixed 55 % with the text colour.
 * @cssprop --mechnet-status-on-track - Colour of "due". Default `#0b5cad` mixed 55 % with the text colour.
 * @cssprop --mechnet-status-at-risk - Colour of "overdue". Default `#a4262c` mixed 55 % with the text colour.
 * @cssprop --mechnet-status-stale - Colour of "missed". Default `#5c5c5c` mixed 55 % with the text colour.
 * @cssprop --mechnet-status-none - Colour of "upcoming". Default `#5c5c5c` mixed 55 % with the text colour.
 */
export class MechnetVerificationCalendar extends MechnetDataElement {
  static override styles = [
    ...MechnetDataElement.styles,
    css`
      p {
        margin: 0.25em 0;
      }
      [data-mark='held'] {
        --_mark: var(--_status-achieved);
      }
      [data-mark='due'] {
        --_mark: var(--_status-on-track);
      }
      [data-mark='overdue'] {
        --_mark: var(--_status-at-risk);
      }
      [data-mark='upcoming'] {
        --_mark: var(--_status-none);
      }
      [data-mark='missed'] {
        --_mark: var(--_status-stale);
      }
      .mark {
        white-space: nowrap;
      }
      .mark > [aria-hidden] {
        color: var(--_mark);
        font-weight: 700;
        display: inline-block;
        min-width: 1em;
        text-align: center;
      }
      [data-mark='overdue'].mark {
        font-weight: 600;
      }
      .none {
        color: var(--_muted);
        white-space: nowrap;
      }
      [part='grid'] td > * {
        white-space: normal;
      }
      [part='grid'] td {
        white-space: normal;
      }
      th[scope='col'] {
        white-space: nowrap;
      }
      [part='legend'] {
        padding-inline-start: 0;
        list-style: none;
        margin: 0.25em 0 0.5em;
      }
      [part='legend'] li {
        margin: 0.125em 0;
      }
    `,
  ];

  /** Partita IVA of one firm: show only its verifications, as a list of dates. */
  @property({ reflect: true }) accessor firm: string | undefined = undefined;

  /** The element's own words in the current language. */
  protected get m(): VerificationCalendarMessages {
    return verificationCalendarMessages[this.language];
  }

  protected override renderReady(state: Extract<RecordState, { status: 'ready' }>): TemplateResult {
    const piva = this.firm?.trim() ?? '';
    try {
      return piva === '' ? this.renderProgramme(state) : this.renderFirm(state, piva);
    } catch (e) {
      return html`<div part="error" role="alert">${e instanceof Error ? e.message : String(e)}</div>`;
    }
  }

  /** A verification's status as a symbol and a word. */
  private mark(status: VerificationStatus, extra?: string): TemplateResult {
    return html`<span part="mark" class="mark" data-mark=${status}
      ><span aria-hidden="true">${SYMBOLS[status]}</span> ${this.m.statuses[status]}${extra ? html` (${extra})` : nothing}</span
    >`;
  }

  /** Days overdue, in words. */
  private days(n: number): string {
    return this.m.days(formatNumber(n, { lang: this.language }), n === 1);
  }

  /** The legend: each status with its symbol and what it means. */
  private legend(graceDays: number): TemplateResult {
    const m = this.m;
    const grace = formatNumber(graceDays, { lang: this.language });
    return html`<h3>${m.legend}</h3>
      <ul part="legend">
        ${ORDER.map((s) => html`<li>${this.mark(s)}: ${m.explain[s](grace)}</li>`)}
      </ul>`;
  }

  /** The whole programme: firms × verification dates. */
  private renderProgramme(state: Extract<RecordState, { status: 'ready' }>): TemplateResult {
    const { definition: d, record } = state;
    const t = this.t;
    const m = this.m;
    const lang = this.language;
    const view = this.view;
    const dates = verificationSchedule(d);
    const firms = firmStates(record, view).filter((f) => f.verifications.length > 0);
    const overdue = overdueVerifications(record, view);
    const late = new Map(overdue.map((o) => [`${o.firm} ${o.scheduled}`, o.daysOverdue]));
    const next = nextVerification(d, view.asOf);
    const cell = (f: FirmState, date: string): TemplateResult => {
      const v = f.verifications.find((x) => x.scheduled === date);
      const label = formatDate(date, { lang, style: 'short' });
      if (!v) return html`<td class="none" data-label=${label}>${m.notScheduled}</td>`;
      const days = v.status === 'overdue' ? late.get(`${f.partitaIva} ${date}`) : undefined;
      return html`<td data-status=${v.status} data-label=${label}>${this.mark(v.status, days === undefined ? undefined : this.days(days))}</td>`;
    };
    return html`<section part="base" aria-labelledby="title">
      <h2 part="heading" id="title">${m.title}</h2>
      <p>${d.name[lang]}</p>
      <p>${this.asOfLine}</p>
      <p part="next">${next ? t.nextVerification(next) : t.noNextVerification}</p>
      ${this.legend(d.calendar.verification.graceDays)}
      <h3>${m.grid}</h3>
      ${firms.length === 0
        ? html`<p>${m.noFirms}</p>`
        : responsiveTable(
            m.grid,
            t,
            html`<table part="grid">
              <thead>
                <tr>
                  <th scope="col">${m.firm}</th>
                  ${dates.map(
                    (x) => html`<th scope="col" data-date=${x}>
                      <span aria-hidden="true">${formatDate(x, { lang, style: 'short' })}</span><span class="visually-hidden">${formatDate(x, { lang })}</span>
                    </th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${firms.map(
                  (f) => html`<tr>
                    <th scope="row"><bdi>${firmName(f, this.anonymous, t)}</bdi></th>
                    ${dates.map((x) => cell(f, x))}
                  </tr>`,
                )}
              </tbody>
            </table>`,
            { stack: 'widest', tiles: true },
          )}
      ${this.overdue(overdue, firms)}
    </section>`;
  }

  /** The overdue verifications, oldest first, with their days. */
  private overdue(overdue: OverdueVerification[], firms: FirmState[]): TemplateResult {
    const m = this.m;
    const t = this.t;
    const lang = this.language;
    const byPiva = new Map(firms.map((f) => [f.partitaIva, f]));
    const name = (o: OverdueVerification) => {
      const f = byPiva.get(o.firm);
      return f ? firmName(f, this.anonymous, t) : this.anonymous ? m.none : o.name;
    };
    return html`<h3>${m.overdueTitle}</h3>
      ${overdue.length === 0
        ? html`<p>${m.noOverdue}</p>`
        : responsiveTable(
            m.overdueTitle,
            t,
            html`<table part="overdue">
              <thead>
                <tr>
                  <th scope="col">${m.firm}</th>
                  <th scope="col">${m.scheduled}</th>
                  <th scope="col">${m.daysOverdue}</th>
                </tr>
              </thead>
              <tbody>
                ${overdue.map(
                  (o) => html`<tr>
                    <th scope="row"><bdi>${name(o)}</bdi></th>
                    <td data-label=${m.scheduled}>${formatDate(o.scheduled, { lang })}</td>
                    <td class="days" data-label=${m.daysOverdue}>${this.days(o.daysOverdue)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`,
            { stack: 'narrow' },
          )}`;
  }

  /** One firm: its verification dates with their status. */
  private renderFirm(state: Extract<RecordState, { status: 'ready' }>, piva: string): TemplateResult {
    const { definition: d, record } = state;
    const t = this.t;
    const m = this.m;
    const lang = this.language;
    const view = this.view;
    const f = firmState(record, piva, view);
    if (!f) return html`<div part="error" role="alert">${t.unknownFirm(piva)}</div>`;
    const overdue = overdueVerifications(record, view).filter((o) => o.firm === f.partitaIva);
    const late = new Map(overdue.map((o) => [o.scheduled, o.daysOverdue]));
    const date = (iso: string | undefined) => (iso === undefined ? m.none : formatDate(iso, { lang }));
    const row = (v: FirmVerification) => {
      const days = v.status === 'overdue' ? late.get(v.scheduled) : undefined;
      return html`<tr data-status=${v.status}>
        <th scope="row">${date(v.scheduled)}</th>
        <td data-label=${m.status}>${this.mark(v.status)}</td>
        <td class="held-on" data-label=${m.heldOn}>${date(v.heldOn)}</td>
        <td class="due-by" data-label=${m.dueBy}>${date(v.dueBy)}</td>
        <td class="days" data-label=${m.daysOverdue}>${days === undefined ? m.none : this.days(days)}</td>
      </tr>`;
    };
    return html`<section part="base" aria-labelledby="title">
      <h2 part="heading" id="title">${m.titleFor(isolate(firmName(f, this.anonymous, t)))}</h2>
      <p>${this.asOfLine}</p>
      ${this.legend(d.calendar.verification.graceDays)}
      <h3>${m.list}</h3>
      ${f.verifications.length === 0
        ? html`<p>${m.noVerifications}</p>`
        : responsiveTable(
            m.list,
            t,
            html`<table part="list">
              <thead>
                <tr>
                  <th scope="col">${m.scheduled}</th>
                  <th scope="col">${m.status}</th>
                  <th scope="col">${m.heldOn}</th>
                  <th scope="col">${m.dueBy}</th>
                  <th scope="col">${m.daysOverdue}</th>
                </tr>
              </thead>
              <tbody>
                ${f.verifications.map(row)}
              </tbody>
            </table>`,
            { stack: 'wide' },
          )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mechnet-verification-calendar': MechnetVerificationCalendar;
  }
}
