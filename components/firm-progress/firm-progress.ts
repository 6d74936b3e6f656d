import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDate, formatNumber, formatPercent, formatPercentValue, type Lang } from '../../src/i18n/index.js';
import { unitAfter } from '../../src/i18n/units.js';
import { firmPhasePath, firmState, type FirmState, type PhasePath, type PhaseStep } from '../../src/lifecycle/index.js';
import { planState, type ObjectiveEvaluation } from '../../src/plan/index.js';
import type { OverdueVerification } from '../../src/verification/index.js';
import { programmeReport, type ReportFirm, type ReportIndicator } from '../../src/report/report.js';
import { isolate } from '../shared/bidi.js';
import { MechnetDataElement } from '../shared/data-element.js';
import type { RecordState } from '../shared/record-source.js';
import { firmName, progressBar, responsiveTable, statusChip } from '../shared/ui.js';
import { firmProgressMessages, type FirmProgressMessages } from './messages.js';

/** The plan of a firm in the report, with its objectives. */
type ReportPlan = NonNullable<ReportFirm['plan']>;

/**
 * @tagname mechnet-firm-progress
 * @summary One firm's dashboard: its path through the programme's phases, its
 * strategic plan with each indicator's achievement against the expected
 * progress, and its periodic verifications (next and overdue).
 *
 * @csspart base - The wrapper of the dashboard.
 * @csspart heading - The firm's name (or "Impresa n" when `anonymous`).
 * @csspart phases - The ordered list of the programme's phases.
 * @csspart side-state - The sentence saying that the firm is waitlisted, rejected or withdrawn.
 * @csspart plan - The plan section.
 * @csspart plan-summary - The line with the plan's status and score.
 * @csspart objective - One objective of the plan (heading, status, indicators).
 * @csspart indicators - An objective's table of indicators.
 * @csspart chip - A status chip (a symbol and a word).
 * @csspart next - The line with the next verification.
 * @csspart overdue - The list of overdue verifications.
 * @csspart status - The loading or empty message.
 * @csspart error - The message shown when the record cannot be loaded or is invalid, the date is not a date or the firm is unknown.
 *
 * @cssprop --mechnet-accent - Colour of the current phase, the headings' rule and the focus ring. Default `#0b5cad` mixed 55 % with the text colour.
 * @cssprop --mechnet-border - Colour of table rules, phase boxes and the bars' track. Default: the text colour at 25 %.
 * @cssprop --mechnet-muted - Colour of secondary text (dates, phases to do). Default: the text colour at 70 %.
 * @cssprop --mechnet-danger - Colour of error and overdue markers. Default `#a4262c` mixed 55 % with the text colour.
 * @cssprop --mechnet-scroll-shadow - Shadow on the side of a table where more is to see, when a table is still wider than the element (a word longer than the line) and scrolls. Default: the text colour at 45 %.
 * @cssprop --mechnet-radius - Corner radius of phase boxes and chips. Default `0.375em`.
 * @cssprop --mechnet-gap - Space between sections. Default `1em`.
 * @cssprop --mechnet-status-achieved - Colour of the "achieved" status (chip and bar). Default `#1e6b34` mixed 55 % with the text colour.
 * @cssprop --mechnet-status-on-track - Colour of the "on track" status. Default `#0b5cad` mixed 55 % with the text colour.
 * @cssprop --mechnet-status-behind - Colour of the "behind" status. Default `#8a4b00` mixed 55 % with the text colour.
 * @cssprop --mechnet-status-at-risk - Colour of the "at risk" status. Default `#a4262c` mixed 55 % with the text colour.
 * @cssprop --mechnet-status-stale - Colour of the "stale" status. Default `#5c5c5c` mixed 55 % with the text colour.
 * @cssprop --mechnet-status-none - Colour of the "no data" and "not started" statuses. Default `#5c5c5c` mixed 55 % with the text colour.
 */
export class MechnetFirmProgress extends MechnetDataElement {
  static override styles = [
    ...MechnetDataElement.styles,
    css`
      h4 {
        font-size: 1em;
        margin: var(--_gap) 0 0.25em;
        overflow-wrap: anywhere;
      }
      p {
        margin: 0.25em 0;
      }
      .muted,
      .step-word {
        color: var(--_muted);
      }
      ol.phases {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        padding: 0;
        margin: 0;
        list-style: none;
        counter-reset: phase;
      }
      ol.phases li {
        counter-increment: phase;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.25em 0.75em;
      }
      ol.phases li::before {
        content: counter(phase) '. ';
        font-weight: 700;
      }
      ol.phases li[data-step='done']::before {
        content: '✓ ';
        color: var(--_accent);
      }
      ol.phases li[data-step='current'] {
        border: 0.15em solid var(--_accent);
        font-weight: 600;
      }
      ol.phases li[data-step='current']::before,
      ol.phases li[data-step='reached']::before {
        color: var(--_accent);
      }
      ol.phases li[data-step='todo'] {
        border-style: dashed;
      }
      .step-word,
      .step-date {
        display: block;
        font-size: 0.85em;
        font-weight: 400;
      }
      [part='side-state'] {
        border-inline-start: 0.25em solid var(--_danger);
        padding-inline-start: 0.5em;
        margin-top: 0.5em;
      }
      .progress {
        min-width: 9em;
      }
      .progress .words {
        display: block;
        font-size: 0.85em;
      }
      td,
      th {
        vertical-align: top;
      }
      .date {
        white-space: nowrap;
      }
      [part='overdue'] li {
        color: inherit;
      }
      [part='overdue'] li::marker {
        color: var(--_danger);
      }
    `,
  ];

