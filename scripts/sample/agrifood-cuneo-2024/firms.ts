/**
 * The firms of the Filiera Granda sample (preset `agrifood-cuneo-2024`) as
 * they applied, in order of application, and the two temporary managers.
 * Every firm, person and figure is fictional. Amounts in euros.
 *
 * Eight applications for six places: the first six are accepted on the
 * edition start, the seventh waits and takes the place of a firm that
 * withdraws in May, the eighth (Turin, no site in the territory) is
 * rejected.
 *
 * No sample firm relies on an operating site for the territory (the preset's
 * basis is `seat-or-site`): `publicRecord(record, { anonymous: true })`
 * drops the sites and then refuses its own result for such a firm.
 */
import type { CollaborationKind, LegalForm, ManagerProfile } from '../../../src/index.js';
import { partitaIva } from '../facts.js';

/** Office codes of the partita IVA (digits 8-10) by province. */
export const VAT_OFFICE = { TO: '001', CN: '004', AT: '005' } as const;

/** A place: street, CAP, municipality and province. */
export interface Place {
  street: string;
  postalCode: string;
  municipality: string;
  province: keyof typeof VAT_OFFICE;
}

/** What happens to the application. */
export type Decision = 'accepted' | 'waitlisted' | 'rejected';

/** One firm: its application and its 2024 figures. */
export interface AgriFirm {
  key: string;
  name: string;
  legalForm: LegalForm;
  /** Digits 1-7 of the partita IVA; the office code comes from the seat's province. */
  companyNumber: string;
  seat: Place;
  sites?: Place[];
  /** ATECO 2007, attività prevalente. */
  ateco: string;
  staff: number;
  apprentices?: number;
  machines: number;
  turnoverEur: number;
  balanceSheetEur: number;
  artisan: boolean;
  deMinimis: { date: string; amountEur: number; grantor: string }[];
  contact: { name: string; role: string; email: string; phone: string };
  interests: CollaborationKind[];
  aggregation: boolean;
  consent: { newsletter: boolean; publishFigures: boolean; shareWithAssociations: boolean };
  /** When the application was submitted (Europe/Rome, winter time). */
  submittedAt: string;
  decision: Decision;
}

