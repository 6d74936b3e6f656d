/**
 * Enrolment in the record (rule-book §2): what each enrolment event must
 * respect, and how it changes the programme. An application names the
 * programme and its firm once; a decision comes once, within the places and
 * in the order of the waitlist; an acceptance passes every eligibility rule
 * on the firm's own application, unless an officer recorded an exception.
 */
import type { EventFolds, EventGuards } from '../record/checks.js';
import type { EventOf } from '../record/events.js';
import { confirms, placesTaken, setPhase, setStatus, type Claim, type ConsentState, type FirmAccumulator, type ProgrammeFold } from '../record/state.js';
import { isGeneralised, isRedacted, type Consent, type EnrolmentApplication, type StoredApplication } from './application.js';
import type { EventCheck } from '../record/checks.js';
import { eligibility } from './rules.js';
import { deadlineOf } from './confirmation.js';
import { DEFAULT_LINK_VALID_DAYS } from '../programme/schema.js';

/** The enrolment events. */
export type EnrolmentEventType =
  | 'enrolment.applied'
  | 'enrolment.confirmed'
  | 'enrolment.accepted'
  | 'enrolment.waitlisted'
  | 'enrolment.rejected'
  | 'consent.given'
  | 'consent.withdrawn'
  | 'firm.figures-recorded'
  | 'firm.withdrawn'
  | 'erasure';

/** What each enrolment event must respect. */
export const enrolmentGuards: EventGuards<EnrolmentEventType> = {
  'enrolment.applied'({ state, add }, e) {
    const d = state.definition;
    if (e.application.firm.partitaIva !== e.firm) {
      add('firm_mismatch', ['firm'], { name: e.firm, other: e.application.firm.partitaIva });
    }
    // Under confirmation `pec` a second application for a partita IVA is a second claim, kept (rule-book §2).
    if (state.firms.has(e.firm) && !confirms(state)) add('duplicate_enrolment', ['firm'], { name: e.firm });
    if (e.application.programme !== d.id) {
      add('programme_mismatch', ['application', 'programme'], { name: e.application.programme, other: d.id });
    }
    const kinds = new Set<string>(d.collaboration.kinds);
    e.application.interests.kinds.forEach((k, j) => {
      if (!kinds.has(k)) add('unknown_kind', ['application', 'interests', 'kinds', j], { name: k });
    });
  },
  'enrolment.confirmed'({ state, add }, e) {
    if (!confirms(state)) {
      add('confirmation_not_needed', ['type'], { name: e.firm });
      return;
    }
    const claim = state.claims.get(e.application);
    if (!claim || claim.firm !== e.firm) {
      add('unknown_claim', ['application'], { name: e.application, other: e.firm });
      return;
    }
    if (claim.rejected) add('rule_already_decided', ['application'], { name: e.application, other: 'rejected' });
    if (claim.confirmedOn !== undefined) add('claim_already_confirmed', ['application'], { name: e.application, other: claim.confirmedOn });
    if (e.by === 'officer' && (e.how === undefined || e.how.trim() === '')) add('confirmation_how_required', ['how'], { name: e.application });
    const deadline = deadlineOf(state.definition, claim.appliedOn);
    if (e.by === 'pec-link' && deadline !== undefined && e.date > deadline) {
      add('confirmation_link_expired', ['date'], { name: e.application, limit: state.definition.enrolment?.linkValidDays ?? DEFAULT_LINK_VALID_DAYS });
    }
  },
  'enrolment.accepted'(check, e) {
    const { state, add } = check;
    const f = decided(check, e.firm);
    if (!f) return;
    if (f.status !== 'applied' && f.status !== 'waitlisted') {
      add('rule_already_decided', ['firm'], { name: e.firm, other: f.status });
      return;
    }
    const capacity = state.definition.eligibility.capacity;
    if (placesTaken(state) >= capacity) add('rule_capacity', ['firm'], { limit: capacity });
    const first = state.waitlist[0];
    if (first !== undefined && first !== e.firm) add('rule_waitlist_order', ['firm'], { name: e.firm, other: first });
    eligibilityAtAcceptance(check, f, e);
  },
  'enrolment.waitlisted'(check, e) {
    const f = decided(check, e.firm);
    if (f && f.status !== 'applied') check.add('rule_already_decided', ['firm'], { name: e.firm, other: f.status });
  },
  'enrolment.rejected'(check, e) {
    if (e.application !== undefined) {
      // A claim rejected on its own (rule-book §2): a contested or unconfirmed claim, not the one holding the firm.
      const c = confirms(check.state) ? check.state.claims.get(e.application) : undefined;
      if (!c || c.firm !== e.firm) {
        check.add('unknown_claim', ['application'], { name: e.application, other: e.firm });
        return;
      }
      if (!c.holds) {
        if (c.rejected) check.add('rule_already_decided', ['application'], { name: e.application, other: 'rejected' });
        return;
      }
    }
    const f = decided(check, e.firm);
    if (f && f.status !== 'applied' && f.status !== 'waitlisted') {
      check.add('rule_already_decided', ['firm'], { name: e.firm, other: f.status });
    }
  },
  'consent.given'(check, e) {
    knownOrClaimed(check, e.firm);
  },
  'consent.withdrawn'(check, e) {
    knownOrClaimed(check, e.firm);
  },
  'firm.figures-recorded'(check, e) {
    check.known(e.firm, ['firm']);
  },
  erasure(check, e) {
    knownOrClaimed(check, e.firm);
  },
  'firm.withdrawn'(check, e) {
    const f = check.known(e.firm, ['firm']);
    if (f && (f.status === 'withdrawn' || f.status === 'rejected')) {
      check.add('rule_firm_inactive', ['firm'], { name: e.firm, other: f.status });
    }
  },
};

