/** Views of the collaborations of a record (rule-book §8). */
import * as z from 'zod/mini';
import { viewOf, ViewOptionsSchema, type ViewOptions } from '../lifecycle/state.js';
import { figure } from '../model/schemas.js';
import type { ProgrammeRecord } from '../record/schema.js';
import type { CollaborationStatus } from '../record/state.js';
import type { CollaborationKind } from '../model/schemas.js';
import { opportunitiesOf, type MatchingOptions, type Opportunity } from './matching.js';
import { guarded } from '../model/guard.js';

/** A collaboration as it stands on a date. */
export interface CollaborationState {
  id: string;
  kind: string;
  title: string;
  firms: string[];
  lead?: string;
  status: CollaborationStatus;
  /** Date of the last change of status. */
  since: string;
  estimatedAnnualAdvantageCents?: number;
  /** How many periods have figures. */
  periods: number;
}

/**
 * The collaborations of a record on a date, with their status (proposed,
 * agreed, running, ended).
 *
 * @example
 * ```ts
 * collaborationStates(record, { asOf: '2011-06-30' }).filter((c) => c.status === 'running').map((c) => c.title);
 * ```
 */
export function collaborationStates(record: ProgrammeRecord, options?: ViewOptions): CollaborationState[] {
  return guarded(options, () => {
    return [...viewOf(record, options).state.collaborations.values()].map((c) => ({
      id: c.proposal.id,
      kind: c.proposal.kind,
      title: c.proposal.title,
      firms: [...c.proposal.firms],
      ...(c.proposal.lead ? { lead: c.proposal.lead } : {}),
      status: c.status,
      since: c.since,
      ...(c.proposal.estimatedAnnualAdvantageCents !== undefined ? { estimatedAnnualAdvantageCents: c.proposal.estimatedAnnualAdvantageCents } : {}),
      periods: c.figures.length,
    }));
  });
}

/** Options of {@link matchOpportunities}. */
export type MatchOptions = ViewOptions & MatchingOptions;

const MatchOptionsSchema = z.extend(ViewOptionsSchema, { purchasingDiscount: z.optional(figure({ min: 0, max: 1 })) });

/**
 * Proposes opportunities from the offers and needs the firms taking part
 * declared by a date: firms buying in the same category (estimated at the
 * assumed discount on their spend, default 5 %), an offered machine type with
 * spare hours against needed hours, a service or a brand several firms need,
 * and workers with a skill against needed hours. Largest advantage first.
 *
 * @example
 * ```ts
 * matchOpportunities(record, { asOf: '2010-12-31' }).map((o) => `${o.kind} ${o.subject}: ${o.firms.length} firms`);
 * ```
 */
export function matchOpportunities(record: ProgrammeRecord, options?: MatchOptions): Opportunity[] {
  return guarded(options, () => {
    const v = viewOf(record, options, MatchOptionsSchema);
    return opportunitiesOf(v.state, v.options);
  });
}

/** Who works with whom on a date: per firm, how many collaborations of each kind it is in. */
export interface CollaborationMatrix {
  /** The kinds of collaboration the programme offers, in its order (the columns). */
  kinds: CollaborationKind[];
  /** Every firm of the record, in order of application (the rows). */
  firms: { firm: string; counts: Record<CollaborationKind, number> }[];
}

/**
 * Who works with whom on a date: for every firm (in order of application),
 * how many collaborations of each kind the programme offers it is a member
 * of, whatever their status (proposed, agreed, running or ended).
 *
 * @example
 * ```ts
 * const m = collaborationMatrix(record, { asOf: '2011-12-31' });
 * m.firms[0].counts.purchasing; // collaborations for collective purchasing the first firm is in
 * ```
 */
export function collaborationMatrix(record: ProgrammeRecord, options?: ViewOptions): CollaborationMatrix {
  return guarded(options, () => {
    const { state } = viewOf(record, options);
    const kinds = [...state.definition.collaboration.kinds];
    const collaborations = [...state.collaborations.values()].map((c) => c.proposal);
    return {
      kinds,
      firms: [...state.firms.values()]
        .sort((a, b) => a.order - b.order)
        .map((f) => ({
          firm: f.partitaIva,
          counts: Object.fromEntries(kinds.map((k) => [k, collaborations.filter((c) => c.kind === k && c.firms.includes(f.partitaIva)).length])) as Record<CollaborationKind, number>,
        })),
    };
  });
}
