import { css, html, type TemplateResult } from 'lit';
import {
  collaborationMatrix,
  collaborationStates,
  matchOpportunities,
  type CollaborationMatrix,
  type CollaborationState,
  type Opportunity,
} from '../../src/collaboration/index.js';
import { formatCents, formatNumber, formatPercent } from '../../src/i18n/index.js';
import { firmStates, type CollaborationStatus, type FirmState } from '../../src/lifecycle/index.js';
import { COLLABORATION_KINDS, type CollaborationKind } from '../../src/model/index.js';
import type { ProgrammeDefinition } from '../../src/programme/index.js';
import { MechnetDataElement } from '../shared/data-element.js';
import type { RecordState } from '../shared/record-source.js';
import { firmName, responsiveTable } from '../shared/ui.js';
import { collaborationsMessages, type CollaborationsMessages } from './messages.js';

/** The symbol beside each status word. */
const STATUS_SYMBOLS: Record<CollaborationStatus, string> = {
  proposed: '○',
  agreed: '◐',
  running: '▶',
  ended: '■',
};

/** Whether a kind is one of the rule-book's (the element has words for those). */
const isKind = (k: string): k is CollaborationKind => (COLLABORATION_KINDS as readonly string[]).includes(k);

/**
 * @tagname mechnet-collaborations
 * @summary Who works with whom (rule-book §8): a table of firms against the
 * programme's kinds of collaboration, the collaborations with their status,
 * firms and estimated advantage, and the opportunities the matching of
 * offers and needs proposes, with their estimated advantage and how it is
 * estimated. The realised advantage by kind is `<mechnet-savings>`'s, so
 * that a page showing both does not show it twice.
 *
 * @csspart base - The wrapper of the element.
 * @csspart heading - The title.
 * @csspart matrix - The table of firms against kinds of collaboration.
 * @csspart collaborations - The table of collaborations.
 * @csspart chip - A collaboration's status: a symbol and a word.
 * @csspart opportunities - The table of proposed opportunities.
 * @csspart status - The loading or empty message, or a note that a list is empty.
 * @csspart error - The message shown when the record cannot be loaded, is invalid or the date is wrong.
 *
 * @cssprop --mechnet-collaboration-proposed - Colour of the "proposed" status. Default `#5c5c5c` mixed 55 % with the text colour.
 * @cssprop --mechnet-collaboration-agreed - Colour of the "agreed" status. Default `#0b5cad` mixed 55 % with the text colour.
 * @cssprop --mechnet-collaboration-running - Colour of the "running" status. Default `#1e6b34` mixed 55 % with the text colour.
 * @cssprop --mechnet-collaboration-ended - Colour of the "ended" status. Default `#5c5c5c` mixed 55 % with the text colour.
 * @cssprop --mechnet-accent - Colour of the heading's rule, of the ticks and of the focus ring. Default `#0b5cad` mixed 55 % with the text colour.
 * @cssprop --mechnet-border - Colour of table rules. Default: the text colour at 25 %.
 * @cssprop --mechnet-muted - Colour of notes, dates and empty cells. Default: the text colour at 70 %.
 * @cssprop --mechnet-danger - Colour of error markers. Default `#a4262c` mixed 55 % with the text colour.
 * @cssprop --mechnet-scroll-shadow - Shadow on the side of a table where more is to see, when a table is still wider than the element (a word longer than the line) and scrolls. Default: the text colour at 45 %.
 * @cssprop --mechnet-radius - Corner radius of status chips. Default `0.375em`.
 * @cssprop --mechnet-gap - Space between the sections. Default `1em`.
 */
