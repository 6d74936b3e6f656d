/**
 * The periodic verification report (rule-book §11) as plain, typed data:
 * one function of the record and a date, for the whole programme or one firm.
 * Renderers turn it into Markdown, text, CSV or JSON.
 */
import { economicAdvantage, type FirmAdvantage, type ProgrammeAdvantage } from '../economics/views.js';
import { makeIssue } from '../errors/issue.js';
import { MechnetError } from '../errors/mechnet-error.js';
import type { Lang } from '../i18n/lang.js';
import { aggregationStates, type AggregationState } from '../aggregation/views.js';
import { collaborationStates, type CollaborationState } from '../collaboration/views.js';
import { countPassed, countPhases, firmStates, type PhaseCounts } from '../lifecycle/views.js';
import { overdueVerifications, type OverdueVerification } from '../verification/views.js';
import type { FirmPhase, EnrolmentStatus } from '../record/state.js';
import type { IndicatorStatus, StatusCounts } from '../plan/evaluate.js';
import { planStates } from '../plan/views.js';
import type { ProgrammeRecord } from '../record/schema.js';
import * as z from 'zod/mini';
import { viewOf } from '../lifecycle/state.js';
import { IsoDate, LangSchema } from '../model/schemas.js';

const ReportOptionsSchema = z.object({ asOf: IsoDate, lang: z.optional(LangSchema), firm: z.optional(z.string()) });
import { sideStateLabels } from './labels.js';
import { guarded } from '../model/guard.js';

/** Options of {@link programmeReport}. */
export interface ReportOptions {
  /** The date of the report, `YYYY-MM-DD`. */
  asOf: string;
  /** Language of the labels taken from the definition. Default `it`. */
  lang?: Lang;
  /** Partita IVA of one firm: the report for that firm only. */
  firm?: string;
}

/** A level of a scale indicator: its id and its label, as the plan gives them. */
export interface ReportLevel {
  id: string;
  label: string;
}

/** One indicator's line in the report. */
export interface ReportIndicator {
  objective: string;
  indicator: string;
  name: string;
  kind: string;
  unit?: string;
  /** Baseline and target values (for a scale, the levels' scores; for a milestone, 0 and 1). */
  baseline?: number;
  target?: number;
  band?: [number, number];
  /** For a scale: the baseline and target levels, with their labels. */
  baselineLevel?: ReportLevel;
  targetLevel?: ReportLevel;
  /** The latest measurement; for a scale, its level's label too. */
  latest?: { date: string; value?: number; level?: string; levelLabel?: string; done?: boolean };
  /** Expected progress on the date, achievement (capped) and progress (uncapped). */
  expected: number;
  achievement?: number;
  progress?: number;
  status: IndicatorStatus;
  /** Projected achievement at the deadline, by least squares. */
  forecast?: number;
  deadline: string;
}

/** One firm's part of the report. */
export interface ReportFirm {
  partitaIva: string;
  name: string;
  municipality: string;
  ateco: string;
  status: EnrolmentStatus;
  phase: FirmPhase;
  manager?: { name: string; budgetDays: number; daysUsed: number };
  plan?: { score?: number; status: IndicatorStatus; counts: StatusCounts; approvedOn: string; indicators: ReportIndicator[] };
  verifications: { held: number; due: number; overdue: number; upcoming: number; missed: number };
  advantage?: FirmAdvantage;
}

/** An exception to eligibility rules granted at acceptance. */
export interface ReportException {
  firm: string;
  name: string;
  /** The day of the acceptance. */
  date: string;
  /** The reason codes of the rules waived. */
  waives: string[];
  reason: string;
  approvedBy: string;
}

/** The network of firms seen as one virtual firm. */
export interface VirtualFirm {
  firms: number;
  employees: number;
  machines: number;
  turnoverCents: number;
  /** The year of the figures summed (the latest recorded by the date), or undefined when taken from the applications. */
  year?: number;
}

/** The periodic verification report. */
export interface ProgrammeReport {
  asOf: string;
  lang: Lang;
  programme: {
    id: string;
    name: string;
    sector: string;
    promoters: string[];
    funder: string;
    start: string;
    end: string;
  };
  /**
   * Firms per phase (in the definition's order) and side state on the date,
   * and for each phase of the path how many firms went through it
   * (`passed`, as `passedCounts` counts them); with `firm`, that firm only.
   */
  phases: { phase: FirmPhase; label: string; count: number; passed?: number }[];
  /** Mean plan score and counts of indicators and firms per status; with `firm`, that firm's plan. */
  evaluation: { score?: number; counts: StatusCounts; firmsByStatus: StatusCounts };
  firms: ReportFirm[];
  collaborations: CollaborationState[];
  aggregations: AggregationState[];
  /** The programme's totals, or with `firm` that firm's (the public funding stays the programme's). */
  advantage: Omit<ProgrammeAdvantage, 'asOf' | 'firms'>;
  overdue: OverdueVerification[];
  /** Every firm admitted by an officer's exception to eligibility rules, up to the date: what it waives, why, who approved it. */
  exceptions: ReportException[];
  /** The network as one firm; absent on an anonymous record, which leaves the firms' figures out. */
  virtualFirm?: VirtualFirm;
  /** Set when the report is for one firm. */
  firm?: string;
}

