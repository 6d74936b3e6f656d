/**
 * Reuse without code changes (rule-book §1): the second preset, Filiera
 * Granda (`agrifood-cuneo-2024`: Cuneo Chamber of Commerce, food and
 * beverage processors of Cuneo and Asti, 2024-2026), runs on the same rules
 * as MechNet with its own data. Its JSON definition is the preset; its sample
 * record passes every rule; eligibility, the verification calendar,
 * staleness, the report and the default allocation follow its definition,
 * not MechNet's. Expected values are worked by hand in the comments.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  agrifoodCuneoDefinition as agrifood,
  checkEligibility,
  compareGroupGain,
  economicAdvantage,
  firmStates,
  mechnetDefinition,
  nextVerification,
  overdueVerifications,
  parseDefinition,
  parseRecord,
  planState,
  presets,
  programmeReport,
  promotableFromWaitlist,
  publicRecord,
  resolveDefinition,
  verificationSchedule,
  type CollaborationFigures,
  type EnrolmentApplication,
  type ProgrammeRecord,
} from '../../src/index.js';
import { renderMarkdown } from '../../src/report/index.js';
import { markdownText } from '../../src/model/escape.js';
import { jsonSchema } from '../../src/schema/json-schema.js';
import { buildRecord, definitionJson } from '../../scripts/sample/agrifood-cuneo-2024.js';

const ID = 'agrifood-cuneo-2024';
const read = (name: string): any => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const recordText = readFileSync(new URL(`../../examples/${ID}.json`, import.meta.url), 'utf8');
const record: ProgrammeRecord = parseRecord(recordText);

/** Partite IVA of the sample: company number, office code of the seat's province (CN 004, AT 005, TO 001), check digit. */
const STURA = '03815240043';
const LANGA = '04029170042';
const BRA = '03672400045';
const BELBO = '01396620054';
const NIZZA = '01587330059';
const ALTALANGA = '04123860043';
const SALUZZO = '03952710048';
const SABAUDO = '04288150016';

/** The application stored in the sample record for a firm. */
function applicationOf(rec: { events: readonly any[] }, firm: string): EnrolmentApplication {
  const e = rec.events.find((x) => x.type === 'enrolment.applied' && x.firm === firm);
  assert.ok(e, `no application of ${firm}`);
  return plain(e.application) as EnrolmentApplication;
}

/** The error codes of an eligibility check, sorted. */
const errorCodes = (r: ReturnType<typeof checkEligibility>): string[] =>
  r.reasons.filter((x) => x.severity === 'error').map((x) => x.code).sort();

describe('the preset agrifood-cuneo-2024', () => {
  it('ships beside MechNet, frozen, and a record may name it', () => {
    assert.deepEqual(Object.keys(presets), ['mechnet-varese-2010', ID]);
    assert.equal(presets[ID], agrifood);
    assert.equal(resolveDefinition({ programme: ID }), agrifood);
    assert.ok(Object.isFrozen(agrifood) && Object.isFrozen(agrifood.eligibility.territory.provinces));
  });

  it('is another sector, territory, cadence and allocation than MechNet, as data', () => {
    const pick = (d: typeof agrifood) => ({
      prefixes: d.eligibility.sector.prefixes,
      provinces: d.eligibility.territory.provinces,
      basis: d.eligibility.territory.basis,
      cadence: d.calendar.verification.cadence,
      allocation: d.collaboration.allocation,
    });
    assert.deepEqual(plain(pick(agrifood)), {
      prefixes: ['10', '11'],
      provinces: ['CN', 'AT'],
      basis: 'seat-or-site',
      cadence: { every: 4, unit: 'month' },
      allocation: 'equal-percentage',
    });
    assert.deepEqual(plain(pick(mechnetDefinition)), {
      prefixes: ['24', '25', '26', '27', '28', '29', '30', '33'],
      provinces: ['VA'],
      basis: 'registered-seat',
      cadence: { every: 3, unit: 'month' },
      allocation: 'proportional',
    });
  });
});