/**
 * The firm a decision is about. Under confirmation `pec` a firm with only
 * unconfirmed claims is refused as such (`claim_unconfirmed`), not as unknown.
 */
function decided(check: EventCheck, firm: string): FirmAccumulator | undefined {
  const { state } = check;
  if (confirms(state) && !state.firms.has(firm)) {
    for (const c of state.claims.values()) {
      if (c.firm === firm) {
        check.add('claim_unconfirmed', ['firm'], { name: firm });
        return undefined;
      }
    }
  }
  return check.known(firm, ['firm']);
}

/**
 * A firm, or under confirmation `pec` a partita IVA with only unconfirmed
 * claims: its consent can still be withdrawn and its personal data erased
 * (the fold then records nothing on a firm that does not exist yet).
 */
function knownOrClaimed(check: EventCheck, firm: string): void {
  const { state } = check;
  if (state.firms.has(firm) || !confirms(state)) {
    check.known(firm, ['firm']);
    return;
  }
  for (const c of state.claims.values()) if (c.firm === firm) return;
  check.known(firm, ['firm']);
}

/**
 * §2 at acceptance: the firm's own application, as stored in its
 * `enrolment.applied`, must pass every eligibility rule of the programme as
 * of the acceptance date (errors refuse the event; warnings do not). An
 * officer's exception waives named rules, and only rules the application
 * actually breaks. Duplicates and capacity are the record's own rules.
 */
function eligibilityAtAcceptance(check: EventCheck, f: FirmAccumulator, e: EventOf<'enrolment.accepted'>): void {
  // An anonymous record's application has its figures, place and code generalised: every rule was judged on the full record.
  if (f.generalised) return;
  const result = eligibility(check.state.definition, f.application, { asOf: e.date });
  const errors = result.reasons.filter((r) => r.severity === 'error' && !(f.redacted && NEEDS_LEFT_OUT.test(r.code)));
  const waived = new Set(e.exception?.waives ?? []);
  for (const r of errors) {
    if (waived.has(r.code)) continue;
    check.add('rule_not_eligible', ['firm'], (l) => ({ name: e.firm, other: r.code, values: r.messages[l] }));
  }
  const broken = new Set<string>(errors.map((r) => r.code));
  e.exception?.waives.forEach((code, j) => {
    if (!broken.has(code) && !(f.redacted && NEEDS_LEFT_OUT.test(code))) check.add('rule_exception_unneeded', ['exception', 'waives', j], { name: code, other: e.firm });
  });
}

/**
 * Consent given (with the application, or later): the purposes answered
 * take the new answer; a withdrawal never erases the consent given before
 * (both stay in the history).
 */
function giveConsent(current: ConsentState | undefined, date: string, consent: Consent): ConsentState {
  const state: ConsentState = current ?? { noticeVersion: consent.noticeVersion, purposes: {}, history: [] };
  state.noticeVersion = consent.noticeVersion;
  for (const [id, given] of Object.entries(consent.purposes)) state.purposes[id] = { given, at: consent.givenAt };
  state.history.push({ date, at: consent.givenAt, kind: 'given', purposes: { ...consent.purposes } });
  return state;
}

/**
 * A stored application as the rules read it. In a public record its personal
 * parts are left out: the rules then see no de minimis aid, the firm's
 * partita IVA for its codice fiscale and an empty contact, and the rules that
 * need what was left out are not judged again (they were, on the full record).
 */
