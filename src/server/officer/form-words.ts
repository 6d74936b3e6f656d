/**
 * The words of the desk's step forms, in Italian and English: the title of
 * each event an officer or a temporary manager records, the label of each
 * field (by its name, or by its parent and name where the same name means
 * something else), and the names of the values of a choice.
 */
import type { Lang } from '../../i18n/lang.js';

type Words = Record<string, { it: string; en: string }>;

/** What each step records, as the desk titles its form. */
export const STEP_TITLES: Words = {
  'firm.figures-recorded': { it: "Dati annuali dell'impresa", en: "The firm's figures for a year" },
  'phase.advanced': { it: "Passaggio dell'impresa alla fase successiva", en: 'The firm moves to its next phase' },
  'firm.withdrawn': { it: "Ritiro dell'impresa dal programma", en: 'The firm leaves the programme' },
  'manager.registered': { it: 'Nuovo temporary manager', en: 'A new temporary manager' },
  'manager.assigned': { it: "Temporary manager affidato all'impresa", en: 'A temporary manager given to a firm' },
  'manager.released': { it: "Fine dell'affidamento del temporary manager", en: "The temporary manager's assignment ends" },
  'plan.approved': { it: 'Piano strategico approvato', en: 'A strategic plan approved' },
  'offer.declared': { it: "Un'offerta dell'impresa", en: 'An offer of the firm' },
  'need.declared': { it: "Un fabbisogno dell'impresa", en: 'A need of the firm' },
  'collaboration.proposed': { it: 'Collaborazione proposta', en: 'A collaboration proposed' },
  'collaboration.agreed': { it: 'Collaborazione concordata (con le condizioni)', en: 'A collaboration agreed (with its terms)' },
  'collaboration.started': { it: 'Collaborazione avviata', en: 'A collaboration started' },
  'collaboration.figures-recorded': { it: 'Dati di una collaborazione per un periodo', en: "A collaboration's figures for a period" },
  'collaboration.ended': { it: 'Collaborazione conclusa', en: 'A collaboration ended' },
  'aggregation.proposed': { it: 'Aggregazione proposta', en: 'An aggregation proposed' },
  'aggregation.drafted': { it: 'Bozza del contratto di aggregazione', en: "The aggregation's draft contract" },
  'aggregation.signed': { it: 'Contratto di aggregazione firmato', en: 'The aggregation contract signed' },
  'aggregation.registered': { it: "Iscrizione dell'aggregazione nel registro delle imprese", en: 'The aggregation registered with the register of companies' },
};

