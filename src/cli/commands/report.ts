/** `mechnet report`: the periodic report as text, Markdown, CSV, JSON or a spreadsheet. */
import { writeFileSync } from 'node:fs';
import { renderXlsx } from '../../server/xlsx.js';
import { join } from 'node:path';
import { programmeReport } from '../../index.js';
import { renderCsv, renderJson, renderMarkdown, renderText } from '../../report/index.js';
import { cliMessages } from '../messages.js';
import { checkDate, firmOption, makeFolder, recordOf, Usage, writeText, type Context } from '../files.js';

/** Writes the report for `--as-of` in the format asked, to standard output or to `--out`. */
export function reportCommand(c: Context): number | Promise<number> {
  const { files, o, lang, out } = c;
  const t = cliMessages[lang];
  if (!c.source && !files[0]) throw new Usage(`${t.missingFile}\n\n${t.commands.report}`);
  const asOf = checkDate(o['as-of'] as string | undefined, lang);
  if (!asOf) throw new Usage(`${t.missingAsOf}\n\n${t.commands.report}`);
  const formatName = (o.format as string | undefined) ?? 'text';
  if (!['text', 'md', 'csv', 'json', 'xlsx'].includes(formatName)) throw new Usage(t.badFormat(formatName));
  const separator = o.separator as string | undefined;
  if (separator !== undefined && separator !== ',' && separator !== ';') throw new Usage(t.badSeparator(separator));
  const outDir = o.out as string | undefined;
  if ((formatName === 'csv' || formatName === 'xlsx') && !outDir) throw new Usage(t.csvNeedsOut);
  const record = recordOf(c, files[0], t.commands.report);
  const firm = o.firm === undefined ? undefined : firmOption(o.firm as string, record, asOf, lang);
  const report = programmeReport(record, { asOf, lang, ...(firm ? { firm } : {}) });
  if (formatName === 'xlsx') {
    // A spreadsheet, one sheet per section: written once exceljs has built it.
    return renderXlsx(report).then((bytes) => {
      makeFolder(outDir!, lang);
      const target = join(outDir!, 'report.xlsx');
      writeFileSync(target, bytes);
      out.write(`${t.wrote(target)}\n`);
      return 0;
    });
  }
  const outputs: Record<string, string> =
    formatName === 'csv'
      ? renderCsv(report, { separator: (separator as ',' | ';' | undefined) ?? ',' })
      : formatName === 'md'
        ? { 'report.md': renderMarkdown(report) }
        : formatName === 'json'
          ? { 'report.json': renderJson(report) }
          : { 'report.txt': renderText(report) };
  if (!outDir) {
    out.write(Object.values(outputs)[0]!);
    return 0;
  }
  makeFolder(outDir, lang);
  for (const [name, text] of Object.entries(outputs)) {
    writeText(join(outDir, name), text, lang);
    out.write(`${t.wrote(join(outDir, name))}\n`);
  }
  return 0;
}
