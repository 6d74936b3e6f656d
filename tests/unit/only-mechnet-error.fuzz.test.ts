/**
 * Every exported function that takes outside data fails only with
 * MechnetError, whatever it is given, never with `internal` (a throw inside
 * one of its rules: a defect, which this test exists to find), and never
 * changes what it is given.
 *
 * Each function is called with arbitrary values in every argument position
 * (anything JavaScript can hold; hostile objects: proxies whose traps throw,
 * revoked proxies, getters and conversions that throw) and with valid
 * documents that have one part replaced by an arbitrary or hostile value,
 * or that may be read only once. MECHNET_FUZZ_RUNS sets the number of calls
 * per function (default 10,000; `npm run fuzz` asks for 100,000);
 * MECHNET_FUZZ_SHARD=k/n runs every n-th function from the k-th (a nightly
 * run spreads the functions over the cores); MECHNET_FUZZ_ONLY a pattern of
 * the functions to run.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as api from '../../src/index.js';
import * as reportApi from '../../src/report/index.js';
import {
  mechnetDefinition,
  MechnetError,
  parseRecord,
} from '../../src/index.js';
import { clone, smallRecord, validApplication, validPlan } from '../fixtures/sample.js';
import { mutate } from './helpers.js';
import { assertNotInternal, hostileValue, materialize, readOnceOf, whileArmed } from './hostile.js';

const RUNS = Number(process.env.MECHNET_FUZZ_RUNS ?? 10_000);

// ---------------------------------------------------------------------------
// Arbitrary inputs
// ---------------------------------------------------------------------------

/** Odd values: limits of numbers and dates, empty things, objects that fight back (more in hostile.ts). */
function oddValues(): unknown[] {
  const throwingToString = { toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } };
  const throwingGetter = Object.defineProperty({}, 'events', { get: () => { throw new TypeError('getter'); }, enumerable: true });
  const nullProto = Object.create(null) as Record<string, unknown>;
  nullProto.firm = 'x';
  return [
    undefined, null, NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324, 2 ** 53, 2 ** 53 + 2,
    '', ' ', 'x', '0000-01-01', '0050-02-29', '9999-12-31', '2010-02-30', '2010-03-01', 'ITIT00743110157',
    true, false, [], {}, [null], { length: 3 }, () => 1, Symbol('s'), 10n, new Date(NaN), new Map(), new Set(),
    throwingToString, throwingGetter, nullProto, Object.freeze({ a: 1 }), new Uint8Array(2),
  ];
}

const anything = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true }) },
  { weight: 2, arbitrary: fc.constantFrom(...oddValues()) },
  { weight: 1, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string() },
);


/**
 * A valid document, or one with a part replaced by an arbitrary JSON value
 * (or an odd number, or a hostile value), or a valid document that may be
 * read only once.
 */
const near = (make: () => unknown) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(null).map(() => make()) },
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.oneof(fc.jsonValue(), fc.constantFrom(1e308, -1, 0, 0.5, 1e-9, '', '0000-01-01')))
        .map(([choices, value]) => mutate(make(), choices, value)),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), hostileValue).map(([choices, value]) => mutate(make(), choices, value)),
    },
    { weight: 1, arbitrary: readOnceOf(make) },
  );

// Valid documents the functions work on.
const record = parseRecord(smallRecord());
const plan = validPlan();
const indicator = plan.objectives[0]!.indicators[0]!;
const settings = api.evaluationSettings(mechnetDefinition);
const definition = () => clone(mechnetDefinition);
const date = fc.oneof(fc.constantFrom('2010-03-01', '2011-12-31', '2010-02-29', '1899-12-31', '3000-01-01'), anything);

/** Argument generators per position; unlisted positions get `anything`. */
type Args = fc.Arbitrary<unknown>[];
const A = anything;

/**
 * Every exported function that takes outside data, with generators for its
 * arguments. Each position mixes valid values, near-valid documents and
 * arbitrary values.
 */