const checked = new WeakMap<StoredApplication, EnrolmentApplication>();
function checkable(app: StoredApplication): EnrolmentApplication {
  if (!isRedacted(app) && !isGeneralised(app)) return app as EnrolmentApplication;
  let out = checked.get(app);
  if (!out) {
    const { sites, apprentices, machines, pec, sizeClass: _sizeClass, ...f } = app.firm;
    out = {
      ...app,
      firm: {
        ...f,
        codiceFiscale: typeof f.codiceFiscale === 'string' ? f.codiceFiscale : f.partitaIva,
        address: 'redacted' in f.address ? { street: '', postalCode: '', municipality: '', province: f.address.province ?? '' } : f.address,
        ...(sites ? { sites: sites.map((s) => ('redacted' in s ? { street: '', postalCode: '', municipality: '', province: s.province ?? '' } : s)) } : {}),
        deMinimis: Array.isArray(f.deMinimis) ? f.deMinimis : [],
        legalForm: typeof f.legalForm === 'string' ? f.legalForm : 'altro',
        staff: known(f.staff),
        turnoverCents: known(f.turnoverCents),
        balanceSheetCents: known(f.balanceSheetCents),
        ...(apprentices !== undefined ? { apprentices: known(apprentices) } : {}),
        ...(machines !== undefined ? { machines: known(machines) } : {}),
        // A PEC address left out was there: the rule that asks for one was judged on the full record.
        ...(pec !== undefined ? { pec: typeof pec === 'string' ? pec : '' } : {}),
      },
      contact: 'redacted' in app.contact ? { name: '', role: '', email: '', phone: '' } : app.contact,
      consent: 'redacted' in app.consent ? { noticeVersion: '', purposes: {}, givenAt: app.submittedAt } : app.consent,
    };
    checked.set(app, out);
  }
  return out;
}

/** A figure of an application, or 0 where an anonymous record left it out (such firms are not judged again, nor summed). */
const known = (v: number | { redacted: true }): number => (typeof v === 'number' ? v : 0);

/** The rules that need what a public record leaves out: judged on the full record, not again on the public one. */
const NEEDS_LEFT_OUT = /^(partita_iva_|codice_fiscale_|consent_|de_minimis_)/;

/** A firm removed from the waitlist. */
const leaveWaitlist = (state: ProgrammeFold, firm: string) => {
  state.waitlist = state.waitlist.filter((x) => x !== firm);
};

/**
 * A firm made from its application: at once under confirmation `none`, on
 * the confirmation of its first confirmed claim under `pec` (its place among
 * the firms is then its order of confirmation).
 */
function addFirm(state: ProgrammeFold, e: EventOf<'enrolment.applied'>, confirmation?: string): void {
  state.firms.set(e.firm, {
    partitaIva: e.firm,
    order: ++state.lastOrder,
    ...(confirmation !== undefined ? { claim: e.id } : {}),
    firm: checkable(e.application).firm,
    application: checkable(e.application),
    ...(isRedacted(e.application) ? { redacted: true } : {}),
    ...(isGeneralised(e.application) ? { generalised: true } : {}),
    interests: e.application.interests,
    consent: 'redacted' in e.application.consent ? { noticeVersion: '', purposes: {}, history: [] } : giveConsent(undefined, e.date, e.application.consent),
    appliedOn: e.date,
    status: 'applied',
    statusSince: e.date,
    phase: 'enrolment',
    lastPhase: 'enrolment',
    history: [{ phase: 'enrolment', date: e.date, author: e.author, event: e.id }],
    assignments: [],
    measurements: new Map(),
    verifications: [],
    figures: [],
    offers: new Map(),
    needs: new Map(),
    erasures: [],
  });
  state.statusCounts.applied += 1;
}

/**
 * A consent event for a partita IVA with only unconfirmed claims (confirmation
 * `pec`): kept on each of its claims, to be replayed on the firm when one is
 * confirmed. Whether it was kept.
 */
function keptForClaims(state: ProgrammeFold, e: EventOf<'consent.given'> | EventOf<'consent.withdrawn'>): boolean {
  if (state.firms.has(e.firm) || !confirms(state)) return false;
  for (const c of state.claims.values()) if (c.firm === e.firm && c.confirmedOn === undefined) c.consentEvents.push(e);
  return true;
}