const noStatuses = (): StatusCounts => ({ 'not-started': 0, 'no-data': 0, stale: 0, achieved: 0, 'on-track': 0, behind: 0, 'at-risk': 0 });

/**
 * The periodic verification report of a record on a date: phases and counts;
 * every firm's plan score and status with its indicators (baseline, target,
 * latest, expected, achievement, status, forecast); collaborations and
 * aggregations; economic advantage by kind and firm (hard savings apart from
 * cost avoidance, net of costs, against public funding); overdue
 * verifications; and the network seen as one virtual firm (employees,
 * machines, turnover). With `firm`, only that firm.
 *
 * @throws {@link MechnetError} (`invalid_input`) for a malformed date or a
 * firm that is not in the record.
 *
 * @example
 * ```ts
 * const report = programmeReport(record, { asOf: '2011-12-31', lang: 'en' });
 * report.advantage.realised.hardCents; // hard savings of every firm, in cents
 * // Renderers come from 'mechnet/report':
 * console.log(renderMarkdown(report));
 * ```
 */
export function programmeReport(record: ProgrammeRecord, options: ReportOptions): ProgrammeReport {
  return guarded(options, () => {
    const v = viewOf(record, options, ReportOptionsSchema);
    options = v.options;
    record = v.record;
    const { lang, state } = v;
    const asOf = options.asOf;
    const view = { asOf, lang };
    const d = state.definition;
    if (options.firm !== undefined && !state.firms.has(options.firm)) {
      throw new MechnetError('invalid_input', [makeIssue('unknown_firm', ['firm'], { name: options.firm }, lang)], lang);
    }
    const only = (firm: string) => options.firm === undefined || options.firm === firm;
    const states = firmStates(record, view).filter((s) => only(s.partitaIva));

    const counts: PhaseCounts = countPhases(state);
    if (options.firm !== undefined) {
      for (const k of Object.keys(counts) as FirmPhase[]) counts[k] = 0;
      for (const s of states) counts[s.phase] += 1;
    }
    const passed = countPassed(state, only);
    const phases: ProgrammeReport['phases'] = [
      // The last phase has none after it: no firm passes it.
      ...d.phases.map((p, i) => ({ phase: p.id as FirmPhase, label: p.label[lang], count: counts[p.id], ...(i < d.phases.length - 1 ? { passed: passed[p.id] } : {}) })),
      ...(['waitlisted', 'rejected', 'withdrawn'] as const).map((p) => ({ phase: p as FirmPhase, label: sideStateLabels[lang][p], count: counts[p] })),
    ];

    const evaluation = planStates(record, view);
    const plans = new Map(evaluation.firms.map((f) => [f.firm, f]));
    const advantage = economicAdvantage(record, view);
    const advantages = new Map(advantage.firms.map((f) => [f.firm, f]));

    const firms: ReportFirm[] = states
      .map((s) => {
        const acc = state.firms.get(s.partitaIva)!;
        const plan = plans.get(s.partitaIva);
        // The plan's own indicators, for the labels of scale levels.
        const defined = new Map((acc.plan?.plan.objectives ?? []).flatMap((o) => o.indicators.map((i) => [i.id, i] as const)));
        const levelOf = (indicator: string, id: string | undefined): ReportLevel | undefined => {
          const def = defined.get(indicator);
          const l = def?.kind === 'scale' ? def.levels.find((x) => x.id === id) : undefined;
          return l ? { id: l.id, label: l.label } : undefined;
        };
        const v = { held: 0, due: 0, overdue: 0, upcoming: 0, missed: 0 };
        for (const x of s.verifications) v[x.status] += 1;
        const adv = advantages.get(s.partitaIva);
        return {
          partitaIva: s.partitaIva,
          name: s.name,
          municipality: acc.firm.address.municipality,
          ateco: acc.firm.ateco,
          status: s.status,
          phase: s.phase,
          ...(s.manager ? { manager: { name: s.manager.name, budgetDays: s.manager.budgetDays, daysUsed: s.manager.daysUsed } } : {}),
          ...(plan
            ? {
                plan: {
                  ...(plan.evaluation.score !== undefined ? { score: plan.evaluation.score } : {}),
                  status: plan.evaluation.status,
                  counts: plan.evaluation.counts,
                  approvedOn: plan.approvedOn,
                  indicators: plan.evaluation.objectives.flatMap((o) =>
                    o.indicators.map((i) => {
                      const def = defined.get(i.indicator);
                      const baselineLevel = def?.kind === 'scale' ? levelOf(i.indicator, def.baseline.level) : undefined;
                      const targetLevel = def?.kind === 'scale' ? levelOf(i.indicator, def.target) : undefined;
                      const latestLabel = levelOf(i.indicator, i.latest?.level)?.label;
                      return {
                        objective: o.title,
                        indicator: i.indicator,
                        name: i.name,
                        kind: i.kind,
                        ...(i.unit !== undefined ? { unit: i.unit } : {}),
                        ...(i.baseline !== undefined ? { baseline: i.baseline } : {}),
                        ...(i.target !== undefined ? { target: i.target } : {}),
                        ...(i.band ? { band: i.band } : {}),
                        ...(baselineLevel ? { baselineLevel } : {}),
                        ...(targetLevel ? { targetLevel } : {}),
                        ...(i.latest ? { latest: { ...i.latest, ...(latestLabel !== undefined ? { levelLabel: latestLabel } : {}) } } : {}),
                        expected: i.expected,
                        ...(i.achievement !== undefined ? { achievement: i.achievement } : {}),
                        ...(i.progress !== undefined ? { progress: i.progress } : {}),
                        status: i.status,
                        ...(i.forecast ? { forecast: i.forecast.projectedAchievement } : {}),
                        deadline: i.deadline,
                      };
                    }),
                  ),
                },
              }
            : {}),
          verifications: v,
          ...(adv ? { advantage: adv } : {}),
        };
      });

    // The network as one firm: the active firms' latest yearly figures up to the date, or their applications.
    const active = [...state.firms.values()].filter((f) => f.status === 'accepted' && only(f.partitaIva));
    let year: number | undefined;
    for (const f of active) for (const x of f.figures) year = year === undefined || x.year > year ? x.year : year;
    const virtualFirm: VirtualFirm = { firms: active.length, employees: 0, machines: 0, turnoverCents: 0, ...(year !== undefined ? { year } : {}) };
    let figuresLeftOut = false;
    for (const f of active) {
      const fig = year === undefined ? undefined : f.figures.filter((x) => x.year === year).at(-1);
      if (!fig && f.generalised) figuresLeftOut = true;
      virtualFirm.employees += fig?.staff ?? f.firm.staff;
      virtualFirm.machines += fig?.machines ?? f.firm.machines ?? 0;
      virtualFirm.turnoverCents += fig?.turnoverCents ?? f.firm.turnoverCents;
    }

    const { asOf: _date, firms: _firms, ...totals } = advantage;
    // One firm: its own plan, or no plan (no counts at all); never the programme's.
    const ownPlan = options.firm === undefined ? undefined : plans.get(options.firm);
    const firmEvaluation: ProgrammeReport['evaluation'] | undefined =
      options.firm === undefined
        ? undefined
        : {
            ...(ownPlan?.evaluation.score !== undefined ? { score: ownPlan.evaluation.score } : {}),
            counts: ownPlan ? { ...ownPlan.evaluation.counts } : noStatuses(),
            firmsByStatus: { ...noStatuses(), ...(ownPlan ? { [ownPlan.evaluation.status]: 1 } : {}) },
          };
    const mine = options.firm === undefined ? undefined : advantages.get(options.firm);
    return {
      asOf,
      lang,
      programme: {
        id: d.id,
        name: d.name[lang],
        sector: d.sector[lang],
        promoters: d.promoters.map((p) => p.name),
        funder: d.funder.instrument ? `${d.funder.name} (${d.funder.instrument})` : d.funder.name,
        start: d.calendar.start,
        end: d.calendar.end,
      },
      phases,
      evaluation: firmEvaluation ?? {
        ...(evaluation.score !== undefined ? { score: evaluation.score } : {}),
        counts: evaluation.counts,
        firmsByStatus: evaluation.firmsByStatus,
      },
      firms,
      collaborations: collaborationStates(record, view).filter((c) => options.firm === undefined || c.firms.includes(options.firm)),
      aggregations: aggregationStates(record, view).filter((a) => options.firm === undefined || a.firms.includes(options.firm)),
      advantage: mine
        ? {
            publicFundingCents: totals.publicFundingCents,
            byKind: mine.byKind,
            realised: mine.realised,
            negotiated: mine.negotiated,
            netCents: mine.netCents,
            firmsCostCents: mine.programmeCostCents,
            programmeCostCents: mine.programmeCostCents,
          }
        : totals,
      overdue: overdueVerifications(record, view).filter((o) => only(o.firm)),
      exceptions: [...state.firms.values()].flatMap((f) =>
        f.exception && only(f.partitaIva)
          ? [{ firm: f.partitaIva, name: f.firm.name, date: f.exception.date, waives: [...f.exception.waives], reason: f.exception.reason, approvedBy: f.exception.approvedBy }]
          : [],
      ),
      ...(figuresLeftOut ? {} : { virtualFirm }),
      ...(options.firm !== undefined ? { firm: options.firm } : {}),
    };
  });
}