const table: Record<string, Args> = {
  // Languages, messages and formats
  toLang: [A],
  formatDate: [date, fc.oneof(near(() => ({ lang: 'en', style: 'short' })), A)],
  formatDateWith: [date, fc.oneof(fc.constantFrom('on', 'of', 'from', 'since', 'to', 'asOf', 'by', 'after'), A), fc.oneof(near(() => ({ lang: 'en' })), A)],
  formatProvinces: [fc.oneof(fc.constant(['CN', 'AT']), near(() => ['VA', 'SP', 'ZZ']), A), fc.oneof(near(() => ({ lang: 'en' })), A)],
  formatCents: [fc.oneof(fc.integer(), A), fc.oneof(near(() => ({ lang: 'en', fraction: false })), A)],
  formatNumber: [fc.oneof(fc.double(), A), fc.oneof(near(() => ({ lang: 'en', maximumFractionDigits: 3 })), A)],
  formatPercent: [fc.oneof(fc.double(), A), fc.oneof(near(() => ({ lang: 'en', digits: 1 })), A)],
  formatPercentValue: [fc.oneof(fc.double(), A), fc.oneof(near(() => ({ lang: 'en', digits: 1 })), A)],
  formatPath: [fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer())), A)],
  reasonText: [fc.oneof(fc.constantFrom('sector', 'territory', 'nope'), A), A],
  readNumber: [fc.oneof(fc.string(), fc.constantFrom('1.234,56', '1,234.56', '2,5'), A)],
  readEuros: [fc.oneof(fc.string(), fc.constantFrom('1.234,56', '1,234.56', '2,5'), A)],
  // Documents
  parseDefinition: [fc.oneof(near(definition), A), A],
  safeParseDefinition: [fc.oneof(near(definition), A), A],
  parseApplication: [fc.oneof(near(validApplication), A), A],
  safeParseApplication: [fc.oneof(near(validApplication), A), A],
  parseRecord: [fc.oneof(near(smallRecord), A), A],
  safeParseRecord: [fc.oneof(near(smallRecord), A), A],
  parseRecordShape: [fc.oneof(near(smallRecord), A), A],
  safeParseRecordShape: [fc.oneof(near(smallRecord), A), A],
  resolveDefinition: [fc.oneof(near(smallRecord), A), A],
  parsePlan: [fc.oneof(near(validPlan), A), fc.oneof(fc.constant(mechnetDefinition), A), A],
  safeParsePlan: [fc.oneof(near(validPlan), A), fc.oneof(fc.constant(mechnetDefinition), A), A],
  // Identifiers and enrolment rules
  isValidPartitaIva: [A],
  checkPartitaIva: [A],
  normalizePartitaIva: [fc.oneof(fc.string(), A)],
  isValidCodiceFiscale: [A],
  checkCodiceFiscale: [A],
  normalizeCodiceFiscale: [fc.oneof(fc.string(), A)],
  readCodiceFiscale: [fc.oneof(fc.constant('RCCMNL83S18D969H'), fc.string(), A)],
  isAtecoCode: [A],
  normalizeAteco: [fc.oneof(fc.string(), A)],
  classifySme: [
    near(() => ({ staff: 9, turnoverCents: 95_000_000, balanceSheetCents: 70_000_000 })),
    fc.oneof(near(() => ({ partners: [{ staff: 5, turnoverCents: 1000, balanceSheetCents: 1000, share: 0.3 }] })), A),
  ],
  artisanLimits: [fc.oneof(fc.constantFrom('lombardia', 'piemonte'), A), date, A],
  checkArtisanLimits: [
    near(() => ({ staff: 9, apprentices: 2 })),
    fc.oneof(fc.constantFrom('not-in-series', 'in-series', 'nope'), A),
    fc.oneof(fc.constant(null).map(() => api.artisanLimits('lombardia', '2010-03-01')), A),
    A,
  ],
  deMinimisRegime: [date, A],
  deMinimisHeadroom: [
    near(() => [{ date: '2008-05-20', amountCents: 1_500_000, grantor: 'Regione Lombardia' }]),
    near(() => ({ date: '2010-03-01', aidCents: 2_300_000 })),
  ],
  checkEligibility: [fc.oneof(fc.constant(mechnetDefinition), near(definition), A), fc.oneof(near(validApplication), A), fc.oneof(near(() => ({ asOf: '2010-03-01', enrolled: [], lang: 'en' })), A)],
  checkFirmEligibility: [fc.oneof(fc.constant(mechnetDefinition), near(definition), A), fc.oneof(near(() => validApplication().firm), A), fc.oneof(near(() => ({ asOf: '2010-03-01', lang: 'en' })), A)],
  checkApplication: [fc.oneof(fc.constant(mechnetDefinition), near(definition), A), fc.oneof(near(validApplication), A), A],
  consentState: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(fc.constant('00743110157'), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  promotableFromWaitlist: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  enrolledFirms: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ before: '00743110157', asOf: '2011-12-31', lang: 'en' })), A)],
  applicationReference: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(fc.constantFrom('00743110157', '02184730121', '99999999999'), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  contestedApplications: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  confirmationDeadline: [
    fc.oneof(fc.constant(mechnetDefinition), near(() => ({ enrolment: { confirmation: 'pec', linkValidDays: 7 } })), A),
    date,
    fc.oneof(near(() => ({ lang: 'en' })), A),
  ],
  receiveApplication: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(validApplication), A), fc.oneof(near(() => ({ asOf: '2010-03-01', author: 'Modulo', lang: 'en' })), A)],
  // Plans and evaluation
  evaluationSettings: [fc.oneof(fc.constant(mechnetDefinition), near(definition), A)],
  evaluateIndicator: [
    fc.oneof(near(() => indicator), A),
    fc.oneof(near(() => [{ date: '2011-01-01', value: 3 }]), A),
    date,
    fc.oneof(fc.constant(settings), near(() => settings), A),
    A,
  ],
  evaluateObjective: [
    fc.oneof(near(() => plan.objectives[0]), A),
    fc.oneof(near(() => ({ 'scrap-rate': [{ date: '2011-01-01', value: 3 }] })), A),
    date,
    fc.oneof(fc.constant(settings), near(() => settings), A),
    A,
  ],
  evaluatePlan: [
    fc.oneof(near(validPlan), A),
    fc.oneof(near(() => [{ indicator: 'scrap-rate', date: '2011-01-01', value: 3 }]), A),
    date,
    fc.oneof(fc.constant(settings), near(() => settings), A),
    A,
  ],
  // Views of a record
  firmState: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(fc.constant('00743110157'), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  firmStates: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  publicRecord: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ anonymous: true })), A)],
  collaborationMatrix: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  firmPhasePath: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(fc.constant('02184730121'), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  phaseCounts: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  passedCounts: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  programmeState: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  overdueVerifications: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  verificationCalendar: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en', firm: '02184730121' })), near(() => ({ asOf: '2011-12-31' })), A)],
  collaborationStates: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  aggregationStates: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  planState: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(fc.constant('00743110157'), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  planStates: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  economicAdvantage: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  matchOpportunities: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', purchasingDiscount: 0.1 })), A)],
  checkNetworkContract: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ participants: ['00743110157'] })), A), fc.oneof(near(() => ({ asOf: '2011-12-31', commonBody: true })), A)],
  deedForms: [date, fc.oneof(near(() => ({ legalPersonality: true })), A)],
  programmeReport: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  // Privacy
  erasePersonalData: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(fc.constantFrom('00743110157', '02184730121', '99999999999'), A), fc.oneof(near(() => ({ lang: 'en' })), A)],
  retentionDue: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(near(() => ({ asOf: '2018-01-01', lang: 'en' })), A)],
  subjectAccess: [fc.oneof(fc.constant(record), near(smallRecord), A), fc.oneof(fc.constantFrom('00743110157', '02184730121', '99999999999'), A), fc.oneof(near(() => ({ lang: 'en' })), A)],
  applyEvent: [
    fc.oneof(fc.constant(record), near(smallRecord), A),
    fc.oneof(near(() => ({ id: 'e9', type: 'manager.days-logged', date: '2010-04-01', author: 'x', firm: '00743110157', manager: 'm-verdi', days: 2 })), A),
    A,
  ],
  applyEvents: [
    fc.oneof(fc.constant(record), near(smallRecord), A),
    fc.oneof(near(() => [{ id: 'e9', type: 'manager.days-logged', date: '2010-04-01', author: 'x', firm: '00743110157', manager: 'm-verdi', days: 2 }]), A),
    A,
  ],
  // Calendar
  verificationSchedule: [fc.oneof(fc.constant(mechnetDefinition), near(definition), A)],
  nextVerification: [fc.oneof(fc.constant(mechnetDefinition), near(definition), A), date],
  phaseTimeline: [fc.oneof(fc.constant(mechnetDefinition), near(definition), A), fc.oneof(near(() => ({ asOf: '2011-12-31', lang: 'en' })), A)],
  verificationStatusOn: [date, date, fc.oneof(near(() => ({ graceDays: 15, held: false })), A)],
  isIsoDate: [A],
  addDaysIso: [date, fc.oneof(fc.integer(), A)],
  addMonthsIso: [date, fc.oneof(fc.integer(), A)],
  addYearsIso: [date, fc.oneof(fc.integer(), A)],
  daysBetween: [date, date],
};

