/**
 * The rules of a network contract (rule-book §9, art. 3 c. 4-ter DL 5/2009):
 * what its draft must contain, the deed forms allowed on a date, and when a
 * network takes effect.
 */
import type { ProgrammeFold } from '../record/state.js';
import type { NetworkContractDraft } from './schema.js';

/** The items a network contract must contain (art. 3 c. 4-ter DL 5/2009). */
export type ChecklistItem = 'participants' | 'objectives' | 'programme' | 'duration' | 'decision-rules' | 'common-body';

/** One item of the checklist. */
export interface ChecklistEntry {
  item: ChecklistItem;
  /** The letter of the law: (a) to (f). */
  letter: 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
  present: boolean;
  /** Required in every contract (the common body only if there is one). */
  required: boolean;
  /** For (b): indicators named that are not in the firms' approved plans. */
  unknownIndicators?: { firm: string; indicator: string }[];
}

/** The answer of a network contract check: complete when every required item is there. */
export interface NetworkContractCheck {
  complete: boolean;
  entries: ChecklistEntry[];
}

/** The deed forms of a network contract. */
export type DeedForm = 'notarial' | 'authenticated' | 'digital-standard-form';

/** The day from which the digitally signed standard form may be used (networks without legal personality). */
export const DIGITAL_STANDARD_FORM_FROM = '2015-01-01';

/** {@link deedForms} on checked arguments. */
export function deedFormsOn(date: string, legalPersonality: boolean): DeedForm[] {
  const forms: DeedForm[] = ['notarial', 'authenticated'];
  if (!legalPersonality && date >= DIGITAL_STANDARD_FORM_FROM) forms.push('digital-standard-form');
  return forms;
}

/** Items (a) to (f) of a draft, against the plans of the programme's firms. */
export function contractChecklist(state: ProgrammeFold, draft: NetworkContractDraft, commonBody: boolean): NetworkContractCheck {
  const text = (s?: string) => s !== undefined && s.trim().length > 0;
  const unknown = (draft.objectives?.indicators ?? []).filter(
    (r) => !state.firms.get(r.firm)?.plan?.plan.objectives.some((o) => o.indicators.some((i) => i.id === r.indicator)),
  );
  const entries: ChecklistEntry[] = [
    { item: 'participants', letter: 'a', required: true, present: (draft.participants?.length ?? 0) >= 2 },
    {
      item: 'objectives',
      letter: 'b',
      required: true,
      present: text(draft.objectives?.text) && (draft.objectives?.indicators.length ?? 0) > 0 && unknown.length === 0,
      ...(unknown.length > 0 ? { unknownIndicators: unknown } : {}),
    },
    { item: 'programme', letter: 'c', required: true, present: text(draft.programme?.text) },
    {
      item: 'duration',
      letter: 'd',
      required: true,
      present: (draft.duration?.until !== undefined || draft.duration?.months !== undefined) && text(draft.joiningRules),
    },
    { item: 'common-body', letter: 'e', required: commonBody, present: text(draft.commonBody) },
    { item: 'decision-rules', letter: 'f', required: true, present: text(draft.decisionRules) },
  ];
  return { complete: entries.every((e) => e.present || !e.required), entries };
}

/**
 * When a network takes effect: a network without legal personality
 * (rete-contratto) once the last of its signatories has registered it in its
 * own entry of the companies register; one with legal personality
 * (rete-soggetto), or a registration that names no firm, at once.
 */
export function networkTakesEffect(
  aggregation: { legalPersonality?: boolean | undefined; signatories: readonly string[]; registeredBy: ReadonlySet<string> },
  registeredFirm: string | undefined,
): boolean {
  return aggregation.legalPersonality === true || registeredFirm === undefined || aggregation.signatories.every((s) => aggregation.registeredBy.has(s));
}
