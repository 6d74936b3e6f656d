/**
 * Units of measure as plans write them: mostly plural nouns, in Italian or
 * English ("clienti", "giorni", "migliaia di EUR", "customers"). A quantity
 * of one takes the singular: "1 cliente", "1 giorno", "1 migliaio di EUR".
 */

/** Plural nouns used as units, with their singular. */
const SINGULAR: Readonly<Record<string, string>> = {
  // Italian
  addetti: 'addetto',
  agenti: 'agente',
  anni: 'anno',
  apprendisti: 'apprendista',
  brevetti: 'brevetto',
  certificazioni: 'certificazione',
  clienti: 'cliente',
  commesse: 'commessa',
  consegne: 'consegna',
  contatti: 'contatto',
  corsi: 'corso',
  dipendenti: 'dipendente',
  fiere: 'fiera',
  fornitori: 'fornitore',
  giorni: 'giorno',
  imprese: 'impresa',
  inserti: 'inserto',
  interventi: 'intervento',
  lavoratori: 'lavoratore',
  livelli: 'livello',
  lotti: 'lotto',
  macchine: 'macchina',
  mercati: 'mercato',
  mesi: 'mese',
  migliaia: 'migliaio',
  milioni: 'milione',
  minuti: 'minuto',
  offerte: 'offerta',
  operai: 'operaio',
  ordini: 'ordine',
  ore: 'ora',
  paesi: 'paese',
  persone: 'persona',
  pezzi: 'pezzo',
  prodotti: 'prodotto',
  progetti: 'progetto',
  punti: 'punto',
  reclami: 'reclamo',
  secondi: 'secondo',
  settimane: 'settimana',
  tarature: 'taratura',
  tecnici: 'tecnico',
  tonnellate: 'tonnellata',
  turni: 'turno',
  utensili: 'utensile',
  visite: 'visita',
  // English
  agents: 'agent',
  apprentices: 'apprentice',
  batches: 'batch',
  calibrations: 'calibration',
  clients: 'client',
  complaints: 'complaint',
  contacts: 'contact',
  courses: 'course',
  customers: 'customer',
  days: 'day',
  deliveries: 'delivery',
  employees: 'employee',
  fairs: 'fair',
  firms: 'firm',
  hours: 'hour',
  inserts: 'insert',
  machines: 'machine',
  minutes: 'minute',
  months: 'month',
  orders: 'order',
  patents: 'patent',
  people: 'person',
  pieces: 'piece',
  points: 'point',
  products: 'product',
  projects: 'project',
  quotes: 'quote',
  shifts: 'shift',
  suppliers: 'supplier',
  thousands: 'thousand',
  tonnes: 'tonne',
  visits: 'visit',
  weeks: 'week',
  workers: 'worker',
  years: 'year',
};

/**
 * A unit as it reads after a quantity written for people: the singular after
 * exactly one ("1", "-1") when the unit starts with a plural noun the library
 * knows, else the unit as written.
 *
 * @example
 * ```ts
 * unitAfter('1', 'apprendisti');     // 'apprendista'
 * unitAfter('2', 'apprendisti');     // 'apprendisti'
 * unitAfter('1', 'migliaia di EUR'); // 'migliaio di EUR'
 * ```
 */
export function unitAfter(quantity: string, unit: string): string {
  if (!/^[-\u2212]?1$/.test(quantity.trim())) return unit;
  const space = unit.indexOf(' ');
  const first = space < 0 ? unit : unit.slice(0, space);
  const one = SINGULAR[first.toLowerCase()];
  if (!one) return unit;
  const cased = first[0] === first[0]!.toUpperCase() ? one[0]!.toUpperCase() + one.slice(1) : one;
  return cased + (space < 0 ? '' : unit.slice(space));
}
