/** The network contract (contratto di rete) checklist and deed forms (rule-book §9). */
import * as z from 'zod/mini';
import { NetworkContractDraftSchema, type NetworkContractDraft } from '../collaboration/schema.js';
import { stateOf, viewInput } from '../lifecycle/state.js';
import { ensure, refuse, typeName } from '../model/guard.js';
import { IsoDate } from '../model/schemas.js';

const ChecklistOptionsSchema = z.object({ commonBody: z.optional(z.boolean()) });
import type { ProgrammeRecord } from '../record/schema.js';

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

/** The deed forms accepted on a date. */
export type DeedForm = 'notarial' | 'authenticated' | 'digital-standard-form';

/**
 * The deed forms a network contract may take on a date: a notarial deed or
 * an authenticated private deed always; the digitally signed standard form
 * since 2015, for networks without legal personality.
 *
 * @example
 * ```ts
 * deedForms('2012-03-05', false); // ['notarial', 'authenticated']
 * deedForms('2016-01-01', false); // ['notarial', 'authenticated', 'digital-standard-form']
 * ```
 */
export function deedForms(date: string, legalPersonality: boolean): DeedForm[] {
  date = ensure(IsoDate, date, ['date']);
  if (typeof legalPersonality !== 'boolean') {
    refuse('invalid_type', ['legalPersonality'], { expected: 'boolean', received: typeName(legalPersonality) });
  }
  const forms: DeedForm[] = ['notarial', 'authenticated'];
  if (!legalPersonality && date >= '2015-01-01') forms.push('digital-standard-form');
  return forms;
}

/**
 * Checks a draft network contract against items (a) to (f): participants;
 * strategic objectives with the way to measure progress, linked to plan
 * indicators (each named indicator must be in that firm's approved plan);
 * the network programme; duration and rules for joining; the common body
 * (only if the network has one); decision rules. `complete` when every
 * required item is there.
 *
 * @example
 * ```ts
 * const c = networkContractChecklist(record, draft, '2012-02-01');
 * c.complete; // false
 * c.entries.filter((e) => !e.present).map((e) => e.letter); // ['f']
 * ```
 */
export function networkContractChecklist(
  record: ProgrammeRecord,
  draft: NetworkContractDraft,
  asOf?: string,
  options: { commonBody?: boolean } = {},
): { complete: boolean; entries: ChecklistEntry[] } {
  ({ record, asOf } = viewInput(record, asOf));
  draft = ensure(NetworkContractDraftSchema, draft, ['draft']);
  options = ensure(ChecklistOptionsSchema, options ?? {}, ['options']);
  const state = stateOf(record, asOf);
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
    { item: 'common-body', letter: 'e', required: options.commonBody === true, present: text(draft.commonBody) },
    { item: 'decision-rules', letter: 'f', required: true, present: text(draft.decisionRules) },
  ];
  return { complete: entries.every((e) => e.present || !e.required), entries };
}