/** Report renderers take a report made by programmeReport; they are checked on near-valid reports. */
const goodReport = () => clone(api.programmeReport(record, { asOf: '2011-12-31' }));
const reportTable: Record<string, Args> = {
  reportDocument: [fc.oneof(near(goodReport), A)],
  renderMarkdown: [fc.oneof(near(goodReport), A)],
  renderText: [fc.oneof(near(goodReport), A)],
  renderCsv: [fc.oneof(near(goodReport), A), A],
  renderJson: [fc.oneof(near(goodReport), A)],
};

/** Exports that take no outside data (constants, classes, schemas, types at run time). */
const NOT_FUNCTIONS_OF_OUTSIDE_DATA = new Set(['MechnetError']);

/** The economics functions have their own file of the same property: economics-robustness.fuzz.test.ts. */
const ECONOMICS = new Set([
  'allocate', 'allocateBy', 'shapley', 'checkCore', 'purchasingSavings', 'compareGroupGain', 'sharedCostSavings',
  'machineSavings', 'workforceSavings', 'collaborationSavings',
]);

// ---------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------

/** A JSON snapshot of the JSON-representable arguments, to see that none was changed. */
function snapshot(args: readonly unknown[]): string[] {
  return args.map((a) => {
    try {
      return JSON.stringify(a) ?? 'undefined';
    } catch {
      return 'unserialisable';
    }
  });
}