  /** Partita IVA of the firm whose dashboard is shown. */
  @property({ reflect: true }) accessor firm: string | undefined = undefined;

  /** The element's own words in the current language. */
  protected get m(): FirmProgressMessages {
    return firmProgressMessages[this.language];
  }

  protected override renderReady(state: Extract<RecordState, { status: 'ready' }>): TemplateResult {
    const { definition: d, record } = state;
    const t = this.t;
    const m = this.m;
    const lang = this.language;
    const view = this.view;
    const piva = this.firm?.trim() ?? '';
    if (piva === '') return html`<div part="error" role="alert">${m.missingFirm}</div>`;
    let data: { s: FirmState; path: PhasePath; report: ReportFirm | undefined; overdue: OverdueVerification[]; objectives: ObjectiveEvaluation[] | undefined };
    try {
      const found = firmState(record, piva, view);
      const path = firmPhasePath(record, piva, view);
      if (!found || !path) return html`<div part="error" role="alert">${t.unknownFirm(piva)}</div>`;
      const r = programmeReport(record, { ...view, firm: piva });
      data = { s: found, path, report: r.firms[0], overdue: r.overdue, objectives: planState(record, piva, view)?.evaluation.objectives };
    } catch (e) {
      return html`<div part="error" role="alert">${e instanceof Error ? e.message : String(e)}</div>`;
    }
    const { s, path, report, overdue, objectives } = data;
    const name = firmName(s, this.anonymous, t);
    const words: Record<PhaseStep['step'], string> = { done: m.stepDone, current: m.stepCurrent, reached: m.stepReached, todo: m.stepTodo };
    const v = report?.verifications;
    const next = s.verifications.find((x) => x.status === 'due' || x.status === 'upcoming');
    return html`<section part="base" aria-labelledby="title">
      <h2 part="heading" id="title"><bdi>${name}</bdi></h2>
      ${this.anonymous ? nothing : html`<p class="muted">${m.partitaIva(s.partitaIva)}</p>`}
      <p>${this.asOfLine}</p>
      <p>${m.statusLine(t.statuses[s.status], s.statusSince)}</p>

      <h3>${m.path}</h3>
      <ol part="phases" class="phases">
        ${path.steps.map(
          ({ phase, step, since }, i) => html`<li data-step=${step} aria-current=${step === 'current' ? 'step' : nothing}>
            ${d.phases[i]!.label[lang]} <span class="step-word">${words[step]}</span>
            ${since ? html`<span class="step-date" data-phase=${phase}>${m.since(since)}</span>` : nothing}
          </li>`,
        )}
      </ol>
      ${path.left
        ? html`<p part="side-state">
            ${m.sideState(t.statuses[s.status], path.left.since)}
            ${s.withdrawal && !this.anonymous ? html`<br />${m.reason(isolate(s.withdrawal.reason))}` : nothing}
          </p>`
        : nothing}

      <section part="plan" aria-labelledby="plan-title">
        <h3 id="plan-title">${m.plan}</h3>
        ${report?.plan ? this.renderPlan(report.plan, objectives, lang) : html`<p>${m.noPlan}</p>`}
      </section>

      <h3>${m.verifications}</h3>
      ${v
        ? html`<p>
            ${m.verificationCounts({
              held: formatNumber(v.held, { lang }),
              due: formatNumber(v.due, { lang }),
              overdue: formatNumber(v.overdue, { lang }),
              upcoming: formatNumber(v.upcoming, { lang }),
              missed: formatNumber(v.missed, { lang }),
            })}
          </p>`
        : nothing}
      <p part="next">
        ${next === undefined
          ? t.noNextVerification
          : next.status === 'due'
            ? m.dueNow(next.scheduled, next.dueBy)
            : t.nextVerification(next.scheduled)}
      </p>
      <h4>${m.overdue}</h4>
      ${overdue.length === 0
        ? html`<p>${m.noOverdue}</p>`
        : html`<ul part="overdue">
            ${overdue.map((o) => html`<li>${m.overdueItem(o.scheduled, formatNumber(o.daysOverdue, { lang }))}</li>`)}
          </ul>`}
    </section>`;
  }