/** Labels of fields: `parent.name` first, then `name`. */
const FIELDS: Words = {
  date: { it: 'Data', en: 'Date' },
  note: { it: 'Nota per il registro', en: 'Note for the record' },
  firm: { it: 'Impresa', en: 'Firm' },
  firms: { it: 'Imprese', en: 'Firms' },
  id: { it: 'Codice (lettere minuscole, cifre, . _ -)', en: 'Code (lower-case letters, digits, . _ -)' },
  year: { it: 'Anno', en: 'Year' },
  staff: { it: 'Addetti', en: 'Staff' },
  turnoverCents: { it: 'Fatturato', en: 'Turnover' },
  balanceSheetCents: { it: 'Totale di bilancio', en: 'Balance-sheet total' },
  machines: { it: 'Macchine', en: 'Machines' },
  phase: { it: 'Fase', en: 'Phase' },
  reason: { it: 'Motivo', en: 'Reason' },
  manager: { it: 'Temporary manager', en: 'Temporary manager' },
  'manager.name': { it: 'Nome e cognome', en: 'Full name' },
  profile: { it: 'Profilo', en: 'Profile' },
  expertise: { it: 'Competenze', en: 'Expertise' },
  email: { it: 'Email', en: 'E-mail' },
  budgetDays: { it: 'Giornate previste', en: 'Days budgeted' },
  plan: { it: 'Piano', en: 'Plan' },
  'plan.owner': { it: "Titolare che approva il piano", en: 'Owner who approves the plan' },
  objectives: { it: 'Obiettivi', en: 'Objectives' },
  title: { it: 'Titolo', en: 'Title' },
  description: { it: 'Descrizione', en: 'Description' },
  areas: { it: 'Aree di analisi', en: 'Analysis areas' },
  deadline: { it: 'Scadenza', en: 'Deadline' },
  weight: { it: 'Peso', en: 'Weight' },
  indicators: { it: 'Indicatori', en: 'Indicators' },
  kind: { it: 'Tipo', en: 'Kind' },
  name: { it: 'Nome', en: 'Name' },
  unit: { it: 'Unità di misura', en: 'Unit' },
  polarity: { it: 'Direzione', en: 'Direction' },
  baseline: { it: 'Valore di partenza', en: 'Baseline' },
  value: { it: 'Valore', en: 'Value' },
  target: { it: 'Obiettivo', en: 'Target' },
  band: { it: 'Intervallo da mantenere (minimo, massimo)', en: 'Range to keep (lowest, highest)' },
  tolerance: { it: 'Tolleranza', en: 'Tolerance' },
  interim: { it: 'Traguardi intermedi', en: 'Interim targets' },
  trajectory: { it: 'Andamento atteso', en: 'Expected path' },
  ratio: { it: 'Rapporto tra due grandezze', en: 'Ratio of two figures' },
  numerator: { it: 'Numeratore', en: 'Numerator' },
  denominator: { it: 'Denominatore', en: 'Denominator' },
  scale: { it: 'Scala', en: 'Scale' },
  levels: { it: 'Livelli', en: 'Levels' },
  label: { it: 'Descrizione del livello', en: "Level's description" },
  score: { it: 'Punteggio', en: 'Score' },
  level: { it: 'Livello (codice)', en: 'Level (code)' },
  'indicators.target': { it: 'Obiettivo', en: 'Target' },
  start: { it: 'Inizio', en: 'Start' },
  offer: { it: 'Offerta', en: 'Offer' },
  need: { it: 'Fabbisogno', en: 'Need' },
  machineType: { it: 'Tipo di macchina', en: 'Machine type' },
  spareHours: { it: 'Ore libere in un anno', en: 'Spare hours a year' },
  annualFixedCostCents: { it: 'Costo fisso annuo', en: 'Annual fixed cost' },
  availableHours: { it: 'Ore disponibili in un anno', en: 'Hours available a year' },
  variableCostPerHourCents: { it: 'Costo variabile per ora', en: 'Variable cost per hour' },
  service: { it: 'Servizio', en: 'Service' },
  capacityHours: { it: 'Ore di capacità', en: 'Hours of capacity' },
  skill: { it: 'Competenza', en: 'Skill' },
  hours: { it: 'Ore', en: 'Hours' },
  hourlyCostCents: { it: 'Costo orario', en: 'Hourly cost' },
  brand: { it: 'Marchio o certificazione', en: 'Brand or certification' },
  annualCostCents: { it: 'Costo annuo', en: 'Annual cost' },
  category: { it: 'Categoria di acquisto', en: 'Purchase category' },
  quantity: { it: 'Quantità', en: 'Quantity' },
  unitPriceCents: { it: 'Prezzo unitario pagato oggi', en: 'Unit price paid today' },
  supplier: { it: 'Fornitore', en: 'Supplier' },
  standAloneCostCents: { it: 'Costo da sola', en: 'Stand-alone cost' },
  usage: { it: 'Utilizzo', en: 'Usage' },
  alternativeRateCents: { it: "Tariffa oraria dell'alternativa", en: "The alternative's hourly rate" },
  alternativeHourlyCostCents: { it: "Costo orario dell'alternativa", en: "The alternative's hourly cost" },
  collaboration: { it: 'Collaborazione', en: 'Collaboration' },
  lead: { it: 'Impresa capofila', en: 'Lead firm' },
  estimatedAnnualAdvantageCents: { it: 'Vantaggio annuo stimato', en: 'Estimated annual advantage' },
  terms: { it: 'Condizioni concordate', en: 'Agreed terms' },
  figures: { it: 'Dati', en: 'Figures' },
  basis: { it: 'Base dei dati', en: 'Basis of the figures' },
  priceCurve: { it: 'Prezzi per quantità', en: 'Prices by quantity' },
  minQuantity: { it: 'Da quantità', en: 'From quantity' },
  priceCents: { it: 'Prezzo unitario', en: 'Unit price' },
  priceIndex: { it: 'Indice dei prezzi', en: 'Price index' },
  'priceIndex.name': { it: "Nome dell'indice", en: "Index's name" },
  base: { it: 'Valore base', en: 'Base value' },
  current: { it: 'Valore attuale', en: 'Current value' },
  members: { it: 'Imprese partecipanti', en: 'Member firms' },
  priceBeforeCents: { it: 'Prezzo unitario prima', en: 'Unit price before' },
  priceGroupCents: { it: 'Prezzo unitario del gruppo', en: "The group's unit price" },
  marketPriceCents: { it: 'Prezzo unitario di mercato', en: 'Market unit price' },
  sharedCostCents: { it: 'Costo condiviso', en: 'Shared cost' },
  split: { it: 'Ripartizione', en: 'Split' },
  owner: { it: 'Impresa proprietaria', en: 'Owning firm' },
  users: { it: 'Imprese che la usano', en: 'Firms using it' },
  hoursBooked: { it: 'Ore prenotate', en: 'Hours booked' },
  hoursUsed: { it: 'Ore usate', en: 'Hours used' },
  jointCostCents: { it: 'Costo comune', en: 'Joint cost' },
  secondments: { it: 'Distacchi di personale', en: 'Secondments' },
  from: { it: 'Da', en: 'From' },
  to: { it: 'A', en: 'To' },
  'secondments.from': { it: 'Impresa che distacca', en: 'Firm seconding' },
  'secondments.to': { it: 'Impresa che riceve', en: 'Firm receiving' },
  avoidedHourlyCostCents: { it: 'Costo orario evitato', en: 'Hourly cost avoided' },
  period: { it: 'Periodo', en: 'Period' },
  'period.from': { it: 'Primo giorno del periodo', en: 'First day of the period' },
  'period.to': { it: 'Ultimo giorno del periodo', en: 'Last day of the period' },
  aggregation: { it: 'Aggregazione', en: 'Aggregation' },
  form: { it: 'Forma', en: 'Form' },
  legalPersonality: { it: 'Con personalità giuridica', en: 'With legal personality' },
  draft: { it: 'Bozza', en: 'Draft' },
  participants: { it: 'Partecipanti', en: 'Participants' },
  'draft.objectives': { it: 'Obiettivi strategici comuni', en: 'Common strategic objectives' },
  text: { it: 'Testo', en: 'Text' },
  indicator: { it: 'Indicatore (codice)', en: 'Indicator (code)' },
  'draft.programme': { it: 'Programma comune', en: 'Common programme' },
  commonFundCents: { it: 'Fondo patrimoniale comune', en: 'Common fund' },
  duration: { it: 'Durata', en: 'Duration' },
  until: { it: 'Fino al', en: 'Until' },
  months: { it: 'Mesi', en: 'Months' },
  joiningRules: { it: 'Regole di adesione', en: 'Rules for joining' },
  withdrawalRules: { it: 'Regole di recesso', en: 'Rules for leaving' },
  commonBody: { it: 'Organo comune', en: 'Common body' },
  decisionRules: { it: 'Regole di decisione', en: 'Rules for decisions' },
  signatories: { it: 'Firmatari', en: 'Signatories' },
  deed: { it: "Forma dell'atto", en: 'Form of the deed' },
  registry: { it: 'Registro (ufficio)', en: 'Register (office)' },
};

