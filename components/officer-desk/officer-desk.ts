import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { closestLang } from '../shared/lang.js';
import { baseStyles } from '../shared/styles.js';
import { VERSION } from '../shared/version.js';
import { readEuros, readNumber } from '../../src/i18n/read.js';
import type { DeskField, DeskForm, DeskLists } from '../../src/server/officer/forms.js';
import { deskEn, deskIt, type DeskMessages } from './messages.js';

type View = 'queue' | 'firm' | 'steps' | 'measurements' | 'report';

interface Person {
  id: string;
  name: string;
  role: 'officer' | 'manager' | 'auditor';
  firms?: string[];
}

interface Pending {
  reference: string;
  partitaIva: string;
  name: string;
  appliedOn: string;
  status: string;
  outcome?: 'accept' | 'waitlist' | 'reject';
  waitlistPosition?: number;
  reasons: { severity: string; message: string }[];
}

interface Claim {
  reference: string;
  application: string;
  partitaIva: string;
  name: string;
  linkUntil?: string;
  heldBy?: string;
}

interface Queue {
  version: number;
  pending: Pending[];
  unconfirmed: Claim[];
  contested: Claim[];
}

interface FirmFile {
  version: number;
  firm: {
    name: string;
    partitaIva: string;
    status: string;
    history: { phase: string; date: string }[];
    verifications: { scheduled: string; status: string; heldOn?: string }[];
    /** The temporary manager assigned now. */
    manager?: { id: string; name: string };
  };
  events: { id: string; date: string; type: string; author: string }[];
}

/** The analysis areas and scale of the programme's definition. */
interface AnalysisRules {
  areas: { id: string; label: { it: string; en: string } }[];
  scale: { min: number; max: number };
}

/** A problem to show: the field it is about (if any) and its words. */
interface Problem {
  field?: string;
  message: string;
}

/**
 * @summary The programme office's desk, for the Chamber's reserved area: an
 * officer signs in, decides applications (accept, waitlist, reject with a
 * reason, accept by exception naming the rules waived), confirms a claim by
 * another proof, reads a firm's file, records a quarter's measurements by
 * pasting a table, and downloads the report (Markdown, JSON, xlsx); a
 * temporary manager works on their firms; an auditor reads.
 *
 * Talks to `mechnet serve` (or any host of `createHandler`) under
 * `{endpoint}/officer/`. What is typed stays when a send fails; every
 * problem is said at its field and in a summary that takes the focus.
 *
 * @tag mechnet-officer-desk
 * @attr endpoint - The API's address. Default `/api`.
 * @csspart form - each form of the desk.
 * @csspart error - a problem, at its field or in the summary.
 */
export class MechnetOfficerDesk extends LitElement {
  static readonly mechnetVersion = VERSION;

  static override styles = [
    baseStyles,
    css`
      h2 { font-size: 1.375em; margin: 0 0 0.5em; }
      h3 { font-size: 1.125em; margin: 1.25em 0 0.5em; }
      header { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: baseline; justify-content: space-between; }
      nav { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 1em 0; }
      form { display: grid; gap: 0.75em; max-width: 40em; margin: 0.5em 0 1.5em; }
      label, legend { font-weight: 600; }
      fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em 1em 1em; margin: 0; }
      .field { display: grid; gap: 0.25em; }
      .hint { color: var(--_muted); font-size: 0.9375em; }
      input, select, textarea {
        font: inherit; color: inherit; background: var(--mechnet-field, Field); color: var(--mechnet-field-text, FieldText);
        border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em; min-height: 2.75em; box-sizing: border-box; width: 100%;
      }
      input[type='radio'], input[type='checkbox'] { width: 1.25em; height: 1.25em; min-height: auto; flex: none; margin: 0; }
      fieldset fieldset { padding-inline: 0.5em; }
      .choice { display: flex; gap: 0.5em; align-items: center; font-weight: 400; min-height: 2.75em; }
      textarea { min-height: 8em; font-family: ui-monospace, monospace; }
      [aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
      :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
      button, a.button {
        font: inherit; font-weight: 600; padding: 0.5em 1em; min-height: 2.75em; border-radius: var(--_radius); cursor: pointer;
        border: 2px solid var(--_accent); background: var(--_accent); color: inherit; text-decoration: none; display: inline-flex; align-items: center;
      }
      button > .label, a.button > .label { color: var(--_on-accent); }
      button.secondary, nav button[aria-pressed='false'] { background: transparent; }
      button.secondary > .label, nav button[aria-pressed='false'] > .label { color: inherit; }
      .error { color: var(--_danger); }
      [part~='error'] { border-inline-start: 0.25em solid var(--_danger); padding: 0.25em 0.75em; }
      .summary { border: 2px solid var(--_danger); border-radius: var(--_radius); padding: 0.5em 1em; }
      .card { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5em 1em; margin: 0 0 0.75em; }
      .card h4 { margin: 0.25em 0; font-size: 1em; }
      dl { display: grid; grid-template-columns: minmax(6em, max-content) 1fr; gap: 0.25em 1em; margin: 0.25em 0; }
      dt { color: var(--_muted); }
      dd { margin: 0; }
      ol.events { padding-inline-start: 1.25em; }
      summary { cursor: pointer; font-weight: 600; padding: 0.625em 0; }
      .status { min-height: 1.5em; }
      .downloads { display: flex; flex-wrap: wrap; gap: 0.5em; }
    `,
  ];

