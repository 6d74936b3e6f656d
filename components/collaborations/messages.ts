import type { OpportunityBasis } from '../../src/collaboration/index.js';
import type { Lang } from '../../src/i18n/index.js';
import { afterPreposition, messageDate } from '../../src/i18n/numbers.js';
import type { CollaborationStatus } from '../../src/lifecycle/index.js';

/** Texts of `<mechnet-collaborations>`. Every language must have every key. */
export interface CollaborationsMessages {
  title: string;
  /** A collaboration's status, as a word (never a colour alone). */
  statuses: Record<CollaborationStatus, string>;
  matrix: string;
  matrixCaption: string;
  matrixHint: string;
  /** A matrix cell: the firm takes part in n collaborations of the kind (n > 0), or in none. */
  takesPart: (n: number) => string;
  takesNoPart: string;
  collaborations: string;
  collaborationsCaption: string;
  noCollaborations: string;
  collaboration: string;
  kind: string;
  status: string;
  /** Since when a collaboration has its status (`YYYY-MM-DD`). */
  since: (isoDate: string) => string;
  members: string;
  lead: string;
  estimatedAdvantage: string;
  periods: string;
  /** Periods with figures recorded. */
  periodsCount: (n: number) => string;
  /** A collaboration whose title is hidden, for an anonymous page on a record that still names the firms. */
  hiddenTitle: (kind: string, n: number) => string;
  hiddenTitlesNote: string;
  opportunities: string;
  opportunitiesCaption: string;
  opportunitiesHint: string;
  noOpportunities: string;
  subject: string;
  firms: string;
  provider: string;
  hours: string;
  basis: string;
  /** How an opportunity's advantage is estimated, in words. */
  basisText: (basis: OpportunityBasis, discount: string | undefined) => string;
  none: string;
}

const it: CollaborationsMessages = {
  title: 'Collaborazioni tra le imprese',
  statuses: { proposed: 'Proposta', agreed: 'Concordata', running: 'In corso', ended: 'Conclusa' },
  matrix: 'Chi partecipa a cosa',
  matrixCaption: 'Imprese e tipi di collaborazione',
  matrixHint: 'Ogni casella dice a quante collaborazioni di quel tipo partecipa l\'impresa, in qualsiasi stato.',
  takesPart: (n) => (n === 1 ? 'sì, 1 collaborazione' : `sì, ${n} collaborazioni`),
  takesNoPart: 'no',
  collaborations: 'Collaborazioni',
  collaborationsCaption: 'Collaborazioni, stato e imprese partecipanti',
  noCollaborations: 'Nessuna collaborazione registrata a questa data.',
  collaboration: 'Collaborazione',
  kind: 'Tipo',
  status: 'Stato',
  since: (d) => messageDate(d, 'it', 'since'),
  members: 'Imprese',
  lead: 'capofila',
  estimatedAdvantage: 'Vantaggio annuo stimato',
  periods: 'Cifre registrate',
  periodsCount: (n) => (n === 0 ? 'nessun periodo' : n === 1 ? '1 periodo' : `${n} periodi`),
  hiddenTitle: (k, n) => `Collaborazione ${n} (${k})`,
  hiddenTitlesNote:
    'I titoli delle collaborazioni sono nascosti perché possono nominare le imprese; una pagina pubblica dovrebbe caricare il record pubblico anonimo.',
  opportunities: 'Opportunità proposte',
  opportunitiesCaption: 'Opportunità proposte dall\'abbinamento di offerte e fabbisogni',
  opportunitiesHint: 'Abbinamento tra ciò che le imprese offrono e ciò di cui hanno bisogno; il vantaggio è una stima annua per le imprese insieme.',
  noOpportunities: 'Nessuna opportunità dagli abbinamenti a questa data.',
  subject: 'Oggetto',
  firms: 'Imprese',
  provider: 'offre',
  hours: 'Ore all\'anno',
  basis: 'Come è stimato',
  basisText: (b, d) => {
    switch (b) {
      case 'discount-on-spend':
        return `Sconto ipotizzato${d ? ` ${afterPreposition(d, 'it', 'of')}` : ''} sulla spesa annua delle imprese nella categoria`;
      case 'shared-instead-of-each':
        return 'Uno condiviso invece di uno per impresa: la somma dei costi individuali meno il più alto';
      case 'alternative-minus-hour-rate':
        return "Tariffa alternativa dell'impresa che ne ha bisogno meno il costo orario della macchina, moltiplicata per le ore";
      case 'avoided-minus-hourly-cost':
        return 'Costo orario evitato meno il costo orario del lavoratore, moltiplicato per le ore';
    }
  },
  none: 'nessuna',
};

const en: CollaborationsMessages = {
  title: 'Collaborations between the firms',
  statuses: { proposed: 'Proposed', agreed: 'Agreed', running: 'Running', ended: 'Ended' },
  matrix: 'Who takes part in what',
  matrixCaption: 'Firms and kinds of collaboration',
  matrixHint: 'Each cell says in how many collaborations of that kind the firm takes part, whatever their status.',
  takesPart: (n) => (n === 1 ? 'yes, 1 collaboration' : `yes, ${n} collaborations`),
  takesNoPart: 'no',
  collaborations: 'Collaborations',
  collaborationsCaption: 'Collaborations, their status and the firms taking part',
  noCollaborations: 'No collaboration recorded on this date.',
  collaboration: 'Collaboration',
  kind: 'Kind',
  status: 'Status',
  since: (d) => messageDate(d, 'en', 'since'),
  members: 'Firms',
  lead: 'lead',
  estimatedAdvantage: 'Estimated annual advantage',
  periods: 'Figures recorded',
  periodsCount: (n) => (n === 0 ? 'no period' : n === 1 ? '1 period' : `${n} periods`),
  hiddenTitle: (k, n) => `Collaboration ${n} (${k})`,
  hiddenTitlesNote:
    'The titles of the collaborations are hidden because they may name the firms; a public page should load the anonymous public record.',
  opportunities: 'Proposed opportunities',
  opportunitiesCaption: 'Opportunities proposed by matching offers and needs',
  opportunitiesHint: 'Matching what the firms offer with what they need; the advantage is an annual estimate for the firms together.',
  noOpportunities: 'No opportunity from matching on this date.',
  subject: 'Subject',
  firms: 'Firms',
  provider: 'offers',
  hours: 'Hours a year',
  basis: 'How it is estimated',
  basisText: (b, d) => {
    switch (b) {
      case 'discount-on-spend':
        return `An assumed discount${d ? ` of ${d}` : ''} on the firms' annual spend in the category`;
      case 'shared-instead-of-each':
        return 'One shared instead of one for each firm: the sum of the stand-alone costs less the largest';
      case 'alternative-minus-hour-rate':
        return 'The needing firm\'s alternative rate less the machine-hour rate, times the hours';
      case 'avoided-minus-hourly-cost':
        return 'The avoided hourly cost less the worker\'s hourly cost, times the hours';
    }
  },
  none: 'none',
};

/** The texts of `<mechnet-collaborations>` in every language. */
export const collaborationsMessages: Record<Lang, CollaborationsMessages> = { it, en };