/** What one item of a list is called (`Obiettivo 2`, `Add: Member firm`), by the list's name. */
const ITEMS: Words = {
  objectives: { it: 'Obiettivo', en: 'Objective' },
  indicators: { it: 'Indicatore', en: 'Indicator' },
  interim: { it: 'Traguardo intermedio', en: 'Interim target' },
  band: { it: 'Estremo', en: 'Bound' },
  levels: { it: 'Livello', en: 'Level' },
  expertise: { it: 'Competenza', en: 'Skill' },
  priceCurve: { it: 'Scaglione di prezzo', en: 'Price step' },
  members: { it: 'Impresa partecipante', en: 'Member firm' },
  users: { it: 'Impresa utente', en: 'User firm' },
  secondments: { it: 'Distacco', en: 'Secondment' },
};

/** Names of the values of a choice, by the field's name. */
const VALUES: Record<string, Words> = {
  polarity: {
    increase: { it: 'aumentare', en: 'increase' },
    decrease: { it: 'diminuire', en: 'decrease' },
    maintain: { it: 'mantenere', en: 'maintain' },
    range: { it: 'restare in un intervallo', en: 'stay in a range' },
  },
  trajectory: { linear: { it: 'lineare', en: 'linear' }, step: { it: 'a gradino', en: 'step' } },
  basis: { negotiated: { it: 'negoziati', en: 'negotiated' }, realised: { it: 'realizzati', en: 'realised' } },
  split: {
    usage: { it: "in proporzione all'utilizzo", en: 'by usage' },
    equal: { it: 'in parti uguali', en: 'in equal parts' },
    shapley: { it: 'valore di Shapley', en: 'Shapley value' },
  },
  form: {
    'network-contract': { it: 'contratto di rete', en: 'network contract' },
    consortium: { it: 'consorzio', en: 'consortium' },
    'temporary-association': { it: 'associazione temporanea di imprese', en: 'temporary association' },
  },
  deed: {
    notarial: { it: 'atto pubblico notarile', en: 'notarial deed' },
    authenticated: { it: 'scrittura privata autenticata', en: 'authenticated private deed' },
    'digital-standard-form': { it: 'modello standard con firma digitale', en: 'digital standard form' },
  },
  kind: {
    quantitative: { it: 'quantitativo', en: 'quantitative' },
    scale: { it: 'qualitativo su scala', en: 'qualitative, on a scale' },
    milestone: { it: 'traguardo (fatto o non fatto)', en: 'milestone (done or not)' },
  },
};

/** The label of a field at `path` (names only, no indexes), in `lang`. */
export function fieldLabel(at: readonly string[], lang: Lang): string {
  // A list's item is labelled as its list.
  const path = at.filter((p) => p !== 'item');
  const name = path[path.length - 1] ?? '';
  const parent = path[path.length - 2];
  const words = (parent !== undefined ? FIELDS[`${parent}.${name}`] : undefined) ?? FIELDS[name];
  return words ? words[lang] : name;
}

/** The name of a value of a choice, or the value itself. */
export function valueLabel(field: string, value: string, lang: Lang): string {
  return VALUES[field]?.[value]?.[lang] ?? value;
}

/** What one item of the list `name` is called, in `lang`. */
export function itemLabel(name: string, lang: Lang): string {
  return ITEMS[name]?.[lang] ?? fieldLabel([name], lang);
}