/** How each enrolment event changes the programme. */
export const enrolmentFolds: EventFolds<EnrolmentEventType> = {
  'enrolment.applied'(state, e) {
    state.applications += 1;
    if (confirms(state)) {
      // A claim: it makes a firm only once confirmed (rule-book §2).
      state.claims.set(e.id, { id: e.id, firm: e.firm, appliedOn: e.date, order: state.claims.size + 1, holds: false, applied: e, consentEvents: [] });
      return;
    }
    if (state.firms.has(e.firm)) return;
    addFirm(state, e);
  },
  'enrolment.confirmed'(state, e) {
    const claim = state.claims.get(e.application);
    if (!claim || claim.firm !== e.firm || claim.confirmedOn !== undefined || claim.rejected) return;
    claim.confirmedOn = e.date;
    claim.confirmedBy = { by: e.by, ...(e.how !== undefined ? { how: e.how } : {}), event: e.id };
    // The first confirmed claim holds the firm; a later one is contested, for an officer to decide.
    if (state.firms.has(e.firm)) return;
    claim.holds = true;
    addFirm(state, claim.applied, e.id);
    // The consent given or withdrawn before the confirmation counts from then on.
    for (const c of claim.consentEvents) (enrolmentFolds[c.type] as (s: ProgrammeFold, e: typeof c) => void)(state, c);
  },
  'enrolment.accepted'(state, e) {
    const f = state.firms.get(e.firm);
    if (!f) return;
    setStatus(state, f, 'accepted');
    f.statusSince = e.date;
    f.acceptedOn ??= e.date;
    if (e.exception) f.exception = { date: e.date, ...e.exception, event: e.id };
    leaveWaitlist(state, e.firm);
    if (f.phase === 'waitlisted') setPhase(f, 'enrolment', e);
  },
  'enrolment.waitlisted'(state, e) {
    const f = state.firms.get(e.firm);
    if (!f) return;
    setStatus(state, f, 'waitlisted');
    f.statusSince = e.date;
    if (!state.waitlist.includes(e.firm)) state.waitlist.push(e.firm);
    setPhase(f, 'waitlisted', e);
  },
  'enrolment.rejected'(state, e) {
    const claim = e.application !== undefined ? state.claims.get(e.application) : undefined;
    if (claim && !claim.holds) {
      claim.rejected = { date: e.date, reasons: e.reasons.map((r) => r.code), event: e.id };
      return;
    }
    if (claim?.holds) {
      // The claim holding the firm rejected by name (rule-book §2: a claim shown not to be the firm's): the firm
      // goes to the first other confirmed claim, if any, in order of confirmation; else it is free again.
      claim.rejected = { date: e.date, reasons: e.reasons.map((r) => r.code), event: e.id };
      claim.holds = false;
      const held = state.firms.get(e.firm);
      if (held) state.statusCounts[held.status] -= 1;
      state.firms.delete(e.firm);
      leaveWaitlist(state, e.firm);
      let next: Claim | undefined;
      for (const c of state.claims.values()) {
        if (c.firm !== e.firm || c.rejected || c.confirmedOn === undefined) continue;
        if (!next || c.confirmedOn < next.confirmedOn!) next = c;
      }
      if (next) {
        next.holds = true;
        addFirm(state, next.applied, next.confirmedBy!.event);
      }
      return;
    }
    const f = state.firms.get(e.firm);
    if (!f) return;
    setStatus(state, f, 'rejected');
    f.statusSince = e.date;
    leaveWaitlist(state, e.firm);
    setPhase(f, 'rejected', e, e.reasons.map((r) => r.code).join(', '));
  },
  'consent.given'(state, e) {
    if (keptForClaims(state, e)) return;
    const f = state.firms.get(e.firm);
    // An erased consent (`{ redacted: true }`) says nothing any more: the state keeps what the other events say.
    if (f && !('redacted' in e.consent)) f.consent = giveConsent(f.consent, e.date, e.consent);
  },
  'consent.withdrawn'(state, e) {
    if (keptForClaims(state, e)) return;
    const f = state.firms.get(e.firm);
    if (!f) return;
    const withdrawn: Record<string, boolean> = {};
    for (const id of e.purposes) {
      f.consent.purposes[id] = { given: false, at: e.at };
      withdrawn[id] = false;
    }
    f.consent.history.push({ date: e.date, at: e.at, kind: 'withdrawn', purposes: withdrawn });
  },
  'firm.figures-recorded'(state, e) {
    state.firms.get(e.firm)?.figures.push(e);
  },
  erasure(state, e) {
    const f = state.firms.get(e.firm);
    if (f) f.erasures.push({ date: e.date, basis: e.basis, fields: e.fields });
  },
  'firm.withdrawn'(state, e) {
    const f = state.firms.get(e.firm);
    if (!f) return;
    setStatus(state, f, 'withdrawn');
    f.statusSince = e.date;
    f.withdrawal = { date: e.date, reason: e.reason };
    leaveWaitlist(state, e.firm);
    if (f.assignment) f.assignment.until = e.date;
    f.assignment = undefined;
    setPhase(f, 'withdrawn', e, e.reason);
  },
};