/** The eight applications, in order. */
export const firms: AgriFirm[] = [
  {
    key: 'stura',
    name: 'Caseificio Valle Stura S.r.l.',
    legalForm: 'srl',
    companyNumber: '0381524',
    seat: { street: 'Via Valle Stura 31', postalCode: '12011', municipality: 'Borgo San Dalmazzo', province: 'CN' },
    ateco: '10.51.20',
    staff: 14,
    machines: 9,
    turnoverEur: 3_120_000,
    balanceSheetEur: 2_240_000,
    artisan: false,
    deMinimis: [{ date: '2022-05-10', amountEur: 40_000, grantor: 'Regione Piemonte' }],
    contact: { name: 'Elena Giraudo', role: 'Amministratrice delegata', email: 'elena.giraudo@caseificiovallestura.example', phone: '0171 266418' },
    interests: ['purchasing', 'brands'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true, shareWithAssociations: true },
    submittedAt: '2024-01-16T10:20:00+01:00',
    decision: 'accepted',
  },
  {
    key: 'langa',
    name: 'Dolciaria Langa Nocciola S.n.c. di Marco Bogliolo & C.',
    legalForm: 'snc',
    companyNumber: '0402917',
    seat: { street: 'Regione Bruceto 12', postalCode: '12074', municipality: 'Cortemilia', province: 'CN' },
    ateco: '10.82.00',
    staff: 9,
    apprentices: 1,
    machines: 6,
    turnoverEur: 1_480_000,
    balanceSheetEur: 1_020_000,
    artisan: true,
    deMinimis: [],
    contact: { name: 'Marco Bogliolo', role: 'Socio amministratore', email: 'marco@langanocciola.example', phone: '0173 81452' },
    interests: ['purchasing', 'services', 'brands'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true, shareWithAssociations: true },
    submittedAt: '2024-01-22T15:45:00+01:00',
    decision: 'accepted',
  },
  {
    key: 'bra',
    name: 'Salumificio Braidese S.r.l.',
    legalForm: 'srl',
    companyNumber: '0367240',
    seat: { street: 'Via Cherasco 88', postalCode: '12042', municipality: 'Bra', province: 'CN' },
    ateco: '10.13.00',
    staff: 22,
    machines: 14,
    turnoverEur: 6_800_000,
    balanceSheetEur: 4_900_000,
    artisan: false,
    deMinimis: [{ date: '2023-02-14', amountEur: 25_000, grantor: 'Camera di Commercio di Cuneo' }],
    contact: { name: 'Paolo Rinaudo', role: 'Direttore amministrativo', email: 'amministrazione@salumificiobraidese.example', phone: '0172 413905' },
    interests: ['purchasing', 'machines'],
    aggregation: false,
    consent: { newsletter: true, publishFigures: false, shareWithAssociations: false },
    submittedAt: '2024-01-29T09:05:00+01:00',
    decision: 'accepted',
  },
  {
    key: 'belbo',
    name: 'Spumanti Valle Belbo S.r.l.',
    legalForm: 'srl',
    companyNumber: '0139662',
    seat: { street: 'Corso Libertà 57', postalCode: '14053', municipality: 'Canelli', province: 'AT' },
    ateco: '11.02.20',
    staff: 18,
    machines: 11,
    turnoverEur: 5_400_000,
    balanceSheetEur: 6_100_000,
    artisan: false,
    deMinimis: [{ date: '2021-11-03', amountEur: 60_000, grantor: 'Regione Piemonte' }],
    contact: { name: 'Giulia Bosca', role: 'Responsabile commerciale', email: 'giulia.bosca@spumantivallebelbo.example', phone: '0141 823377' },
    interests: ['purchasing', 'services'],
    aggregation: true,
    consent: { newsletter: false, publishFigures: true, shareWithAssociations: true },
    submittedAt: '2024-02-02T11:30:00+01:00',
    decision: 'accepted',
  },
  {
    key: 'nizza',
    name: 'Cantina Sociale di Nizza Monferrato Soc. Coop. Agricola',
    legalForm: 'cooperativa',
    companyNumber: '0158733',
    seat: { street: 'Via Alessandria 19', postalCode: '14049', municipality: 'Nizza Monferrato', province: 'AT' },
    ateco: '11.02.10',
    staff: 12,
    machines: 10,
    turnoverEur: 4_200_000,
    balanceSheetEur: 5_300_000,
    artisan: false,
    deMinimis: [],
    contact: { name: 'Andrea Garbarino', role: 'Presidente', email: 'presidenza@cantinanizza.example', phone: '0141 721094' },
    interests: ['purchasing', 'services', 'brands'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true, shareWithAssociations: true },
    submittedAt: '2024-02-07T17:10:00+01:00',
    decision: 'accepted',
  },
  {
    key: 'altalanga',
    name: 'Birrificio Alta Langa S.r.l.',
    legalForm: 'srl',
    companyNumber: '0412386',
    seat: { street: 'Via Langhe 22', postalCode: '12084', municipality: 'Mondovì', province: 'CN' },
    ateco: '11.05.00',
    staff: 7,
    machines: 5,
    turnoverEur: 980_000,
    balanceSheetEur: 760_000,
    artisan: false,
    deMinimis: [],
    contact: { name: 'Luca Revelli', role: 'Amministratore unico', email: 'luca@birrificioaltalanga.example', phone: '0174 552310' },
    interests: ['machines', 'brands'],
    aggregation: false,
    consent: { newsletter: true, publishFigures: true, shareWithAssociations: false },
    submittedAt: '2024-02-12T08:50:00+01:00',
    decision: 'accepted',
  },
  {
    key: 'saluzzo',
    name: 'Conserve del Saluzzese S.r.l.',
    legalForm: 'srl',
    companyNumber: '0395271',
    seat: { street: 'Via Torino 140', postalCode: '12037', municipality: 'Saluzzo', province: 'CN' },
    ateco: '10.39.00',
    staff: 16,
    machines: 8,
    turnoverEur: 2_650_000,
    balanceSheetEur: 1_980_000,
    artisan: false,
    deMinimis: [{ date: '2023-09-28', amountEur: 18_000, grantor: 'Regione Piemonte' }],
    contact: { name: 'Chiara Rosso', role: 'Amministratrice unica', email: 'chiara.rosso@conservesaluzzese.example', phone: '0175 249861' },
    interests: ['purchasing', 'brands'],
    aggregation: true,
    consent: { newsletter: true, publishFigures: true, shareWithAssociations: true },
    submittedAt: '2024-02-19T12:15:00+01:00',
    decision: 'waitlisted',
  },
  {
    key: 'sabaudo',
    name: 'Pastificio Sabaudo S.r.l.',
    legalForm: 'srl',
    companyNumber: '0428815',
    seat: { street: 'Corso Francia 210', postalCode: '10143', municipality: 'Torino', province: 'TO' },
    ateco: '10.73.00',
    staff: 11,
    machines: 7,
    turnoverEur: 1_900_000,
    balanceSheetEur: 1_300_000,
    artisan: false,
    deMinimis: [],
    contact: { name: 'Roberto Ferrua', role: 'Amministratore', email: 'roberto.ferrua@pastificiosabaudo.example', phone: '011 7723418' },
    interests: ['purchasing'],
    aggregation: false,
    consent: { newsletter: false, publishFigures: false, shareWithAssociations: false },
    submittedAt: '2024-02-23T16:00:00+01:00',
    decision: 'rejected',
  },
];

