/** The report in Markdown (GitHub tables). */
import { markdownText } from '../model/escape.js';
import type { ProgrammeReport } from './report.js';
import { documentOf, isNumeric, rendering, subheading, written } from './document.js';

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
