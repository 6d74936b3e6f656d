/**
 * publicRecord: what a public page may download. No personal data of the
 * sample record is left (searched in the JSON), the result is still a valid
 * record, and the views give the same figures.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  economicAdvantage,
  firmStates,
  overdueVerifications,
  parseRecord,
  phaseCounts,
  planStates,
  programmeReport,
  programmeState,
  publicRecord,
  type ProgrammeRecord,
} from '../../src/index.js';

const text = readFileSync(new URL('../../examples/mechnet-varese-2010.json', import.meta.url), 'utf8');
const full = parseRecord(text);
const raw = JSON.parse(text) as { events: Record<string, any>[] };

/** Every personal datum of the sample: contact persons, e-mails, phones, managers' names and e-mails, plan owners, authors. */
function personalData(): string[] {
  const out = new Set<string>();
  for (const e of raw.events) {
    if (e.type === 'enrolment.applied') {
      const c = e.application.contact;
      for (const v of [c.name, c.email, c.phone]) out.add(v);
      if (e.application.firm.codiceFiscale.length === 16) out.add(e.application.firm.codiceFiscale);
    }
    if (e.type === 'manager.registered') {
      out.add(e.manager.name);
      if (e.manager.email) out.add(e.manager.email);
    }
    if (e.type === 'plan.approved') out.add(e.plan.owner);
    if (e.type === 'enrolment.accepted' && e.exception) out.add(e.exception.approvedBy);
    if (e.note) out.add(e.note);
    if (/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(e.author)) out.add(e.author); // a person, not an office
  }
  return [...out];
}

/** Every number in a value, in order: the figures a view or report gives. */
function figures(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => figures(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => figures(v, out));
  return out;
}

describe('publicRecord', () => {
  const shown = publicRecord(full);
  const json = JSON.stringify(shown);

  it('leaves no contact person, e-mail, phone, person’s codice fiscale, manager or author name of the sample', () => {
    const personal = personalData();
    assert.ok(personal.length > 30, `the sample has personal data to look for (${personal.length})`);
    // A firm's registered name may hold a person's name ("Macchi Utensili S.a.s. di Paolo Macchi & C."): it stays, as in
    // the companies register; `anonymous` leaves firm names out too.
    const firmNames = raw.events.filter((e) => e.type === 'enrolment.applied').map((e) => e.application.firm.name as string);
    const outsideFirmNames = personal.filter((p) => !firmNames.some((n) => n.includes(p)));
    assert.deepEqual(outsideFirmNames.filter((p) => json.includes(p)), []);
    assert.equal(/[\w.+-]+@[\w-]+\.[\w.]+/.test(json), false, 'no e-mail address of any kind');
    assert.equal(shown.events.some((e) => e.type === 'consent.given' || e.type === 'consent.withdrawn'), false, 'no consent records');
  });

  it('marks what it left out, and is a valid record', () => {
    // 13 applied, all admitted; 3 said no to publication (publish-figures: false).
    assert.deepEqual(shown.redaction, { level: 'public', named: 10, unnamed: { notAdmitted: 0, withoutConsent: 3, anonymous: 0 } });
    const applied = shown.events.find((e) => e.type === 'enrolment.applied')!;
    assert.ok(applied.type === 'enrolment.applied');
    assert.deepEqual(applied.application.contact, { redacted: true });
    assert.deepEqual(applied.application.firm.deMinimis, { redacted: true });
    const again = parseRecord(json);
    assert.equal(again.events.length, shown.events.length);
  });

  it('gives the same figures as the full record: phases, cohort, plans, advantage, overdue verifications, the report', () => {
    const again = parseRecord(json);
    for (const asOf of ['2010-06-30', '2011-06-30', '2012-06-30']) {
      const same = <T>(view: (r: ProgrammeRecord) => T, what: string) => assert.deepEqual(figures(view(again)), figures(view(full)), `${what} on ${asOf}`);
      same((r) => phaseCounts(r, { asOf }), 'phase counts');
      same((r) => programmeState(r, { asOf }), 'programme state');
      same((r) => planStates(r, { asOf }), 'plans');
      same((r) => economicAdvantage(r, { asOf }), 'economic advantage');
      same((r) => overdueVerifications(r, { asOf }), 'overdue verifications');
      same((r) => programmeReport(r, { asOf }), 'report');
      // Firm by firm, in order of application: the named ones under their partita IVA, the others under a placeholder.
      const named = new Set(firmStates(again, { asOf }).map((f) => f.partitaIva));
      assert.deepEqual(
        firmStates(again, { asOf }).map((f) => f.phase),
        firmStates(full, { asOf }).map((f) => f.phase),
      );
      assert.ok(firmStates(full, { asOf }).filter((f) => named.has(f.partitaIva)).length >= 1);
    }
  });

  it('anonymous: no firm name, partita IVA or codice fiscale of the sample, firms named Impresa 1..n consistently', () => {
    const anon = publicRecord(full, { anonymous: true });
    const j = JSON.stringify(anon);
    const firms = raw.events.filter((e) => e.type === 'enrolment.applied').map((e) => e.application.firm);
    const identities = firms.flatMap((f) => [f.name, f.partitaIva, f.codiceFiscale, f.address.street]);
    assert.deepEqual(identities.filter((x) => j.includes(x)), []);
    // not even the distinctive words of the names ("Officina Bossi" in a collaboration's title)
    assert.equal(/Bossi|Brambilla|Tettamanti|Broggini/.test(j), false);
    const again = parseRecord(j);
    const names = firmStates(again).map((f) => f.name);
    // Every firm is "Impresa n", in order of application (as the elements number them with `anonymous`).
    assert.deepEqual(names, firms.map((_, i) => `Impresa ${i + 1}`));
    // the same firm is the same "Impresa n" in every event: phases as in the full record, firm by firm
    assert.deepEqual(firmStates(again).map((f) => f.phase), firmStates(full).map((f) => f.phase));
    assert.deepEqual(figures(economicAdvantage(again)), figures(economicAdvantage(full)));
    assert.equal(anon.redaction?.level, 'anonymous');
    assert.equal(anon.redaction?.named, 0);
    assert.ok((anon.redaction?.k ?? 0) >= 3, `k = ${anon.redaction?.k}`);
  });

  it('anonymous keys are no one’s partita IVA (office code 000)', () => {
    const anon = publicRecord(full, { anonymous: true });
    for (const f of firmStates(anon)) assert.match(f.partitaIva, /^\d{7}000\d$/);
  });

  it('refuses what is not a record, with the path', () => {
    assert.throws(() => publicRecord({ programme: 'nope', events: [] } as never), (e: any) => e.code === 'unknown_preset');
    assert.throws(() => publicRecord(full, { anonymous: 'yes' } as never), (e: any) => e.issues?.[0]?.path.join('.') === 'options.anonymous');
  });
});

describe('the published sample records in examples/', () => {
  it('are what `mechnet publish` writes from the sample: public, and anonymous', () => {
    const read = (name: string) => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')) as unknown;
    assert.deepEqual(read('mechnet-varese-2010.public.json'), JSON.parse(JSON.stringify(publicRecord(full))));
    assert.deepEqual(read('mechnet-varese-2010.anonymous.json'), JSON.parse(JSON.stringify(publicRecord(full, { anonymous: true }))));
  });
});
