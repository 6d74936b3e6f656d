/**
 * Renderers of the periodic verification report: Markdown, plain text, CSV
 * (one file per table) and JSON. Numbers and money use the language's
 * format (Intl); dates are written with date-fns and its Italian and English
 * locales, read in UTC so they never move by a day.
 */
import { UTCDate } from '@date-fns/utc/date';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { it as itLocale } from 'date-fns/locale/it';
import { formatCents, formatNumber, formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { reportLabels, type ReportLabels } from './labels.js';
import type { ProgrammeReport, ReportIndicator } from './report.js';

/** A cell: what people read, and the raw value for spreadsheets. */
export interface ReportCell {
  text: string;
  raw?: string | number;
}

/** One table of the report. */
export interface ReportTable {
  /** File-name friendly id: `phases`, `firms`, `indicators`, … */
  id: string;
  title: string;
  columns: string[];
  rows: ReportCell[][];
}

/** The report as titled sections of lines and tables, before any format. */
export interface ReportDocument {
  title: string;
  subtitle: string[];
  sections: { title: string; lines: string[]; tables: ReportTable[] }[];
}

/**
 * Writes a calendar date `YYYY-MM-DD` with date-fns in the language's locale
 * (`1 marzo 2010`, `1 March 2010`), without any time-zone shift.
 *
 * @example
 * ```ts
 * reportDate('2011-03-31', 'it'); // '31 marzo 2011'
 * ```
 */
export function reportDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return format(new UTCDate(y, m - 1, d), 'd MMMM yyyy', { locale: lang === 'it' ? itLocale : enGB });
}

const cell = (text: string, raw?: string | number): ReportCell => (raw === undefined ? { text } : { text, raw });

function indicatorValue(i: ReportIndicator, which: 'baseline' | 'target' | 'latest', lang: Lang, t: ReportLabels): ReportCell {
  const unit = i.unit ? ` ${i.unit}` : '';
  if (which === 'target' && i.band) return cell(`${formatNumber(i.band[0], lang)}–${formatNumber(i.band[1], lang)}${unit}`, `${i.band[0]}-${i.band[1]}`);
  if (which === 'latest') {
    const l = i.latest;
    if (!l) return cell('—');
    if (l.done !== undefined) return cell(`${l.done ? t.done : t.notDone} (${reportDate(l.date, lang)})`, l.done ? 1 : 0);
    if (l.level !== undefined) return cell(`${l.level} (${reportDate(l.date, lang)})`, l.level);
    return cell(`${formatNumber(l.value!, lang)}${unit} (${reportDate(l.date, lang)})`, l.value);
  }
  const v = i[which];
  if (v === undefined) return cell('—');
  if (i.kind === 'milestone') return cell(v >= 1 ? t.done : t.notDone, v);
  if (i.kind === 'scale') return cell(formatPercent(v, lang), v);
  return cell(`${formatNumber(v, lang)}${unit}`, v);
}

