/**
 * What the managers measured at the periodic verifications, and the status
 * each indicator is meant to have on 2011-12-31 (`PLAN_STATUS_DATE` in
 * `../facts.ts`).
 *
 * Indicators are measured at each verification the firm holds from the
 * first one after its plan; the readings of an indicator follow the
 * scheduled verifications from {@link MEASURED_FROM} to {@link MEASURED_TO}
 * (2010-09-01, 2010-12-01, 2011-03-01, 2011-06-01, 2011-09-01, 2011-12-01),
 * `_` where nothing was recorded. A reading is a value, a ratio's numerator
 * and denominator, a scale level or a milestone's done.
 *
 * Intended status of every indicator on 2011-12-31 (rule-book §6, MechNet
 * settings: cap 1.2, on-track r >= 0.95, behind r >= 0.85, stale after 6
 * months). p = progress, e = expected, r = p / e.
 *
 * | firm          | indicator              | kind, polarity        | status    | why                                        |
 * |---------------|------------------------|-----------------------|-----------|--------------------------------------------|
 * | bossi         | new-customers          | quantitative increase | achieved  | 7 of 6: p 1.17 (over-achieved, < cap)      |
 * |               | top2-share             | quantitative decrease | on-track  | 60 -> 44 of 40: p 0.80, e 0.75             |
 * |               | machine-utilisation    | quantitative increase | achieved  | 79 of 75 from 58: p 1.24, capped at 1.2    |
 * |               | setup-time             | quantitative decrease | on-track  | 95 -> 61 of 60: p 0.97, e 1                |
 * |               | iso-9001               | milestone             | achieved  | renewed June 2011, confirmed every quarter |
 * |               | scrap-rate             | ratio, decrease       | on-track  | 3.8 -> 2.1 % of 2.0: p 0.94, e 0.75        |
 * |               | job-costing            | scale l1 -> l5        | on-track  | l4: p 0.75, e 0.75                         |
 * | brambilla     | bar-cost               | quantitative decrease | behind    | 1.45 -> 1.31 of 1.30: p 0.93, e 1          |
 * |               | training-hours         | quantitative increase | on-track  | 4 -> 13 of 16: p 0.75, e 0.75              |
 * |               | apprentices            | increase, step        | on-track  | 1 of 2: p 0.5, step e 0.5 (linear: 0.75)   |
 * |               | quality-system         | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
 * |               | collection-days        | quantitative decrease | at-risk   | 120 -> 96 of 90: p 0.80, e 1               |
 * | colombo       | credit-line-use        | quantitative decrease | behind    | 92 -> 73 of 70: p 0.86, e 1                |
 * |               | en-9100                | milestone             | at-risk   | not done by its deadline 2011-12-31        |
 * |               | aero-share             | increase, interim     | on-track  | 5 -> 16 of 20: p 0.73, e 0.67 (interim)    |
 * |               | machine-utilisation    | quantitative increase | on-track  | 62 -> 76 of 80: p 0.78, e 0.75             |
 * | zanzi         | successor              | milestone             | stale     | last recorded 2011-03-02                   |
 * |               | training-hours         | quantitative increase | stale     | last recorded 2011-03-02                   |
 * |               | machine-utilisation    | quantitative increase | stale     | last recorded 2011-03-02                   |
 * |               | instrument-calibration | milestone             | stale     | last recorded 2011-03-02                   |
 * | castiglioni   | new-customers          | quantitative increase | behind    | 4 of 6: p 0.67, e 0.75                     |
 * |               | catalogue              | milestone             | achieved  | done June 2011                             |
 * |               | turnover               | quantitative increase | on-track  | 559 -> 630 of 650: p 0.78, e 0.75          |
 * |               | scrap-rate             | ratio, maintain       | achieved  | 1.08 % inside the band [0, 1.5]            |
 * | macchi        | stock-value            | quantitative decrease | at-risk   | 180 -> 168 of 120: p 0.2, e 1              |
 * |               | stock-days             | quantitative decrease | no-data   | never measured                             |
 * |               | agents                 | quantitative increase | at-risk   | 1 of 3: p 0.33, e 0.73                     |
 * |               | on-time-delivery       | quantitative range    | at-risk   | 92 % outside the band [95, 100]: p 0.4     |
 * |               | training               | scale l1 -> l4        | behind    | l3: p 0.67, e 0.73                         |
 * | ferrario      | digital-maturity       | scale l1 -> l4        | behind    | l3: p 0.67, e 0.75                         |
 * |               | delivery-delay         | quantitative decrease | on-track  | 7 -> 3.2 of 2: p 0.76, e 0.75              |
 * |               | price-list             | milestone             | achieved  | done March 2011                            |
 * |               | quote-time             | quantitative decrease | on-track  | 6 -> 2.1 of 2: p 0.98, e 1                 |
 * |               | ebitda-margin          | quantitative increase | on-track  | 7 -> 9.4 of 10: p 0.80, e 0.75             |
 * | pozzi         | margin-control         | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
 * |               | gross-margin           | quantitative increase | on-track  | 18 -> 22.6 of 24: p 0.77, e 0.75           |
 * |               | suppliers              | quantitative decrease | behind    | 22 -> 13 of 12: p 0.9, e 1                 |
 * |               | export-share           | quantitative increase | on-track  | 3 -> 10 of 12: p 0.78, e 0.75              |
 * | bianchi-gatti | partners-agreement     | milestone             | achieved  | done September 2011, late but done         |
 * |               | planned-trips          | quantitative increase | at-risk   | 40 -> 62 of 80: p 0.55, e 0.73             |
 * |               | short-term-credit      | quantitative decrease | on-track  | 120 -> 76 of 60: p 0.73, e 0.73            |
 * |               | shared-hours           | quantitative increase | behind    | 400 of 600: p 0.67, e 0.73                 |
 * | sironi        | export-share           | increase, interim     | on-track  | 22 -> 33 of 35: p 0.85                     |
 * |               | foreign-customers      | quantitative increase | on-track  | 4 -> 7 of 8: p 0.75, e 0.75                |
 * |               | trade-fair             | milestone             | achieved  | EMO Hannover, September 2011               |
 * |               | on-time-delivery       | quantitative range    | achieved  | 97 % inside the band [95, 100]             |
 * |               | delivery-delay         | quantitative decrease | on-track  | 9 -> 3.2 of 3: p 0.97, e 1                 |
 * |               | sales-organisation     | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
 * | tettamanti    | direct-sales-share     | quantitative increase | behind    | 0 -> 20 of 30: p 0.67, e 0.75              |
 * |               | direct-customers       | quantitative increase | on-track  | 33 of 40: p 0.83                           |
 * |               | lab-accreditation      | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
 * |               | calibrations           | quantitative increase | on-track  | 48 of 60: p 0.8                            |
 * |               | stock-days             | quantitative decrease | at-risk   | 150 -> 108 of 90: p 0.7, e 1               |
 * | broggini      | energy-cost-hour       | decrease, step        | on-track  | 18.5 -> 16.4 of 15: p 0.6, step e 0.57     |
 * |               | chemicals-cost         | quantitative decrease | on-track  | 11 -> 9.5 of 9: p 0.75                     |
 * |               | rework-rate            | ratio, decrease       | at-risk   | 5.0 -> 4.1 % of 3.0: p 0.45                |
 * |               | purifier               | milestone             | achieved  | done June 2011                             |
 * |               | iso-14001              | scale l1 -> l5        | on-track  | l4: p 0.75                                 |
 *
 * In all: 58 indicators, 27 on-track, 10 achieved, 8 behind, 8 at-risk,
 * 4 stale, 1 no-data. Bossi and Sironi do well; Zanzi stops measuring after
 * March 2011 and misses the last two verifications; Macchi lags on almost
 * everything and misses the December 2011 verification.
 */
