/**
 * The desk's step forms: for each event an officer or a temporary manager
 * records from the browser, the fields to fill, read from the record's JSON
 * Schema (itself generated from the zod schemas the rules validate with, so
 * a form never asks for what the rules do not know), labelled in the
 * person's language, with the choices the record offers on the day (its
 * firms, managers, collaborations, aggregations, phases, kinds and areas).
 * The desk only draws them; the rules judge what is sent.
 */
import { enKindLabels, itKindLabels } from '../../collaboration/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { stateOf } from '../../lifecycle/state.js';
import { firmStates } from '../../lifecycle/views.js';
import type { ProgrammeRecord } from '../../record/schema.js';
import { jsonSchema } from '../../schema/json-schema.js';
import { fieldLabel, itemLabel, STEP_TITLES, valueLabel } from './form-words.js';

/** A value of a choice and its name. */
export type DeskChoice = [value: string, label: string];

/** The lists a form's choices name, once for all the forms (a programme's firms are many). */
export type DeskLists = Record<string, DeskChoice[]>;

/** What every field has: its name in the event, its label, whether the rules need it. */
export interface DeskFieldBase {
  name: string;
  label: string;
  required: boolean;
}

/**
 * A field of a step form. `text` may carry suggestions (the name of a list
 * the person may pick from or type past); `money` is typed in euros and
 * sent in cents; `choice` names its list, and with `multiple` is a set of
 * check boxes; `list` repeats its item
 * (at least `min`, at most `max`); `variants` asks for its `kind` first and
 * then shows that kind's fields.
 */
export type DeskField =
  | (DeskFieldBase & { kind: 'text' | 'long' | 'date' | 'number' | 'money' | 'check'; suggestions?: string })
  | (DeskFieldBase & { kind: 'choice'; choices: string; multiple?: boolean })
  | (DeskFieldBase & { kind: 'group'; fields: DeskField[] })
  | (DeskFieldBase & { kind: 'list'; min: number; max?: number; item: DeskField })
  | (DeskFieldBase & { kind: 'variants'; choices: string; variants: Record<string, DeskField[]> });

/** A step the person may record: the event's type, its title and its fields. */
export interface DeskForm {
  type: string;
  title: string;
  fields: DeskField[];
}

/** The steps the desk offers besides its own forms (decisions, verification, days, analysis, measurements). */
export const DESK_STEPS = [
  'plan.approved',
  'firm.figures-recorded',
  'offer.declared',
  'need.declared',
  'phase.advanced',
  'manager.registered',
  'manager.assigned',
  'manager.released',
  'collaboration.proposed',
  'collaboration.agreed',
  'collaboration.started',
  'collaboration.figures-recorded',
  'collaboration.ended',
  'aggregation.proposed',
  'aggregation.drafted',
  'aggregation.signed',
  'aggregation.registered',
  'firm.withdrawn',
] as const;

type Schema = {
  type?: string;
  const?: unknown;
  enum?: string[];
  format?: string;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema | false;
  prefixItems?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};

let events: Map<string, Schema> | undefined;

/** Each event's JSON Schema, by type (computed once). */
function eventSchemas(): Map<string, Schema> {
  if (!events) {
    const record = jsonSchema('record') as { properties: { events: { items: { oneOf: Schema[] } } } };
    events = new Map(record.properties.events.items.oneOf.map((s) => [String(s.properties!.type!.const), s]));
  }
  return events;
}

/** Fields written on several lines. */
const LONG = new Set(['note', 'description', 'reason', 'text', 'joiningRules', 'withdrawalRules', 'decisionRules', 'commonBody']);
/** What the desk fills itself: the event's type, id and author. */
const STAMPED = new Set(['type', 'id', 'author']);

/** What the record offers to choose from, on the day, and the lists of values of the schema's choices. */
interface Offered {
  lang: Lang;
  lists: DeskLists;
}

/** The name of the list of an enumeration's values (added to the lists the first time). */
function listOf(o: Offered, name: string, values: readonly string[]): string {
  const key = `${name}:${values.join(',')}`;
  o.lists[key] ??= values.map((v): DeskChoice => [v, valueLabel(name, v, o.lang)]);
  return key;
}