describe(`examples/${ID}.definition.json`, () => {
  const json = read(`${ID}.definition.json`);

  it('points at the published JSON Schema of a definition', () => {
    assert.equal(json.$schema, jsonSchema('definition').$id);
    assert.equal(json.$schema, 'https://unpkg.com/mechnet/schema/definition.schema.json');
  });

  it('is exactly the preset, and parseDefinition accepts it', () => {
    const { $schema: _schema, ...rest } = json;
    assert.deepEqual(rest, plain(agrifood));
    const parsed = parseDefinition(json);
    assert.deepEqual(plain(parsed), json);
    assert.deepEqual(json, plain(definitionJson()), 'the generator writes this file');
  });
});

describe(`the sample record examples/${ID}.json`, () => {
  it('passes every rule (parseRecord) and names the preset', () => {
    assert.equal(record.programme, ID);
    assert.equal(record.events.length, 168);
  });

  it('is what the generator writes (npx tsx scripts/sample/agrifood-cuneo-2024.ts)', () => {
    assert.deepEqual(JSON.parse(recordText), plain(buildRecord()));
  });

  it('has its eight firms where the story leaves them on 31 July 2025', () => {
    const states = firmStates(record, { asOf: '2025-07-31' }).map((f) => [f.partitaIva, f.status, f.phase]);
    assert.deepEqual(states, [
      [STURA, 'accepted', 'collaboration'],
      [LANGA, 'accepted', 'collaboration'],
      [BRA, 'withdrawn', 'withdrawn'],
      [BELBO, 'accepted', 'collaboration'],
      [NIZZA, 'accepted', 'collaboration'],
      [ALTALANGA, 'accepted', 'collaboration'],
      [SALUZZO, 'accepted', 'collaboration'],
      [SABAUDO, 'rejected', 'rejected'],
    ]);
  });

  it('accepts only firms eligible under its own rules; the Turin pasta maker is rejected for the territory alone', () => {
    for (const firm of [STURA, LANGA, BRA, BELBO, NIZZA, ALTALANGA, SALUZZO]) {
      const r = checkEligibility(agrifood, applicationOf(record, firm), { asOf: '2024-03-01' });
      assert.deepEqual(errorCodes(r), [], firm);
    }
    assert.deepEqual(errorCodes(checkEligibility(agrifood, applicationOf(record, SABAUDO), { asOf: '2024-03-01' })), ['territory']);
    const rejected = record.events.find((e) => e.type === 'enrolment.rejected');
    assert.ok(rejected?.type === 'enrolment.rejected');
    assert.deepEqual(rejected.reasons.map((x) => x.code), ['territory']);
  });

  it('fills its 6 places and waitlists the seventh, who takes the place freed on 20 May 2024', () => {
    assert.equal(firmStates(record, { asOf: '2024-04-01' }).find((f) => f.partitaIva === SALUZZO)?.status, 'waitlisted');
    assert.deepEqual(promotableFromWaitlist(record, { asOf: '2024-05-19' }), []);
    assert.deepEqual(promotableFromWaitlist(record, { asOf: '2024-05-20' }), [SALUZZO]);
    assert.equal(firmStates(record, { asOf: '2024-05-27' }).find((f) => f.partitaIva === SALUZZO)?.status, 'accepted');
  });
});