import type { IndicatorStatus } from '../../../src/index.js';

/** The status an indicator is meant to have on 2011-12-31 (see the table above). */
export type IntendedStatus = Exclude<IndicatorStatus, 'not-started'>;

/** A reading at one verification; `null` (`_`) for none. */
export type Reading = number | readonly [numerator: number, denominator: number] | string | boolean | null;
const _ = null;

/** The first scheduled verification with readings. */
export const MEASURED_FROM = '2010-09-01';
/** The last scheduled verification with readings. */
export const MEASURED_TO = '2011-12-01';

/** The readings of one indicator and the status they are meant to give. */
export interface IndicatorReadings {
  expect: IntendedStatus;
  /** One per scheduled verification from MEASURED_FROM to MEASURED_TO. */
  readings: Reading[];
}

/** By firm key, then indicator id (every indicator of every plan, in the plan's order). */
export const measurements: Record<string, Record<string, IndicatorReadings>> = {
  bossi: {
    'new-customers': { expect: 'achieved', readings: [0, 1, 2, 4, 5, 7] },
    'top2-share': { expect: 'on-track', readings: [59, 57, 54, 50, 47, 44] },
    'machine-utilisation': { expect: 'achieved', readings: [60, 63, 66, 70, 74, 79] },
    'setup-time': { expect: 'on-track', readings: [93, 88, 80, 72, 66, 61] },
    'iso-9001': { expect: 'achieved', readings: [false, false, false, true, true, true] },
    'scrap-rate': {
      expect: 'on-track',
      readings: [
        [1218, 42_000],
        [1066, 41_000],
        [1032, 43_000],
        [1012, 44_000],
        [990, 45_000],
        [966, 46_000],
      ],
    },
    'job-costing': { expect: 'on-track', readings: ['l1', 'l2', 'l2', 'l3', 'l3', 'l4'] },
  },
  brambilla: {
    'bar-cost': { expect: 'behind', readings: [1.44, 1.4, 1.36, 1.33, 1.32, 1.31] },
    'training-hours': { expect: 'on-track', readings: [4, 6, 8, 10, 12, 13] },
    apprentices: { expect: 'on-track', readings: [0, 0, 0, 0, 1, 1] },
    'quality-system': { expect: 'on-track', readings: ['l1', 'l2', 'l2', 'l3', 'l3', 'l4'] },
    'collection-days': { expect: 'at-risk', readings: [118, 112, 105, 100, 98, 96] },
  },
  colombo: {
    'credit-line-use': { expect: 'behind', readings: [91, 88, 84, 80, 76, 73] },
    'en-9100': { expect: 'at-risk', readings: [false, false, false, false, false, false] },
    'aero-share': { expect: 'on-track', readings: [5, 6, 8, 10.5, 13, 16] },
    'machine-utilisation': { expect: 'on-track', readings: [63, 66, 69, 72, 74, 76] },
  },
  zanzi: {
    successor: { expect: 'stale', readings: [false, false, false, _, _, _] },
    'training-hours': { expect: 'stale', readings: [2, 4, 5, _, _, _] },
    'machine-utilisation': { expect: 'stale', readings: [55, 57, 58, _, _, _] },
    'instrument-calibration': { expect: 'stale', readings: [false, false, false, _, _, _] },
  },
  castiglioni: {
    'new-customers': { expect: 'behind', readings: [0, 1, 1, 2, 3, 4] },
    catalogue: { expect: 'achieved', readings: [false, false, false, true, true, true] },
    turnover: { expect: 'on-track', readings: [562, 570, 585, 600, 615, 630] },
    'scrap-rate': {
      expect: 'achieved',
      readings: [
        [310, 27_000],
        [350, 26_500],
        [330, 28_000],
        [390, 28_500],
        [340, 29_000],
        [320, 29_500],
      ],
    },
  },
  macchi: {
    'stock-value': { expect: 'at-risk', readings: [_, 178, 175, 170, 168, _] },
    'stock-days': { expect: 'no-data', readings: [_, _, _, _, _, _] },
    agents: { expect: 'at-risk', readings: [_, 0, 0, 1, 1, _] },
    'on-time-delivery': { expect: 'at-risk', readings: [_, 91, 89, 90, 92, _] },
    training: { expect: 'behind', readings: [_, 'l1', 'l2', 'l2', 'l3', _] },
  },
  ferrario: {
    'digital-maturity': { expect: 'behind', readings: ['l1', 'l2', 'l2', 'l2', 'l3', 'l3'] },
    'delivery-delay': { expect: 'on-track', readings: [6.5, 5.8, 5, 4.2, 3.6, 3.2] },
    'price-list': { expect: 'achieved', readings: [false, false, true, true, true, true] },
    'quote-time': { expect: 'on-track', readings: [5.5, 4.5, 3.5, 3, 2.4, 2.1] },
    'ebitda-margin': { expect: 'on-track', readings: [7, 7.5, 8, 8.6, 9, 9.4] },
  },
  pozzi: {
    'margin-control': { expect: 'on-track', readings: ['l1', 'l1', 'l2', 'l2', 'l3', 'l4'] },
    'gross-margin': { expect: 'on-track', readings: [18.2, 19, 20, 21, 21.8, 22.6] },
    suppliers: { expect: 'behind', readings: [21, 19, 17, 15, 14, 13] },
    'export-share': { expect: 'on-track', readings: [3, 4, 5.5, 7, 8.5, 10] },
  },
  'bianchi-gatti': {
    'partners-agreement': { expect: 'achieved', readings: [_, false, false, false, true, true] },
    'planned-trips': { expect: 'at-risk', readings: [_, 42, 45, 50, 56, 62] },
    'shared-hours': { expect: 'behind', readings: [_, 0, 40, 120, 250, 400] },
    'short-term-credit': { expect: 'on-track', readings: [_, 115, 105, 96, 88, 76] },
  },
  sironi: {
    'export-share': { expect: 'on-track', readings: [23, 24.5, 26, 28.5, 30.5, 33] },
    'foreign-customers': { expect: 'on-track', readings: [4, 5, 5, 6, 6, 7] },
    'trade-fair': { expect: 'achieved', readings: [false, false, false, false, false, true] },
    'on-time-delivery': { expect: 'achieved', readings: [89, 91, 93, 95.5, 96, 97] },
    'delivery-delay': { expect: 'on-track', readings: [8.5, 7.5, 6, 4.5, 3.6, 3.2] },
    'sales-organisation': { expect: 'on-track', readings: ['l1', 'l1', 'l2', 'l3', 'l4', 'l4'] },
  },
  tettamanti: {
    'direct-sales-share': { expect: 'behind', readings: [0, 2, 6, 11, 16, 20] },
    'direct-customers': { expect: 'on-track', readings: [2, 6, 12, 19, 26, 33] },
    'lab-accreditation': { expect: 'on-track', readings: ['l1', 'l2', 'l2', 'l3', 'l4', 'l4'] },
    calibrations: { expect: 'on-track', readings: [3, 9, 17, 27, 38, 48] },
    'stock-days': { expect: 'at-risk', readings: [148, 140, 132, 122, 114, 108] },
  },
  broggini: {
    'energy-cost-hour': { expect: 'on-track', readings: [18.4, 18.2, 16.8, 16.6, 16.5, 16.4] },
    'chemicals-cost': { expect: 'on-track', readings: [10.9, 10.7, 10.4, 10.2, 9.8, 9.5] },
    'rework-rate': {
      expect: 'at-risk',
      readings: [
        [8820, 180_000],
        [8178, 174_000],
        [8740, 190_000],
        [8580, 195_000],
        [7740, 180_000],
        [7790, 190_000],
      ],
    },
    purifier: { expect: 'achieved', readings: [false, false, false, true, true, true] },
    'iso-14001': { expect: 'on-track', readings: ['l1', 'l1', 'l2', 'l3', 'l3', 'l4'] },
  },
};
