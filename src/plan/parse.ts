/** What makes a strategic plan valid (rule-book §5). */
import type { IssueCode, MessageParams } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { makeIssue, type IssuePath, type MechnetIssue } from '../errors/issue.js';
import * as z from 'zod/mini';
import { AnalysisRules, PlanRules, type ProgrammeDefinition } from '../programme/schema.js';
import { ensure, guarded, langOf, reading, refuse } from '../model/guard.js';
import { runParse, safely, type ParseOptions } from '../model/parse.js';
import type { SafeResult } from '../errors/mechnet-error.js';
import { PlanSchema, type Plan } from './schema.js';

/**
 * Every problem of a plan against a programme's plan rules: at least one
 * quantitative and one qualitative indicator (MechNet), the number of
 * objectives, areas known to the analysis, unique ids, and for each indicator
 * a baseline different from the target and on the right side of it, a
 * deadline after the baseline date, interim targets in order, known scale
 * levels with increasing scores. Each message names the objective and the
 * indicator.
 */
export function planIssues(
  plan: Plan,
  definition: Pick<ProgrammeDefinition, 'plan' | 'analysis'>,
  lang: Lang = 'it',
  base: IssuePath = [],
): MechnetIssue[] {
  if (lang !== 'en') lang = 'it';
  const l = lang;
  return guarded({ lang }, () => {
    const p = ensure(PlanSchema, plan, ['plan'], l);
    const d = ensure(PlanRulesSource, definition, ['definition'], l);
    const path = reading(() => (Array.isArray(base) ? [...base] : undefined), ['base'], l);
    if (!path || !path.every((s) => typeof s === 'string' || typeof s === 'number')) refuse('invalid_path', ['base'], {}, l);
    return planRuleIssues(p, d, l, path);
  });
}

/** The parts of a definition the plan rules read. */
const PlanRulesSource = z.object({ plan: PlanRules, analysis: AnalysisRules });