describe('eligibility: the same firm, two programmes', () => {
  const mechnetSample = read('mechnet-varese-2010.json');

  /** An application moved to another programme: its id and the notice shown, the rest of the firm unchanged. */
  const moveTo = (app: EnrolmentApplication, d: typeof agrifood, submittedAt: string): EnrolmentApplication => ({
    ...app,
    programme: d.id,
    submittedAt,
    consent: {
      noticeVersion: d.eligibility.consent.noticeVersion,
      purposes: { newsletter: true, 'publish-figures': true },
      givenAt: submittedAt,
    },
  });

  it('a Varese machining shop: accepted by MechNet, rejected by Filiera Granda for sector and territory', () => {
    const app = mechnetSample.events.find((e: any) => e.type === 'enrolment.applied').application as EnrolmentApplication;
    assert.equal(app.firm.address.province, 'VA');
    assert.equal(app.firm.ateco, '25.62.00');
    assert.equal(checkEligibility(mechnetDefinition, app).outcome, 'accept');

    const r = checkEligibility(agrifood, moveTo(app, agrifood, '2024-02-01T10:00:00+01:00'), { lang: 'en' });
    assert.equal(r.outcome, 'reject');
    assert.deepEqual(errorCodes(r), ['sector', 'territory']);
    const reason = (code: string) => r.reasons.find((x) => x.code === code)!;
    assert.deepEqual(reason('sector').path, ['firm', 'ateco']);
    assert.equal(reason('sector').params.values, '10, 11');
    assert.deepEqual(reason('territory').path, ['firm', 'address', 'province']);
    assert.equal(reason('territory').params.values, 'CN, AT');
  });

  it('a Cuneo dairy: accepted by Filiera Granda, rejected by MechNet for sector and territory', () => {
    const app = applicationOf(record, STURA);
    assert.equal(checkEligibility(agrifood, app).outcome, 'accept');

    const r = checkEligibility(mechnetDefinition, moveTo(app, mechnetDefinition, '2010-02-01T10:00:00+01:00'));
    assert.equal(r.outcome, 'reject');
    assert.deepEqual(errorCodes(r), ['sector', 'territory']);
    assert.equal(r.reasons.find((x) => x.code === 'sector')!.params.name, '10.51.20');
    assert.equal(r.reasons.find((x) => x.code === 'territory')!.params.values, 'VA');
  });

  it('a brewery seated in Turin with its plant in Mondovì: an operating site suffices here (seat-or-site), not under a registered-seat rule', () => {
    const app = applicationOf(record, ALTALANGA);
    const moved: EnrolmentApplication = {
      ...app,
      firm: {
        ...app.firm,
        address: { street: 'Via Nizza 150', postalCode: '10126', municipality: 'Torino', province: 'TO' },
        sites: [app.firm.address],
      },
    };
    assert.equal(checkEligibility(agrifood, moved).outcome, 'accept');
    const seatOnly = parseDefinition({
      ...plain(agrifood) as object,
      eligibility: { ...plain(agrifood.eligibility) as object, territory: { region: 'piemonte', provinces: ['CN', 'AT'], basis: 'registered-seat' } },
    });
    assert.deepEqual(errorCodes(checkEligibility(seatOnly, moved)), ['territory']);
  });

  it('a firm admitted by its operating site stays valid in the anonymous public record (the sites keep their province only)', () => {
    const app = applicationOf(record, ALTALANGA);
    const seat = app.firm.address;
    const moved = plain(record) as { events: any[] };
    for (const e of moved.events) {
      if (e.type === 'enrolment.applied' && e.firm === ALTALANGA) {
        e.application.firm.address = { street: 'Via Nizza 150', postalCode: '10126', municipality: 'Torino', province: 'TO' };
        e.application.firm.sites = [seat];
      }
    }
    const full = parseRecord(moved);
    const anonymous = publicRecord(full, { anonymous: true });
    const withSites = anonymous.events.filter((e) => e.type === 'enrolment.applied' && (e as any).application.firm.sites).map((e) => (e as any).application.firm);
    // Only the place an anonymous record keeps: the province, or the region where the province alone would single firms out.
    const byRegion = anonymous.redaction?.generalised?.includes('region');
    const place = (province: string) => (byRegion ? { region: 'piemonte', redacted: true } : { province, redacted: true });
    assert.deepEqual(withSites.map((f) => [f.address, f.sites]), [[place('TO'), [place(seat.province)]]]);
    assert.equal(JSON.stringify(anonymous).includes(seat.street), false);
    assert.ok(parseRecord(JSON.parse(JSON.stringify(anonymous))));
  });
});

