import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  allocate,
  allocateBy,
  checkCore,
  type CoalitionGame,
  collaborationSavings,
  compareGroupGain,
  economicAdvantage,
  type IssueCode,
  machineSavings,
  MechnetError,
  parseRecord,
  purchasingSavings,
  shapley,
  sharedCostSavings,
  workforceSavings,
} from '../../src/index.js';
import { apportion } from '../../src/economics/allocate.js';
import { coalitionValues, normalQuantile, seededRandom } from '../../src/economics/shapley.js';
import { curvePrice, purchasingGame, roundCents } from '../../src/economics/savings.js';
import { sampledCoreCheck } from '../../src/economics/shapley.js';
import { smallRecord } from '../fixtures/sample.js';
import { assertNotInternal, holdsHostile, hostileValue, materialize, whileArmed } from './hostile.js';
import { sampleRecordJson } from './load-sample.js';

const steel = {
  kind: 'purchasing', basis: 'realised', category: 'steel', unit: 't',
  priceCurve: [{ minQuantity: 0, priceCents: 100_000 }, { minQuantity: 30, priceCents: 96_000 }],
  priceIndex: { base: 100, current: 110 },
  members: [
    { firm: 'A', quantity: 10, priceBeforeCents: 100_000, priceGroupCents: 90_000, marketPriceCents: 101_000 },
    { firm: 'B', quantity: 20.5, priceBeforeCents: 98_000, priceGroupCents: 90_000 },
  ],
} as const;
const machines = {
  kind: 'machines', basis: 'realised', owner: 'O', machineType: '5 assi', annualFixedCostCents: 6_000_000, availableHours: 2000,
  variableCostPerHourCents: 2_000, users: [{ firm: 'U', hoursBooked: 400, hoursUsed: 350.5, alternativeRateCents: 9_000 }],
} as const;
const workforce = {
  kind: 'workforce', basis: 'realised',
  secondments: [{ from: 'A', to: 'B', skill: 'saldatore', hours: 100, hourlyCostCents: 2_800, avoidedHourlyCostCents: 4_000 }],
} as const;
const services = {
  kind: 'services', basis: 'realised', service: 'Consulenza', sharedCostCents: 3_000_000, split: 'shapley',
  members: [{ firm: 'A', standAloneCostCents: 2_000_000, usage: 1 }, { firm: 'B', standAloneCostCents: 2_000_000, usage: 2 }],
} as const;
const brands = {
  kind: 'brands', basis: 'realised', brand: 'Marchio', jointCostCents: 2_000_000, split: 'usage',
  members: [{ firm: 'A', standAloneCostCents: 1_500_000 }, { firm: 'B', standAloneCostCents: 500_000, usage: 3 }],
} as const;

/** A game whose value is the table at the coalition's bitmask. */
const table = (values: number[]): CoalitionGame => ({
  size: Math.log2(values.length),
  value: (m) => values[m.reduce((mask, x, i) => mask | (x << i), 0)]!,
});

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