/** {@link planIssues} on checked arguments. */
export function planRuleIssues(
  plan: Plan,
  definition: Pick<ProgrammeDefinition, 'plan' | 'analysis'>,
  lang: Lang,
  base: IssuePath,
): MechnetIssue[] {
  const issues: MechnetIssue[] = [];
  const add = (code: IssueCode, path: IssuePath, params: MessageParams | ((l: Lang) => MessageParams) = {}) =>
    issues.push(makeIssue(code, [...base, ...path], params, lang));
  const rules = definition.plan;
  const areas = new Set(definition.analysis.areas.map((a) => a.id));
  const areaList = [...areas].join(', ');
  const n = plan.objectives.length;
  if (n < rules.minObjectives) add('too_small', ['objectives'], { limit: rules.minObjectives, origin: 'array' });
  if (rules.maxObjectives !== undefined && n > rules.maxObjectives) {
    add('too_big', ['objectives'], { limit: rules.maxObjectives, origin: 'array' });
  }
  const all = plan.objectives.flatMap((o) => o.indicators);
  if (rules.requireQuantitative && !all.some((i) => i.kind === 'quantitative')) add('plan_needs_quantitative', ['objectives']);
  if (rules.requireQualitative && !all.some((i) => i.kind !== 'quantitative')) add('plan_needs_qualitative', ['objectives']);

  const objectiveIds = new Set<string>();
  const indicatorIds = new Set<string>();
  plan.objectives.forEach((o, j) => {
    const op: IssuePath = ['objectives', j];
    if (objectiveIds.has(o.id)) add('duplicate_id', [...op, 'id'], { name: o.id });
    objectiveIds.add(o.id);
    if (rules.requireAreas && o.areas.length === 0) add('objective_needs_area', [...op, 'areas'], { other: o.title });
    o.areas.forEach((a, k) => {
      if (!areas.has(a)) add('unknown_area', [...op, 'areas', k], { name: a, values: areaList });
    });
    o.indicators.forEach((ind, k) => {
      const ip: IssuePath = [...op, 'indicators', k];
      const names = { name: ind.name, other: o.title };
      if (indicatorIds.has(ind.id)) add('duplicate_id', [...ip, 'id'], { name: ind.id });
      indicatorIds.add(ind.id);
      if (ind.kind === 'quantitative') {
        const b = ind.baseline.value;
        if (ind.deadline <= ind.baseline.date) add('deadline_before_baseline', [...ip, 'deadline'], names);
        if ((ind.polarity === 'increase' || ind.polarity === 'decrease') && ind.target !== undefined) {
          if (ind.target === b) add('baseline_equals_target', [...ip, 'target'], names);
          else if (ind.polarity === 'increase' ? ind.target < b : ind.target > b) {
            add('target_wrong_side', [...ip, 'target'], (l) => ({
              ...names,
              values: ind.polarity,
              limit: ind.polarity === 'increase' ? (l === 'it' ? 'sopra' : 'above') : l === 'it' ? 'sotto' : 'below',
            }));
          }
        }
        let previous = ind.baseline.date;
        (ind.interim ?? []).forEach((it, m) => {
          if (it.date <= previous || it.date > ind.deadline) add('interim_order', [...ip, 'interim', m, 'date'], names);
          previous = it.date;
        });
      } else if (ind.kind === 'scale') {
        if (ind.deadline <= ind.baseline.date) add('deadline_before_baseline', [...ip, 'deadline'], names);
        const levels = new Map(ind.levels.map((l) => [l.id, l.score]));
        ind.levels.forEach((l, m) => {
          if (m > 0 && l.score <= ind.levels[m - 1]!.score) add('scale_order', [...ip, 'levels', m, 'score'], names);
        });
        const sb = levels.get(ind.baseline.level);
        const st = levels.get(ind.target);
        if (sb === undefined) add('unknown_level', [...ip, 'baseline', 'level'], { ...names, values: ind.baseline.level });
        if (st === undefined) add('unknown_level', [...ip, 'target'], { ...names, values: ind.target });
        if (sb !== undefined && st !== undefined) {
          if (sb === st) add('baseline_equals_target', [...ip, 'target'], names);
          else if (st < sb) {
            add('target_wrong_side', [...ip, 'target'], (l) => ({ ...names, values: 'scale', limit: l === 'it' ? 'sopra' : 'above' }));
          }
        }
      } else if (ind.start !== undefined && ind.deadline <= ind.start) {
        add('deadline_before_baseline', [...ip, 'deadline'], names);
      }
    });
  });
  return issues;
}

/**
 * Validates a strategic plan against a programme's plan rules (a value or
 * JSON text): its shape, then every rule of the programme's plans (§5).
 *
 * @throws {@link MechnetError} with code `invalid_plan` and every issue.
 *
 * @example
 * ```ts
 * const r = safeParsePlan(draft, mechnetDefinition, { lang: 'en' });
 * if (!r.success) r.error.issues.forEach((i) => console.log(i.path.join('.'), i.message));
 * // objectives: The plan needs at least one qualitative indicator (a scale of levels or a milestone)
 * ```
 */
export function parsePlan(
  input: unknown,
  definition: Pick<ProgrammeDefinition, 'plan' | 'analysis'>,
  options?: ParseOptions,
): Plan {
  return guarded(options, () => {
    const d = ensure(PlanRulesSource, definition, ['definition'], langOf(options));
    return runParse(PlanSchema, input, 'invalid_plan', options, (plan, lang) => planRuleIssues(plan, d, lang, []));
  });
}

/**
 * Like {@link parsePlan}, but returns `{ success, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * safeParsePlan({ objectives: [] }, mechnetDefinition).success; // false
 * ```
 */
export function safeParsePlan(
  input: unknown,
  definition: Pick<ProgrammeDefinition, 'plan' | 'analysis'>,
  options?: ParseOptions,
): SafeResult<Plan> {
  return safely(() => parsePlan(input, definition, options));
}