const money = (cents: number, lang: Lang) => cell(formatCents(cents, lang), cents / 100);
const pct = (x: number | undefined, lang: Lang) => (x === undefined ? cell('—') : cell(formatPercent(x, lang), x));

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
  const lang = report.lang;
  const t = reportLabels[lang];
  const p = report.programme;
  const single = report.firm !== undefined ? report.firms[0] : undefined;
  const sections: ReportDocument['sections'] = [];

  sections.push({
    title: t.phases,
    lines: [],
    tables: [
      {
        id: 'phases',
        title: t.phases,
        columns: [t.phase, t.count],
        rows: report.phases.filter((x) => x.count > 0 || !['waitlisted', 'rejected', 'withdrawn'].includes(x.phase)).map((x) => [cell(x.label, x.phase), cell(String(x.count), x.count)]),
      },
    ],
  });

  const statusRows = (Object.keys(report.evaluation.counts) as (keyof typeof report.evaluation.counts)[])
    .filter((k) => report.evaluation.counts[k] > 0)
    .map((k) => [cell(t.statuses[k], k), cell(String(report.evaluation.counts[k]), report.evaluation.counts[k])]);
  sections.push({
    title: t.evaluation,
    lines: report.evaluation.score !== undefined ? [`${t.meanScore}: ${formatPercent(report.evaluation.score, lang)}`] : [],
    tables: [{ id: 'indicator-status', title: t.indicators, columns: [t.status, t.indicators], rows: statusRows }],
  });

  sections.push({
    title: t.firms,
    lines: [],
    tables: [
      {
        id: 'firms',
        title: t.firms,
        columns: [t.firm, 'P. IVA', t.phase, t.score, t.status, `${t.verifications} (${t.held} / ${t.overdue})`, t.net],
        rows: report.firms.map((f) => [
          cell(f.name),
          cell(f.partitaIva),
          cell(report.phases.find((x) => x.phase === f.phase)?.label ?? f.phase, f.phase),
          pct(f.plan?.score, lang),
          f.plan ? cell(t.statuses[f.plan.status], f.plan.status) : cell('—'),
          cell(`${f.verifications.held} / ${f.verifications.overdue}`, `${f.verifications.held}/${f.verifications.overdue}`),
          f.advantage ? money(f.advantage.netCents, lang) : cell('—'),
        ]),
      },
      {
        id: 'indicators',
        title: t.indicators,
        columns: [t.firm, t.objective, t.indicator, t.baseline, t.target, t.latest, t.expected, t.achievement, t.status, t.forecast, t.deadline],
        rows: report.firms.flatMap((f) =>
          (f.plan?.indicators ?? []).map((i) => [
            cell(f.name),
            cell(i.objective),
            cell(i.name, i.indicator),
            indicatorValue(i, 'baseline', lang, t),
            indicatorValue(i, 'target', lang, t),
            indicatorValue(i, 'latest', lang, t),
            pct(i.expected, lang),
            pct(i.achievement, lang),
            cell(t.statuses[i.status], i.status),
            pct(i.forecast, lang),
            cell(reportDate(i.deadline, lang), i.deadline),
          ]),
        ),
      },
    ],
  });

  sections.push({
    title: t.collaborations,
    lines: report.collaborations.length === 0 ? [t.none] : [],
    tables: report.collaborations.length === 0 ? [] : [
      {
        id: 'collaborations',
        title: t.collaborations,
        columns: [t.collaboration, t.kind, t.firms, t.status, t.since],
        rows: report.collaborations.map((c) => [
          cell(c.title, c.id),
          cell(t.kinds[c.kind as keyof ReportLabels['kinds']] ?? c.kind, c.kind),
          cell(String(c.firms.length), c.firms.length),
          cell(t.collaborationStatuses[c.status] ?? c.status, c.status),
          cell(reportDate(c.since, lang), c.since),
        ]),
      },
    ],
  });

  if (report.aggregations.length > 0) {
    sections.push({
      title: t.aggregations,
      lines: [],
      tables: [
        {
          id: 'aggregations',
          title: t.aggregations,
          columns: [t.aggregation, t.status, t.since, t.signatories, t.registered],
          rows: report.aggregations.map((a) => [
            cell(a.name, a.id),
            cell(t.collaborationStatuses[a.status] ?? a.status, a.status),
            cell(reportDate(a.since, lang), a.since),
            cell(String(a.signatories.length), a.signatories.length),
            cell(String(a.registeredBy.length), a.registeredBy.length),
          ]),
        },
      ],
    });
  }

  const adv = report.advantage;
  const amountRow = (label: string, a: { hardCents: number; avoidanceCents: number; gainCents: number }, raw?: string) => [
    cell(label, raw ?? label),
    money(a.hardCents, lang),
    money(a.avoidanceCents, lang),
    money(a.gainCents, lang),
  ];
  sections.push({
    title: t.advantage,
    lines: [
      `${t.net}: ${formatCents(adv.netCents, lang)}`,
      `${t.negotiated}: ${formatCents(adv.negotiated.hardCents + adv.negotiated.gainCents, lang)}`,
      ...(single
        ? []
        : [
            `${t.programmeCost}: ${formatCents(adv.programmeCostCents, lang)} · ${t.publicFunding}: ${formatCents(adv.publicFundingCents, lang)}`,
            ...(adv.netPerPublicEuro !== undefined ? [`${t.netPerPublicEuro}: ${formatNumber(adv.netPerPublicEuro, lang)}`] : []),
          ]),
    ],
    tables: [
      {
        id: 'advantage-by-kind',
        title: `${t.advantage}: ${t.kind}`,
        columns: [t.kind, t.hard, t.avoidance, t.gains],
        rows: [
          ...(Object.keys(adv.byKind) as (keyof typeof adv.byKind)[]).map((k) => amountRow(t.kinds[k], adv.byKind[k], k)),
          amountRow(t.total, adv.realised, 'total'),
        ],
      },
      {
        id: 'advantage-by-firm',
        title: `${t.advantage}: ${t.firms}`,
        columns: [t.firm, t.hard, t.avoidance, t.gains, t.programmeCost, t.net],
        rows: report.firms.filter((f) => f.advantage).map((f) => [
          cell(f.name, f.partitaIva),
          money(f.advantage!.realised.hardCents, lang),
          money(f.advantage!.realised.avoidanceCents, lang),
          money(f.advantage!.realised.gainCents, lang),
          money(f.advantage!.programmeCostCents, lang),
          money(f.advantage!.netCents, lang),
        ]),
      },
    ],
  });

  sections.push({
    title: t.overdueTitle,
    lines: report.overdue.length === 0 ? [t.none] : [],
    tables: report.overdue.length === 0 ? [] : [
      {
        id: 'overdue',
        title: t.overdueTitle,
        columns: [t.firm, t.scheduled, t.daysOverdue],
        rows: report.overdue.map((o) => [cell(o.name, o.firm), cell(reportDate(o.scheduled, lang), o.scheduled), cell(String(o.daysOverdue), o.daysOverdue)]),
      },
    ],
  });

  const vf = report.virtualFirm;
  sections.push({
    title: t.virtualFirm,
    lines: [t.figuresOf(vf.year)],
    tables: [
      {
        id: 'virtual-firm',
        title: t.virtualFirm,
        columns: [t.firms, t.employees, t.machines, t.turnover],
        rows: [[cell(String(vf.firms), vf.firms), cell(formatNumber(vf.employees, lang), vf.employees), cell(String(vf.machines), vf.machines), money(vf.turnoverCents, lang)]],
      },
    ],
  });

  return {
    title: `${p.name}: ${t.title(reportDate(report.asOf, lang))}`,
    subtitle: [
      ...(single ? [t.forFirm(`${single.name} (${single.partitaIva})`)] : []),
      `${t.promoters}: ${p.promoters.join(', ')}`,
      `${t.funder}: ${p.funder}`,
      `${t.period}: ${reportDate(p.start, lang)} – ${reportDate(p.end, lang)}`,
    ],
    sections,
  };
}

