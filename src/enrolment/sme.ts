/** EU SME size classes (Commission Recommendation 2003/361/EC). */
import * as z from 'zod/mini';
import { SmeSize as SmeSizeSchema, type SmeSize } from '../model/schemas.js';
import { ensure, guarded } from '../model/guard.js';
import { Cents, figure } from '../model/schemas.js';

const figuresShape = { staff: figure({ min: 0, max: 1_000_000 }), turnoverCents: Cents, balanceSheetCents: Cents };
const FiguresArg = z.object(figuresShape);
const OptionsArg = z.object({
  partners: z.optional(z.array(z.object({ ...figuresShape, share: figure({ min: 0, max: 1 }) }))),
  linked: z.optional(z.array(FiguresArg)),
  publicShare: z.optional(figure({ min: 0, max: 1 })),
  previous: z.optional(z.object({ size: SmeSizeSchema, figures: FiguresArg })),
});

/** Figures of one accounting period. */
export interface SmeFigures {
  /** Staff in annual work units. */
  staff: number;
  turnoverCents: number;
  balanceSheetCents: number;
}

/** An enterprise whose figures count towards the firm's. */
export interface RelatedEnterprise extends SmeFigures {
  /** Share of capital or voting rights (the larger), from 0 to 1; partners count pro rata. */
  share: number;
}

/** Refinements of the classification. */
export interface SmeOptions {
  /** Partner enterprises (25-50 % held, either way): added pro rata to their share. */
  partners?: readonly RelatedEnterprise[];
  /** Linked enterprises (control): added in full. */
  linked?: readonly SmeFigures[];
  /** Share held by public bodies; 25 % or more means not an SME. */
  publicShare?: number;
  /**
   * The size the firm had so far and its figures of the previous period: a
   * size changes only when the thresholds are crossed in two consecutive
   * periods (Annex art. 4.2).
   */
  previous?: { size: SmeSize; figures: SmeFigures };
}

/** A size class and how it was found. */
export interface SmeClassification {
  size: SmeSize;
  /** The figures compared with the thresholds (partners and linked added). */
  figures: SmeFigures;
  /** The size the current figures alone would give. */
  sizeByFigures: SmeSize;
  /** Why the size is what it is. */
  basis: 'thresholds' | 'public-control' | 'two-periods';
}

/** The thresholds of the Recommendation, smallest class first. */
export const SME_THRESHOLDS: readonly {
  size: Exclude<SmeSize, 'large'>;
  staffBelow: number;
  maxTurnoverCents: number;
  maxBalanceSheetCents: number;
}[] = [
  { size: 'micro', staffBelow: 10, maxTurnoverCents: 200_000_000, maxBalanceSheetCents: 200_000_000 },
  { size: 'small', staffBelow: 50, maxTurnoverCents: 1_000_000_000, maxBalanceSheetCents: 1_000_000_000 },
  { size: 'medium', staffBelow: 250, maxTurnoverCents: 5_000_000_000, maxBalanceSheetCents: 4_300_000_000 },
];

const ORDER: readonly SmeSize[] = ['micro', 'small', 'medium', 'large'];

function bySize(f: SmeFigures): SmeSize {
  for (const t of SME_THRESHOLDS) {
    if (f.staff < t.staffBelow && (f.turnoverCents <= t.maxTurnoverCents || f.balanceSheetCents <= t.maxBalanceSheetCents)) {
      return t.size;
    }
  }
  return 'large';
}

function aggregate(own: SmeFigures, options: SmeOptions): SmeFigures {
  const sum = { ...own };
  for (const p of options.partners ?? []) {
    sum.staff += p.staff * p.share;
    sum.turnoverCents += Math.round(p.turnoverCents * p.share);
    sum.balanceSheetCents += Math.round(p.balanceSheetCents * p.share);
  }
  for (const l of options.linked ?? []) {
    sum.staff += l.staff;
    sum.turnoverCents += l.turnoverCents;
    sum.balanceSheetCents += l.balanceSheetCents;
  }
  return sum;
}

/**
 * Classifies a firm as micro, small, medium or large: staff below 10 / 50 /
 * 250 and turnover or balance-sheet total (either suffices) at most EUR 2M /
 * 10M / 50M turnover or 43M balance sheet. Partners add their figures pro
 * rata, linked enterprises in full; 25 % or more held by public bodies makes
 * a firm large; with `previous`, a size changes only after two consecutive
 * periods across a threshold.
 *
 * @example
 * ```ts
 * classifySme({ staff: 9, turnoverCents: 150_000_000, balanceSheetCents: 90_000_000 }).size;   // 'micro'
 * classifySme({ staff: 10, turnoverCents: 150_000_000, balanceSheetCents: 90_000_000 }).size;  // 'small'
 * // Turnover over 10M but balance sheet under: still small (either/or rule).
 * classifySme({ staff: 40, turnoverCents: 1_200_000_000, balanceSheetCents: 800_000_000 }).size; // 'small'
 * ```
 */
export function classifySme(figures: SmeFigures, options: SmeOptions = {}): SmeClassification {
  return guarded(options, () => smeClass(ensure(FiguresArg, figures, ['figures']), ensure(OptionsArg, options ?? {}, ['options'])));
}

/** {@link classifySme} on checked arguments. */
export function smeClass(figures: SmeFigures, options: SmeOptions = {}): SmeClassification {
  const total = aggregate(figures, options);
  const sizeByFigures = bySize(total);
  if ((options.publicShare ?? 0) >= 0.25) {
    return { size: 'large', figures: total, sizeByFigures, basis: 'public-control' };
  }
  const prev = options.previous;
  if (prev && sizeByFigures !== prev.size) {
    const before = bySize(aggregate(prev.figures, options));
    const established = ORDER.indexOf(prev.size);
    const now = ORDER.indexOf(sizeByFigures);
    const then = ORDER.indexOf(before);
    // Both periods on the same side of the established size: the size moves,
    // to the one both periods reached.
    if (now > established && then > established) {
      return { size: ORDER[Math.min(now, then)]!, figures: total, sizeByFigures, basis: 'two-periods' };
    }
    if (now < established && then < established) {
      return { size: ORDER[Math.max(now, then)]!, figures: total, sizeByFigures, basis: 'two-periods' };
    }
    return { size: prev.size, figures: total, sizeByFigures, basis: 'two-periods' };
  }
  return { size: sizeByFigures, figures: total, sizeByFigures, basis: 'thresholds' };
}