  /** The plan: its status and score, then each objective with its indicators. */
  private renderPlan(plan: ReportPlan, objectives: ObjectiveEvaluation[] | undefined, lang: Lang): TemplateResult {
    const m = this.m;
    const t = this.t;
    // Each objective with its indicators (ids are unique in a plan).
    const groups = (objectives ?? []).map((o) => ({
      o,
      indicators: plan.indicators.filter((i) => o.indicators.some((e) => e.indicator === i.indicator)),
    }));
    return html`<p>${m.approvedOn(plan.approvedOn)}</p>
      <p part="plan-summary">
        ${m.planStatus} ${statusChip(plan.status, t)}
        · ${plan.score === undefined ? m.noScore : m.planScore(formatPercent(plan.score, { lang }))}
      </p>
      ${groups.map(
        ({ o, indicators }) => html`<div part="objective">
          <h4><bdi>${o.title}</bdi></h4>
          <p>
            ${statusChip(o.status, t)}
            · ${o.score === undefined ? m.noScore : m.objectiveScore(formatPercent(o.score, { lang }))}
            · ${m.deadline(formatDate(o.deadline, { lang }))}
          </p>
          ${this.renderIndicators(isolate(o.title), indicators, lang)}
        </div>`,
      )}`;
  }

  /** One objective's indicators as a table that scrolls inside the element. */
  private renderIndicators(objective: string, indicators: ReportIndicator[], lang: Lang): TemplateResult {
    const m = this.m;
    const t = this.t;
    const caption = m.indicatorsOf(objective);
    return responsiveTable(
      caption,
      t,
      html`<table part="indicators">
        <caption class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${m.indicator}</th>
            <th scope="col">${m.status}</th>
            <th scope="col">${m.progress}</th>
            <th scope="col">${m.baseline}</th>
            <th scope="col">${m.latest}</th>
            <th scope="col">${m.target}</th>
            <th scope="col">${m.forecast}</th>
            <th scope="col">${m.deadlineColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${indicators.map(
            (i) => html`<tr data-indicator=${i.indicator}>
              <th scope="row"><bdi>${i.name}</bdi></th>
              <td class="status" data-label=${m.status}>${statusChip(i.status, t)}</td>
              <td class="progress" data-label=${m.progress}>
                ${progressBar(i.achievement, i.expected, i.status)}
                <span class="words"
                  >${m.achievedOfExpected(
                    i.achievement === undefined ? m.none : formatPercent(i.achievement, { lang }),
                    formatPercent(i.expected, { lang }),
                  )}</span
                >
              </td>
              <td class="value baseline" data-label=${m.baseline}>${this.value(i, 'baseline', lang)}</td>
              <td class="value latest" data-label=${m.latest}>${this.value(i, 'latest', lang)}</td>
              <td class="value target" data-label=${m.target}>${this.value(i, 'target', lang)}</td>
              <td class="value forecast" data-label=${m.forecast}>${i.forecast === undefined ? m.none : m.forecastOfTarget(formatPercent(i.forecast, { lang }))}</td>
              <td class="date deadline" data-label=${m.deadlineColumn}>${formatDate(i.deadline, { lang })}</td>
            </tr>`,
          )}
        </tbody>
      </table>`,
      { stack: 'widest' },
    );
  }

  /** An indicator's baseline, latest or target value as people read it, with the plan's unit. */
  private value(i: ReportIndicator, which: 'baseline' | 'latest' | 'target', lang: Lang): string {
    const m = this.m;
    const quantity = (x: number): string => {
      if (i.unit === '%') return formatPercentValue(x, { lang });
      const n = formatNumber(x, { lang });
      return i.unit ? `${n} ${isolate(unitAfter(n, i.unit))}` : n;
    };
    if (which === 'latest') {
      const l = i.latest;
      if (!l) return m.none;
      const on = formatDate(l.date, { lang });
      if (l.done !== undefined) return m.measuredOn(l.done ? m.done : m.notDone, on);
      if (l.level !== undefined) return m.measuredOn(isolate(l.levelLabel ?? l.level), on);
      return l.value === undefined ? m.none : m.measuredOn(quantity(l.value), on);
    }
    if (i.kind === 'scale') {
      const level = which === 'baseline' ? i.baselineLevel : i.targetLevel;
      return level ? isolate(level.label) : m.none;
    }
    if (which === 'target' && i.band) {
      const [lo, hi] = i.band;
      return i.unit === '%' ? `${formatPercentValue(lo, { lang })}–${formatPercentValue(hi, { lang })}` : `${formatNumber(lo, { lang })}–${quantity(hi)}`;
    }
    const x = i[which];
    if (x === undefined) return m.none;
    if (i.kind === 'milestone') return x >= 1 ? m.done : m.notDone;
    return quantity(x);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mechnet-firm-progress': MechnetFirmProgress;
  }
}
