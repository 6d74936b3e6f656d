/** Views of the aggregations of a record (rule-book §9). */
import * as z from 'zod/mini';
import { viewOf, ViewOptionsSchema, type ViewOptions } from '../lifecycle/state.js';
import { ensure, guarded } from '../model/guard.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { AggregationStatus } from '../record/state.js';
import { contractChecklist, type NetworkContractCheck } from './rules.js';
import { NetworkContractDraftSchema, type NetworkContractDraft } from './schema.js';

/** An aggregation as it stands on a date. */
export interface AggregationState {
  id: string;
  form: string;
  name: string;
  legalPersonality: boolean;
  firms: string[];
  status: AggregationStatus;
  since: string;
  signatories: string[];
  /** Signatories that have registered it in their own entry of the companies register. */
  registeredBy: string[];
}

/**
 * The aggregations of a record on a date. A network contract without legal
 * personality is `registered` once the last signatory has registered it.
 *
 * @example
 * ```ts
 * aggregationStates(record, { asOf: '2012-03-31' })[0]?.status; // 'registered'
 * ```
 */
export function aggregationStates(record: ProgrammeRecord, options?: ViewOptions): AggregationState[] {
  return guarded(options, () => {
    return [...viewOf(record, options).state.aggregations.values()].map((a) => ({
      id: a.proposal.id,
      form: a.proposal.form,
      name: a.proposal.name,
      legalPersonality: a.proposal.legalPersonality === true,
      firms: [...a.proposal.firms],
      status: a.status,
      since: a.since,
      signatories: [...a.signatories],
      registeredBy: [...a.registeredBy],
    }));
  });
}

/** Options of {@link checkNetworkContract}. */
export interface NetworkContractOptions extends ViewOptions {
  /** Whether the network has a common body (then item (e) must describe it). */
  commonBody?: boolean;
}

const NetworkContractOptionsSchema = z.extend(ViewOptionsSchema, { commonBody: z.optional(z.boolean()) });

/**
 * Checks a draft network contract against items (a) to (f) of art. 3 c.
 * 4-ter DL 5/2009: participants; strategic objectives with the way to
 * measure progress, linked to plan indicators (each named indicator must be
 * in that firm's approved plan on the date); the network programme; duration
 * and rules for joining; the common body (only if the network has one);
 * decision rules. `complete` when every required item is there.
 *
 * @example
 * ```ts
 * const c = checkNetworkContract(record, draft, { asOf: '2012-02-01' });
 * c.complete; // false
 * c.entries.filter((e) => !e.present).map((e) => e.letter); // ['f']
 * ```
 */
export function checkNetworkContract(record: ProgrammeRecord, draft: NetworkContractDraft, options?: NetworkContractOptions): NetworkContractCheck {
  return guarded(options, () => {
    const v = viewOf(record, options, NetworkContractOptionsSchema);
    return contractChecklist(v.state, ensure(NetworkContractDraftSchema, draft, ['draft'], v.lang), v.options.commonBody === true);
  });
}