const byKey = new Map(firms.map((f) => [f.key, f]));

/** The row of a firm, by key. */
export function firm(key: string): AgriFirm {
  const f = byKey.get(key);
  if (!f) throw new Error(`Unknown firm ${key}`);
  return f;
}

/** The partita IVA of a sample firm, by key: its company number and the office of its seat's province. */
export function vatOf(key: string): string {
  const f = firm(key);
  return partitaIva(f.companyNumber, VAT_OFFICE[f.seat.province]);
}

/** The firm that withdraws, and the waitlisted firm that takes its place. */
export const WITHDRAWAL = {
  firm: 'bra',
  date: '2024-05-20',
  reason: 'Ceduta a un gruppo industriale: non è più una piccola impresa autonoma',
} as const;
export const PROMOTION = { firm: 'saluzzo', date: '2024-05-27' } as const;

export const managers: ManagerProfile[] = [
  {
    id: 'm-giordano',
    name: 'Silvia Giordano',
    profile: 'Tecnologa alimentare, 18 anni in qualità e sicurezza alimentare nell\'industria lattiero-casearia e dolciaria',
    expertise: ['Sicurezza alimentare e HACCP', 'Certificazioni IFS e BRCGS', 'Organizzazione della produzione'],
    email: 'silvia.giordano@temporarymanager.example',
  },
  {
    id: 'm-cavallero',
    name: 'Franco Cavallero',
    profile: 'Export manager del vino, 20 anni sui mercati esteri per cantine piemontesi',
    expertise: ['Export e fiere', 'Canali Horeca e GDO', "Reti d'impresa"],
    email: 'franco.cavallero@temporarymanager.example',
  },
];

/** Each firm's manager: assigned on a date with a budget of days; days logged for the analysis. */
export const assignments: { firm: string; manager: string; date: string; budgetDays: number; analysisDays: number }[] = [
  { firm: 'stura', manager: 'm-giordano', date: '2024-03-11', budgetDays: 24, analysisDays: 6 },
  { firm: 'belbo', manager: 'm-cavallero', date: '2024-03-11', budgetDays: 22, analysisDays: 5 },
  { firm: 'langa', manager: 'm-giordano', date: '2024-03-12', budgetDays: 20, analysisDays: 5 },
  { firm: 'nizza', manager: 'm-cavallero', date: '2024-03-12', budgetDays: 22, analysisDays: 6 },
  { firm: 'bra', manager: 'm-giordano', date: '2024-03-13', budgetDays: 20, analysisDays: 2 },
  { firm: 'altalanga', manager: 'm-cavallero', date: '2024-03-14', budgetDays: 18, analysisDays: 4 },
  { firm: 'saluzzo', manager: 'm-giordano', date: '2024-06-03', budgetDays: 20, analysisDays: 5 },
];

/** The manager of a firm. */
export function managerOf(key: string): ManagerProfile {
  const a = assignments.find((x) => x.firm === key);
  const m = a && managers.find((x) => x.id === a.manager);
  if (!m) throw new Error(`No manager for ${key}`);
  return m;
}