export class MechnetCollaborations extends MechnetDataElement {
  static override styles = [
    ...MechnetDataElement.styles,
    css`
      :host {
        --_collab-proposed: var(--mechnet-collaboration-proposed, color-mix(in srgb, #5c5c5c 55%, currentColor));
        --_collab-agreed: var(--mechnet-collaboration-agreed, color-mix(in srgb, #0b5cad 55%, currentColor));
        --_collab-running: var(--mechnet-collaboration-running, color-mix(in srgb, #1e6b34 55%, currentColor));
        --_collab-ended: var(--mechnet-collaboration-ended, color-mix(in srgb, #5c5c5c 55%, currentColor));
      }
      p {
        margin: 0.5em 0;
      }
      .hint {
        font-size: 0.875em;
        color: var(--_muted);
      }
      thead th {
        vertical-align: bottom;
      }
      td,
      th {
        vertical-align: top;
      }
      .num {
        text-align: end;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      th.num {
        white-space: normal;
      }
      /* The hidden words of the matrix cells are absolutely positioned: keep them inside the scrolling box, or they widen the page. */
      .cell {
        text-align: center;
        white-space: nowrap;
      }
      .cell .yes {
        color: var(--_accent);
        font-weight: 700;
      }
      .cell .no {
        color: var(--_muted);
      }
      ul.firms {
        margin: 0;
        padding-inline-start: 1.1em;
        min-width: 10em;
      }
      .title {
        min-width: 10em;
      }
      [part='matrix'] tbody th {
        min-width: 6em;
      }
      [data-cell='basis'] {
        min-width: 14em;
      }
      [data-collab='proposed'] {
        --_status: var(--_collab-proposed);
      }
      [data-collab='agreed'] {
        --_status: var(--_collab-agreed);
      }
      [data-collab='running'] {
        --_status: var(--_collab-running);
      }
      [data-collab='ended'] {
        --_status: var(--_collab-ended);
      }
      .since {
        display: block;
        font-size: 0.875em;
        color: var(--_muted);
        white-space: nowrap;
      }
    `,
  ];

  /** The element's own words in its language. */
  protected get m(): CollaborationsMessages {
    return collaborationsMessages[this.language];
  }

  protected override renderReady(state: Extract<RecordState, { status: 'ready' }>): TemplateResult {
    const { record, definition } = state;
    const t = this.t;
    const firms = firmStates(record, this.view);
    const byPiva = new Map(firms.map((f) => [f.partitaIva, f]));
    const collaborations = collaborationStates(record, this.view);
    const opportunities = matchOpportunities(record, this.view);
    const nameOf = (piva: string) => {
      const f = byPiva.get(piva);
      return f ? firmName(f, this.anonymous, t) : this.anonymous ? '–' : piva;
    };
    // The titles are free text written by people and may name firms: an anonymous view of a record that still names them hides them.
    const hideTitles = this.anonymous && record.redaction?.level !== 'anonymous';
    return html`<section part="base" aria-labelledby="title">
      <h2 part="heading" id="title">${this.m.title}</h2>
      <p>${this.asOfLine}</p>
      ${this.renderMatrix(collaborationMatrix(record, this.view), byPiva)}
      ${this.renderCollaborations(collaborations, nameOf, hideTitles)}
      ${this.renderOpportunities(opportunities, nameOf, definition)}
    </section>`;
  }

  /** The words of a kind of collaboration. */
  private kindLabel(kind: string): string {
    return isKind(kind) ? this.t.kinds[kind] : kind;
  }

