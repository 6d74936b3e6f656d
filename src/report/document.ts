/**
 * The report as titled sections of lines and tables, before any format: the
 * one document every renderer writes, the helper that writes its texts
 * through a format's escape, and the check of a report given to a renderer.
 */
import { centsText, dateText, numberText, percentText, percentValueText, roundedDecimal } from '../i18n/numbers.js';
import type { Lang } from '../i18n/lang.js';
import { guarded } from '../model/guard.js';
import { readReport } from './read-report.js';
import { unitAfter } from '../i18n/units.js';
import { reportLabels, type ReportLabels } from './labels.js';
import type { ProgrammeReport, ReportIndicator } from './report.js';

/** A cell: what people read, the raw value for spreadsheets, and the code behind a label. */
export interface ReportCell {
  text: string;
  raw?: string | number;
  /** The stable code of a label (a status, a kind, a phase), or a firm's partita IVA. */
  code?: string;
}

/**
 * What a column holds, which decides how it is laid out (text on the left,
 * numbers on the right) and written in CSV:
 * `text`; `code`, a label in the report's language with a stable code (CSV
 * adds a column of codes); `firm`, a firm's name (CSV adds its partita IVA
 * beside it); `date`; `count`; `number`; `money` (CSV in euros); `percent`
 * (CSV in percent, one decimal); `score` (a ratio, CSV with four decimals);
 * `value`, an indicator's value, level or milestone.
 */
export type ReportColumnKind = 'text' | 'code' | 'firm' | 'date' | 'count' | 'number' | 'money' | 'percent' | 'score' | 'value';

/** One table of the report. */
export interface ReportTable {
  /** File-name friendly id: `phases`, `firms`, `indicators`, … */
  id: string;
  title: string;
  columns: string[];
  rows: ReportCell[][];
  /** What each column holds; `text` when not given. */
  kinds?: ReportColumnKind[];
  /**
   * Columns whose values head groups of consecutive rows when a row does not
   * fit on a line and the table is written as blocks (the firm, then the
   * objective, of an indicator).
   */
  groups?: number[];
}

/** The report as titled sections of lines and tables, before any format. */
export interface ReportDocument {
  title: string;
  subtitle: string[];
  sections: { title: string; lines: string[]; tables: ReportTable[] }[];
}


const cell = (text: string, raw?: string | number, code?: string): ReportCell => ({
  text,
  ...(raw !== undefined ? { raw } : {}),
  ...(code !== undefined ? { code } : {}),
});
export const NONE = '—';

/** A section of one table titled as the section, or the line that says there is nothing to list. */
function tableOrNone(title: string, none: string, table: Omit<ReportTable, 'title'>): ReportDocument['sections'][number] {
  return { title, lines: table.rows.length === 0 ? [none] : [], tables: table.rows.length === 0 ? [] : [{ ...table, title }] };
}

/** A number with its unit as people read it: `60%`, `1 cliente`, `6 clienti`, `1,3 EUR/kg`. */
function quantity(v: number, unit: string | undefined, lang: Lang): string {
  if (unit === '%') return percentValueText(v, lang);
  const n = numberText(v, lang);
  return unit ? `${n} ${unitAfter(n, unit)}` : n;
}

function indicatorValue(i: ReportIndicator, which: 'baseline' | 'target' | 'latest', lang: Lang, t: ReportLabels): ReportCell {
  if (which === 'latest') {
    const l = i.latest;
    if (!l) return cell(NONE);
    const on = dateText(l.date, lang);
    if (l.done !== undefined) {
      const word = l.done ? t.done : t.notDone;
      return cell(`${word} (${on})`, word);
    }
    if (l.level !== undefined) {
      const label = l.levelLabel ?? l.level;
      return cell(`${label} (${on})`, label);
    }
    return l.value === undefined ? cell(NONE) : cell(`${quantity(l.value, i.unit, lang)} (${on})`, l.value);
  }
  if (i.kind === 'scale') {
    const level = which === 'baseline' ? i.baselineLevel : i.targetLevel;
    return level ? cell(level.label, level.label) : cell(NONE);
  }
  if (which === 'target' && i.band) {
    const [lo, hi] = i.band;
    const text =
      i.unit === '%'
        ? `${percentValueText(lo, lang)}–${percentValueText(hi, lang)}`
        : `${numberText(lo, lang)}–${quantity(hi, i.unit, lang)}`;
    return cell(text, `${roundedDecimal(lo, 2)}–${roundedDecimal(hi, 2)}`);
  }
  const v = i[which];
  if (v === undefined) return cell(NONE);
  if (i.kind === 'milestone') {
    const word = v >= 1 ? t.done : t.notDone;
    return cell(word, word);
  }
  return cell(quantity(v, i.unit, lang), v);
}