/** Words that give away English inside an Italian message, or Italian inside an English one. */
const ENGLISH = /\b(must|the|not|is|are|weight|amount|total|cents|number|got|finite|players?|game)\b/i;
const ITALIAN = /\b(deve|non|il|la|di|numero|importo|peso|centesimi|valore|imprese|gioco|elenco)\b/i;
/** Internals that people should not read: raw JavaScript values, error names, code. */
const INTERNALS = /NaN|undefined|Infinity|\[object|TypeError|RangeError|Error:|=>|function\s*\(|\bgot\b/;

describe('economics errors are in the user\'s words, in Italian and English, with the field\'s path and the value', () => {
  const record = parseRecord(sampleRecordJson());
  const cases: [string, () => unknown, IssueCode, (string | number)[], string?][] = [
    ['a total that is not a number', () => allocate(NaN, [1]), 'money_not_whole_cents', ['totalCents']],
    ['a total in fractions of a cent', () => allocate(10.5, [1]), 'money_not_whole_cents', ['totalCents'], '10,5'],
    ['a total beyond 2^53 - 1', () => allocate(2 ** 53, [1]), 'amount_too_large', ['totalCents'], '9007199254740992'],
    ['a negative weight', () => allocate(10, [1, 2, -1]), 'weight_invalid', ['weights', 2], '-1'],
    ['an infinite weight', () => allocate(10, [Infinity]), 'weight_invalid', ['weights', 0]],
    ['a weight that is a text', () => allocate(10, ['3' as never]), 'weight_invalid', ['weights', 0], '«3»'],
    ['weights that are not a list', () => allocate(10, 'abc' as never), 'invalid_type', ['weights']],
    ['nobody to split among', () => allocate(500, []), 'nothing_to_split', ['weights'], '5,00'],
    ['a named weight that is not a number', () => allocateBy(10, [['a', NaN]]), 'weight_invalid', ['entries', 0, 1]],
    ['an amount that is not a number', () => apportion([1, NaN], 1), 'number_invalid', ['amounts', 1]],
    ['amounts that do not add up', () => apportion([60, 60], 100), 'amounts_do_not_add_up', ['amounts'], '120'],
    ['a game without players', () => shapley({ size: 0, value: () => 0 }), 'game_size', ['game', 'size'], '0'],
    ['a game with a fraction of a player', () => coalitionValues({ size: 2.5, value: () => 0 }), 'game_size', ['game', 'size'], '2,5'],
    ['a coalition value that is not a number', () => shapley({ size: 2, value: () => NaN }), 'game_value_invalid', ['game', 'value']],
    ['a coalition value that fails', () => shapley({ size: 2, value: (m) => (m[1] ? (null as never as number[])[0]! : 0) }), 'game_value_failed', ['game', 'value'], '1'],
    ['no permutations to sample', () => shapley(table([0, 1, 1, 3]), { exactUpTo: 0, samples: 0 }), 'too_small', ['options', 'samples']],
    ['a confidence of 1', () => shapley(table([0, 1, 1, 3]), { exactUpTo: 0, confidence: 1 }), 'too_big', ['options', 'confidence']],
    ['an allocation with a part missing', () => checkCore(table([0, 1, 1, 3]), [1]), 'allocation_length', ['allocation'], '1'],
    ['an allocation part that is not a number', () => checkCore(table([0, 1, 1, 3]), [1, NaN]), 'number_invalid', ['allocation', 1]],
    ['an exact core check of 21 firms', () => checkCore({ size: 21, value: () => 0 }, new Array(21).fill(0)), 'core_check_too_large', ['game', 'size'], '21'],
    ['a negative quantity', () => compareGroupGain({ ...steel, members: [{ ...steel.members[0], quantity: -1 }] } as never), 'too_small', ['members', 0, 'quantity'], '-1'],
    ['a price in fractions of a cent', () => purchasingSavings({ ...steel, members: [{ ...steel.members[0], priceBeforeCents: 10.5 }] } as never), 'money_not_whole_cents', ['members', 0, 'priceBeforeCents'], '10,5'],
    ['a firm without a name', () => purchasingGame({ ...steel, members: [{ ...steel.members[0], firm: '' }] } as never), 'too_small', ['members', 0, 'firm']],
    ['a Shapley split among more than 1,000 firms', () => sharedCostSavings('brands', 100, Array.from({ length: 1001 }, (_, i) => ({ firm: `F${i}`, standAloneCostCents: 100 })), 'shapley'), 'too_big', ['members'], '1000'],
    ['figures of another kind', () => compareGroupGain(machines as never), 'invalid_value', ['kind'], 'machines'],
    ['a split that does not exist', () => sharedCostSavings('services', 100, services.members, 'random' as never), 'invalid_value', ['split'], 'random'],
    ['a machine with no hours', () => machineSavings({ ...machines, availableHours: 0 } as never), 'too_small', ['availableHours'], '0'],
    ['no secondments', () => workforceSavings({ ...workforce, secondments: [] } as never), 'too_small', ['secondments']],
    ['an unknown kind of collaboration', () => collaborationSavings({ kind: 'loans' } as never), 'invalid_value', ['kind'], 'loans'],
    ['a price curve that is not a list', () => curvePrice({} as never, 10), 'invalid_type', ['curve']],
    ['an amount to round that is not a number', () => roundCents(NaN), 'number_invalid', []],
    ['a probability above 1', () => normalQuantile(2), 'too_big', ['p'], '2'],
    ['a seed that is a text', () => seededRandom('a' as never), 'number_invalid', ['seed'], '«a»'],
    ['a date that does not exist', () => economicAdvantage(record, { asOf: '2011-13-45' }), 'invalid_date', ['options', 'asOf']],
    ['a coalition that is not a Uint8Array', () => purchasingGame(steel as never).value([1, 1] as never), 'invalid_type', ['members']],
  ];
  for (const [what, run, code, path, value] of cases) {
    it(`${what}: ${code} at [${path.join(', ')}]`, () => {
      let error: unknown;
      try {
        run();
      } catch (e) {
        error = e;
      }
      assert.ok(error instanceof MechnetError, `${String(error)} is not a MechnetError`);
      const issue = error.issues[0]!;
      assert.equal(issue.code, code);
      assert.deepEqual(issue.path, path);
      const { it: itText, en } = issue.messages;
      assert.notEqual(itText, en);
      assert.doesNotMatch(itText, ENGLISH, itText);
      assert.doesNotMatch(en, ITALIAN, en);
      for (const text of [itText, en, error.messageIn('it'), error.messageIn('en')]) assert.doesNotMatch(text, INTERNALS, text);
      if (value) assert.ok(itText.includes(value) && en.includes(value.replace(',', '.').replace('«', '"').replace('»', '"')), `${itText} / ${en}`);
    });
  }
});

// ---------------------------------------------------------------------------
// Only MechnetError escapes, and the input stays as it was
// ---------------------------------------------------------------------------

/** Anything JavaScript can hold, now and then a value that fights back when read (hostile.ts). */
const anything = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 3,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withObjectString: true,
    }),
  },
  { weight: 1, arbitrary: hostileValue },
);
const oddNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, -(2 ** 53), 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.5),
  fc.bigInt(),
  fc.constantFrom('1', '', null, undefined, true),
);
/** Mostly values of about the right shape, sometimes anything at all. */
const arg = <T>(shaped: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: anything });
const list = <T>(item: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.sparseArray(item, { maxLength: 6 }) });