function fieldOf(s: Schema, path: string[], required: boolean, o: Offered): DeskField | undefined {
  const name = path[path.length - 1]!;
  const base = { name, label: fieldLabel(path, o.lang), required };
  const variants = s.oneOf ?? [];
  if (variants.length > 0 && variants.every((v) => v.properties?.kind?.const !== undefined)) {
    const kinds = variants.map((v) => String(v.properties!.kind!.const));
    const collaborationKinds = kinds.every((k) => k in itKindLabels);
    const choices = collaborationKinds ? 'kinds' : listOf(o, 'kind', kinds);
    return {
      ...base,
      kind: 'variants',
      choices,
      variants: Object.fromEntries(variants.map((v) => [String(v.properties!.kind!.const), fieldsOf(v, path, o, new Set(['kind']))])),
    };
  }
  if (s.anyOf && s.anyOf.length > 0) return fieldOf(s.anyOf[0]!, path, required, o);
  if (s.type === 'object' && s.properties) return { ...base, kind: 'group', fields: fieldsOf(s, path, o) };
  if (s.type === 'array') {
    const item = s.prefixItems?.[0] ?? (s.items || undefined);
    if (!item) return undefined;
    const choices = item.format === 'mechnet:partita-iva' ? 'firms' : name === 'areas' ? 'areas' : undefined;
    if (choices) return { ...base, kind: 'choice', choices, multiple: true };
    const inner = fieldOf(item, [...path, 'item'], true, o);
    if (!inner) return undefined;
    const fixed = s.prefixItems?.length;
    return { ...base, kind: 'list', min: fixed ?? s.minItems ?? 0, ...(fixed ?? s.maxItems ? { max: fixed ?? s.maxItems } : {}), item: { ...inner, label: itemLabel(name, o.lang) } };
  }
  if (s.const !== undefined) return undefined;
  if (s.enum) {
    const choices = name === 'phase' ? 'phases' : name === 'kind' && s.enum.every((k) => k in itKindLabels) ? 'kinds' : listOf(o, name, s.enum);
    return { ...base, kind: 'choice', choices };
  }
  if (s.type === 'boolean') return { ...base, kind: 'check' };
  if (s.type === 'number' || s.type === 'integer') return { ...base, kind: name.endsWith('Cents') ? 'money' : 'number' };
  if (s.format === 'date') return { ...base, kind: 'date' };
  if (s.format === 'mechnet:partita-iva') return { ...base, kind: 'choice', choices: 'firms' };
  if ((path.length === 1 || name === 'manager') && s.format === 'mechnet:id') {
    const choices = ({ manager: 'managers', collaboration: 'collaborations', aggregation: 'aggregations' } as Record<string, string>)[name];
    if (choices) return { ...base, kind: 'choice', choices };
  }
  if (name === 'category') return { ...base, kind: 'text', suggestions: 'categories' };
  return { ...base, kind: LONG.has(name) || (s.maxLength ?? 0) > 2000 ? 'long' : 'text' };
}

function fieldsOf(s: Schema, path: string[], o: Offered, skip: ReadonlySet<string> = new Set()): DeskField[] {
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).flatMap(([name, p]) => {
    if (skip.has(name)) return [];
    const f = fieldOf(p, [...path, name], required.has(name), o);
    return f ? [f] : [];
  });
}

/**
 * The step forms a person may fill, and the lists their choices name, with
 * what `record` offers on the day: its firms (a temporary manager's own
 * only), registered managers, collaborations, aggregations, the
 * definition's phases, kinds, analysis areas and purchase categories.
 * `may` says which event types the person's role records.
 *
 * @example
 * ```ts
 * const { forms, lists } = deskForms(record, { lang: 'en', firms: ['02184730121'], may: (type) => type === 'plan.approved' });
 * forms[0]!.title; // 'A strategic plan approved'
 * lists.firms;     // [['02184730121', 'Officina Meccanica Bossi S.r.l. (02184730121)']]
 * ```
 */
export function deskForms(
  record: ProgrammeRecord,
  options: { lang: Lang; firms?: readonly string[]; may: (type: string) => boolean },
): { forms: DeskForm[]; lists: DeskLists } {
  const { lang } = options;
  const state = stateOf(record);
  const d = state.definition;
  const kindLabels = lang === 'en' ? enKindLabels : itKindLabels;
  const o: Offered = {
    lang,
    lists: {
      firms: firmStates(record, { lang })
        .filter((f) => !options.firms || options.firms.includes(f.partitaIva))
        .map((f) => [f.partitaIva, `${f.name} (${f.partitaIva})`]),
      managers: [...state.managers.values()].map((m) => [m.id, m.name]),
      collaborations: [...state.collaborations.values()].map((c) => [c.proposal.id, `${c.proposal.title} (${c.proposal.id})`]),
      aggregations: [...state.aggregations.values()].map((a) => [a.proposal.id, `${a.proposal.name} (${a.proposal.id})`]),
      phases: d.phases.map((p) => [p.id, p.label[lang]]),
      kinds: d.collaboration.kinds.map((k) => [k, kindLabels[k]]),
      areas: d.analysis.areas.map((a) => [a.id, a.label[lang]]),
      categories: d.collaboration.purchaseCategories.map((c) => [c.id, c.label[lang]]),
    },
  };
  const schemas = eventSchemas();
  const forms = DESK_STEPS.filter((type) => options.may(type)).map((type) => ({
    type,
    title: STEP_TITLES[type]![lang],
    fields: fieldsOf(schemas.get(type)!, [], o, STAMPED).map((f) => (f.name === 'date' ? { ...f, required: false } : f)),
  }));
  return { forms, lists: o.lists };
}