const money = (cents: number, lang: Lang) => cell(centsText(cents, lang), cents / 100);
const pct = (x: number | undefined, lang: Lang) => (x === undefined ? cell(NONE) : cell(percentText(x, lang), x));
const count = (n: number, lang: Lang) => cell(numberText(n, lang), n);
const date = (iso: string, lang: Lang) => cell(dateText(iso, lang), iso);

/**
 * The report laid out as sections and tables, in its language, ready for any
 * format.
 *
 * @example
 * ```ts
 * reportDocument(report).sections.map((s) => s.title);
 * ```
 */
export function reportDocument(report: ProgrammeReport): ReportDocument {
  return rendering(report, documentOf);
}

export function documentOf(report: ProgrammeReport): ReportDocument {
  const lang = report.lang;
  const t = reportLabels[lang];
  const p = report.programme;
  const single = report.firm !== undefined ? report.firms[0] : undefined;
  const sections: ReportDocument['sections'] = [];
  // A firm's phase; a side state in the singular ("Ritirata"), not as the heading of a count ("Ritirate").
  const phaseLabel = (phase: string) =>
    t.firmSideStates[phase as keyof ReportLabels['firmSideStates']] ?? report.phases.find((x) => x.phase === phase)?.label ?? phase;

  sections.push({
    title: t.phases,
    lines: [],
    tables: [
      {
        id: 'phases',
        title: t.phases,
        columns: [t.phase, t.inPhaseNow, t.passedPhase],
        kinds: ['code', 'count', 'count'],
        rows: report.phases
          .filter((x) => x.count > 0 || !['waitlisted', 'rejected', 'withdrawn'].includes(x.phase))
          .map((x) => [cell(x.label, undefined, x.phase), count(x.count, lang), x.passed === undefined ? cell(NONE) : count(x.passed, lang)]),
      },
    ],
  });

  const statusRows = (Object.keys(report.evaluation.counts) as (keyof typeof report.evaluation.counts)[])
    .filter((k) => report.evaluation.counts[k] > 0)
    .map((k) => [cell(t.statuses[k], undefined, k), count(report.evaluation.counts[k], lang)]);
  sections.push({
    title: single ? t.evaluationOfFirm : t.evaluation,
    lines: report.evaluation.score !== undefined ? [`${single ? t.planScore : t.meanScore}: ${percentText(report.evaluation.score, lang)}`] : [],
    tables: [{ id: 'indicator-status', title: t.indicators, columns: [t.status, t.indicators], kinds: ['code', 'count'], rows: statusRows }],
  });

  sections.push({
    title: t.firms,
    lines: [],
    tables: [
      {
        id: 'firms',
        title: t.firms,
        columns: [t.firm, t.partitaIva, t.phase, t.score, t.status, t.verificationsHeld, t.verificationsOverdue, t.net],
        kinds: ['text', 'text', 'code', 'score', 'code', 'count', 'count', 'money'],
        rows: report.firms.map((f) => [
          cell(f.name),
          cell(f.partitaIva),
          cell(phaseLabel(f.phase), undefined, f.phase),
          pct(f.plan?.score, lang),
          f.plan ? cell(t.statuses[f.plan.status], undefined, f.plan.status) : cell(NONE),
          count(f.verifications.held, lang),
          count(f.verifications.overdue, lang),
          f.advantage ? money(f.advantage.netCents, lang) : cell(NONE),
        ]),
      },
      {
        id: 'indicators',
        title: t.indicators,
        columns: [t.firm, t.objective, t.indicator, t.baseline, t.target, t.latest, t.expected, t.achievement, t.status, t.forecast, t.deadline],
        kinds: ['firm', 'text', 'code', 'value', 'value', 'value', 'percent', 'percent', 'code', 'percent', 'date'],
        groups: [0, 1],
        rows: report.firms.flatMap((f) =>
          (f.plan?.indicators ?? []).map((i) => [
            cell(f.name, undefined, f.partitaIva),
            cell(i.objective),
            cell(i.name, undefined, i.indicator),
            indicatorValue(i, 'baseline', lang, t),
            indicatorValue(i, 'target', lang, t),
            indicatorValue(i, 'latest', lang, t),
            pct(i.expected, lang),
            pct(i.achievement, lang),
            cell(t.statuses[i.status], undefined, i.status),
            pct(i.forecast, lang),
            date(i.deadline, lang),
          ]),
        ),
      },
    ],
  });

  sections.push(
    tableOrNone(t.collaborations, t.noCollaborations, {
      id: 'collaborations',
      columns: [t.collaboration, t.kind, t.firms, t.status, t.since],
      kinds: ['code', 'code', 'count', 'code', 'date'],
      rows: report.collaborations.map((c) => [
        cell(c.title, undefined, c.id),
        cell(t.kinds[c.kind as keyof ReportLabels['kinds']] ?? c.kind, undefined, c.kind),
        count(c.firms.length, lang),
        cell(t.collaborationStatuses[c.status] ?? c.status, undefined, c.status),
        date(c.since, lang),
      ]),
    }),
  );

  if (report.aggregations.length > 0) {
    sections.push({
      title: t.aggregations,
      lines: [],
      tables: [
        {
          id: 'aggregations',
          title: t.aggregations,
          columns: [t.aggregation, t.status, t.since, t.signatories, t.registered],
          kinds: ['code', 'code', 'date', 'count', 'count'],
          rows: report.aggregations.map((a) => [
            cell(a.name, undefined, a.id),
            cell(t.collaborationStatuses[a.status] ?? a.status, undefined, a.status),
            date(a.since, lang),
            count(a.signatories.length, lang),
            count(a.registeredBy.length, lang),
          ]),
        },
      ],
    });
  }

  const adv = report.advantage;
  const amountRow = (label: string, code: string, a: { hardCents: number; avoidanceCents: number; gainCents: number }) => [
    cell(label, undefined, code),
    money(a.hardCents, lang),
    money(a.avoidanceCents, lang),
    money(a.gainCents, lang),
  ];
  sections.push({
    title: t.advantage,
    // The net advantage subtracts the firms' own fees only: the public contribution stands beside it, with the ratio of the two.
    lines: single
      ? [
          `${t.netOfFirm}: ${centsText(adv.netCents, lang)} (${t.netOfFirmMeaning})`,
          `${t.fee}: ${centsText(adv.programmeCostCents, lang)}`,
          `${t.negotiated}: ${centsText(adv.negotiated.hardCents + adv.negotiated.gainCents, lang)}`,
        ]
      : [
          `${t.netOfFirms}: ${centsText(adv.netCents, lang)} (${t.netOfFirmsMeaning})`,
          `${t.firmsFees}: ${centsText(adv.firmsCostCents ?? report.firms.reduce((sum, f) => sum + (f.advantage?.programmeCostCents ?? 0), 0), lang)}`,
          `${t.negotiated}: ${centsText(adv.negotiated.hardCents + adv.negotiated.gainCents, lang)}`,
          `${t.publicFunding}: ${centsText(adv.publicFundingCents, lang)}`,
          `${t.programmeCost}: ${centsText(adv.programmeCostCents, lang)}`,
          ...(adv.netPerPublicEuro !== undefined ? [`${t.netPerPublicEuro}: ${numberText(adv.netPerPublicEuro, lang)}`] : []),
        ],
    tables: [
      {
        id: 'advantage-by-kind',
        title: t.byKind,
        columns: [t.kind, t.hard, t.avoidance, t.gains],
        kinds: ['code', 'money', 'money', 'money'],
        rows: [
          ...(Object.keys(adv.byKind) as (keyof typeof adv.byKind)[]).map((k) => amountRow(t.kinds[k], k, adv.byKind[k])),
          amountRow(t.total, 'total', adv.realised),
        ],
      },
      {
        id: 'advantage-by-firm',
        title: t.byFirm,
        columns: [t.firm, t.hard, t.avoidance, t.gains, t.fee, t.net],
        kinds: ['firm', 'money', 'money', 'money', 'money', 'money'],
        rows: report.firms.filter((f) => f.advantage).map((f) => [
          cell(f.name, undefined, f.partitaIva),
          money(f.advantage!.realised.hardCents, lang),
          money(f.advantage!.realised.avoidanceCents, lang),
          money(f.advantage!.realised.gainCents, lang),
          money(f.advantage!.programmeCostCents, lang),
          money(f.advantage!.netCents, lang),
        ]),
      },
    ],
  });

  sections.push(
    tableOrNone(t.overdueTitle, t.noOverdue, {
      id: 'overdue',
      columns: [t.firm, t.scheduled, t.daysOverdue],
      kinds: ['firm', 'date', 'count'],
      rows: report.overdue.map((o) => [cell(o.name, undefined, o.firm), date(o.scheduled, lang), count(o.daysOverdue, lang)]),
    }),
  );

  // Every admission by exception, so that an officer sees each one at every verification.
  const exceptions = report.exceptions ?? [];
  const ruleName = (code: string) => t.rules[code.startsWith('partita_iva_') ? 'partita_iva' : code.startsWith('codice_fiscale_') ? 'codice_fiscale' : code] ?? code;
  sections.push(
    tableOrNone(t.exceptionsTitle, t.noExceptions, {
      id: 'exceptions',
      columns: [t.firm, t.acceptedOn, t.rulesWaived, t.exceptionReason, t.approvedBy],
      kinds: ['firm', 'date', 'code', 'text', 'text'],
      rows: exceptions.map((x) => [
        cell(x.name, undefined, x.firm),
        date(x.date, lang),
        cell(x.waives.map(ruleName).join(', '), undefined, x.waives.join(', ')),
        cell(x.reason),
        cell(x.approvedBy),
      ]),
    }),
  );

  const vf = report.virtualFirm;
  if (vf) sections.push({
    title: t.virtualFirm,
    lines: [t.figuresOf(vf.year)],
    tables: [
      {
        id: 'virtual-firm',
        title: t.virtualFirm,
        columns: [t.firms, t.employees, t.machines, t.turnover],
        kinds: ['count', 'count', 'count', 'money'],
        rows: [[count(vf.firms, lang), count(vf.employees, lang), count(vf.machines, lang), money(vf.turnoverCents, lang)]],
      },
    ],
  });

  return {
    title: `${p.name} — ${t.title(report.asOf)}`,
    subtitle: [
      ...(single ? [t.forFirm(`${single.name} (${single.partitaIva})`)] : []),
      `${t.promoters}: ${p.promoters.join(', ')}`,
      `${t.funder}: ${p.funder}`,
      `${t.period}: ${dateText(p.start, lang)} – ${dateText(p.end, lang)}`,
    ],
    sections,
  };
}

