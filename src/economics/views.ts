/** Economic advantage per firm and for the programme (rule-book §10). */
import { viewOf, type ViewOptions } from '../lifecycle/state.js';
import type { ProgrammeFold } from '../record/state.js';
import type { ProgrammeRecord } from '../record/schema.js';
import { COLLABORATION_KINDS, type CollaborationKind } from '../model/schemas.js';
import { collaborationSavings } from './savings.js';
import { guarded } from '../model/guard.js';

/** Money by kind of advantage. */
export interface AdvantageAmounts {
  hardCents: number;
  avoidanceCents: number;
  gainCents: number;
}

/** A firm's economic advantage. */
export interface FirmAdvantage {
  firm: string;
  name: string;
  /** Realised figures by collaboration kind. */
  byKind: Record<CollaborationKind, AdvantageAmounts>;
  /** Realised totals. */
  realised: AdvantageAmounts;
  /** Negotiated figures (agreed terms and figures not yet realised), kept apart. */
  negotiated: AdvantageAmounts;
  /** The firm's own cost of taking part in the programme: the fee it paid (the definition's `money.firmContributionCents`). */
  programmeCostCents: number;
  /** Realised hard savings and gains, less the firm's own programme cost (its fee). Cost avoidance is not counted in. */
  netCents: number;
}

/** The programme's economic advantage on a date. */
export interface ProgrammeAdvantage {
  asOf: string;
  firms: FirmAdvantage[];
  byKind: Record<CollaborationKind, AdvantageAmounts>;
  realised: AdvantageAmounts;
  negotiated: AdvantageAmounts;
  /**
   * Sum of the firms' net advantage: their savings and gains less their own
   * programme costs (the fees they paid, {@link ProgrammeAdvantage.firmsCostCents}).
   * The public contribution is not subtracted: {@link ProgrammeAdvantage.netPerPublicEuro}
   * sets the two side by side.
   */
  netCents: number;
  /** What the firms paid to take part, together: the sum of their own programme costs, the costs the net advantage subtracts. */
  firmsCostCents: number;
  /** The programme's whole cost (the definition's `money.costCents`), public contribution and firms' fees together. */
  programmeCostCents: number;
  /** The public contribution (the definition's `money.publicFundingCents`). */
  publicFundingCents: number;
  /** The ratio of the net advantage to the public contribution: net advantage per euro of public money (undefined without public funding). */
  netPerPublicEuro?: number;
}

const KINDS: readonly CollaborationKind[] = COLLABORATION_KINDS;
const zero = (): AdvantageAmounts => ({ hardCents: 0, avoidanceCents: 0, gainCents: 0 });
const byKindZero = () => Object.fromEntries(KINDS.map((k) => [k, zero()])) as Record<CollaborationKind, AdvantageAmounts>;
const add = (to: AdvantageAmounts, s: AdvantageAmounts) => {
  to.hardCents += s.hardCents;
  to.avoidanceCents += s.avoidanceCents;
  to.gainCents += s.gainCents;
};

/**
 * The economic advantage of every firm on a date, from the figures of its
 * collaborations recorded up to then (the terms agreed and the figures of each
 * period): hard savings, cost avoidance and gains by kind, realised and
 * negotiated apart, the firm's own programme cost (its fee) and its net
 * advantage (savings and gains less that fee); and the programme's totals:
 * the firms' net advantage, the fees they paid, the programme's whole cost,
 * the public contribution and the ratio of the net advantage to it (rule-book
 * §10). Figures of several periods add up.
 *
 * A record made by {@link parseRecord} or {@link applyEvent} is used as it
 * is; any other value is checked with {@link parseRecord} first, so a wrong
 * record fails with its {@link MechnetError} (`invalid_record`), like
 * parsing it would.
 *
 * @throws {@link MechnetError} (`invalid_record`, or `invalid_input` with
 * issue `invalid_date` at path `['asOf']` for a date that is not an existing
 * `YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * const a = economicAdvantage(record, { asOf: '2011-12-31' });
 * a.realised.hardCents;  // hard savings of every firm, in cents
 * a.netCents;           // the firms' savings and gains less the fees they paid
 * a.netPerPublicEuro;    // e.g. 0.63: 0.63 euros of net advantage to the firms per euro of public money
 * ```
 */
export function economicAdvantage(record: ProgrammeRecord, options?: ViewOptions): ProgrammeAdvantage {
  return guarded(options, () => {
    const v = viewOf(record, options);
    return advantageOf(v.state, v.date);
  });
}

/** The economic advantage of a state on a date. */
export function advantageOf(state: ProgrammeFold, date: string): ProgrammeAdvantage {
  const money = state.definition.money;
  const firms = new Map<string, FirmAdvantage>();
  const firmOf = (id: string): FirmAdvantage => {
    let f = firms.get(id);
    if (!f) {
      const acc = state.firms.get(id);
      f = {
        firm: id,
        name: acc?.firm.name ?? id,
        byKind: byKindZero(),
        realised: zero(),
        negotiated: zero(),
        programmeCostCents: money.firmContributionCents,
        netCents: 0,
      };
      firms.set(id, f);
    }
    return f;
  };
  // Every firm that took part pays its contribution, with or without savings.
  for (const f of state.firms.values()) if (f.acceptedOn !== undefined) firmOf(f.partitaIva);
  for (const c of state.collaborations.values()) {
    // The terms agreed (usually negotiated figures), then the figures of each period.
    const all = [...(c.terms ? [c.terms] : []), ...c.figures.map((e) => e.figures)];
    for (const figures of all) {
      for (const s of collaborationSavings(figures)) {
        const f = firmOf(s.firm);
        if (figures.basis === 'realised') {
          add(f.realised, s);
          add(f.byKind[s.kind], s);
        } else add(f.negotiated, s);
      }
    }
  }
  const list = [...firms.values()];
  for (const f of list) f.netCents = f.realised.hardCents + f.realised.gainCents - f.programmeCostCents;
  const total = {
    byKind: byKindZero(),
    realised: zero(),
    negotiated: zero(),
  };
  for (const f of list) {
    add(total.realised, f.realised);
    add(total.negotiated, f.negotiated);
    for (const k of KINDS) add(total.byKind[k], f.byKind[k]);
  }
  const netCents = list.reduce((s, f) => s + f.netCents, 0);
  return {
    asOf: date,
    firms: list,
    ...total,
    netCents,
    firmsCostCents: list.reduce((s, f) => s + f.programmeCostCents, 0),
    programmeCostCents: money.costCents,
    publicFundingCents: money.publicFundingCents,
    ...(money.publicFundingCents > 0 ? { netPerPublicEuro: netCents / money.publicFundingCents } : {}),
  };
}
