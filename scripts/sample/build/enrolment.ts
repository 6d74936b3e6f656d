/** Enrolment: the applications, their acceptance, withdrawals and the 2010 figures of each firm. */
import { mechnetDefinition, type EnrolmentApplication } from '../../../src/index.js';
import { CAP, FIGURES_2010_RECORDED_ON } from '../data/edition.js';
import { firms, withdrawals, type FirmRow } from '../data/firms.js';
import { partitaIva, vat } from '../facts.js';
import { eur } from '../money.js';
import { OFFICE, PROGRAMME } from './lookups.js';
import type { Timeline } from './timeline.js';

/** The Chamber accepts the whole cohort on the first day of the edition. */
const ACCEPTED_ON = mechnetDefinition.calendar.start;

/** The calendar date of an ISO date-time with offset (its local date, not UTC). */
const dateOf = (dateTime: string): string => dateTime.slice(0, 10);

/** The application of a firm, the `order`-th received. */
function application(f: FirmRow, order: number): EnrolmentApplication {
  const piva = partitaIva(f.companyNumber);
  return {
    programme: PROGRAMME,
    idempotencyKey: `app-2010-${String(order).padStart(4, '0')}-${piva}`,
    submittedAt: f.submittedAt,
    firm: {
      name: f.name,
      legalForm: f.legalForm,
      partitaIva: piva,
      codiceFiscale: piva,
      address: { street: f.street, postalCode: CAP[f.municipality], municipality: f.municipality, province: 'VA' },
      ateco: f.ateco,
      staff: f.staff,
      ...(f.apprentices !== undefined ? { apprentices: f.apprentices } : {}),
      turnoverCents: eur(f.turnoverEur),
      balanceSheetCents: eur(f.balanceSheetEur),
      artisan: f.artisan,
      ...(f.artisan ? { artisanActivity: 'not-in-series' as const } : {}),
      machines: f.machines,
      deMinimis: f.deMinimis.map((g) => ({ date: g.date, amountCents: eur(g.amountEur), grantor: g.grantor })),
    },
    contact: { ...f.contact },
    interests: { kinds: [...f.interests], aggregation: f.aggregation },
    consent: {
      noticeVersion: mechnetDefinition.eligibility.consent.noticeVersion,
      purposes: { newsletter: f.consent.newsletter, 'publish-figures': f.consent.publishFigures },
      givenAt: f.submittedAt,
    },
  };
}

/** Every firm applies, then the Chamber accepts them all. */
export function addEnrolments(t: Timeline): void {
  firms.forEach((f, i) => {
    t.add({
      type: 'enrolment.applied',
      date: dateOf(f.submittedAt),
      author: f.contact.name,
      firm: vat(f.key),
      application: application(f, i + 1),
    });
  });
  for (const f of firms) {
    t.add({ type: 'enrolment.accepted', date: ACCEPTED_ON, author: OFFICE, firm: vat(f.key) });
  }
}

export function addWithdrawals(t: Timeline): void {
  for (const w of withdrawals) {
    t.add({ type: 'firm.withdrawn', date: w.date, author: OFFICE, firm: vat(w.firm), reason: w.reason });
  }
}

/** The 2010 figures of every firm, as declared in its application. */
export function addFigures2010(t: Timeline): void {
  for (const f of firms) {
    t.add({
      type: 'firm.figures-recorded',
      date: FIGURES_2010_RECORDED_ON,
      author: OFFICE,
      firm: vat(f.key),
      year: 2010,
      staff: f.staff,
      turnoverCents: eur(f.turnoverEur),
      balanceSheetCents: eur(f.balanceSheetEur),
      machines: f.machines,
    });
  }
}