/** Columns of numbers, laid out on the right. */
export const NUMERIC: ReadonlySet<ReportColumnKind> = new Set(['count', 'number', 'money', 'percent', 'score']);
export const isNumeric = (table: ReportTable, column: number) => NUMERIC.has(table.kinds?.[column] ?? 'text');
/** A table's sub-heading, unless it repeats its section's. */
export const subheading = (table: ReportTable, section: { title: string; tables: ReportTable[] }) => (table.title === section.title ? undefined : table.title);

/**
 * The document with every text written through `write`: the renderers escape
 * text from outside (names, titles, reasons…) where they put it, and the
 * report's own words go the same way (they hold nothing to escape).
 */
export function written(doc: ReportDocument, write: (text: string) => string): ReportDocument {
  return {
    title: write(doc.title),
    subtitle: doc.subtitle.map(write),
    sections: doc.sections.map((s) => ({
      title: write(s.title),
      lines: s.lines.map(write),
      tables: s.tables.map((t) => ({ ...t, title: write(t.title), columns: t.columns.map(write), rows: t.rows.map((r) => r.map((c) => ({ ...c, text: write(c.text) }))) })),
    })),
  };
}

/**
 * Runs a renderer on a report. A report is what {@link programmeReport}
 * returns (as it is, or read back from its JSON); anything else is refused
 * with an error that says so. The renderer gets the report read and checked
 * ({@link readReport}): a throw while rendering is a defect of the library.
 */
export function rendering<T>(report: unknown, render: (report: ProgrammeReport) => T): T {
  return guarded(undefined, () => render(readReport(report)));
}
