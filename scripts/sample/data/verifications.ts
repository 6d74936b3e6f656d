/**
 * How the periodic verifications went. Their dates come from the preset's
 * calendar (every 3 months from the edition start, rule-book §7); the sample
 * holds them from the first (June 2010) to {@link LAST_VERIFICATION_HELD}.
 * Indicators are measured up to December 2011 only (see `measurements.ts`);
 * the March 2012 meeting reviews the 2011 collaborations before the network
 * contract is signed.
 */

/** The last scheduled verification the sample holds. */
export const LAST_VERIFICATION_HELD = '2012-03-01';

/**
 * How the verifications went, where not on time: days late (past the 15 days
 * of grace when above 15), or `missed` (not held by the end of 2011). By firm
 * key, then scheduled date.
 */
export const verificationExceptions: Record<string, Record<string, number | 'missed'>> = {
  zanzi: { '2010-09-01': 24, '2011-09-01': 'missed', '2011-12-01': 'missed' },
  tettamanti: { '2011-03-01': 20 },
  macchi: { '2010-12-01': 9, '2011-12-01': 'missed' },
  colombo: { '2011-06-01': 3 },
};

/** Notes of a verification meeting, by scheduled date (one for every date held). */
export const VERIFICATION_NOTES: Record<string, string> = {
  '2010-06-01': "Restituzione dell'analisi e prime priorità",
  '2010-09-01': 'Bozza di piano strategico condivisa con il titolare',
  '2010-12-01': 'Verifica di fine anno: avanzamento delle azioni avviate',
  '2011-03-01': 'Dati di bilancio 2010 e aggiornamento degli indicatori',
  '2011-06-01': 'Verifica semestrale degli obiettivi',
  '2011-09-01': 'Verifica dopo la pausa estiva',
  '2011-12-01': 'Verifica di fine anno e prospettive per il contratto di rete',
  '2012-03-01': 'Consuntivo 2011 delle collaborazioni e preparazione della firma del contratto di rete',
};

/** Notes of the September 2010 meeting for a firm whose plan was approved before it: the first readings. */
export const FIRST_READINGS = {
  scheduled: '2010-09-01',
  notes: 'Primo rilevamento degli indicatori del piano strategico',
};

/** Notes of the meetings that went differently for one firm. */
export const VERIFICATION_NOTES_BY_FIRM: Record<string, Record<string, string>> = {
  zanzi: {
    '2011-06-01': 'Indicatori non aggiornati dal marzo: il titolare non ha raccolto i dati del trimestre',
  },
  macchi: {
    '2011-09-01': 'Rotazione del magazzino ancora non calcolabile: anagrafica di magazzino da sistemare',
  },
};

/** Days logged by each manager per firm after the analysis: at each verification. */
export const DAYS_PER_VERIFICATION = 1.5;

/** On-time firms meet within this many days of the scheduled date, spread by their order of assignment. */
export const ON_TIME_SPREAD_DAYS = 5;
