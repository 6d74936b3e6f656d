/**
 * Opens the enrolment form from the built CDN folder in a plain page with a
 * strict Content Security Policy (an iframe, as a CMS page would hold it),
 * and drives it as a firm would.
 */
import { sendKeys } from '@web/test-runner-commands';
import { until } from './until.js';
export { until };

export interface FormPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __violations: string[] };
  host: HTMLElement;
  root: ShadowRoot;
  session: string;
  errors: string[];
}


/** Opens a page holding the form; `endpoint` gets this page's session appended. */
export async function openForm(
  options: { page?: string; scenario?: string; delay?: number; width?: string; endpoint?: boolean; session?: string } = {},
): Promise<FormPage> {
  const frame = document.createElement('iframe');
  frame.style.width = options.width ?? '60em';
  frame.style.height = '40em';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = options.page ?? '/tests/browser/pages/form-strict.html';
  });
  const win = frame.contentWindow as FormPage['win'];
  const errors: string[] = [];
  const originalError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError(...args);
  };
  win.addEventListener('error', (e) => errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const host = win.document.querySelector('mechnet-enrolment-form') as HTMLElement;
  const session = options.session ?? crypto.randomUUID();
  if (options.endpoint !== false) {
    const q = new URLSearchParams({ session, scenario: options.scenario ?? 'ok', ...(options.delay ? { delay: String(options.delay) } : {}) });
    host.setAttribute('endpoint', `/test-api/enrolments?${q}`);
  }
  const root = await until(() => host.shadowRoot, 'the shadow root');
  await until(() => root.querySelector('form'), 'the form');
  return { frame, win, host, root, session, errors };
}

/** Reloads the page in its frame, as the firm's browser would, and finds the form again (once it shows `ready`). */
export async function reloadForm(page: FormPage, ready = 'form'): Promise<FormPage> {
  await new Promise<void>((resolve) => {
    page.frame.addEventListener('load', () => resolve(), { once: true });
    page.win.location.reload();
  });
  const win = page.frame.contentWindow as FormPage['win'];
  const host = win.document.querySelector('mechnet-enrolment-form') as HTMLElement;
  const root = await until(() => host.shadowRoot, 'the shadow root');
  await until(() => root.querySelector(ready), ready);
  return { ...page, win, host, root, errors: [] };
}

/** The control of a field, by its name (a choice: by name and value). */
export function control(page: FormPage, name: string, value?: string): HTMLInputElement {
  const sel = value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`;
  const el = page.root.querySelector<HTMLInputElement>(sel);
  if (!el) throw new Error(`no control ${sel}`);
  return el;
}

/** Types into a field as a script would (input, then change on leaving it). */
export async function setField(page: FormPage, name: string, value: string): Promise<void> {
  const el = control(page, name);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(page);
}

/** Ticks or unticks a checkbox. */
export async function setCheck(page: FormPage, name: string, checked: boolean, value?: string): Promise<void> {
  const el = control(page, name, value);
  if (el.checked !== checked) el.click();
  await settle(page);
}

/** Lets the element render. */
export async function settle(page: FormPage): Promise<void> {
  await (page.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 0));
}

/** A firm the MechNet rules accept (the first firm of the sample record), as typed in the form. */
export const BOSSI: [string, string][] = [
  ['firm.name', 'Officina Meccanica Bossi S.r.l.'],
  ['firm.legalForm', 'srl'],
  ['firm.partitaIva', '02184730121'],
  ['firm.codiceFiscale', '02184730121'],
  ['firm.ateco', '25.62.00'],
  ['firm.address.street', "Via dell'Artigianato 14"],
  ['firm.address.postalCode', '21013'],
  ['firm.address.municipality', 'Gallarate'],
  ['firm.address.province', 'VA'],
  ['firm.staff', '12'],
  ['firm.turnoverCents', '981.300,00'],
  ['firm.balanceSheetCents', '842000'],
  ['contact.name', 'Mario Bossi'],
  ['contact.role', 'Amministratore unico'],
  ['contact.email', 'mario.bossi@officinabossi.example'],
  ['contact.phone', '0331 781245'],
];

/** Fills the form with {@link BOSSI} and two interests. */
export async function fillValid(page: FormPage): Promise<void> {
  for (const [name, value] of BOSSI) await setField(page, name, value);
  await setCheck(page, 'interests.kinds', true, 'purchasing');
  await setCheck(page, 'interests.kinds', true, 'machines');
  await setCheck(page, 'interests.aggregation', true);
}

/** What the stand-in server received in this page's session. */
export async function received(page: FormPage): Promise<{ key: string; contentType: string; body: string }[]> {
  const r = await fetch(`/test-api/requests?session=${page.session}`);
  return (await r.json()) as never;
}

/** The focused control inside the form. */
export function focused(page: FormPage): HTMLElement | null {
  return page.root.activeElement as HTMLElement | null;
}

/** Presses Tab until `match` holds for the focused control (at most `max` presses). */
export async function tabTo(page: FormPage, match: (el: HTMLElement) => boolean, what: string, max = 6): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = focused(page);
    if (el && match(el)) return el;
  }
  throw new Error(`Tab did not reach ${what} in ${max} presses (at ${focused(page)?.getAttribute('name') ?? focused(page)?.textContent})`);
}

/** The texts of the error summary's links. */
export function summaryItems(page: FormPage): string[] {
  return [...page.root.querySelectorAll('[part~="summary"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

/** The inline error of a field, as its control points to it. */
export function inlineError(page: FormPage, name: string, value?: string): string | undefined {
  const el = control(page, name, value);
  const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  const err = ids.map((id) => page.root.getElementById(id)).find(Boolean);
  return err?.textContent?.trim();
}
