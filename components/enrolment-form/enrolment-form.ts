import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { firmEligibility, type FirmEligibility } from '../../src/enrolment/rules.js';
import { safeParseApplication } from '../../src/enrolment/parse.js';
import { formatPath } from '../../src/errors/index.js';
import { datePhrase } from '../../src/i18n/numbers.js';
import { mechnetDefinition } from '../../src/programme/mechnet.js';
import type { ProgrammeDefinition } from '../../src/programme/schema.js';
import { loadLanguage } from '../../src/i18n/languages.js';
import type { Lang } from '../../src/i18n/index.js';
import { LangController } from '../shared/lang.js';
import { isolate } from '../shared/bidi.js';
import { baseStyles } from '../shared/styles.js';
import { VERSION } from '../shared/version.js';
import { applicationOf, fieldName, firmOf, readProblems, type Draft, type Values } from './draft.js';
import type { FormMessages } from './messages.js';
import { formStyles } from './styles.js';

/** The detail of `mechnet-submit`: the application about to be sent (cancel the event to send it yourself). */
export interface EnrolmentSubmitDetail {
  application: Record<string, unknown>;
}

/** The detail of `mechnet-submitted`: the server's answer. */
export interface EnrolmentSubmittedDetail {
  response: Record<string, unknown>;
  status: number;
}

/** The detail of `mechnet-error`: what went wrong when sending. */
export interface EnrolmentErrorDetail {
  status?: number;
  kind: 'network' | 'timeout' | 'server' | 'busy' | 'conflict' | 'refused';
  /** With `busy` (429 or 503): the seconds the server asked to wait before sending again (its `Retry-After`). */
  retryAfter?: number;
  issues: { path: string; message: string }[];
}

/** An issue shown in the form: on a field (its control's name) or on the whole form. */
interface ShownIssue {
  field?: string;
  message: string;
}

type Phase = 'editing' | 'sending' | 'failed' | 'received';

/** What the receipt shows, and all that is kept of a sent application in the tab's session: never the consents. */
interface Receipt {
  response: { reference?: unknown; id?: unknown; outcome?: unknown; waitlistPosition?: unknown; confirmBy?: unknown };
  application: { firm: Record<string, unknown>; contact: Record<string, unknown> };
  at: Date;
}

const TIMEOUT_MS = 30_000;
const STORAGE_PREFIX = 'mechnet-enrolment-draft:';
const RECEIPT_PREFIX = 'mechnet-enrolment-receipt:';

/** The form's words in a language, loaded when a page first asks for that language. */
function loadFormMessages(lang: Lang): Promise<FormMessages> {
  return lang === 'en' ? import('./messages-en.js').then((m) => m.en) : import('./messages-it.js').then((m) => m.it);
}

/** A new key for one form session. */
function newKey(): string {
  return crypto.randomUUID();
}

/** Today as `YYYY-MM-DD` in the visitor's time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * @tagname mechnet-enrolment-form
 * @attr {'it' | 'en'} lang - The language (the global attribute): `it` or `en`; default the closest `[lang]` on the page, else Italian.
 * @summary The enrolment form of a programme: a firm applies online, in
 * Italian or English, with the checks a programme officer would make, and is
 * told before sending whether the programme can accept it.
 *
 * @fires mechnet-submit - Before sending (bubbles, composed, cancelable); `detail.application` is the application JSON.
 * @fires mechnet-submitted - The server accepted the application; `detail.response` is its answer.
 * @fires mechnet-error - Sending failed; `detail` says how (`kind`, `status`, `issues`).
 *
 * @csspart form - The form.
 * @csspart status - The line at the top that names the programme and edition and says whether applications are open.
 * @csspart section - Each group of fields (a fieldset).
 * @csspart field - A label, its control, hint and error.
 * @csspart label - A field's label.
 * @csspart control - An input, select or textarea.
 * @csspart error - An error message (of a field, or of the form when it cannot be loaded).
 * @csspart summary - The list of problems shown when a send fails (or a host form's submit is blocked): every problem and every rule the firm breaks, each a link to its field.
 * @csspart eligibility - The panel that says whether the programme can accept the firm.
 * @csspart button - The buttons.
 * @csspart receipt - What is shown once the application is received (kept in the tab's session until a new application is started).
 *
 * @cssprop --mechnet-accent - Colour of buttons and focus rings. Default: a blue mixed with the text colour, readable on light and dark pages.
 * @cssprop --mechnet-on-accent - Colour of the text on the send button. Default: white on a dark accent, black on a light one.
 * @cssprop --mechnet-danger - Colour of errors. Default: a red mixed with the text colour.
 * @cssprop --mechnet-link-color - Colour of links (the privacy notice). Default: the text colour, underlined.
 * @cssprop --mechnet-border - Colour of borders.
 * @cssprop --mechnet-radius - Corner radius.
 * @cssprop --mechnet-gap - Space between fields.
 */
