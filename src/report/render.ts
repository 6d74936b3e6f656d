/**
 * Renderers of the periodic verification report: Markdown, plain text, CSV
 * (one file per table) and JSON. Numbers, money and dates in Markdown and
 * text are the library's formatters' (money always to the cent, the minus
 * sign U+2212, dates read as calendar dates so they never move by a day);
 * CSV and JSON keep plain numbers and `YYYY-MM-DD` dates.
 */
import { centsText, dateText, numberText, percentText, percentValueText, roundedDecimal } from '../i18n/numbers.js';
import type { Lang } from '../i18n/lang.js';
import { guarded } from '../model/guard.js';
import { csvNumber, csvText } from '../model/csv.js';
import { jsonText, markdownText, terminalSafe } from '../model/escape.js';
import { readCsvOptions, readReport } from './read-report.js';
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
const NONE = '—';

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

function documentOf(report: ProgrammeReport): ReportDocument {
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

  sections.push({
    title: t.collaborations,
    lines: report.collaborations.length === 0 ? [t.noCollaborations] : [],
    tables: report.collaborations.length === 0 ? [] : [
      {
        id: 'collaborations',
        title: t.collaborations,
        columns: [t.collaboration, t.kind, t.firms, t.status, t.since],
        kinds: ['code', 'code', 'count', 'code', 'date'],
        rows: report.collaborations.map((c) => [
          cell(c.title, undefined, c.id),
          cell(t.kinds[c.kind as keyof ReportLabels['kinds']] ?? c.kind, undefined, c.kind),
          count(c.firms.length, lang),
          cell(t.collaborationStatuses[c.status] ?? c.status, undefined, c.status),
          date(c.since, lang),
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

  sections.push({
    title: t.overdueTitle,
    lines: report.overdue.length === 0 ? [t.noOverdue] : [],
    tables: report.overdue.length === 0 ? [] : [
      {
        id: 'overdue',
        title: t.overdueTitle,
        columns: [t.firm, t.scheduled, t.daysOverdue],
        kinds: ['firm', 'date', 'count'],
        rows: report.overdue.map((o) => [cell(o.name, undefined, o.firm), date(o.scheduled, lang), count(o.daysOverdue, lang)]),
      },
    ],
  });

  // Every admission by exception, so that an officer sees each one at every verification.
  const exceptions = report.exceptions ?? [];
  const ruleName = (code: string) => t.rules[code.startsWith('partita_iva_') ? 'partita_iva' : code.startsWith('codice_fiscale_') ? 'codice_fiscale' : code] ?? code;
  sections.push({
    title: t.exceptionsTitle,
    lines: exceptions.length === 0 ? [t.noExceptions] : [],
    tables: exceptions.length === 0 ? [] : [
      {
        id: 'exceptions',
        title: t.exceptionsTitle,
        columns: [t.firm, t.acceptedOn, t.rulesWaived, t.exceptionReason, t.approvedBy],
        kinds: ['firm', 'date', 'code', 'text', 'text'],
        rows: exceptions.map((x) => [
          cell(x.name, undefined, x.firm),
          date(x.date, lang),
          cell(x.waives.map(ruleName).join(', '), undefined, x.waives.join(', ')),
          cell(x.reason),
          cell(x.approvedBy),
        ]),
      },
    ],
  });

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
const NUMERIC: ReadonlySet<ReportColumnKind> = new Set(['count', 'number', 'money', 'percent', 'score']);
const isNumeric = (table: ReportTable, column: number) => NUMERIC.has(table.kinds?.[column] ?? 'text');
/** A table's sub-heading, unless it repeats its section's. */
const subheading = (table: ReportTable, section: { title: string; tables: ReportTable[] }) => (table.title === section.title ? undefined : table.title);

/**
 * The document with every text written through `write`: the renderers escape
 * text from outside (names, titles, reasons…) where they put it, and the
 * report's own words go the same way (they hold nothing to escape).
 */
function written(doc: ReportDocument, write: (text: string) => string): ReportDocument {
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
 * The report in Markdown: a heading per section and a table per table, text
 * on the left and numbers on the right. Text from outside (names, titles,
 * reasons) is escaped: `&`, `<` and `>` as HTML entities, Markdown's inline
 * syntax (`` ` ``, `*`, `_`, `[`, `]`, `|`, `~`, `$`, `\`) with a backslash, a
 * line break as a space, so a name never becomes markup, a link or another
 * row, and every table keeps its columns.
 *
 * @example
 * ```ts
 * writeFileSync('verifica-2011-12-31.md', renderMarkdown(programmeReport(record, { asOf: '2011-12-31' })));
 * ```
 */
export function renderMarkdown(report: ProgrammeReport): string {
  return rendering(report, markdownOf);
}

function markdownOf(report: ProgrammeReport): string {
  // Text from outside can neither leave its line or cell nor become markup.
  const doc = written(documentOf(report), markdownText);
  const out: string[] = [`# ${doc.title}`, '', ...doc.subtitle.map((s) => `- ${s}`), ''];
  for (const s of doc.sections) {
    out.push(`## ${s.title}`, '');
    for (const l of s.lines) out.push(l, '');
    for (const t of s.tables) {
      if (t.rows.length === 0) continue;
      const sub = subheading(t, s);
      if (sub !== undefined) out.push(`### ${sub}`, '');
      out.push(`| ${t.columns.join(' | ')} |`);
      out.push(`| ${t.columns.map((_, i) => (isNumeric(t, i) ? '---:' : '---')).join(' | ')} |`);
      for (const r of t.rows) out.push(`| ${r.map((c) => c.text).join(' | ')} |`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The width of the text report, in characters. */
const WIDTH = 100;
/** Space between two columns. */
const GAP = 2;
/** A column of text is not wrapped narrower than this (unless its longest word is wider). */
const MIN_TEXT = 20;

const width = (s: string) => [...s].length;
const longestWord = (s: string) => Math.max(0, ...s.split(' ').map(width));

/**
 * Splits a text into lines of at most `max` characters at its spaces (never
 * at a no-break space, so an amount and its € stay together); a word longer
 * than a line is cut.
 */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ')) {
    while (width(word) > max) {
      if (line) lines.push(line);
      line = '';
      const chars = [...word];
      lines.push(chars.slice(0, max).join(''));
      word = chars.slice(max).join('');
    }
    if (!line) line = word;
    else if (width(line) + 1 + width(word) <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Lines of text indented by `indent`, wrapped to the report's width, continuation lines under the first. */
const paragraph = (text: string, indent = 0, hang = 0) =>
  wrap(text, WIDTH - indent - hang).map((l, i) => ' '.repeat(indent + (i === 0 ? 0 : hang)) + l);

const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/**
 * A table laid out in columns within the report's width, wrapping headings
 * and text where needed; `undefined` when it cannot fit.
 */
function columnsLayout(t: ReportTable): string[] | undefined {
  const n = t.columns.length;
  const texts = t.rows.map((r) => r.map((c) => c.text));
  const valueWidth = t.columns.map((_, i) => Math.max(0, ...texts.map((r) => width(r[i]!))));
  const widths = t.columns.map((h, i) => Math.max(width(h), valueWidth[i]!));
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (n - 1);
  // First the headings wider than their values wrap, then the widest columns of text.
  for (let i = 0; i < n && total() > WIDTH; i++) widths[i] = Math.max(valueWidth[i]!, longestWord(t.columns[i]!));
  const min = t.columns.map((h, i) => {
    const kind = t.kinds?.[i] ?? 'text';
    if (NUMERIC.has(kind) || kind === 'date') return widths[i]!;
    return Math.min(widths[i]!, Math.max(MIN_TEXT, longestWord(h), ...texts.map((r) => longestWord(r[i]!))));
  });
  while (total() > WIDTH) {
    let widest = -1;
    for (let i = 0; i < n; i++) if (widths[i]! > min[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) return undefined;
    widths[widest]! -= 1;
  }
  const row = (cells: string[]): string[] => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      wrapped
        .map((w, i) => (isNumeric(t, i) ? padStart(w[k] ?? '', widths[i]!) : padEnd(w[k] ?? '', widths[i]!)))
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  };
  const body = t.rows.map((r) => row(r.map((c) => c.text)));
  const spaced = body.some((lines) => lines.length > 1);
  return [
    ...row(t.columns),
    widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP)),
    ...body.flatMap((lines, k) => (spaced && k > 0 ? ['', ...lines] : lines)),
  ];
}

/**
 * A table too wide for the report written as blocks, one per row: the row's
 * first column (after its group columns) as the block's title, then one line
 * per column, `heading  value`, text on the left and numbers on the right.
 * Rows are grouped under the values of the group columns (an indicator under
 * its firm and its objective).
 */
function blocksLayout(t: ReportTable): string[] {
  const groups = t.groups ?? [];
  const key = t.columns.findIndex((_, i) => !groups.includes(i));
  const fields = t.columns.map((_, i) => i).filter((i) => i !== key && !groups.includes(i));
  const labelWidth = Math.max(0, ...fields.map((i) => width(t.columns[i]!)));
  const numberWidth = Math.max(0, ...t.rows.flatMap((r) => fields.filter((i) => isNumeric(t, i)).map((i) => width(r[i]!.text))));
  const out: string[] = [];
  let previous: (string | undefined)[] = [];
  for (const r of t.rows) {
    let headed = false;
    groups.forEach((g, level) => {
      const value = r[g]!.text;
      if (previous[level] === value) return;
      previous = [...previous.slice(0, level), value];
      const label = level === 0 ? '' : `${t.columns[g]!}${' '.repeat(GAP)}`;
      out.push('', ...paragraph(`${label}${value}`, level * 2, width(label)));
      headed = true;
    });
    const indent = groups.length * 2;
    out.push(...(headed ? [] : ['']), ...paragraph(r[key]!.text, indent));
    const valueAt = indent + 2 + labelWidth + GAP;
    for (const i of fields) {
      // Numbers never wrap: they line up on the right, across every block of the table.
      const lines = isNumeric(t, i) ? [padStart(r[i]!.text, numberWidth)] : wrap(r[i]!.text, WIDTH - valueAt);
      out.push(`${' '.repeat(indent + 2)}${padEnd(t.columns[i]!, labelWidth)}${' '.repeat(GAP)}${lines[0]}`.trimEnd());
      for (const l of lines.slice(1)) out.push(`${' '.repeat(valueAt)}${l}`);
    }
  }
  return out.slice(1);
}

/**
 * The report as plain text for a terminal or an email, within 100 columns:
 * tables in aligned columns (text on the left, numbers on the right), or,
 * when a table is too wide, one block per row (per firm, per indicator).
 * Control characters in text from outside (escape sequences, line breaks,
 * bidirectional overrides) are written as visible escapes (`\x1b`, `\n`,
 * `\u202e`), so a name never drives a terminal nor forges a line.
 *
 * @example
 * ```ts
 * console.log(renderText(programmeReport(record, { asOf: '2011-12-31', lang: 'en' })));
 * ```
 */
export function renderText(report: ProgrammeReport): string {
  return rendering(report, textOf);
}

function textOf(report: ProgrammeReport): string {
  // Control characters from outside show as escapes: a name never drives the terminal nor starts a line.
  const doc = written(documentOf(report), terminalSafe);
  const title = paragraph(doc.title);
  const out: string[] = [...title, '='.repeat(Math.max(...title.map(width))), ...doc.subtitle.flatMap((l) => paragraph(l, 0, 2)), ''];
  for (const s of doc.sections) {
    const heading = paragraph(s.title);
    out.push(...heading, '-'.repeat(Math.max(...heading.map(width))));
    for (const l of s.lines) out.push(...paragraph(l, 0, 2));
    s.tables.forEach((t, k) => {
      if (t.rows.length === 0) return;
      const sub = subheading(t, s);
      if (sub !== undefined) {
        const lines = paragraph(sub);
        out.push('', ...lines, '~'.repeat(Math.max(...lines.map(width))));
      } else if (k > 0 || s.lines.length > 0) out.push('');
      out.push(...(columnsLayout(t) ?? blocksLayout(t)));
    });
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
 * accents right, a header row with unique headings, values rounded for
 * people (money in euros with cents, percentages with one decimal, scores
 * with four, other numbers with two), labels in the report's language with
 * their codes in a column beside, a firm's name beside its partita IVA. With
 * `separator: ';'` numbers get a decimal comma, as Italian spreadsheets
 * expect. A text that a spreadsheet would run as a formula (it begins with
 * `=`, `+`, `-`, `@`, a tab or a carriage return, such as a firm named
 * `=HYPERLINK(…)`) is written with a leading apostrophe (OWASP); numbers of
 * the report, negative amounts included, stay numbers.
 *
 * @example
 * ```ts
 * for (const [name, text] of Object.entries(renderCsv(report, { separator: ';' }))) writeFileSync(name, text);
 * ```
 */
export function renderCsv(report: ProgrammeReport, options: CsvOptions = {}): Record<string, string> {
  return rendering(report, (r) => csvOf(r, readCsvOptions(options)));
}

function csvOf(report: ProgrammeReport, options: CsvOptions = {}): Record<string, string> {
  const sep = options.separator ?? ',';
  const t = reportLabels[report.lang];
  const decimal = (d: string) => (sep === ';' ? d.replaceAll('.', ',') : d);
  // A number written from a numeric value stays a number; everything else is text, neutralised.
  const number = (c: ReportCell, places: number, scale = 0) =>
    typeof c.raw === 'number' ? csvNumber(c.raw, places, { scale, decimalComma: sep === ';' }) : '';
  const text = (c: ReportCell) => (c.text === NONE && c.raw === undefined ? '' : csvText(c.text));
  const files: Record<string, string> = {};
  for (const s of reportDocument(report).sections) {
    for (const table of s.tables) {
      const kind = (i: number): ReportColumnKind => table.kinds?.[i] ?? 'text';
      const header = table.columns.flatMap((h, i) => {
        const k = kind(i);
        if (k === 'code') return [h, t.code(h)];
        if (k === 'firm') return [h, t.partitaIva];
        if (k === 'percent') return [t.percentColumn(h)];
        return [h];
      });
      const values = (r: ReportCell[]) =>
        r.flatMap((c, i) => {
          switch (kind(i)) {
            case 'code':
            case 'firm':
              return [text(c), csvText(c.code ?? '')];
            case 'date':
              return [typeof c.raw === 'string' ? csvText(c.raw) : text(c)];
            case 'count':
              return [number(c, 0)];
            case 'number':
            case 'money':
              return [number(c, 2)];
            case 'percent':
              return [number(c, 1, 2)];
            case 'score':
              return [number(c, 4)];
            case 'value':
              // a number, a band of two numbers (`95–100`), a level's label or done / not done
              if (typeof c.raw === 'number') return [number(c, 2)];
              return [c.raw === undefined ? '' : csvText(/^[-\d.]+–[-\d.]+$/.test(c.raw) ? decimal(c.raw) : c.raw)];
            default:
              return [text(c)];
          }
        });
      const lines = [header.map(csvText).join(sep), ...table.rows.map((r) => values(r).join(sep))];
      files[`${table.id}.csv`] = `\uFEFF${lines.join('\r\n')}\r\n`;
    }
  }
  return files;
}

/**
 * The report as JSON (the data of `programmeReport`, indented), with `<`,
 * U+2028, U+2029 and invisible control and format characters written as `\u`
 * escapes: it parses back to the same data, may be embedded in an HTML
 * `<script>` element, and prints safely on a terminal.
 *
 * @example
 * ```ts
 * JSON.parse(renderJson(report)).advantage.netCents;
 * ```
 */
export function renderJson(report: ProgrammeReport): string {
  return rendering(report, jsonOf);
}

function jsonOf(report: ProgrammeReport): string {
  return `${jsonText(report)}\n`;
}

/**
 * Runs a renderer on a report. A report is what {@link programmeReport}
 * returns (as it is, or read back from its JSON); anything else is refused
 * with an error that says so. The renderer gets the report read and checked
 * ({@link readReport}): a throw while rendering is a defect of the library.
 */
function rendering<T>(report: unknown, render: (report: ProgrammeReport) => T): T {
  return guarded(undefined, () => render(readReport(report)));
}