const mdEscape = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The report in Markdown: a heading per section and a table per table.
 *
 * @example
 * ```ts
 * writeFileSync('verifica-2011-12-31.md', renderMarkdown(programmeReport(record, { asOf: '2011-12-31' })));
 * ```
 */
export function renderMarkdown(report: ProgrammeReport): string {
  const doc = reportDocument(report);
  const out: string[] = [`# ${doc.title}`, '', ...doc.subtitle.map((s) => `- ${s}`), ''];
  for (const s of doc.sections) {
    out.push(`## ${s.title}`, '');
    for (const l of s.lines) out.push(l, '');
    for (const t of s.tables) {
      if (s.tables.length > 1) out.push(`### ${t.title}`, '');
      out.push(`| ${t.columns.map(mdEscape).join(' | ')} |`);
      out.push(`| ${t.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
      for (const r of t.rows) out.push(`| ${r.map((c) => mdEscape(c.text)).join(' | ')} |`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * The report as plain text with aligned columns, for a terminal or an email.
 *
 * @example
 * ```ts
 * console.log(renderText(programmeReport(record, { asOf: '2011-12-31', lang: 'en' })));
 * ```
 */
export function renderText(report: ProgrammeReport): string {
  const doc = reportDocument(report);
  const out: string[] = [doc.title, '='.repeat(Math.min(doc.title.length, 100)), ...doc.subtitle, ''];
  for (const s of doc.sections) {
    out.push(s.title, '-'.repeat(s.title.length));
    for (const l of s.lines) out.push(l);
    for (const t of s.tables) {
      if (s.tables.length > 1) out.push('', `${t.title}:`);
      const widths = t.columns.map((c, i) => Math.max(c.length, ...t.rows.map((r) => r[i]!.text.length)));
      const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
      out.push(line(t.columns), widths.map((w) => '-'.repeat(w)).join('  '));
      for (const r of t.rows) out.push(line(r.map((c) => c.text)));
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Options of {@link renderCsv}. */
export interface CsvOptions {
  /** `,` (default) or `;` for Italian spreadsheets, which also writes decimal commas. */
  separator?: ',' | ';';
}

/**
 * The report as CSV, one file per table (`phases.csv`, `firms.csv`,
 * `indicators.csv`, …): UTF-8 with a byte-order mark so spreadsheets read
 * accents right, a header row, raw values (money in euros, ratios as
 * fractions). With `separator: ';'` numbers get a decimal comma, as Italian
 * spreadsheets expect.
 *
 * @example
 * ```ts
 * for (const [name, text] of Object.entries(renderCsv(report, { separator: ';' }))) writeFileSync(name, text);
 * ```
 */
export function renderCsv(report: ProgrammeReport, options: CsvOptions = {}): Record<string, string> {
  const sep = options.separator ?? ',';
  const quote = (s: string) => (/[",;\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s);
  const value = (c: ReportCell) => {
    const v = c.raw ?? c.text;
    if (typeof v === 'number') return sep === ';' ? String(v).replace('.', ',') : String(v);
    return quote(v);
  };
  const files: Record<string, string> = {};
  for (const s of reportDocument(report).sections) {
    for (const t of s.tables) {
      const lines = [t.columns.map(quote).join(sep), ...t.rows.map((r) => r.map(value).join(sep))];
      files[`${t.id}.csv`] = `\uFEFF${lines.join('\r\n')}\r\n`;
    }
  }
  return files;
}

/**
 * The report as JSON (the data of `programmeReport`, indented).
 *
 * @example
 * ```ts
 * JSON.parse(renderJson(report)).advantage.netCents;
 * ```
 */
export function renderJson(report: ProgrammeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