describe('the verification calendar: every 4 months from 1 March 2024', () => {
  it('lists six dates up to the end of the edition (31 March 2026)', () => {
    // 2024-03-01 + 4, 8, 12, 16, 20, 24 months; + 28 months is 2026-07-01, after the end.
    assert.deepEqual(verificationSchedule(agrifood), ['2024-07-01', '2024-11-01', '2025-03-01', '2025-07-01', '2025-11-01', '2026-03-01']);
    // MechNet, for contrast: every 3 months from 2010-03-01.
    assert.deepEqual(verificationSchedule(mechnetDefinition).slice(0, 2), ['2010-06-01', '2010-09-01']);
  });

  it('gives the next date after a day', () => {
    assert.equal(nextVerification(agrifood, '2025-07-31'), '2025-11-01');
    assert.equal(nextVerification(agrifood, '2025-11-01'), '2026-03-01');
    assert.equal(nextVerification(agrifood, '2026-03-01'), undefined);
  });

  it('makes a verification overdue after its 20 days of grace', () => {
    // The brewery missed 2025-03-01: due by 2025-03-21, overdue from the 22nd.
    const byDate = (asOf: string) => overdueVerifications(record, { asOf }).map((o) => [o.firm, o.scheduled, o.daysOverdue]);
    assert.deepEqual(byDate('2025-03-21'), []);
    assert.deepEqual(byDate('2025-03-22'), [[ALTALANGA, '2025-03-01', 1]]);
    // 2025-11-01 + 20 days = 2025-11-21: still due on that day, overdue for the six firms taking part on the 22nd.
    assert.deepEqual(byDate('2025-11-21'), [[ALTALANGA, '2025-03-01', 245]]);
    assert.deepEqual(byDate('2025-11-22'), [
      [ALTALANGA, '2025-03-01', 246],
      [BELBO, '2025-11-01', 1],
      [NIZZA, '2025-11-01', 1],
      [STURA, '2025-11-01', 1],
      [SALUZZO, '2025-11-01', 1],
      [LANGA, '2025-11-01', 1],
      [ALTALANGA, '2025-11-01', 1],
    ]);
  });

  it('makes a measurement stale after 180 days, not after two cadences', () => {
    // The dairy's waste rate was last measured on 2025-07-01; 2025-12-28 - 180 days = 2025-07-01 (not older), 2025-12-29 - 180 days = 2025-07-02.
    const status = (asOf: string) => planState(record, STURA, { asOf })!.evaluation.objectives[0]!.indicators[0]!.status;
    assert.notEqual(status('2025-12-28'), 'stale');
    assert.equal(status('2025-12-29'), 'stale');
  });
});

