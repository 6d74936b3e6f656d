import type { Lang } from '../../src/i18n/index.js';

/** The kinds of advantage the rule-book keeps apart (§10). */
export type AdvantageSeries = 'hard' | 'avoidance' | 'gain';

/** Texts of `<mechnet-savings>`. Every language must have every key. */
export interface SavingsMessages {
  /** Heading of the programme-wide view. */
  title: string;
  /** Heading of one firm's view. */
  firmTitle: (firm: string) => string;
  /** Names of the kinds of advantage (legend, table headers). */
  series: Record<AdvantageSeries, string>;
  /** What each kind of advantage means, for the legend. */
  seriesHint: Record<AdvantageSeries, string>;
  legend: string;
  totals: string;
  /** The firms' net advantage: their savings and gains less the fees they paid. */
  net: string;
  /** What the firms' net advantage counts, and what it does not (the public contribution, costs avoided). */
  netHint: string;
  /** One firm's net advantage, and what it counts. */
  firmNet: string;
  firmNetHint: string;
  /** A firm's net advantage, as a column heading. */
  netColumn: string;
  /** What the firms paid to take part, together. */
  firmsFees: string;
  /** The programme's whole cost: public contribution and firms' fees. */
  programmeCost: string;
  /** The fee one firm paid to take part. */
  firmCost: string;
  /** The public contribution, as the public cost of the programme. */
  publicFunding: string;
  /** The ratio of the net advantage to the public contribution. */
  netPerPublicEuro: string;
  noPublicFunding: string;
  byKind: string;
  byFirm: string;
  kind: string;
  firm: string;
  total: string;
  realised: string;
  negotiated: string;
  realisedAndNegotiated: string;
  negotiatedHint: string;
  basis: string;
  /** Caption of the table by kind: the programme's, or one firm's. */
  byKindCaption: (firm: string | undefined) => string;
  /** Caption of the table by firm. */
  byFirmCaption: string;
  /** Caption of the table of realised against negotiated figures. */
  basisCaption: string;
  /** The chart is drawn from the figures of the table beside it. */
  chartNote: string;
  /** The firm took part on no date up to the view's: no figures. */
  firmWithoutFigures: (firm: string) => string;
  /** No firm has figures on the date. */
  noFirms: string;
}

const it: SavingsMessages = {
  title: 'Vantaggio economico',
  firmTitle: (f) => `Vantaggio economico di ${f}`,
  series: { hard: 'Risparmi effettivi', avoidance: 'Costi evitati', gain: 'Ricavi' },
  seriesHint: {
    hard: 'minore spesa rispetto al prezzo pagato prima',
    avoidance: 'aumenti di prezzo evitati, esposti a parte',
    gain: 'ricavi in più, per esempio dall\'uso delle proprie macchine da parte di altre imprese',
  },
  legend: 'Legenda',
  totals: 'Totali',
  net: 'Vantaggio netto per le imprese',
  netHint:
    'Vantaggio netto per le imprese: risparmi effettivi e ricavi realizzati, meno le quote versate dalle imprese per partecipare; i costi evitati non sono compresi. Il contributo pubblico non è sottratto: il rapporto lo mette a confronto con il vantaggio netto.',
  firmNet: 'Vantaggio netto dell\'impresa',
  firmNetHint: 'Vantaggio netto dell\'impresa: risparmi effettivi e ricavi realizzati, meno la quota versata dall\'impresa per partecipare; i costi evitati non sono compresi.',
  netColumn: 'Vantaggio netto',
  firmsFees: 'Quote versate dalle imprese',
  programmeCost: 'Costo totale del programma',
  firmCost: 'Quota versata dall\'impresa',
  publicFunding: 'Costo pubblico del programma (contributo pubblico)',
  netPerPublicEuro: 'Rapporto vantaggio netto / contributo pubblico',
  noPublicFunding: 'nessun contributo pubblico',
  byKind: 'Per tipo di collaborazione',
  byFirm: 'Per impresa',
  kind: 'Tipo di collaborazione',
  firm: 'Impresa',
  total: 'Totale',
  realised: 'Realizzato',
  negotiated: 'Negoziato',
  realisedAndNegotiated: 'Realizzato e negoziato',
  negotiatedHint: 'Negoziato: condizioni concordate e cifre non ancora realizzate, tenute separate dal realizzato.',
  basis: 'Base',
  byKindCaption: (f) => (f === undefined ? 'Vantaggio realizzato per tipo di collaborazione' : `Vantaggio realizzato di ${f} per tipo di collaborazione`),
  byFirmCaption: 'Vantaggio per impresa',
  basisCaption: 'Vantaggio realizzato e negoziato',
  chartNote: 'Il grafico riporta le cifre della tabella che lo segue.',
  firmWithoutFigures: (f) => `${f} non ha ancora cifre di vantaggio economico a questa data.`,
  noFirms: 'Nessuna impresa ha ancora cifre di vantaggio economico a questa data.',
};

const en: SavingsMessages = {
  title: 'Economic advantage',
  firmTitle: (f) => `Economic advantage of ${f}`,
  series: { hard: 'Hard savings', avoidance: 'Costs avoided', gain: 'Gains' },
  seriesHint: {
    hard: 'less spent than the price paid before',
    avoidance: 'price increases prevented, reported apart',
    gain: 'extra income, for example from other firms using a firm\'s machines',
  },
  legend: 'Legend',
  totals: 'Totals',
  net: 'Net advantage to the firms',
  netHint:
    'Net advantage to the firms: realised hard savings and gains, less the fees the firms paid to take part; costs avoided are not counted in. The public contribution is not subtracted: the ratio sets it beside the net advantage.',
  firmNet: 'The firm\'s net advantage',
  firmNetHint: 'The firm\'s net advantage: realised hard savings and gains, less the fee the firm paid to take part; costs avoided are not counted in.',
  netColumn: 'Net advantage',
  firmsFees: 'Fees paid by the firms',
  programmeCost: 'Total cost of the programme',
  firmCost: 'Fee paid by the firm',
  publicFunding: 'Public cost of the programme (public contribution)',
  netPerPublicEuro: 'Ratio of net advantage to public contribution',
  noPublicFunding: 'no public funding',
  byKind: 'By kind of collaboration',
  byFirm: 'By firm',
  kind: 'Kind of collaboration',
  firm: 'Firm',
  total: 'Total',
  realised: 'Realised',
  negotiated: 'Negotiated',
  realisedAndNegotiated: 'Realised and negotiated',
  negotiatedHint: 'Negotiated: terms agreed and figures not yet realised, kept apart from what was realised.',
  basis: 'Basis',
  byKindCaption: (f) => (f === undefined ? 'Realised advantage by kind of collaboration' : `Realised advantage of ${f} by kind of collaboration`),
  byFirmCaption: 'Advantage by firm',
  basisCaption: 'Realised and negotiated advantage',
  chartNote: 'The chart shows the figures of the table below it.',
  firmWithoutFigures: (f) => `${f} has no economic advantage figures yet on this date.`,
  noFirms: 'No firm has economic advantage figures yet on this date.',
};

/** The texts of `<mechnet-savings>` in every language. */
export const savingsMessages: Record<Lang, SavingsMessages> = { it, en };