function check(name: string, fn: (...args: unknown[]) => unknown, args: Args): void {
  try {
    property(name, fn, args);
  } catch (e) {
    // Say what was thrown, not only that the property failed.
    const cause = e instanceof Error && e.cause instanceof Error ? `\n${e.cause.message}` : '';
    throw new Error(`${e instanceof Error ? e.message : String(e)}${cause}`);
  }
}

function property(name: string, fn: (...args: unknown[]) => unknown, args: Args): void {
  fc.assert(
    fc.property(fc.tuple(...args), (generated) => {
      const values = materialize(generated);
      const before = snapshot(values);
      try {
        const out = whileArmed(() => fn(...values));
        // Lazy results (a function's result used later) must not hide a throw either.
        if (out && typeof out === 'object' && 'success' in out && (out as { success: boolean }).success === false) {
          const error = (out as unknown as { error: unknown }).error;
          assert.ok(error instanceof MechnetError, `${name}: a safe result's error must be a MechnetError`);
          assertNotInternal(name, error);
        }
      } catch (e) {
        if (!(e instanceof MechnetError)) {
          throw new Error(`${name} threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
        }
        assertNotInternal(name, e);
        assert.ok(e.issues.length > 0, `${name}: a MechnetError names at least one issue`);
        for (const i of e.issues) {
          assert.ok(i.messages.it.length > 0 && i.messages.en.length > 0, `${name}: an issue has a message in both languages`);
          const text = `${i.messages.it} | ${i.messages.en}`;
          assert.doesNotMatch(text, /\b(TypeError|RangeError|SyntaxError)\b|\[object Object\]/, `${name}: no internals in messages: ${text}`);
        }
      }
      assert.deepEqual(snapshot(values), before, `${name} changed its input`);
    }),
    { numRuns: RUNS },
  );
}

describe('only MechnetError escapes, and no input is changed', () => {
  it('every exported function is covered by this test', () => {
    const exported = Object.entries(api).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    const missing = exported.filter((k) => !(k in table) && !ECONOMICS.has(k) && !NOT_FUNCTIONS_OF_OUTSIDE_DATA.has(k) && !/Schema$/.test(k));
    assert.deepEqual(missing, []);
    const reportFns = Object.entries(reportApi).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    assert.deepEqual(reportFns.filter((k) => !(k in reportTable) && !(k in table)), []);
  });

  const only = process.env.MECHNET_FUZZ_ONLY ? new RegExp(process.env.MECHNET_FUZZ_ONLY) : undefined;
  const [shard, shards] = (process.env.MECHNET_FUZZ_SHARD ?? '0/1').split('/').map(Number) as [number, number];
  const mine = (name: string, k: number) => (!only || only.test(name)) && k % shards === shard;
  [...Object.entries(table), ...Object.entries(reportTable)].forEach(([name, args], k) => {
    if (!mine(name, k)) return;
    it(`${name}: ${RUNS.toLocaleString('en')} arbitrary inputs`, () => {
      const fn = name in table ? (api as Record<string, unknown>)[name] : (reportApi as Record<string, unknown>)[name];
      assert.equal(typeof fn, 'function', `${name} is exported`);
      check(name, fn as (...a: unknown[]) => unknown, args);
    });
  });
});