/** A deep copy of a JSON document. */
function copyJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copyJson);
  if (v !== null && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k in v) o[k] = copyJson((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}

/** Sets `value` at a place chosen by `choices` inside a copy of a JSON document. */
function mutate(doc: unknown, choices: readonly number[], value: unknown): unknown {
  const copy = copyJson(doc) as Record<string, unknown>;
  let node: any = copy;
  for (const c of choices) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[c % keys.length]!;
    if (node[key] === null || typeof node[key] !== 'object' || c % 5 === 0) {
      node[key] = value;
      break;
    }
    node = node[key];
  }
  return copy;
}
/** A valid document, or one with a field replaced by an odd value. */
const broken = (doc: unknown) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(doc).map(copyJson) },
    { weight: 5, arbitrary: fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.oneof(oddNumber, anything)).map(([c, v]) => mutate(doc, c, v)) },
  );

// Value functions are shared, so that the two copies of a generated game are deep-equal.
const values = [
  (m: Uint8Array) => m.reduce((a, b) => a + b, 0) ** 2,
  () => NaN,
  () => Infinity,
  () => '3',
  () => 2n,
  () => {
    throw new RangeError('boom');
  },
  (m: Uint8Array) => (m[0] ? -1e300 : 1e300),
  (m: Uint8Array) => {
    m.fill(1); // a game that writes into the coalition it is given
    return 1;
  },
];
const size = fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constantFrom(0.5, NaN, Infinity, 1e9, 2 ** 31, 100_000, '3', null));
const game = arg(fc.record({ size, value: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: anything }) }));
// Small counts only: a valid option may be used, and the test must stay fast.
const smallCount = fc.oneof(fc.integer({ min: -2, max: 30 }), fc.constantFrom(0.5, NaN, Infinity, '5', null));
const options = arg(
  fc.record(
    { exactUpTo: fc.oneof(fc.integer({ min: -2, max: 30 }), oddNumber), samples: smallCount, coalitions: smallCount, seed: oddNumber, confidence: oddNumber, tolerance: oddNumber },
    { requiredKeys: [] },
  ),
);
const record = parseRecord(smallRecord());

/** Calls per function: MECHNET_FUZZ_RUNS (default 10,000; `npm run fuzz` asks for 100,000). */
const RUNS = Number(process.env.MECHNET_FUZZ_RUNS ?? 10_000);
/** A property test of one function, named with its number of calls. */
const fuzz = (name: string, run: () => void) => it(`${name}: ${RUNS.toLocaleString('en')} inputs`, run);