  /** The API's address; the desk's routes are under `{endpoint}/officer/`. */
  @property({ reflect: true }) accessor endpoint = '/api';

  @state() private accessor phase: 'loading' | 'signin' | 'ready' = 'loading';
  @state() private accessor person: Person | undefined = undefined;
  @state() private accessor view: View = 'queue';
  @state() private accessor queue: Queue | undefined = undefined;
  @state() private accessor firms: { partitaIva: string; name: string }[] = [];
  @state() private accessor file: FirmFile | undefined = undefined;
  @state() private accessor problems: Problem[] = [];
  @state() private accessor said = '';
  @state() private accessor busy = false;
  /** The programme's analysis areas and scale (from its definition), for the analysis form. */
  @state() private accessor analysis: AnalysisRules | undefined = undefined;
  /** The steps the person may record, and the lists their choices name (from the server). */
  @state() private accessor forms: DeskForm[] = [];
  private lists: DeskLists = {};
  private csrf = '';
  private version = 0;
  /** What is typed, by field name: kept when a send fails. */
  private values: Record<string, string> = {};
  private observer: MutationObserver | undefined;
  /** The label of each field, as last rendered: the summary names the field of each problem. */
  private labels = new Map<string, string>();

  private get t(): DeskMessages {
    return closestLang(this)?.toLowerCase().startsWith('en') ? deskEn : deskIt;
  }