export class MechnetEnrolmentForm extends LitElement {
  static readonly mechnetVersion = VERSION;
  static formAssociated = true;
  static override styles = [baseStyles, formStyles];
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };

  /** URL that receives the application as JSON (POST). Without it, the form only contributes its value to a host `<form>`, and says so at its top. */
  @property({ reflect: true }) accessor endpoint: string | undefined = undefined;

  /** URL of a programme definition (JSON). Default: the MechNet preset. The top of the form names the programme and its edition and says whether applications are open. */
  @property({ reflect: true }) accessor programme: string | undefined = undefined;

  /** The field name under which the application is part of a host `<form>`. */
  @property({ reflect: true }) accessor name: string | undefined = undefined;

  @state() private accessor definition: ProgrammeDefinition | undefined = undefined;
  @state() private accessor loadProblem: { detail?: string; issues?: { path: string; message: string }[] } | undefined = undefined;
  @state() private accessor draft: Draft = { values: {}, sites: 0, grants: 0, idempotencyKey: newKey() };
  @state() private accessor touched: ReadonlySet<string> = new Set();
  @state() private accessor submitted = false;
  @state() private accessor phase: Phase = 'editing';
  @state() private accessor failure: { message: string; retry: boolean } | undefined = undefined;
  @state() private accessor serverIssues: ShownIssue[] = [];
  @state() private accessor receipt: Receipt | undefined = undefined;

  private readonly langController = new LangController<FormMessages>(this, loadFormMessages);
  private readonly internals: ElementInternals;
  private loadedProgramme: string | undefined = undefined;
  private sentBody: string | undefined = undefined;
  /** What to focus after the next render: the summary, the receipt's heading, or a field (by name). */
  private focusNext: string | undefined = undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // A host <form> that cannot be sent because of us: show every error, the summary, and go to the first field to correct.
    this.addEventListener('invalid', () => {
      this.submitted = true;
      this.focusNext = this.ordered(this.problems())[0]?.[0];
      this.requestUpdate();
    });
  }

  private get language(): Lang {
    return this.langController.value;
  }

  /** The form's words in the language it renders in (loaded before the first render). */
  private get t(): FormMessages {
    return this.langController.messages!;
  }

  private get storageKey(): string {
    return `${STORAGE_PREFIX}${this.definition?.id ?? 'programme'}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadDefinition();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('programme') && this.isConnected) void this.loadDefinition();
  }

  protected override updated(): void {
    this.reportToHostForm();
    const next = this.focusNext;
    this.focusNext = undefined;
    if (next === 'summary') this.renderRoot.querySelector<HTMLElement>('[part~="summary"]')?.focus();
    else if (next === 'receipt') this.renderRoot.querySelector<HTMLElement>('[part~="receipt"] h2')?.focus();
    else if (next !== undefined) this.anchorOf(next)?.focus();
  }

  // -------------------------------------------------------------------------
  // The programme definition and the draft
  // -------------------------------------------------------------------------

  private async loadDefinition(): Promise<void> {
    const url = this.programme;
    if (url === this.loadedProgramme && (this.definition || this.loadProblem)) return;
    this.loadedProgramme = url;
    this.definition = undefined;
    this.loadProblem = undefined;
    if (!url) {
      this.useDefinition(mechnetDefinition);
      return;
    }
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      if (url !== this.loadedProgramme) return;
      if (!response.ok) {
        this.loadProblem = { detail: `HTTP ${response.status}` };
        return;
      }
      const r = await response.text();
      // Only a page that gives its own programme pays for checking one.
      const [{ parseDefinition }] = await Promise.all([import('../../src/programme/parse.js'), loadLanguage(this.langController.requested)]);
      if (url !== this.loadedProgramme) return;
      try {
        this.useDefinition(parseDefinition(r, { lang: this.langController.requested }));
      } catch (e) {
        const issues = (e as { issues?: { path: (string | number)[]; messages: Record<Lang, string> }[] }).issues ?? [];
        const lang = this.langController.requested;
        this.loadProblem = { issues: issues.slice(0, 20).map((i) => ({ path: formatPath(i.path), message: i.messages[lang] })) };
      }
    } catch (e) {
      if (url === this.loadedProgramme) this.loadProblem = { detail: e instanceof Error ? e.message : String(e) };
    }
  }

  private useDefinition(d: ProgrammeDefinition): void {
    this.definition = d;
    this.restoreDraft();
    this.restoreReceipt();
  }

  private get receiptKey(): string {
    return `${RECEIPT_PREFIX}${this.definition?.id ?? 'programme'}`;
  }

  /** The receipt of an application sent from this tab, after a reload. */
  private restoreReceipt(): void {
    try {
      const r = JSON.parse(sessionStorage.getItem(this.receiptKey) ?? 'null') as (Omit<Receipt, 'at'> & { at: string }) | null;
      if (r?.response && r.application?.firm && r.application.contact) {
        this.receipt = { ...r, at: new Date(r.at) };
        this.phase = 'received';
      }
    } catch {
      // No storage, or not ours: no receipt to show.
    }
  }

  /** Starts a new application: the receipt is forgotten, the form empty, with a new key. */
  private newApplication(): void {
    try {
      sessionStorage.removeItem(this.receiptKey);
    } catch {
      // As above.
    }
    this.receipt = undefined;
    this.phase = 'editing';
    this.formResetCallback();
    this.focusNext = 'firm.name';
  }

  /** The draft of this browser tab, if the firm was typing before a reload (never the consents). */
  private restoreDraft(): void {
    try {
      const saved = sessionStorage.getItem(this.storageKey);
      if (!saved) return;
      const d = JSON.parse(saved) as Draft;
      if (d && typeof d === 'object' && d.values && typeof d.idempotencyKey === 'string') {
        this.draft = { values: d.values, sites: Number(d.sites) || 0, grants: Number(d.grants) || 0, idempotencyKey: d.idempotencyKey };
      }
    } catch {
      // No storage (private mode, a sandboxed frame): the draft lives in the page only.
    }
  }

  private saveDraft(): void {
    try {
      const values = Object.fromEntries(Object.entries(this.draft.values).filter(([k]) => !k.startsWith('consent.')));
      sessionStorage.setItem(this.storageKey, JSON.stringify({ ...this.draft, values }));
    } catch {
      // As above.
    }
  }

  private clearDraft(): void {
    try {
      sessionStorage.removeItem(this.storageKey);
    } catch {
      // As above.
    }
  }

  private setValue(name: string, value: string | boolean): void {
    this.draft = { ...this.draft, values: { ...this.draft.values, [name]: value } };
    this.serverIssues = this.serverIssues.filter((i) => i.field !== name);
    this.saveDraft();
  }

  private touch(name: string): void {
    if (!this.touched.has(name)) this.touched = new Set([...this.touched, name]);
  }

  // -------------------------------------------------------------------------
  // What the library says of the draft
  // -------------------------------------------------------------------------

  /**
   * Every problem of the draft by field: numbers that cannot be read, the
   * library's issues of the application, then every rule the firm breaks
   * (the library's eligibility reasons, on the field each names), then the
   * server's.
   */
  private problems(eligibility = this.eligibility()): Map<string, string> {
    const d = this.definition!;
    const t = this.t;
    const out = new Map<string, string>();
    const add = (name: string, message: string) => out.has(name) || out.set(name, message);
    for (const [name, problem] of readProblems(this.draft.values)) add(name, t[problem]);
    const parsed = safeParseApplication(applicationOf(this.draft, d, new Date().toISOString()), { lang: this.language });
    if (!parsed.success) for (const i of parsed.error.issues) add(fieldName(i.path), i.messages[this.language]);
    for (const r of eligibility.reasons) if (r.severity === 'error') add(fieldName(r.path), r.message);
    for (const i of this.serverIssues) if (i.field) add(i.field, i.message);
    return out;
  }

  /** The problems in the order of the form: the element each one points to, top to bottom. */
  private ordered(problems: Map<string, string>): [string, string][] {
    const at = (name: string) => this.anchorOf(name);
    return [...problems].sort(([a], [b]) => {
      const x = at(a);
      const y = at(b);
      return x && y ? (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : x ? -1 : y ? 1 : 0;
    });
  }

  /**
   * The element a problem is about: its control, else the group it belongs
   * to (`firm.deMinimis`, `consent`), else the line at the top for the
   * edition (`submittedAt`).
   */
  private anchorOf(name: string): HTMLElement | null {
    for (let n = name; n; n = n.slice(0, Math.max(0, n.lastIndexOf('.')))) {
      const el = (this.renderRoot as ShadowRoot).getElementById(this.idOf(n));
      if (el) return el;
    }
    return null;
  }

  /** Whether the error of a field is shown: after a send, or once the firm has changed it (or a field inside it) and left it. */
  private isShown(name: string): boolean {
    return this.submitted || [...this.touched].some((f) => (f === name || f.startsWith(`${name}.`)) && f in this.draft.values);
  }

  /** Whether the programme can accept the firm as typed, judged as of today. */
  private eligibility(): FirmEligibility {
    return firmEligibility(this.definition!, firmOf(this.draft.values, this.draft), today(), this.language);
  }

  /** The value and validity the form gives a host `<form>` when it has no endpoint of its own. */
  private reportToHostForm(): void {
    if (this.endpoint || !this.definition || !this.langController.ready || this.phase === 'received') return;
    const eligibility = this.eligibility();
    const problems = this.ordered(this.problems(eligibility));
    const application = applicationOf(this.draft, this.definition, new Date().toISOString());
    if (problems.length === 0 && eligibility.eligible) {
      this.internals.setFormValue(JSON.stringify(application), JSON.stringify(this.draft));
      this.internals.setValidity({});
    } else {
      this.internals.setFormValue(null, JSON.stringify(this.draft));
      // The first problem in a sentence of its own, and how many more: what a host page's script, or the browser, says.
      const [name, message] = problems[0] ?? ['', this.t.cannotSend];
      this.internals.setValidity({ customError: true }, this.itemText(name, message) + this.t.more(problems.length - 1), this.anchorOf(name) ?? undefined);
    }
  }

  /** The form's validity, for a host form's script (`el.checkValidity()`). */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Why the form cannot be sent, in a sentence: the first problem and how many more (empty when it can). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  formResetCallback(): void {
    this.draft = { values: {}, sites: 0, grants: 0, idempotencyKey: newKey() };
    this.touched = new Set();
    this.submitted = false;
    this.serverIssues = [];
    this.clearDraft();
  }

  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved !== 'string') return;
    try {
      const d = JSON.parse(saved) as Draft;
      if (d && d.values) this.draft = d;
    } catch {
      // Not ours.
    }
  }

  // -------------------------------------------------------------------------
  // Sending
  // -------------------------------------------------------------------------

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.phase === 'sending') return; // a second click while sending sends nothing
    const d = this.definition;
    if (!d) return;
    this.submitted = true;
    const eligible = this.eligibility();
    if (this.problems(eligible).size > 0 || !eligible.eligible) {
      this.failure = undefined;
      this.focusNext = 'summary';
      this.requestUpdate();
      return;
    }
    // A retry after a failure sends the same body with the same key.
    const body = this.phase === 'failed' && this.sentBody ? this.sentBody : JSON.stringify(applicationOf(this.draft, d, new Date().toISOString()));
    const application = JSON.parse(body) as Record<string, unknown>;
    const proceed = this.dispatchEvent(
      new CustomEvent<EnrolmentSubmitDetail>('mechnet-submit', { detail: { application }, bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed || !this.endpoint) return;
    this.sentBody = body;
    await this.send(body, application);
  }

  private async send(body: string, application: Record<string, unknown>): Promise<void> {
    this.phase = 'sending';
    this.failure = undefined;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(this.endpoint!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': this.draft.idempotencyKey, 'accept-language': this.language },
        body,
        signal: abort.signal,
      });
    } catch {
      clearTimeout(timer);
      this.fail(abort.signal.aborted ? 'timeout' : 'network', undefined, []);
      return;
    }
    clearTimeout(timer);
    let answer: Record<string, unknown> = {};
    try {
      answer = (await response.json()) as Record<string, unknown>;
    } catch {
      // An answer that is not JSON: judged by its status alone.
    }
    if (response.ok) {
      const firm = application.firm as Record<string, unknown>;
      const contact = application.contact as Record<string, unknown>;
      const { reference, id, outcome, waitlistPosition, confirmBy } = answer;
      this.receipt = {
        response: { reference, id, outcome, waitlistPosition, confirmBy },
        application: {
          firm: { name: firm.name, partitaIva: firm.partitaIva, codiceFiscale: firm.codiceFiscale, ateco: firm.ateco, address: firm.address, pec: firm.pec },
          contact: { name: contact.name, email: contact.email },
        },
        at: new Date(),
      };
      this.phase = 'received';
      this.focusNext = 'receipt';
      this.sentBody = undefined;
      this.clearDraft();
      try {
        sessionStorage.setItem(this.receiptKey, JSON.stringify(this.receipt));
      } catch {
        // No storage: the receipt lives in the page only.
      }
      this.internals.setFormValue(null);
      this.dispatchEvent(
        new CustomEvent<EnrolmentSubmittedDetail>('mechnet-submitted', { detail: { response: answer, status: response.status }, bubbles: true, composed: true }),
      );
      return;
    }
    if (response.status === 409 || response.status === 422) {
      const issues = issuesOf(answer, this.language);
      this.serverIssues = issues;
      this.phase = 'editing';
      this.sentBody = undefined;
      this.submitted = true;
      this.focusNext = 'summary';
      this.failure = { message: response.status === 409 ? this.t.conflict : this.t.refused, retry: false };
      this.emitError(response.status === 409 ? 'conflict' : 'refused', response.status, issues);
      return;
    }
    if (response.status === 429 || response.status === 503) {
      // Too many requests, or the server is busy: the same application, with the same key, once the wait is over.
      this.fail('busy', response.status, [], retryAfterSeconds(response.headers.get('retry-after')));
      return;
    }
    this.fail('server', response.status, []);
  }

  private fail(kind: 'network' | 'timeout' | 'server' | 'busy', status: number | undefined, issues: ShownIssue[], retryAfter?: number): void {
    const t = this.t;
    this.phase = 'failed';
    this.failure = {
      message: kind === 'network' ? t.network : kind === 'timeout' ? t.timeout : kind === 'busy' ? t.busy(retryAfter ?? 30) : t.server(status ?? 0),
      retry: true,
    };
    this.focusNext = 'summary';
    this.emitError(kind, status, issues, retryAfter);
  }

  private emitError(kind: EnrolmentErrorDetail['kind'], status: number | undefined, issues: ShownIssue[], retryAfter?: number): void {
    this.dispatchEvent(
      new CustomEvent<EnrolmentErrorDetail>('mechnet-error', {
        detail: {
          kind,
          ...(status !== undefined ? { status } : {}),
          ...(retryAfter !== undefined ? { retryAfter } : {}),
          issues: issues.map((i) => ({ path: i.field ?? '', message: i.message })),
        },
        bubbles: true,
        composed: true,
      }),
    );
  }

  // -------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    if (!this.langController.ready) return html``;
    const t = this.t;
    if (this.loadProblem) {
      return html`<div part="error" role="alert">
        ${this.loadProblem.detail
          ? html`<p>${t.definitionFailed(this.loadProblem.detail)}</p>`
          : html`<p>${t.definitionInvalid}</p>
              <ul>
                ${(this.loadProblem.issues ?? []).map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}
              </ul>`}
      </div>`;
    }
    const d = this.definition;
    if (!d) return html`<p role="status">${t.loading}</p>`;
    if (this.phase === 'received' && this.receipt) return this.renderReceipt(d);
    const eligibility = this.eligibility();
    const problems = this.problems(eligibility);
    const shown = new Map([...problems].filter(([name]) => this.isShown(name)));
    const summary = this.submitted ? this.ordered(problems) : [];
    const blocked = this.submitted && eligibility.complete && !eligibility.eligible;
    const closed = eligibility.reasons.some((r) => r.code === 'edition_closed');
    // The library's dates with their prepositions (formatDateWith's, on dates the definition's schema already checked).
    const date = (iso: string, preposition: 'from' | 'to' | 'on') => datePhrase(iso, this.language, preposition);
    return html`<form part="form" novalidate @submit=${this.onSubmit} @focusout=${this.onFocusOut}>
      <h2>${t.title}</h2>
      <p part="status" class="status${closed ? ' closed' : ''}" id=${this.idOf('submittedAt')} tabindex="-1">
        ${t.edition(isolate(d.name[this.language]), date(d.calendar.start, 'from'), date(d.calendar.end, 'to'), date(d.calendar.end, 'on'), closed)}
        ${this.endpoint ? nothing : this.internals.form ? t.viaHostForm : t.noEndpoint}
      </p>
      <p class="intro">${t.intro}</p>
      ${this.renderSummary(summary, blocked)}
      ${this.renderFirm(d, shown)} ${this.renderSeat(shown)} ${this.renderSites(shown)} ${this.renderSize(shown)}
      ${this.renderGrants(shown)} ${this.renderContact(shown)} ${this.renderInterests(d, shown)} ${this.renderPrivacy(d, shown)}
      ${this.renderEligibility(d, eligibility)}
      <div class="actions">
        <button part="button" type="submit" ?hidden=${!this.endpoint} aria-disabled=${this.phase === 'sending' ? 'true' : 'false'}>
          <span class="label">${this.phase === 'sending' ? t.sending : this.phase === 'failed' ? t.retry : t.send}</span>
        </button>
        <p role="status" class="sending">${this.phase === 'sending' ? t.sending : ''}</p>
      </div>
    </form>`;
  }

  private onFocusOut(e: FocusEvent): void {
    const target = e.target as HTMLInputElement | null;
    if (target?.name) this.touch(target.name);
  }

  private renderSummary(problems: [string, string][], blocked: boolean): TemplateResult | typeof nothing {
    const t = this.t;
    const failure = this.failure;
    if (problems.length === 0 && !blocked && !failure) return nothing;
    const focus = (name: string) => (e: Event) => {
      e.preventDefault();
      this.anchorOf(name)?.focus();
    };
    return html`<div part="summary" class="summary" role="alert" tabindex="-1">
      ${failure ? html`<p>${failure.message}</p>` : nothing}
      ${this.serverIssues.filter((i) => !i.field).length > 0
        ? html`<ul>
            ${this.serverIssues.filter((i) => !i.field).map((i) => html`<li>${i.message}</li>`)}
          </ul>`
        : nothing}
      ${problems.length > 0
        ? html`<p>${t.summary(problems.length)}</p>
            <ul>
              ${problems.map(([name, message]) => {
                const at = this.anchorOf(name);
                const text = this.itemText(name, message);
                return html`<li>${at ? html`<a href="#${at.id}" @click=${focus(name)}>${text}</a>` : text}</li>`;
              })}
            </ul>`
        : nothing}
      ${blocked ? html`<p>${t.cannotSend}</p>` : nothing}
    </div>`;
  }

  /** The id of a control, unique in the shadow root. */
  private idOf(name: string): string {
    return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  }

  /** A problem as the summary and the validity message say it: the field's label, then the message. */
  private itemText(name: string, message: string): string {
    const label = this.labelOf(name);
    return label ? `${label}: ${message}` : message;
  }

  /** The label of a field as the summary names it (none for the edition, the line at the top). */
  private labelOf(name: string): string | undefined {
    const t = this.t;
    const row = /^firm\.(sites|deMinimis)\.(\d+)\.(.+)$/.exec(name);
    if (row) {
      const n = Number(row[2]) + 1;
      const key = row[1] === 'sites' ? `address.${row[3]}` : `grant.${row[3]}`;
      return `${row[1] === 'sites' ? t.site(n) : t.grant(n)}, ${t.fields[key] ?? row[3]}`;
    }
    const seat = /^firm\.address\.(.+)$/.exec(name);
    if (seat) return `${t.sections.seat}, ${t.fields[`address.${seat[1]}`] ?? seat[1]}`;
    if (name.startsWith('consent')) return t.sections.privacy;
    if (name === 'firm.deMinimis') return t.sections.deMinimis;
    return name === 'submittedAt' ? undefined : (t.fields[name] ?? name);
  }

  /** The error of a group of fields (`firm.deMinimis`), from the problem at `name`: the text to show and its id. */
  private groupError(group: string, shown: Map<string, string>, name = group): { error: TemplateResult | typeof nothing; describedBy?: string } {
    const message = shown.get(name);
    const id = `${this.idOf(group)}-error`;
    return message ? { error: html`<p part="error" class="error" id=${id}>${message}</p>`, describedBy: id } : { error: nothing };
  }

  /** One field: label, control, hint and error, wired together. */
  private field(
    name: string,
    label: string,
    shown: Map<string, string>,
    options: { type?: string; autocomplete?: string; inputmode?: string; optional?: boolean; hint?: string; maxlength?: number; group?: string } = {},
  ): TemplateResult {
    const id = this.idOf(name);
    const error = shown.get(name);
    const hint = options.hint ?? this.t.hints[name];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', options.group ?? ''].filter(Boolean).join(' ');
    const v = this.draft.values[name];
    return html`<div part="field" class="field">
      <label part="label" for=${id}>${label}${options.optional ? html` <span class="optional">(${this.t.optional})</span>` : nothing}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      <input
        part="control"
        id=${id}
        name=${name}
        type=${options.type ?? 'text'}
        .value=${typeof v === 'string' ? v : ''}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        maxlength=${options.maxlength ?? nothing}
        ?required=${!options.optional}
        aria-required=${options.optional ? 'false' : 'true'}
        aria-invalid=${error || options.group ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => this.setValue(name, (e.target as HTMLInputElement).value)}
        @change=${() => this.touch(name)}
      />
      ${error ? html`<span part="error" class="error" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  private select(name: string, label: string, choices: [string, string][], shown: Map<string, string>): TemplateResult {
    const id = this.idOf(name);
    const error = shown.get(name);
    const v = this.draft.values[name];
    return html`<div part="field" class="field">
      <label part="label" for=${id}>${label}</label>
      <select
        part="control"
        id=${id}
        name=${name}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${(e: Event) => {
          this.setValue(name, (e.target as HTMLSelectElement).value);
          this.touch(name);
        }}
      >
        <option value="" ?selected=${!v}>${this.t.none}</option>
        ${choices.map(([value, text]) => html`<option value=${value} ?selected=${v === value}>${text}</option>`)}
      </select>
      ${error ? html`<span part="error" class="error" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  private checkbox(name: string, label: string, shown: Map<string, string>, value?: string): TemplateResult {
    const id = this.idOf(name);
    const error = shown.get(name);
    return html`<div part="field" class="field check">
      <input
        part="control"
        type="checkbox"
        id=${id}
        name=${value === undefined ? name : name.slice(0, name.lastIndexOf('.'))}
        value=${value ?? 'true'}
        .checked=${this.draft.values[name] === true}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @change=${(e: Event) => {
          this.setValue(name, (e.target as HTMLInputElement).checked);
          this.touch(name);
        }}
      />
      <label part="label" for=${id}>${label}</label>
      ${error ? html`<span part="error" class="error" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  private renderFirm(d: ProgrammeDefinition, shown: Map<string, string>): TemplateResult {
    const t = this.t;
    return html`<fieldset part="section">
      <legend>${t.sections.firm}</legend>
      ${this.field('firm.name', t.fields['firm.name']!, shown, { autocomplete: 'organization' })}
      ${this.select('firm.legalForm', t.fields['firm.legalForm']!, Object.entries(t.legalForms), shown)}
      ${this.field('firm.partitaIva', t.fields['firm.partitaIva']!, shown, { inputmode: 'numeric' })}
      ${this.field('firm.codiceFiscale', t.fields['firm.codiceFiscale']!, shown)}
      ${this.field('firm.ateco', t.fields['firm.ateco']!, shown, { inputmode: 'decimal' })}
      ${d.enrolment?.confirmation === 'pec' ? this.field('firm.pec', t.fields['firm.pec']!, shown, { type: 'email', inputmode: 'email', autocomplete: 'off' }) : nothing}
    </fieldset>`;
  }

  private addressFields(prefix: string, shown: Map<string, string>): TemplateResult {
    const t = this.t;
    const seat = prefix === 'firm.address';
    const auto = (token: string) => (seat ? `section-seat ${token}` : 'off');
    return html`${this.field(`${prefix}.street`, t.fields['address.street']!, shown, { autocomplete: auto('street-address') })}
    ${this.field(`${prefix}.postalCode`, t.fields['address.postalCode']!, shown, { autocomplete: auto('postal-code'), inputmode: 'numeric', maxlength: 5 })}
    ${this.field(`${prefix}.municipality`, t.fields['address.municipality']!, shown, { autocomplete: auto('address-level2') })}
    ${this.field(`${prefix}.province`, t.fields['address.province']!, shown, {
      autocomplete: auto('address-level1'),
      maxlength: 2,
      hint: t.hints['address.province']!,
    })}`;
  }

  private renderSeat(shown: Map<string, string>): TemplateResult {
    return html`<fieldset part="section">
      <legend>${this.t.sections.seat}</legend>
      ${this.addressFields('firm.address', shown)}
    </fieldset>`;
  }

  private renderSites(shown: Map<string, string>): TemplateResult {
    const t = this.t;
    return html`<fieldset part="section">
      <legend>${t.sections.sites}</legend>
      ${Array.from({ length: this.draft.sites }, (_, i) => html`<fieldset class="row">
        <legend>${t.site(i + 1)}</legend>
        ${this.addressFields(`firm.sites.${i}`, shown)}
        <button part="button" type="button" class="secondary" @click=${() => this.removeRow('sites', i)}>${t.removeSite(i + 1)}</button>
      </fieldset>`)}
      <button part="button" type="button" class="secondary" @click=${() => this.addRow('sites')}>${t.addSite}</button>
    </fieldset>`;
  }

  private renderSize(shown: Map<string, string>): TemplateResult {
    const t = this.t;
    const artisan = this.draft.values['firm.artisan'] === true;
    return html`<fieldset part="section">
      <legend>${t.sections.size}</legend>
      ${this.field('firm.staff', t.fields['firm.staff']!, shown, { inputmode: 'decimal' })}
      ${this.field('firm.turnoverCents', t.fields['firm.turnoverCents']!, shown, { inputmode: 'decimal' })}
      ${this.field('firm.balanceSheetCents', t.fields['firm.balanceSheetCents']!, shown, { inputmode: 'decimal', hint: t.hints['firm.turnoverCents']! })}
      ${this.field('firm.machines', t.fields['firm.machines']!, shown, { inputmode: 'numeric', optional: true })}
      ${this.checkbox('firm.artisan', t.fields['firm.artisan']!, shown)}
      ${artisan
        ? html`${this.select('firm.artisanActivity', t.fields['firm.artisanActivity']!, Object.entries(t.artisanActivities), shown)}
          ${this.field('firm.apprentices', t.fields['firm.apprentices']!, shown, { inputmode: 'numeric', optional: true })}`
        : nothing}
    </fieldset>`;
  }

  private renderGrants(shown: Map<string, string>): TemplateResult {
    const t = this.t;
    // A rule on the aids as a whole (the de minimis ceiling): said once under the legend, and pointed to by every amount.
    const group = this.groupError('firm.deMinimis', shown);
    return html`<fieldset part="section" id=${this.idOf('firm.deMinimis')} tabindex="-1" aria-describedby=${group.describedBy ?? nothing}>
      <legend>${t.sections.deMinimis}</legend>
      ${group.error}
      ${this.draft.grants === 0 ? html`<p class="hint">${t.noGrants}</p>` : nothing}
      ${Array.from({ length: this.draft.grants }, (_, i) => html`<fieldset class="row">
        <legend>${t.grant(i + 1)}</legend>
        ${this.field(`firm.deMinimis.${i}.date`, t.fields['grant.date']!, shown, { type: 'date' })}
        ${this.field(`firm.deMinimis.${i}.amountCents`, t.fields['grant.amountCents']!, shown, { inputmode: 'decimal', group: group.describedBy })}
        ${this.field(`firm.deMinimis.${i}.grantor`, t.fields['grant.grantor']!, shown)}
        <button part="button" type="button" class="secondary" @click=${() => this.removeRow('grants', i)}>${t.removeGrant(i + 1)}</button>
      </fieldset>`)}
      <button part="button" type="button" class="secondary" @click=${() => this.addRow('grants')}>${t.addGrant}</button>
    </fieldset>`;
  }

  private renderContact(shown: Map<string, string>): TemplateResult {
    const t = this.t;
    return html`<fieldset part="section">
      <legend>${t.sections.contact}</legend>
      ${this.field('contact.name', t.fields['contact.name']!, shown, { autocomplete: 'name' })}
      ${this.field('contact.role', t.fields['contact.role']!, shown, { autocomplete: 'organization-title' })}
      ${this.field('contact.email', t.fields['contact.email']!, shown, { type: 'email', autocomplete: 'work email', inputmode: 'email' })}
      ${this.field('contact.phone', t.fields['contact.phone']!, shown, { type: 'tel', autocomplete: 'work tel', inputmode: 'tel' })}
    </fieldset>`;
  }

  private renderInterests(d: ProgrammeDefinition, shown: Map<string, string>): TemplateResult {
    const t = this.t;
    return html`<fieldset part="section">
      <legend>${t.sections.interests}</legend>
      <fieldset class="group">
        <legend>${t.fields['interests.kinds']} <span class="optional">(${t.optional})</span></legend>
        ${d.collaboration.kinds.map((k) => this.checkbox(`interests.kinds.${k}`, t.kinds[k] ?? k, shown, k))}
      </fieldset>
      ${this.checkbox('interests.aggregation', t.fields['interests.aggregation']!, shown)}
    </fieldset>`;
  }

  private renderPrivacy(d: ProgrammeDefinition, shown: Map<string, string>): TemplateResult {
    const t = this.t;
    const c = d.eligibility.consent;
    const office = d.contact.email ? `${d.contact.office} (${d.contact.email})` : d.contact.office;
    // A server's word on the notice itself (a newer version): said in this section.
    const group = this.groupError('consent', shown, 'consent.noticeVersion');
    return html`<fieldset part="section" id=${this.idOf('consent')} tabindex="-1" aria-describedby=${group.describedBy ?? nothing}>
      <legend>${t.sections.privacy}</legend>
      ${group.error}
      <p>${t.privacyMandatory}</p>
      <p>
        ${t.privacyNotice(c.noticeVersion)}
        ${c.noticeUrl ? html`<a href=${c.noticeUrl} target="_blank" rel="noopener">${t.privacyNoticeLink}</a>` : t.privacyNoNoticeLink}
      </p>
      ${c.purposes.length > 0
        ? html`<fieldset class="group">
            <legend>${t.privacyOptional}</legend>
            ${c.purposes.map((p) => this.checkbox(`consent.purposes.${p.id}`, p.label[this.language], shown))}
          </fieldset>`
        : nothing}
      <p>${t.privacyWithdraw(office)}</p>
    </fieldset>`;
  }

  private renderEligibility(d: ProgrammeDefinition, r: FirmEligibility): TemplateResult {
    const t = this.t;
    const errors = r.reasons.filter((x) => x.severity === 'error');
    const warnings = r.reasons.filter((x) => x.severity === 'warning');
    const c = d.contact;
    return html`<section part="eligibility" class="eligibility" aria-live="polite" aria-labelledby="eligibility-heading">
      <h3 id="eligibility-heading">${t.eligibility.heading}</h3>
      ${!r.complete
        ? html`<p>${t.eligibility.incomplete}</p>`
        : r.eligible
          ? html`<p class="ok">${t.eligibility.eligible}</p>`
          : html`<p class="ko">${t.eligibility.notEligible}</p>
              <ul>
                ${errors.map((x) => html`<li>${x.message}</li>`)}
              </ul>`}
      ${r.complete && warnings.length > 0
        ? html`<p>${t.eligibility.warnings}</p>
            <ul>
              ${warnings.map((x) => html`<li>${x.message}</li>`)}
            </ul>`
        : nothing}
      <p class="hint">${t.eligibility.contact(c.office, c.phone ?? '', c.email ?? '')}</p>
    </section>`;
  }

  private renderReceipt(d: ProgrammeDefinition): TemplateResult {
    const t = this.t;
    const r = this.receipt!;
    const { firm, contact } = r.application;
    const reference = String(r.response.reference ?? r.response.id ?? '—');
    // The day it was received (in the visitor's time zone) in the library's words, and the time.
    const day = `${r.at.getFullYear()}-${String(r.at.getMonth() + 1).padStart(2, '0')}-${String(r.at.getDate()).padStart(2, '0')}`;
    const time = new Intl.DateTimeFormat(this.language === 'it' ? 'it-IT' : 'en-GB', { timeStyle: 'short' }).format(r.at);
    const outcome = r.response.outcome;
    const position = Number(r.response.waitlistPosition);
    return html`<section part="receipt" class="receipt">
      <h2 tabindex="-1">${t.receipt.heading}</h2>
      <p>${d.name[this.language]}</p>
      <p><strong>${t.receipt.reference(reference)}</strong></p>
      <p>${t.receipt.when(datePhrase(day, this.language, 'on'), time)}</p>
      <p>${t.receipt.firm(isolate(String(firm.name)), String(firm.partitaIva))}</p>
      ${outcome === 'waitlist' && position > 0 ? html`<p>${t.receipt.outcomeWaitlist(position)}</p>` : outcome === 'accept' ? html`<p>${t.receipt.outcomeAccept}</p>` : nothing}
      <p part="next">
        ${typeof r.response.confirmBy === 'string' && typeof firm.pec === 'string'
          ? t.receipt.nextPec(isolate(firm.pec), datePhrase(r.response.confirmBy, this.language, 'by'), isolate(String(contact.email)))
          : t.receipt.next(isolate(String(contact.email)))}
      </p>
      <h3>${t.receipt.sent}</h3>
      <dl>
        <dt>${t.fields['firm.codiceFiscale']}</dt><dd>${String(firm.codiceFiscale)}</dd>
        <dt>${t.fields['firm.ateco']}</dt><dd>${String(firm.ateco)}</dd>
        ${typeof firm.pec === 'string' ? html`<dt>${t.fields['firm.pec']}</dt><dd><bdi>${firm.pec}</bdi></dd>` : nothing}
        <dt>${t.sections.seat}</dt><dd>${addressText(firm.address)}</dd>
        <dt>${t.sections.contact}</dt><dd><bdi>${String(contact.name)}</bdi>, <bdi>${String(contact.email)}</bdi></dd>
      </dl>
      <div class="actions">
        <button part="button" type="button" @click=${() => window.print()}><span class="label">${t.receipt.print}</span></button>
        <button part="button" type="button" class="secondary" @click=${this.newApplication}>${t.receipt.again}</button>
      </div>
    </section>`;
  }

  private addRow(kind: 'sites' | 'grants'): void {
    this.draft = { ...this.draft, [kind]: this.draft[kind] + 1 };
    this.saveDraft();
    const n = this.draft[kind] - 1;
    void this.updateComplete.then(() => {
      const name = kind === 'sites' ? `firm.sites.${n}.street` : `firm.deMinimis.${n}.date`;
      this.renderRoot.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
    });
  }

  /** Removes a row; the rows after it move up one place, with their values. */
  private removeRow(kind: 'sites' | 'grants', index: number): void {
    const prefix = kind === 'sites' ? 'firm.sites.' : 'firm.deMinimis.';
    const values: Values = {};
    for (const [name, v] of Object.entries(this.draft.values)) {
      if (!name.startsWith(prefix)) {
        values[name] = v;
        continue;
      }
      const rest = name.slice(prefix.length);
      const dot = rest.indexOf('.');
      const i = Number(rest.slice(0, dot));
      if (i === index) continue;
      values[`${prefix}${i > index ? i - 1 : i}${rest.slice(dot)}`] = v;
    }
    this.draft = { ...this.draft, values, [kind]: this.draft[kind] - 1 };
    this.saveDraft();
  }
}

/** An address as one line, each part typed by the firm isolated from the others. */
function addressText(a: unknown): string {
  const x = (a ?? {}) as Record<string, unknown>;
  const part = (v: unknown) => isolate(String(v ?? ''));
  return `${part(x.street)}, ${part(x.postalCode)} ${part(x.municipality)} (${part(x.province)})`;
}

/** The issues of a 409 or 422 answer: `{ issues: [{ path, message }] }` or a MechnetError's JSON (`messages` by language). */
function issuesOf(answer: Record<string, unknown>, lang: Lang): ShownIssue[] {
  const list = Array.isArray(answer.issues) ? answer.issues : [];
  return list.flatMap((i: unknown) => {
    if (!i || typeof i !== 'object') return [];
    const x = i as { path?: unknown; message?: unknown; messages?: Record<string, unknown> };
    const message = typeof x.messages?.[lang] === 'string' ? (x.messages[lang] as string) : typeof x.message === 'string' ? x.message : '';
    if (!message) return [];
    const path = Array.isArray(x.path) ? x.path.map(String).join('.') : typeof x.path === 'string' ? x.path : '';
    return [path ? { field: path, message } : { message }];
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'mechnet-enrolment-form': MechnetEnrolmentForm;
  }
  interface GlobalEventHandlersEventMap {
    'mechnet-submit': CustomEvent<EnrolmentSubmitDetail>;
    'mechnet-submitted': CustomEvent<EnrolmentSubmittedDetail>;
    'mechnet-error': CustomEvent<EnrolmentErrorDetail>;
  }
}

/** The seconds of a `Retry-After` header (a number of seconds or an HTTP date), at least 1; undefined when absent or unreadable. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Math.max(1, Number(trimmed));
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}