/**
 * Calls `run` on two identical copies of generated arguments: only a
 * MechnetError may escape, never `internal` (a defect of the library), and
 * the arguments must stay as they were (unless they hold a hostile value,
 * which cannot be compared without fighting back).
 */
function robust(args: fc.Arbitrary<unknown[]>, run: (...a: never[]) => unknown, numRuns = RUNS): void {
  fc.assert(
    fc.property(fc.clone(args, 2), ([generated, generatedCopy]) => {
      const input = materialize(generated);
      const copy = materialize(generatedCopy);
      try {
        whileArmed(() => (run as (...a: unknown[]) => unknown)(...input));
      } catch (e) {
        if (!(e instanceof MechnetError)) throw new Error(`threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} instead of MechnetError`);
        assertNotInternal(run.name || 'economics', e);
        assert.ok(e.issues.length > 0);
      }
      if (!holdsHostile(input)) assert.deepStrictEqual(input, copy);
    }),
    { numRuns },
  );
}

describe('every economics function fails only with MechnetError about its input and never changes it (property)', () => {
  // Most inputs are refused: without stack traces an error costs half as much, and the file stays fast.
  const limit = Error.stackTraceLimit;
  before(() => (Error.stackTraceLimit = 0));
  after(() => (Error.stackTraceLimit = limit));
  fuzz('allocate', () => robust(fc.tuple(arg(oddNumber), arg(list(arg(oddNumber)))), allocate));
  fuzz('allocateBy', () => robust(fc.tuple(arg(oddNumber), arg(list(arg(fc.tuple(anything, oddNumber))))), allocateBy));
  fuzz('apportion', () => robust(fc.tuple(arg(list(arg(oddNumber))), arg(oddNumber)), apportion));
  fuzz('seededRandom', () => robust(fc.tuple(arg(oddNumber)), (s) => seededRandom(s as number)()));
  fuzz('normalQuantile', () => robust(fc.tuple(arg(oddNumber)), normalQuantile));
  fuzz('coalitionValues', () => robust(fc.tuple(game), coalitionValues));
  fuzz('shapley', () => robust(fc.tuple(game, options), shapley));
  fuzz('checkCore', () => robust(fc.tuple(game, arg(list(arg(oddNumber))), options), checkCore));
  fuzz('sampledCoreCheck', () => robust(fc.tuple(game, arg(list(arg(oddNumber))), options), sampledCoreCheck));
  fuzz('roundCents', () => robust(fc.tuple(arg(oddNumber)), roundCents));
  fuzz('curvePrice', () => robust(fc.tuple(arg(broken(steel.priceCurve)), arg(oddNumber)), curvePrice));
  fuzz('purchasingSavings', () => robust(fc.tuple(arg(broken(steel))), purchasingSavings));
  fuzz('purchasingGame, and the value of its game', () =>
    robust(fc.tuple(arg(broken(steel)), arg(fc.oneof(fc.uint8Array({ maxLength: 3 }), list(oddNumber)))), (f, members) => purchasingGame(f as never).value(members as never)));
  fuzz('compareGroupGain', () => robust(fc.tuple(arg(broken(steel))), compareGroupGain));
  fuzz('sharedCostSavings', () =>
    robust(fc.tuple(arg(fc.constantFrom('services', 'brands', 'machines')), arg(oddNumber), arg(broken(services.members)), arg(fc.constantFrom('usage', 'equal', 'shapley', 'x'))), sharedCostSavings));
  fuzz('machineSavings', () => robust(fc.tuple(arg(broken(machines))), machineSavings));
  fuzz('workforceSavings', () => robust(fc.tuple(arg(broken(workforce))), workforceSavings));
  fuzz('collaborationSavings', () => robust(fc.tuple(arg(fc.oneof(broken(steel), broken(machines), broken(workforce), broken(services), broken(brands)))), collaborationSavings));
  fuzz('economicAdvantage', () =>
    robust(
      fc.tuple(
        fc.oneof({ weight: 40, arbitrary: anything }, { weight: 1, arbitrary: fc.constant(record) }, { weight: 1, arbitrary: broken(smallRecord()) }),
        fc.oneof(fc.constant(undefined), fc.constantFrom('2010-12-31', '2011-02-30', '31/12/2010'), anything),
      ),
      economicAdvantage,
    ));
});
