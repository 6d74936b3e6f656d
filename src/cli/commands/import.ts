/** `mechnet import`: a quarter's measurements from a CSV table into a record or a store. */
import { renameSync } from 'node:fs';
import process from 'node:process';
import { applyEvent, MechnetError } from '../../index.js';
import { readCsv } from '../../model/csv.js';
import { measurementRows } from '../../plan/table.js';
import { en } from '../../i18n/en.js';
import { it } from '../../i18n/it.js';
import { cliMessages } from '../messages.js';
import { issueLine } from '../terminal.js';
import { jsonText, terminalSafe } from '../../model/escape.js';
import { fileProblem, Invalid, loadRecordFile, readText, Usage, writeText, type Context } from '../files.js';

/** Reads a CSV table of measurements and adds them to the record file (`--into`) or the store, all or none. */
export function importCommand({ files, o, lang, out, err, source }: Context): number | Promise<number> {
  const t = cliMessages[lang];
  const file = files[0];
  if (!file) throw new Usage(`${t.missingFile}\n\n${t.commands.import}`);
  const into = o.into as string | undefined;
  if (!into && !source) throw new Usage(`${t.missingInto}\n\n${t.commands.import}`);
  const { separator: csvSeparator, rows } = readCsv(readText(file, lang));
  const loaded = source ? { record: source.record, programme: undefined } : loadRecordFile(into!, lang, o.definition as string | undefined);
  let record = loaded.record;
  // Semicolon files come from Italian spreadsheets: decimal comma, dot for thousands.
  const table = measurementRows(rows, {
    decimalComma: csvSeparator === ';',
    author: (o.author as string | undefined) ?? 'mechnet import',
    existingIds: new Set(record.events.map((e) => e.id)),
  });
  const catalogue = lang === 'en' ? en : it;
  const errors = table.problems.map((p) => `${terminalSafe(file)}: ${t.line(p.line)}: ${terminalSafe(catalogue[p.code](p.params))}`);
  if (table.problems.some((p) => p.code === 'table_missing_column')) throw new Invalid(errors.join('\n'));
  const added: unknown[] = [];
  for (const { line, event } of table.events) {
    try {
      record = applyEvent(record, event, { lang });
      added.push(event);
    } catch (e) {
      if (!(e instanceof MechnetError)) throw e;
      for (const i of e.issues) errors.push(`${terminalSafe(file)}: ${t.line(line)}: ${issueLine(i.path, i.messages[lang])}`);
    }
  }
  if (errors.length > 0) {
    err.write(`${errors.join('\n')}\n${t.rowsWrong(errors.length)}\n`);
    return 1;
  }
  if (source) {
    return source.append(added).then((ok) => {
      if (!ok) throw new Invalid(t.storeChanged);
      out.write(`${t.imported(added.length, source.label)}\n`);
      return 0;
    });
  }
  const target = into!;
  const tmp = `${target}.tmp-${process.pid}`;
  // The record keeps naming its programme as it did (a preset id or a definition file beside it).
  const written = loaded.programme === undefined ? record : { ...record, programme: loaded.programme };
  writeText(tmp, `${jsonText(written)}\n`, lang);
  try {
    renameSync(tmp, target);
  } catch (e) {
    throw new Usage(t.cannotWrite(target, fileProblem(e)));
  }
  out.write(`${t.imported(added.length, target)}\n`);
  return 0;
}
