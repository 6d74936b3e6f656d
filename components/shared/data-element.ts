import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatPath } from '../../src/errors/index.js';
import { isIsoDate } from '../../src/model/calendar.js';
import type { Lang } from '../../src/i18n/index.js';
import { LangController } from './lang.js';
import { uiMessages, type UiMessages } from './messages.js';
import { RecordSource, type RecordState } from './record-source.js';
import { baseStyles } from './styles.js';
import { TableCues, uiStyles } from './ui.js';
import { VERSION } from './version.js';

/**
 * Base of the elements that show a programme record: `src`, `record`,
 * `as-of`, `anonymous`, language, loading and error states.
 *
 * @attr {'it' | 'en'} lang - The language (the global attribute): `it` or `en`; default the closest `[lang]` on the page, else Italian.
 */
export abstract class MechnetDataElement extends LitElement {
  static readonly mechnetVersion = VERSION;
  static override styles = [baseStyles, uiStyles];

  /** URL of a programme record (JSON). Ignored when `record` is set. */
  @property({ reflect: true }) accessor src: string | undefined = undefined;

  /** The programme record itself, instead of `src`. */
  @property({ attribute: false }) accessor record: unknown = undefined;

  /**
   * Show the situation on this date (`YYYY-MM-DD`); default: today, in the
   * visitor's time zone, or the programme's last day once its calendar has
   * ended (the element then says so).
   */
  @property({ attribute: 'as-of', reflect: true }) accessor asOf: string | undefined = undefined;

  /** Show firms as "Impresa 1..n" instead of their names. */
  @property({ type: Boolean, reflect: true }) accessor anonymous = false;

  protected readonly langController = new LangController(this);
  protected readonly source = new RecordSource(this, () => this.langController.value);
  protected readonly tableCues = new TableCues(this);

  /** The language the element renders in. */
  protected get language(): Lang {
    return this.langController.value;
  }

  /** The element texts in the current language. */
  protected get t(): UiMessages {
    return uiMessages[this.language];
  }

  /** Today, in the visitor's time zone. */
  private get today(): string {
    const d = new Date();
    return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }

  /** The last day of the programme's calendar, once the record is loaded. */
  private get programmeEnd(): string | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? state.definition.calendar.end : undefined;
  }

  /** Whether no date was asked and the programme has ended: the element shows its last day. */
  private get endedByDefault(): boolean {
    const end = this.programmeEnd;
    return (this.asOf === undefined || this.asOf === '') && end !== undefined && this.today > end;
  }

  /**
   * The date the element shows: `as-of`; else today (in the visitor's time
   * zone), or the programme's last day once its calendar has ended.
   */
  protected get asOfDate(): string {
    if (this.asOf !== undefined && this.asOf !== '') return this.asOf;
    return this.endedByDefault ? this.programmeEnd! : this.today;
  }

  /**
   * The line that says the date of the figures: the date; by default after
   * the programme's end, that the figures are those of its last day; for a
   * date asked after the end, the date and the end.
   */
  protected get asOfLine(): string {
    const end = this.programmeEnd;
    if (end !== undefined && this.endedByDefault) return this.t.asOfEnded(end);
    const date = this.asOfDate;
    return end !== undefined && date > end ? this.t.asOfAfterEnd(date, end) : this.t.asOf(date);
  }

  /** The options of the library's views for this element: its date and language. */
  protected get view(): { asOf: string; lang: Lang } {
    return { asOf: this.asOfDate, lang: this.language };
  }

  /** Renders the loading, empty and error states; `renderReady` renders the data. */
  protected override render(): TemplateResult {
    if (!this.langController.ready) return html``;
    if (this.asOf !== undefined && this.asOf !== '' && !isIsoDate(this.asOf)) {
      return html`<div part="error" role="alert">${this.t.badAsOf(this.asOf)}</div>`;
    }
    const state: RecordState = this.source.state;
    switch (state.status) {
      case 'empty':
        return html`<p part="status">${this.t.noData}</p>`;
      case 'loading':
        return html`<p part="status" role="status">${this.t.loading}</p>`;
      case 'failed':
        return html`<div part="error" role="alert">${this.t.loadFailed(state.detail)}</div>`;
      case 'invalid':
        return html`<div part="error" role="alert">
          <p>${this.t.invalidRecord}</p>
          <ul>
            ${state.error.issues.slice(0, 50).map(
              (i) => html`<li><code>${formatPath(i.path)}</code>: ${i.messages[this.language]}</li>`,
            )}
          </ul>
        </div>`;
      case 'ready':
        return this.renderReady(state);
    }
  }

  protected abstract renderReady(state: Extract<RecordState, { status: 'ready' }>): TemplateResult;
}
