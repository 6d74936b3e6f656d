/** `mechnet calendar`: the verification calendar as an iCalendar feed. */
import { verificationCalendar } from '../../index.js';
import { cliMessages } from '../messages.js';
import { renderCalendar } from '../../server/calendar.js';
import { dateIn } from '../../server/http.js';
import { checkDate, firmOption, recordOf, writeText, type Context } from '../files.js';

/** Writes the calendar feed (of one firm with `--firm`) to standard output or to `--out`. */
export function calendarCommand(c: Context): number {
  const { files, o, lang, out } = c;
  const t = cliMessages[lang];
  const record = recordOf(c, files[0], t.commands.calendar);
  // The statuses of a firm's verifications as of today in Italy, unless --as-of says otherwise.
  const asOf = checkDate(o['as-of'] as string | undefined, lang) ?? dateIn(new Date(), 'Europe/Rome');
  const firm = o.firm === undefined ? undefined : firmOption(o.firm as string, record, asOf, lang);
  const text = renderCalendar(verificationCalendar(record, { asOf, lang, ...(firm ? { firm } : {}) }), { timeZone: 'Europe/Rome' });
  const file = o.out as string | undefined;
  if (!file) {
    out.write(text);
    return 0;
  }
  writeText(file, text, lang);
  out.write(`${t.wrote(file)}\n`);
  return 0;
}