  private get language(): 'it' | 'en' {
    return this.t === deskEn ? 'en' : 'it';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A page that switches language re-renders the desk in it.
    this.observer = new MutationObserver(() => this.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private url(path: string): string {
    return `${this.endpoint.replace(/\/+$/, '')}/officer/${path}`;
  }

  /** A request to the desk's routes; `undefined` when the server did not answer. */
  private async call(path: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown> } | undefined> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': this.language, ...(init.headers as Record<string, string> | undefined) };
    if (init.method && init.method !== 'GET') headers['x-csrf-token'] = this.csrf;
    try {
      const r = await fetch(this.url(path), { ...init, headers, credentials: 'same-origin' });
      let body: Record<string, unknown> = {};
      try {
        body = (await r.json()) as Record<string, unknown>;
      } catch {
        // no JSON body (204)
      }
      if (r.status === 401 && path !== 'session') this.phase = 'signin';
      return { status: r.status, body };
    } catch {
      return undefined;
    }
  }

  private async start(): Promise<void> {
    const r = await this.call('session');
    if (r?.status === 200 && r.body.person) {
      this.person = r.body.person as Person;
      this.csrf = String(r.body.csrf ?? '');
      this.phase = 'ready';
      await this.load();
    } else this.phase = 'signin';
  }

  /** The loading under way: a send waits for it, so that it carries the record's version. */
  private loading: Promise<void> | undefined;

  private load(): Promise<void> {
    this.loading = this.fetchAll();
    return this.loading;
  }

  private async fetchAll(): Promise<void> {
    if (!this.analysis) {
      try {
        const r = await fetch(`${this.endpoint.replace(/\/+$/, '')}/programme.json`, { credentials: 'same-origin' });
        if (r.ok) this.analysis = ((await r.json()) as { analysis?: AnalysisRules }).analysis;
      } catch {
        // without the definition the desk has no analysis form; the rest works
      }
    }
    if (this.person?.role !== 'manager') {
      const q = await this.call(`applications?lang=${this.language}`);
      if (q?.status === 200) {
        this.queue = q.body as unknown as Queue;
        this.version = this.queue.version;
      }
    }
    if (this.person?.role !== 'auditor') {
      const s = await this.call(`forms?lang=${this.language}`);
      if (s?.status === 200) {
        this.lists = s.body.lists as DeskLists;
        this.forms = s.body.forms as DeskForm[];
      }
    }
    const f = await this.call('firms');
    if (f?.status === 200) {
      this.firms = f.body.firms as { partitaIva: string; name: string }[];
      this.version = Number(f.body.version);
    }
  }

  private setValue(name: string, value: string): void {
    this.values = { ...this.values, [name]: value };
  }

  /** Shows problems (at their fields and in the summary), and moves the focus to the summary. */
  private async fail(problems: Problem[]): Promise<void> {
    this.problems = problems;
    this.said = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  /** Reads a refusal's issues, each to the field it is about. */
  private problemsOf(body: Record<string, unknown>, fieldOf: (path: unknown[]) => string | undefined): Problem[] {
    const issues = Array.isArray(body.issues) ? (body.issues as { path?: unknown[]; message?: string }[]) : [];
    const list = issues.map((i) => ({ ...(fieldOf(i.path ?? []) ? { field: fieldOf(i.path ?? [])! } : {}), message: String(i.message ?? body.message ?? '') }));
    return list.length > 0 ? list : [{ message: String(body.message ?? '') }];
  }

  /** Sends events; on success clears the form's fields and loads again. */
  private async record(events: Record<string, unknown>[], fields: string[], fieldOf: (path: unknown[]) => string | undefined): Promise<void> {
    this.busy = true;
    this.said = '';
    try {
      await this.loading;
      const r = await this.call('events', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ expectedVersion: this.version, events }) });
      await this.answered(r, fields, fieldOf);
    } finally {
      this.busy = false;
    }
  }

  private async answered(r: { status: number; body: Record<string, unknown> } | undefined, fields: string[], fieldOf: (path: unknown[]) => string | undefined): Promise<void> {
    if (!r) return this.fail([{ message: this.t.network }]);
    if (r.status === 201) {
      const values = { ...this.values };
      for (const f of fields) delete values[f];
      this.values = values;
      this.problems = [];
      await this.load();
      this.said = this.t.saved(Array.isArray(r.body.ids) ? r.body.ids.length : 1);
      return;
    }
    if (r.status === 409) {
      await this.load();
      return this.fail([{ message: this.t.conflict }]);
    }
    if (r.status === 401) return;
    return this.fail(this.problemsOf(r.body, fieldOf));
  }

  private async signIn(e: Event): Promise<void> {
    e.preventDefault();
    const t = this.t;
    const missing = ['signin.email', 'signin.password'].filter((f) => !this.values[f]?.trim());
    if (missing.length > 0) return this.fail(missing.map((field) => ({ field, message: t.required })));
    this.busy = true;
    const r = await this.call('session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: this.values['signin.email'], password: this.values['signin.password'] }) });
    this.busy = false;
    if (!r) return this.fail([{ message: t.network }]);
    if (r.status !== 200) return this.fail(this.problemsOf(r.body, (p) => (p[0] === 'email' ? 'signin.email' : 'signin.password')));
    this.person = r.body.person as Person;
    this.csrf = String(r.body.csrf ?? '');
    this.setValue('signin.password', '');
    this.problems = [];
    this.phase = 'ready';
    this.view = this.person.role === 'manager' ? 'measurements' : 'queue';
    await this.load();
  }

  private async signOut(): Promise<void> {
    await this.call('session', { method: 'DELETE' });
    this.person = undefined;
    this.queue = undefined;
    this.file = undefined;
    this.phase = 'signin';
  }

  private decide(e: Event): Promise<void> {
    e.preventDefault();
    const t = this.t;
    const v = this.values;
    const firm = v['decision.application'] ?? '';
    const decision = v['decision.decision'] ?? '';
    const reason = (v['decision.reason'] ?? '').trim();
    const waives = (v['decision.waives'] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    const problems: Problem[] = [];
    if (!firm) problems.push({ field: 'decision.application', message: t.required });
    if (!decision) problems.push({ field: 'decision.decision', message: t.required });
    if ((decision === 'reject' || waives.length > 0) && !reason) problems.push({ field: 'decision.reason', message: t.required });
    if (problems.length > 0) return this.fail(problems);
    const event =
      decision === 'reject'
        ? { type: 'enrolment.rejected', firm, reasons: [{ code: 'officer_decision', message: { it: reason, en: reason } }] }
        : decision === 'waitlist'
          ? { type: 'enrolment.waitlisted', firm }
          : { type: 'enrolment.accepted', firm, ...(waives.length > 0 ? { exception: { waives, reason, approvedBy: this.person!.name } } : {}) };
    const fieldOf = (p: unknown[]) =>
      p.includes('reasons') || p.includes('reason') ? 'decision.reason' : p.includes('waives') || p.includes('exception') ? 'decision.waives' : 'decision.application';
    return this.record([event], ['decision.application', 'decision.decision', 'decision.reason', 'decision.waives'], fieldOf);
  }

  private confirmClaim(e: Event): Promise<void> {
    e.preventDefault();
    const t = this.t;
    const claim = [...(this.queue?.unconfirmed ?? []), ...(this.queue?.contested ?? [])].find((c) => c.application === this.values['claim.application']);
    const how = (this.values['claim.how'] ?? '').trim();
    const problems: Problem[] = [];
    if (!claim) problems.push({ field: 'claim.application', message: t.required });
    if (!how) problems.push({ field: 'claim.how', message: t.required });
    if (problems.length > 0) return this.fail(problems);
    return this.record([{ type: 'enrolment.confirmed', firm: claim!.partitaIva, application: claim!.application, by: 'officer', how }], ['claim.application', 'claim.how'], (p) =>
      p.includes('how') ? 'claim.how' : 'claim.application',
    );
  }

  /** A file of measurements chosen to upload (CSV or xlsx), instead of a pasted table. */
  private upload: File | undefined;

  private async sendTable(e: Event): Promise<void> {
    e.preventDefault();
    const table = this.values['measurements.table'] ?? '';
    const file = this.upload;
    if (!table.trim() && !file) return this.fail([{ field: 'measurements.table', message: this.t.required }]);
    this.busy = true;
    this.said = '';
    try {
      await this.loading;
      const xlsx = file !== undefined && /\.xlsx$/i.test(file.name);
      const body = file ? (xlsx ? await file.arrayBuffer() : await file.text()) : table;
      const type = xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : file ? 'text/csv' : 'text/tab-separated-values';
      const r = await this.call(`measurements?expectedVersion=${this.version}`, { method: 'POST', headers: { 'content-type': type }, body });
      const field = file ? 'measurements.file' : 'measurements.table';
      await this.answered(r, ['measurements.table'], () => field);
      if (r?.status === 201 && file) {
        this.upload = undefined;
        const input = this.renderRoot.querySelector<HTMLInputElement>('input[type=file]');
        if (input) input.value = '';
      }
    } finally {
      this.busy = false;
    }
  }

  private verification(e: Event): Promise<void> {
    e.preventDefault();
    const t = this.t;
    const f = this.file;
    const scheduled = this.values['verification.scheduled'] ?? '';
    const held = this.values['verification.held'] ?? '';
    const notes = (this.values['verification.notes'] ?? '').trim();
    const problems: Problem[] = [];
    if (!scheduled) problems.push({ field: 'verification.scheduled', message: t.required });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(held)) problems.push({ field: 'verification.held', message: t.required });
    if (!f || problems.length > 0) return this.fail(problems);
    const event = { type: 'verification.held', firm: f.firm.partitaIva, scheduled, date: held, ...(notes ? { notes } : {}) };
    return this.record([event], ['verification.scheduled', 'verification.held', 'verification.notes'], (p) =>
      p.includes('notes') ? 'verification.notes' : p.includes('date') ? 'verification.held' : 'verification.scheduled',
    ).then(() => (this.problems.length === 0 ? this.openFirm(f.firm.partitaIva) : undefined));
  }

  private days(e: Event): Promise<void> {
    e.preventDefault();
    const t = this.t;
    const f = this.file;
    const days = Number((this.values['days.days'] ?? '').replace(',', '.'));
    const on = this.values['days.date'] ?? '';
    const activity = (this.values['days.activity'] ?? '').trim();
    const problems: Problem[] = [];
    if (!(days > 0)) problems.push({ field: 'days.days', message: t.required });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) problems.push({ field: 'days.date', message: t.required });
    if (!f?.firm.manager || problems.length > 0) return this.fail(problems);
    const event = { type: 'manager.days-logged', firm: f.firm.partitaIva, manager: f.firm.manager.id, days, date: on, ...(activity ? { activity } : {}) };
    return this.record([event], ['days.days', 'days.date', 'days.activity'], (p) => (p.includes('days') ? 'days.days' : p.includes('date') ? 'days.date' : 'days.activity'));
  }

  private recordAnalysis(e: Event): Promise<void> {
    e.preventDefault();
    const t = this.t;
    const f = this.file;
    const a = this.analysis;
    if (!f?.firm.manager || !a) return Promise.resolve();
    const problems: Problem[] = [];
    const areas: { area: string; score?: number; findings?: string }[] = [];
    for (const area of a.areas) {
      const raw = (this.values[`analysis.${area.id}.score`] ?? '').trim();
      const findings = (this.values[`analysis.${area.id}.findings`] ?? '').trim();
      // The scale is the rules' to judge (the server says a score off it at its field).
      const score = raw === '' ? undefined : Number(raw);
      if (score !== undefined || findings) areas.push({ area: area.id, ...(score !== undefined ? { score } : {}), ...(findings ? { findings } : {}) });
    }
    if (areas.length === 0) problems.push({ field: `analysis.${a.areas[0]!.id}.score`, message: t.required });
    if (problems.length > 0) return this.fail(problems);
    const fields = a.areas.flatMap((x) => [`analysis.${x.id}.score`, `analysis.${x.id}.findings`]);
    return this.record([{ type: 'analysis.recorded', firm: f.firm.partitaIva, manager: f.firm.manager.id, areas }], fields, (p) => {
      const j = p.indexOf('areas');
      const sent = j >= 0 ? areas[Number(p[j + 1])] : undefined;
      return sent ? `analysis.${sent.area}.${p.includes('findings') ? 'findings' : 'score'}` : `analysis.${a.areas[0]!.id}.score`;
    });
  }

  /** The step form chosen; its fields' keys are `s.` and their path in the event. */
  private stepForm(): DeskForm | undefined {
    return this.forms.find((f) => f.type === this.values['step.type']);
  }

  /** How many items a list has now (at least its minimum). */
  private count(key: string, f: DeskField & { kind: 'list' }): number {
    const n = Number(this.values[`#${key}`] ?? NaN);
    return Number.isInteger(n) ? n : Math.max(f.min, f.required ? 1 : 0);
  }

  /** Removes item `i` of a list: the later items move up, with what was typed in them. */
  private removeItem(key: string, f: DeskField & { kind: 'list' }, i: number): void {
    const n = this.count(key, f);
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.values)) {
      const m = k.startsWith(`${key}.`) ? /^(\d+)(.*)$/.exec(k.slice(key.length + 1)) : null;
      if (!m) values[k] = v;
      else if (Number(m[1]) < i) values[k] = v;
      else if (Number(m[1]) > i) values[`${key}.${Number(m[1]) - 1}${m[2]}`] = v;
    }
    values[`#${key}`] = String(n - 1);
    this.values = values;
    this.requestUpdate();
  }

  private async addItem(key: string, f: DeskField & { kind: 'list' }): Promise<void> {
    const n = this.count(key, f);
    this.setValue(`#${key}`, String(n + 1));
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-item="${key}.${n}"] :is(input, select, textarea)`)?.focus();
  }

  /** The value a field sends: numbers and euros read as people type them (else the text, for the rules to name). */
  private stepValue(f: DeskField, key: string): unknown {
    const raw = this.values[key] ?? '';
    switch (f.kind) {
      case 'group': {
        const entries = f.fields.map((x) => [x.name, this.stepValue(x, `${key}.${x.name}`)] as const).filter(([, v]) => v !== undefined);
        return entries.length > 0 || f.required ? Object.fromEntries(entries) : undefined;
      }
      case 'list': {
        const n = this.count(key, f);
        if (n === 0 && !f.required) return undefined;
        return Array.from({ length: n }, (_, i) => this.stepValue(f.item, `${key}.${i}`) ?? (f.item.kind === 'group' ? {} : ''));
      }
      case 'variants': {
        const kind = this.values[`${key}.kind`];
        if (!kind) return f.required ? {} : undefined;
        const fields = f.variants[kind] ?? [];
        return { kind, ...Object.fromEntries(fields.map((x) => [x.name, this.stepValue(x, `${key}.${x.name}`)] as const).filter(([, v]) => v !== undefined)) };
      }
      case 'check':
        return raw === 'true' ? true : f.required ? false : undefined;
      case 'choice':
        return raw === '' ? undefined : f.multiple ? raw.split(',') : raw;
      case 'number':
        return raw.trim() === '' ? undefined : (readNumber(raw) ?? raw.trim());
      case 'money':
        return raw.trim() === '' ? undefined : (readEuros(raw) ?? raw.trim());
      default:
        return raw.trim() === '' ? undefined : raw.trim();
    }
  }

  /** The rendered field nearest to a refusal's path (the field itself, else the group or list that holds it). */
  private stepFieldOf(path: unknown[]): string | undefined {
    const at = path.slice(path[0] === 'events' ? 2 : 0).map(String);
    for (let n = at.length; n > 0; n--) {
      const key = `s.${at.slice(0, n).join('.')}`;
      if (this.labels.has(key)) return key;
      if (this.labels.has(`${key}.kind`)) return `${key}.kind`;
    }
    return undefined;
  }

  private sendStep(e: Event): Promise<void> {
    e.preventDefault();
    const form = this.stepForm();
    if (!form) return this.fail([{ field: 'step.type', message: this.t.required }]);
    const event: Record<string, unknown> = { type: form.type };
    for (const f of form.fields) {
      const v = this.stepValue(f, `s.${f.name}`);
      if (v !== undefined) event[f.name] = v;
    }
    // What stays for the next step: the firm, the collaboration or aggregation, and the step chosen.
    const keep = new Set(['s.firm', 's.collaboration', 's.aggregation']);
    const fields = Object.keys(this.values).filter((k) => (k.startsWith('s.') || k.startsWith('#s.')) && !keep.has(k));
    return this.record([event], fields, (p) => this.stepFieldOf(p));
  }

  /** A group, list or set of check boxes: a fieldset whose legend the summary can focus. */
  private group(key: string, label: string, body: TemplateResult, item?: string): TemplateResult {
    const id = this.fieldId(key);
    const error = this.errorOf(key);
    this.labels.set(key, label);
    return html`<fieldset data-item=${item ?? nothing} aria-describedby=${error ? `${id}-error` : nothing}>
      <legend id=${id} tabindex="-1">${label}</legend>
      ${error ? html`<span part="error" class="error" id="${id}-error">${error}</span>` : nothing}
      ${body}
    </fieldset>`;
  }

  /** A field of a step form, drawn from its description. */
  private stepField(f: DeskField, key: string, label = f.label): TemplateResult {
    const t = this.t;
    const shown = f.required || f.kind === 'group' || f.kind === 'list' ? label : `${label} (${t.optional})`;
    switch (f.kind) {
      case 'group':
        return this.group(key, shown, html`${f.fields.map((x) => this.stepField(x, `${key}.${x.name}`))}`);
      case 'list': {
        const n = this.count(key, f);
        const fixed = f.max !== undefined && f.min === f.max;
        return this.group(
          key,
          shown,
          html`${Array.from({ length: n }, (_, i) => {
            const itemKey = `${key}.${i}`;
            const itemLabel = t.item(f.item.label, i + 1);
            const remove =
              !fixed && n > f.min
                ? html`<div><button type="button" class="secondary" @click=${() => this.removeItem(key, f, i)}><span class="label">${t.remove(f.item.label, i + 1)}</span></button></div>`
                : nothing;
            return f.item.kind === 'group'
              ? this.group(itemKey, itemLabel, html`${f.item.fields.map((x) => this.stepField(x, `${itemKey}.${x.name}`))}${remove}`, itemKey)
              : html`<div data-item=${itemKey}>${this.stepField(f.item, itemKey, itemLabel)}${remove}</div>`;
          })}
          ${fixed || (f.max !== undefined && n >= f.max)
            ? nothing
            : html`<div><button type="button" class="secondary" @click=${() => this.addItem(key, f)}><span class="label">${t.add(f.item.label)}</span></button></div>`}`,
        );
      }
      case 'variants': {
        const kind = this.values[`${key}.kind`] ?? '';
        return this.group(
          key,
          shown,
          html`${this.select(`${key}.kind`, `${label}: ${t.kind}`, this.lists[f.choices] ?? [])}
          ${(f.variants[kind] ?? []).map((x) => this.stepField(x, `${key}.${x.name}`))}`,
        );
      }
      case 'choice': {
        const choices = this.lists[f.choices] ?? [];
        if (!f.multiple) return this.select(key, shown, choices);
        const chosen = (this.values[key] ?? '').split(',').filter(Boolean);
        return this.group(
          key,
          shown,
          html`${choices.map(
            ([value, text]) => html`<label class="choice"><input type="checkbox" name=${key} value=${value} .checked=${chosen.includes(value)} @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              const now = (this.values[key] ?? '').split(',').filter((v) => v && v !== value);
              this.setValue(key, (on ? [...now, value] : now).join(','));
            }} />${text}</label>`,
          )}`,
        );
      }
      case 'check':
        this.labels.set(key, label);
        return html`<label class="choice"><input type="checkbox" id=${this.fieldId(key)} name=${key} .checked=${this.values[key] === 'true'} aria-invalid=${this.errorOf(key) ? 'true' : 'false'}
            aria-describedby=${this.errorOf(key) ? `${this.fieldId(key)}-error` : nothing} @change=${(e: Event) => this.setValue(key, String((e.target as HTMLInputElement).checked))} />${label}</label>
          ${this.errorOf(key) ? html`<span part="error" class="error" id="${this.fieldId(key)}-error">${this.errorOf(key)}</span>` : nothing}`;
      case 'date':
        return this.text(key, shown, { type: 'date', ...(key === 's.date' ? { hint: t.todayHint } : {}) });
      case 'number':
        return this.text(key, shown, { inputmode: 'decimal' });
      case 'money':
        return this.text(key, `${shown} (€)`, { inputmode: 'decimal', hint: t.eurosHint });
      case 'long':
        return this.text(key, shown, { area: true });
      default:
        return html`${this.text(key, shown, f.suggestions ? { list: `${this.fieldId(key)}-list` } : {})}
          ${f.suggestions
            ? html`<datalist id=${`${this.fieldId(key)}-list`}>${(this.lists[f.suggestions] ?? []).map(([value, text]) => html`<option value=${value}>${text}</option>`)}</datalist>`
            : nothing}`;
    }
  }

  private async openFirm(piva: string): Promise<void> {
    this.setValue('firm.piva', piva);
    this.file = undefined;
    if (!piva) return;
    const r = await this.call(`firms/${encodeURIComponent(piva)}?lang=${this.language}`);
    if (r?.status === 200) this.file = r.body as unknown as FirmFile;
    else if (r) await this.fail(this.problemsOf(r.body, () => 'firm.piva'));
  }

  private errorOf(field: string): string | undefined {
    return this.problems.find((p) => p.field === field)?.message;
  }

  private fieldId(field: string): string {
    return `d-${field.replace(/\W/g, '-')}`;
  }

  /** A labelled native control with its hint and its error. */
  private control(field: string, label: string, input: (attrs: { id: string; describedBy: string; invalid: boolean }) => TemplateResult, hint?: string): TemplateResult {
    const id = this.fieldId(field);
    const error = this.errorOf(field);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    this.labels.set(field, label);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${input({ id, describedBy, invalid: Boolean(error) })}
      ${error ? html`<span part="error" class="error" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  private text(field: string, label: string, options: { type?: string; hint?: string; autocomplete?: string; area?: boolean; inputmode?: string; list?: string } = {}): TemplateResult {
    return this.control(
      field,
      label,
      ({ id, describedBy, invalid }) =>
        options.area
          ? html`<textarea id=${id} name=${field} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} .value=${this.values[field] ?? ''} @input=${(e: Event) => this.setValue(field, (e.target as HTMLTextAreaElement).value)}></textarea>`
          : html`<input id=${id} name=${field} type=${options.type ?? 'text'} autocomplete=${options.autocomplete ?? 'off'} inputmode=${options.inputmode ?? nothing} list=${options.list ?? nothing} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} .value=${this.values[field] ?? ''} @input=${(e: Event) => this.setValue(field, (e.target as HTMLInputElement).value)} />`,
      options.hint,
    );
  }

  private select(field: string, label: string, options: [string, string][], onChange?: (value: string) => void): TemplateResult {
    return this.control(field, label, ({ id, describedBy, invalid }) =>
      html`<select id=${id} name=${field} aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'} @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        this.setValue(field, value);
        // A choice may change the form (a kind's fields, a step's form).
        this.requestUpdate();
        onChange?.(value);
      }}>
        <option value="" ?selected=${!this.values[field]}>${this.t.choose}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.values[field] === value}>${text}</option>`)}
      </select>`,
    );
  }

  private summary(): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    return html`<div class="summary" role="alert" tabindex="-1">
      <p>${this.t.summary(this.problems.length)}</p>
      <ul>
        ${this.problems.map((p) =>
          p.field
            ? html`<li><a href=${`#${this.fieldId(p.field)}`} @click=${(e: Event) => {
                e.preventDefault();
                this.renderRoot.querySelector<HTMLElement>(`#${this.fieldId(p.field!)}`)?.focus();
              }}>${this.labels.has(p.field) ? `${this.labels.get(p.field)}: ${p.message}` : p.message}</a></li>`
            : html`<li part="error">${p.message}</li>`,
        )}
      </ul>
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    if (this.phase === 'loading') return html`<p>${t.loading}</p>`;
    if (this.phase === 'signin' || !this.person) {
      return html`<section>
        <h2>${t.signInTitle}</h2>
        ${this.summary()}
        <form part="form" novalidate @submit=${this.signIn}>
          ${this.text('signin.email', t.email, { type: 'email', autocomplete: 'username' })}
          ${this.text('signin.password', t.password, { type: 'password', autocomplete: 'current-password' })}
          <div><button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}><span class="label">${t.signIn}</span></button></div>
        </form>
      </section>`;
    }
    const p = this.person;
    const views: View[] = p.role === 'manager' ? ['firm', 'steps', 'measurements', 'report'] : p.role === 'auditor' ? ['queue', 'firm', 'report'] : ['queue', 'firm', 'steps', 'measurements', 'report'];
    return html`<section>
      <header>
        <h2>${t.title}</h2>
        <p>${t.signedInAs(p.name, t.roles[p.role] ?? p.role)} <button type="button" class="secondary" @click=${this.signOut}><span class="label">${t.signOut}</span></button></p>
      </header>
      <nav aria-label=${t.title}>
        ${views.map(
          (v) => html`<button type="button" aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => {
            this.view = v;
            this.problems = [];
            this.said = '';
          }}><span class="label">${t.views[v]}</span></button>`,
        )}
      </nav>
      <p class="status" role="status">${this.said}</p>
      ${this.summary()}
      ${this.view === 'queue' ? this.renderQueue() : this.view === 'firm' ? this.renderFirm() : this.view === 'steps' ? this.renderSteps() : this.view === 'measurements' ? this.renderMeasurements() : this.renderReport()}
    </section>`;
  }

  private renderQueue(): TemplateResult {
    const t = this.t;
    const q = this.queue;
    const officer = this.person?.role === 'officer';
    const claims = [...(q?.unconfirmed ?? []), ...(q?.contested ?? [])];
    return html`<h3>${t.queueTitle}</h3>
      ${!q || q.pending.length === 0
        ? html`<p>${t.noPending}</p>`
        : q.pending.map(
            (a) => html`<article class="card">
              <h4>${a.reference}: <bdi>${a.name}</bdi></h4>
              <dl>
                <dt>${t.columns.firm}</dt><dd>${a.partitaIva}</dd>
                <dt>${t.columns.appliedOn}</dt><dd>${a.appliedOn}</dd>
                <dt>${t.columns.status}</dt><dd>${t.statuses[a.status] ?? a.status}</dd>
                <dt>${t.columns.outcome}</dt><dd>${a.outcome ? t.outcomes[a.outcome] : '—'}${a.waitlistPosition ? `, ${t.waitlistPlace(a.waitlistPosition)}` : ''}</dd>
              </dl>
              ${a.reasons.length > 0 ? html`<ul>${a.reasons.map((r) => html`<li>${r.message}</li>`)}</ul>` : nothing}
            </article>`,
          )}
      ${officer && q && q.pending.length > 0
        ? html`<h3>${t.decisionTitle}</h3>
            <form part="form" novalidate @submit=${this.decide}>
              ${this.select('decision.application', t.application, q.pending.map((a) => [a.partitaIva, `${a.reference}: ${a.name}`]))}
              <fieldset aria-describedby=${this.errorOf('decision.decision') ? `${this.fieldId('decision.decision')}-error` : nothing}>
                <legend id=${this.fieldId('decision.decision')} tabindex="-1">${(this.labels.set('decision.decision', t.decision), t.decision)}</legend>
                ${(['accept', 'waitlist', 'reject'] as const).map(
                  (d) => html`<label class="choice"><input type="radio" name="decision.decision" value=${d} .checked=${this.values['decision.decision'] === d} @change=${() => this.setValue('decision.decision', d)} />${d === 'waitlist' ? t.waitlist : d === 'accept' ? t.accept : t.reject}</label>`,
                )}
                ${this.errorOf('decision.decision') ? html`<span part="error" class="error" id="${this.fieldId('decision.decision')}-error">${this.errorOf('decision.decision')}</span>` : nothing}
              </fieldset>
              ${this.text('decision.reason', t.reason, { area: true, hint: t.reasonHint })}
              ${this.text('decision.waives', t.waives, { hint: t.waivesHint })}
              <div><button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}><span class="label">${t.record}</span></button></div>
            </form>`
        : nothing}
      ${claims.length > 0
        ? html`<h3>${t.claimsTitle}</h3>
            <ul>
              ${(q?.unconfirmed ?? []).map((c) => html`<li>${t.unconfirmed(c.reference, c.name, c.linkUntil ?? '')}</li>`)}
              ${(q?.contested ?? []).map((c) => html`<li>${t.contested(c.reference, c.name, c.heldBy ?? '')}</li>`)}
            </ul>
            ${officer
              ? html`<h3>${t.confirmTitle}</h3>
                  <form part="form" novalidate @submit=${this.confirmClaim}>
                    ${this.select('claim.application', t.claim, claims.map((c) => [c.application, `${c.reference}: ${c.name}`]))}
                    ${this.text('claim.how', t.how, { hint: t.howHint })}
                    <div><button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}><span class="label">${t.confirm}</span></button></div>
                  </form>`
              : nothing}`
        : nothing}`;
  }

  private renderFirm(): TemplateResult {
    const t = this.t;
    const f = this.file;
    return html`<h3>${t.firmTitle}</h3>
      <form part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
        ${this.select('firm.piva', t.firm, this.firms.map((x) => [x.partitaIva, `${x.name} (${x.partitaIva})`]), (v) => void this.openFirm(v))}
      </form>
      ${f
        ? html`<article class="card">
            <h4><bdi>${f.firm.name}</bdi> (${f.firm.partitaIva})</h4>
            <dl>
              <dt>${t.columns.status}</dt><dd>${t.statuses[f.firm.status] ?? f.firm.status}</dd>
              <dt>${t.phasePath}</dt><dd>${f.firm.history.map((h) => `${h.phase} (${h.date})`).join(' → ')}</dd>
            </dl>
          </article>
          ${this.person?.role !== 'auditor' && f.firm.verifications.some((v) => v.status !== 'held')
            ? html`<h3>${t.verificationTitle}</h3>
                <form part="form" novalidate @submit=${this.verification}>
                  ${this.select(
                    'verification.scheduled',
                    t.scheduled,
                    f.firm.verifications.filter((v) => v.status !== 'held').map((v) => [v.scheduled, `${v.scheduled} (${t.verificationStatuses[v.status] ?? v.status})`]),
                  )}
                  ${this.text('verification.held', t.heldOn, { type: 'date' })}
                  ${this.text('verification.notes', t.notes, { area: true })}
                  <div><button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}><span class="label">${t.recordVerification}</span></button></div>
                </form>`
            : nothing}
          ${this.person?.role !== 'auditor' && f.firm.manager
            ? html`<h3>${t.daysTitle(f.firm.manager.name)}</h3>
                <form part="form" novalidate @submit=${this.days}>
                  ${this.text('days.days', t.daysWorked, { hint: t.daysHint })}
                  ${this.text('days.date', t.daysOn, { type: 'date' })}
                  ${this.text('days.activity', t.activity)}
                  <div><button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}><span class="label">${t.recordDays}</span></button></div>
                </form>`
            : nothing}
          ${this.person?.role !== 'auditor' && f.firm.manager && this.analysis
            ? html`<h3>${t.analysisTitle}</h3>
                <form part="form" novalidate @submit=${this.recordAnalysis}>
                  <p class="hint">${t.analysisHint(this.analysis.scale.min, this.analysis.scale.max)}</p>
                  ${this.analysis.areas.map(
                    (area) => html`<fieldset>
                      <legend>${area.label[this.language]}</legend>
                      ${this.text(`analysis.${area.id}.score`, `${t.score} (${area.label[this.language]})`, { type: 'number' })}
                      ${this.text(`analysis.${area.id}.findings`, `${t.findings} (${area.label[this.language]})`, { area: true })}
                    </fieldset>`,
                  )}
                  <div><button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}><span class="label">${t.recordAnalysis}</span></button></div>
                </form>`
            : nothing}
          <details>
            <summary>${t.events} (${f.events.length})</summary>
            <ol class="events">
              ${f.events.map((e) => html`<li>${e.date}: ${e.type} — <bdi>${e.author}</bdi></li>`)}
            </ol>
          </details>`
        : nothing}`;
  }

  private renderSteps(): TemplateResult {
    const t = this.t;
    const form = this.stepForm();
    return html`<h3>${t.stepsTitle}</h3>
      <p class="hint">${t.stepsHint}</p>
      <form part="form" novalidate @submit=${this.sendStep}>
        ${this.select('step.type', t.step, this.forms.map((f) => [f.type, f.title]), () => {
          this.problems = [];
          this.said = '';
        })}
        ${form ? html`${form.fields.map((f) => this.stepField(f, `s.${f.name}`))}
            <div><button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}><span class="label">${t.recordStep}</span></button></div>` : nothing}
      </form>`;
  }

  private renderMeasurements(): TemplateResult {
    const t = this.t;
    return html`<h3>${t.measurementsTitle}</h3>
      <form part="form" novalidate @submit=${this.sendTable}>
        ${this.text('measurements.table', t.table, { area: true, hint: t.tableHint })}
        ${this.control('measurements.file', t.file, ({ id, describedBy, invalid }) =>
          html`<input id=${id} name="measurements.file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : 'false'}
            @change=${(e: Event) => (this.upload = (e.target as HTMLInputElement).files?.[0])} />`,
        )}
        <div><button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}><span class="label">${t.send}</span></button></div>
      </form>`;
  }

  private renderReport(): TemplateResult {
    const t = this.t;
    const asOf = this.values['report.asOf'] ?? '';
    const firm = this.person?.role === 'manager' ? (this.values['firm.piva'] || this.person.firms?.[0] || '') : '';
    const q = (format: string) => this.url(`report?format=${format}&lang=${this.language}${asOf ? `&asOf=${asOf}` : ''}${firm ? `&firm=${firm}` : ''}`);
    return html`<h3>${t.reportTitle}</h3>
      <form part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
        ${this.text('report.asOf', t.asOf, { type: 'date' })}
        <div class="downloads">
          <a class="button" href=${q('xlsx')} download><span class="label">${t.download('xlsx')}</span></a>
          <a class="button" href=${q('md')} download><span class="label">${t.download('Markdown')}</span></a>
          <a class="button" href=${q('json')} download><span class="label">${t.download('JSON')}</span></a>
        </div>
      </form>`;
  }
}
