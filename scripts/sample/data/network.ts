/**
 * The network contract (rule-book §9). In October 2011 the Chamber
 * proposes a network contract to the 12 firms (all declared interest in an
 * aggregation, so all enter the aggregation phase); the complete draft
 * follows in January 2012, the 12 sign it before a notary on 5 March 2012
 * and each has it registered in its own entry of the companies register
 * between 12 and 30 March 2012: the network takes effect on the last one.
 */
import { eur } from '../money.js';

/** The network contract: proposal, draft, signature and registrations. */
export const NETWORK = {
  id: 'rete-mechnet',
  name: 'Rete MechNet Varese',
  proposed: '2011-10-17',
  drafted: '2012-01-30',
  signed: '2012-03-05',
  /** One registration per signatory, in its own entry of the companies register (firm key, date). */
  registrations: [
    ['sironi', '2012-03-12'],
    ['bossi', '2012-03-12'],
    ['colombo', '2012-03-13'],
    ['pozzi', '2012-03-14'],
    ['brambilla', '2012-03-15'],
    ['ferrario', '2012-03-16'],
    ['castiglioni', '2012-03-19'],
    ['broggini', '2012-03-20'],
    ['tettamanti', '2012-03-22'],
    ['bianchi-gatti', '2012-03-26'],
    ['macchi', '2012-03-28'],
    ['zanzi', '2012-03-30'],
  ] as [string, string][],
  /** Plan indicators the contract's objectives are measured by. */
  indicators: [
    ['bossi', 'machine-utilisation'],
    ['brambilla', 'bar-cost'],
    ['bianchi-gatti', 'shared-hours'],
    ['sironi', 'foreign-customers'],
    ['castiglioni', 'new-customers'],
    ['broggini', 'energy-cost-hour'],
  ] as [string, string][],
  commonFundCents: eur(24_000),
  /** Where each signatory registers the contract. */
  registry: 'Registro delle imprese di Varese',
};

/** Notes of the proposal and of the signature. */
export const NETWORK_NOTES = {
  proposed: 'Proposta alle 12 imprese, tutte interessate a una forma stabile di aggregazione fin dalla domanda di adesione',
  signed: 'Atto pubblico firmato a Varese dalle 12 imprese: il primo contratto di rete della provincia',
};

/** The texts of the draft (participants and indicators are added by the builder). */
export const NETWORK_DRAFT = {
  objectives:
    'Accrescere insieme la capacità innovativa e la competitività delle imprese sul mercato: ' +
    "acquisti comuni di materie prime ed energia, uso condiviso delle macchine e del personale qualificato, " +
    "presenza comune alle fiere e sui mercati esteri, percorsi comuni di certificazione. L'avanzamento si misura " +
    'con gli indicatori dei piani strategici delle imprese indicati qui sotto, rilevati ogni trimestre, e con il ' +
    'vantaggio economico delle collaborazioni calcolato alle verifiche periodiche.',
  programme:
    'Programma di rete 2012-2014: gruppo di acquisto di acciaio, utensili ed energia; calendario condiviso delle ' +
    'ore macchina disponibili; distacco di personale tra le imprese; partecipazione collettiva ad almeno una fiera ' +
    "l'anno; consulenza comune per la qualità. Ogni impresa comunica i propri fabbisogni e le capacità libere, " +
    'partecipa alle iniziative a cui aderisce e ne sostiene i costi in proporzione all\u2019uso; ' +
    'versa al fondo patrimoniale comune EUR 2.000 all\u2019atto della firma.',
  durationMonths: 36,
  joiningRules:
    "Possono aderire altre imprese del settore metalmeccanico con sede in provincia di Varese, con il voto favorevole " +
    'dei due terzi dei partecipanti e il versamento della quota al fondo comune.',
  withdrawalRules:
    'Recesso con preavviso di sei mesi, comunicato al comitato di gestione; la quota versata al fondo comune resta alla rete.',
  commonBody:
    'Comitato di gestione di tre membri eletti dai partecipanti per la durata del contratto, con un presidente: ' +
    'esegue il programma, gestisce il fondo comune, rappresenta la rete verso terzi per le attività del programma.',
  decisionRules:
    'Assemblea dei partecipanti, una impresa un voto: decisioni ordinarie a maggioranza dei presenti; modifiche del ' +
    "programma e ingresso di nuovi partecipanti con i due terzi dei voti; modifiche del contratto all'unanimità.",
};