  /** Firms (rows) against the programme's kinds (columns): how many collaborations of each kind a firm is in. */
  private renderMatrix(matrix: CollaborationMatrix, byPiva: ReadonlyMap<string, FirmState>): TemplateResult {
    const m = this.m;
    const t = this.t;
    return html`<h3>${m.matrix}</h3>
      <p class="hint">${m.matrixHint}</p>
      ${responsiveTable(
        m.matrixCaption,
        t,
        html`<table part="matrix">
          <caption>${m.matrixCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.firm}</th>
              ${matrix.kinds.map((k) => html`<th scope="col" data-kind=${k}>${this.t.kinds[k]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${matrix.firms.map(
              (row) => html`<tr>
                <th scope="row"><bdi>${firmName(byPiva.get(row.firm) ?? { order: 0, name: row.firm }, this.anonymous, t)}</bdi></th>
                ${matrix.kinds.map((k) => {
                  const n = row.counts[k];
                  return html`<td class="cell" data-kind=${k} data-label=${this.t.kinds[k]}>
                    ${n > 0
                      ? html`<span class="yes" aria-hidden="true">✓ ${n}</span><span class="visually-hidden">${m.takesPart(n)}</span>`
                      : html`<span class="no" aria-hidden="true">–</span><span class="visually-hidden">${m.takesNoPart}</span>`}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>`,
        { stack: 'wide', tiles: true },
      )}`;
  }

  /** The collaborations on the date: title, kind, status in words, firms, estimated advantage, periods with figures. */
  private renderCollaborations(collaborations: CollaborationState[], nameOf: (piva: string) => string, hideTitles: boolean): TemplateResult {
    const m = this.m;
    const lang = this.language;
    if (collaborations.length === 0) return html`<h3>${m.collaborations}</h3><p part="status">${m.noCollaborations}</p>`;
    return html`<h3>${m.collaborations}</h3>
      ${hideTitles ? html`<p class="hint">${m.hiddenTitlesNote}</p>` : ''}
      ${responsiveTable(
        m.collaborationsCaption,
        this.t,
        html`<table part="collaborations">
          <caption>${m.collaborationsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${m.collaboration}</th>
              <th scope="col">${m.kind}</th>
              <th scope="col">${m.status}</th>
              <th scope="col">${m.members}</th>
              <th scope="col" class="num">${m.estimatedAdvantage}</th>
              <th scope="col">${m.periods}</th>
            </tr>
          </thead>
          <tbody>
            ${collaborations.map(
              (c, i) => html`<tr data-status=${c.status}>
                <th scope="row" class="title">${hideTitles ? m.hiddenTitle(this.kindLabel(c.kind), i + 1) : html`<bdi>${c.title}</bdi>`}</th>
                <td data-cell="kind" data-label=${m.kind}>${this.kindLabel(c.kind)}</td>
                <td data-cell="status" data-label=${m.status}>
                  <span part="chip" class="chip" data-collab=${c.status}
                    ><span aria-hidden="true">${STATUS_SYMBOLS[c.status]}</span> ${m.statuses[c.status]}</span
                  >
                  <span class="since">${m.since(c.since)}</span>
                </td>
                <td data-cell="members" data-label=${m.members}>
                  <ul class="firms">
                    ${c.firms.map((f) => html`<li><bdi>${nameOf(f)}</bdi>${f === c.lead ? html` (${m.lead})` : ''}</li>`)}
                  </ul>
                </td>
                <td class="num" data-cell="estimate" data-label=${m.estimatedAdvantage}>
                  ${c.estimatedAnnualAdvantageCents === undefined ? '–' : formatCents(c.estimatedAnnualAdvantageCents, { lang })}
                </td>
                <td data-cell="periods" data-label=${m.periods}>${m.periodsCount(c.periods)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`,
        { stack: 'widest' },
      )}`;
  }

  /** What a purchase category is called in the definition, else the subject as declared. */
  private subjectOf(o: Opportunity, definition: ProgrammeDefinition): string {
    if (o.kind !== 'purchasing') return o.subject;
    const category = definition.collaboration.purchaseCategories.find((c) => c.id === o.subject);
    return category ? category.label[this.language] : o.subject;
  }

  /** The opportunities matching proposes, largest estimated advantage first (the library's order). */
  private renderOpportunities(opportunities: Opportunity[], nameOf: (piva: string) => string, definition: ProgrammeDefinition): TemplateResult {
    const m = this.m;
    const lang = this.language;
    if (opportunities.length === 0) return html`<h3>${m.opportunities}</h3><p part="status">${m.noOpportunities}</p>`;
    return html`<h3>${m.opportunities}</h3>
      <p class="hint">${m.opportunitiesHint}</p>
      ${responsiveTable(
        m.opportunitiesCaption,
        this.t,
        html`<table part="opportunities">
          <caption>${m.opportunitiesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${m.subject}</th>
              <th scope="col">${m.kind}</th>
              <th scope="col">${m.firms}</th>
              <th scope="col" class="num">${m.hours}</th>
              <th scope="col" class="num">${m.estimatedAdvantage}</th>
              <th scope="col">${m.basis}</th>
            </tr>
          </thead>
          <tbody>
            ${opportunities.map(
              (o) => html`<tr data-kind=${o.kind}>
                <th scope="row" class="title"><bdi>${this.subjectOf(o, definition)}</bdi></th>
                <td data-cell="kind" data-label=${m.kind}>${this.kindLabel(o.kind)}</td>
                <td data-cell="members" data-label=${m.firms}>
                  <ul class="firms">
                    ${o.firms.map((f) => html`<li><bdi>${nameOf(f)}</bdi>${f === o.provider ? html` (${m.provider})` : ''}</li>`)}
                  </ul>
                </td>
                <td class="num" data-cell="hours" data-label=${m.hours}>${o.hours === undefined ? '–' : formatNumber(o.hours, { lang })}</td>
                <td class="num" data-cell="estimate" data-label=${m.estimatedAdvantage}>${formatCents(o.estimatedAnnualAdvantageCents, { lang })}</td>
                <td data-cell="basis" data-label=${m.basis}>${m.basisText(o.basis, o.discount === undefined ? undefined : formatPercent(o.discount, { lang, digits: 1 }))}</td>
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
    'mechnet-collaborations': MechnetCollaborations;
  }
}
