/** `mechnet validate FILE`: a record, a definition or an application checked, with every problem named. */
import { MechnetError, parseApplication, parseDefinition } from '../../index.js';
import { parseJson } from '../../model/parse.js';
import { cliMessages } from '../messages.js';
import { loadRecord, readText, Usage, DocumentError, type Context } from '../files.js';

/** Checks the file (or says the store was read, every event checked); exit 1 with every problem otherwise. */
export function validateCommand({ files, o, lang, out, source }: Context): number {
  const t = cliMessages[lang];
  if (source) {
    // Reading the store already checked every event.
    out.write(`${t.valid(source.label, 'record')}\n`);
    return 0;
  }
  const file = files[0];
  if (!file) throw new Usage(`${t.missingFile}\n\n${t.commands.validate}`);
  const text = readText(file, lang);
  try {
    const value = parseJson(text, lang);
    const kind =
      value && typeof value === 'object' && 'events' in value
        ? 'record'
        : value && typeof value === 'object' && 'idempotencyKey' in value
          ? 'application'
          : 'definition';
    if (kind === 'record') loadRecord(file, lang, o.definition as string | undefined);
    else if (kind === 'application') parseApplication(value, { lang });
    else parseDefinition(value, { lang });
    out.write(`${t.valid(file, kind)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof MechnetError) throw new DocumentError(file, e);
    throw e;
  }
}
