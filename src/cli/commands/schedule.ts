/** `mechnet schedule`: the verification dates and each firm's status on them. */
import { firmStates, formatDate, resolveDefinition, verificationSchedule } from '../../index.js';
import { cliMessages } from '../messages.js';
import { terminalSafe } from '../../model/escape.js';
import { checkDate, firmOption, recordOf, type Context } from '../files.js';

/** Prints the verification dates and each firm's status on each. */
export function scheduleCommand(c: Context): number {
  const { files, o, lang, out } = c;
  const t = cliMessages[lang];
  const record = recordOf(c, files[0], t.commands.schedule);
  const asOf = checkDate(o['as-of'] as string | undefined, lang);
  const firm = o.firm === undefined ? undefined : firmOption(o.firm as string, record, asOf, lang);
  const dates = verificationSchedule(resolveDefinition(record));
  out.write(`${t.schedule.dates}: ${dates.map((d) => formatDate(d, { lang })).join(', ')}\n\n`);
  const states = firmStates(record, asOf === undefined ? {} : { asOf }).filter((s) => firm === undefined || s.partitaIva === firm);
  const names = states.map((s) => terminalSafe(s.name));
  const width = Math.max(t.schedule.firm.length, ...names.map((n) => n.length));
  const cellWidth = Math.max(10, ...(['held', 'due', 'overdue', 'upcoming'] as const).map((k) => t.schedule[k].length));
  out.write(`${t.schedule.firm.padEnd(width)}  ${dates.map((d) => d.padEnd(cellWidth)).join('  ').trimEnd()}\n`);
  for (const [k, s] of states.entries()) {
    const cells = dates.map((d) => {
      const v = s.verifications.find((x) => x.scheduled === d);
      return (v ? t.schedule[v.status] : '').padEnd(cellWidth);
    });
    out.write(`${names[k]!.padEnd(width)}  ${cells.join('  ').trimEnd()}\n`);
  }
  return 0;
}
