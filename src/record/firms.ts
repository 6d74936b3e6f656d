import type { ApplicantFirm } from '../enrolment/application.js';
import { stateOf, viewInput } from '../lifecycle/state.js';
import type { EnrolmentStatus } from '../lifecycle/fold.js';
import type { ProgrammeRecord } from './schema.js';

export type { EnrolmentStatus } from '../lifecycle/fold.js';

/** A firm of a record as its application and enrolment events describe it. */
export interface FirmSummary {
  /** Normalised partita IVA. */
  partitaIva: string;
  /** Position in order of application, from 1. */
  order: number;
  name: string;
  municipality: string;
  province: string;
  ateco: string;
  /** The firm as declared in its application. */
  firm: ApplicantFirm;
  /** Date of the application event. */
  appliedOn: string;
  status: EnrolmentStatus;
  /** Date of the latest enrolment event that set `status`. */
  statusSince: string;
}

/**
 * The firms of a record in order of application, with their enrolment status
 * as of a date (every event dated after `asOf` is ignored).
 *
 * @param asOf - `YYYY-MM-DD`; default: every event.
 *
 * @example
 * ```ts
 * const firms = listFirms(record, '2010-03-31');
 * firms.filter((f) => f.status === 'accepted').length; // 13 in the MechNet sample
 * ```
 */
export function listFirms(record: ProgrammeRecord, asOf?: string): FirmSummary[] {
  ({ record, asOf } = viewInput(record, asOf));
  return [...stateOf(record, asOf).firms.values()].map((f) => ({
    partitaIva: f.partitaIva,
    order: f.order,
    name: f.firm.name,
    municipality: f.firm.address.municipality,
    province: f.firm.address.province,
    ateco: f.firm.ateco,
    firm: f.firm,
    appliedOn: f.appliedOn,
    status: f.status,
    statusSince: f.statusSince,
  }));
}