describe('the periodic verification report', () => {
  it('renders the programme with its firms and its own phases, in Italian and English', () => {
    const it_ = renderMarkdown(programmeReport(record, { asOf: '2025-07-31' }));
    assert.match(it_, /^# Filiera Granda: un temporary manager e una rete per le imprese agroalimentari/);
    assert.match(it_, /Promotori: Camera di Commercio di Cuneo, Coldiretti Cuneo, Confcooperative Cuneo/);
    // Firms in each phase now, and those that went through it (none passed collaboration yet).
    assert.match(it_, /\| Collaborazione di filiera \| 6 \| 0 \|/);
    assert.match(it_, /\| Non ammesse \| 1 \| — \|/);
    assert.match(it_, /\| Ritirate \| 1 \| — \|/);
    for (const e of record.events) {
      // as Markdown writes it: `& C.` as `&amp; C.`
      if (e.type === 'enrolment.applied') assert.ok(it_.includes(`| ${markdownText(e.application.firm.name)} |`), e.application.firm.name);
    }
    // The brewery missed 2025-03-01: 132 days overdue on 31 July (due by 21 March).
    assert.match(it_, /\| Birrificio Alta Langa S\.r\.l\. \| 1º marzo 2025 \| 132 \|/);

    const en = renderMarkdown(programmeReport(record, { asOf: '2025-07-31', lang: 'en' }));
    assert.match(en, /^# Filiera Granda: a temporary manager and a network for agri-food firms/);
    assert.match(en, /\| Supply-chain collaboration \| 6 \| 0 \|/);
  });
});

describe('the economics of the sample', () => {
  const advantage = economicAdvantage(record, { asOf: '2025-07-31' });
  const energy = record.events.find(
    (e) => e.type === 'collaboration.figures-recorded' && e.collaboration === 'energia-2025',
  ) as Extract<ProgrammeRecord['events'][number], { type: 'collaboration.figures-recorded' }>;
  const figures = energy.figures as Extract<CollaborationFigures, { kind: 'purchasing' }>;

  it('adds up the electricity group and the IFS path against the programme cost', () => {
    // Electricity, first half of 2025, 725 MWh at EUR 146/MWh (curve tier from 700 MWh), against the prices before:
    // (158-146)x210 + (189-146)x45 + (165-146)x150 + (172-146)x130 + (161-146)x190 = 2,520 + 1,935 + 2,850 + 3,380 + 2,850 = EUR 13,535.
    // IFS path: stand-alone 14,000 + 11,000 + 9,500 + 13,500 = 48,000, shared 30,000: EUR 18,000.
    assert.equal(advantage.byKind.purchasing.hardCents, 1_353_500);
    assert.equal(advantage.byKind.brands.hardCents, 1_800_000);
    assert.equal(advantage.realised.hardCents, 3_153_500);
    // Negotiated for a year: 2x the half-year volumes, same price: 2,707,000 cents.
    assert.equal(advantage.negotiated.hardCents, 2_707_000);
    // Seven firms were accepted (the one that withdrew paid too): 7 x EUR 5,000.
    assert.equal(advantage.firms.reduce((s, f) => s + f.programmeCostCents, 0), 3_500_000);
    assert.equal(advantage.netCents, 3_153_500 - 3_500_000);
    assert.equal(advantage.publicFundingCents, 18_000_000);
    // The IFS cost is shared equally (EUR 7,500 each): each saves its stand-alone cost less 7,500.
    const ifs = Object.fromEntries(advantage.firms.map((f) => [f.firm, f.byKind.brands.hardCents]));
    assert.deepEqual([ifs[STURA], ifs[LANGA], ifs[ALTALANGA], ifs[SALUZZO]], [650_000, 350_000, 200_000, 600_000]);
  });

  it('splits the electricity group gain by its default method, equal percentage of stand-alone cost', () => {
    assert.equal(agrifood.collaboration.allocation, 'equal-percentage');
    const c = compareGroupGain(figures);
    assert.deepEqual(c.firms, [STURA, LANGA, BELBO, NIZZA, SALUZZO]);
    assert.equal(c.gainCents, 1_353_500);
    // Stand-alone costs 3,318,000 + 850,500 + 2,475,000 + 2,236,000 + 3,059,000 = 11,938,500 cents;
    // each keeps 1,353,500 / 11,938,500 of its own: 376,170.62 / 96,423.48 / 280,597.44 / 253,501.36 / 346,807.09,
    // the 2 cents left over going to the largest remainders (the dairy, the confectioner).
    assert.deepEqual(c.methods[agrifood.collaboration.allocation], [376_171, 96_424, 280_597, 253_501, 346_807]);
    // MechNet's default (proportional to the 725 MWh) would give another split.
    assert.deepEqual(c.methods[mechnetDefinition.collaboration.allocation], [392_048, 84_010, 280_035, 242_697, 354_710]);
  });
});

describe('the published public records', () => {
  it(`examples/${ID}.public.json and .anonymous.json are publicRecord of the sample`, () => {
    assert.deepEqual(read(`${ID}.public.json`), plain(publicRecord(record)));
    assert.deepEqual(read(`${ID}.anonymous.json`), plain(publicRecord(record, { anonymous: true })));
    const text = readFileSync(new URL(`../../examples/${ID}.anonymous.json`, import.meta.url), 'utf8');
    assert.ok(!text.includes('@') && !text.includes('Caseificio Valle Stura') && !text.includes(STURA));
  });
});
