/**
 * Facts about the sample record that tests and benchmarks rely on: how a
 * firm's partita IVA is made, the partita IVA of each sample firm, and the
 * status each plan indicator is meant to have on {@link PLAN_STATUS_DATE}.
 * Importing this module builds nothing and writes nothing.
 */
import { checkPartitaIva, partitaIvaCheckDigit } from '../../src/enrolment/identifiers.js';
import { VAT_OFFICE_VARESE } from './data/edition.js';
import { firms } from './data/firms.js';
import { measurements, type IntendedStatus } from './data/measurements.js';

/**
 * A valid partita IVA from a 7-digit company number and a 3-digit office
 * code (Varese by default): the library computes the check digit and checks
 * the result.
 */
export function partitaIva(companyNumber: string, office: string = VAT_OFFICE_VARESE): string {
  if (!/^\d{7}$/.test(companyNumber) || !/^\d{3}$/.test(office)) {
    throw new Error(`A company number has 7 digits and an office code 3: got ${companyNumber} and ${office}`);
  }
  const first10 = companyNumber + office;
  const piva = first10 + partitaIvaCheckDigit(first10);
  const check = checkPartitaIva(piva);
  if (!check.valid) throw new Error(`No valid partita IVA from ${companyNumber} and ${office}: ${check.problem}`);
  return piva;
}

const firmByKey = new Map(firms.map((f) => [f.key, f]));

/** The partita IVA of a sample firm, by its key (`bossi`, `zanzi`, ...). */
export function vat(key: string): string {
  const f = firmByKey.get(key);
  if (!f) throw new Error(`Unknown firm ${key}`);
  return partitaIva(f.companyNumber);
}

/** The date the intended statuses refer to. */
export const PLAN_STATUS_DATE = '2011-12-31';

/** The intended status of every indicator on {@link PLAN_STATUS_DATE}, by firm key and indicator id. */
export function intendedStatuses(): Record<string, Record<string, IntendedStatus>> {
  return Object.fromEntries(
    Object.entries(measurements).map(([firm, byIndicator]) => [
      firm,
      Object.fromEntries(Object.entries(byIndicator).map(([id, m]) => [id, m.expect])),
    ]),
  );
}
