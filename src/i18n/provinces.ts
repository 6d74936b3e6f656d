/**
 * The Italian provinces by their code (sigla), for words about a
 * programme's territory. Names for people, not legal data: a code the table
 * does not know is written as it is.
 */
import type { Lang } from './lang.js';

// The 107 provinces and metropolitan cities of ISTAT's list (2024), code then
// name, one after the other; a name with an article keeps it (L'Aquila, La
// Spezia).
const TABLE =
  'AGAgrigento,ALAlessandria,ANAncona,AOAosta,APAscoli Piceno,AQL\'Aquila,ARArezzo,ATAsti,AVAvellino,BABari,' +
  'BGBergamo,BIBiella,BLBelluno,BNBenevento,BOBologna,BRBrindisi,BSBrescia,BTBarletta-Andria-Trani,BZBolzano,' +
  'CACagliari,CBCampobasso,CECaserta,CHChieti,CLCaltanissetta,CNCuneo,COComo,CRCremona,CSCosenza,CTCatania,' +
  'CZCatanzaro,ENEnna,FCForlì-Cesena,FEFerrara,FGFoggia,FIFirenze,FMFermo,FRFrosinone,GEGenova,GOGorizia,' +
  'GRGrosseto,IMImperia,ISIsernia,KRCrotone,LCLecco,LELecce,LILivorno,LOLodi,LTLatina,LULucca,' +
  'MBMonza e della Brianza,MCMacerata,MEMessina,MIMilano,MNMantova,MOModena,MSMassa-Carrara,MTMatera,' +
  'NANapoli,NONovara,NUNuoro,OROristano,PAPalermo,PCPiacenza,PDPadova,PEPescara,PGPerugia,PIPisa,' +
  'PNPordenone,POPrato,PRParma,PTPistoia,PUPesaro e Urbino,PVPavia,PZPotenza,RARavenna,RCReggio Calabria,' +
  'REReggio Emilia,RGRagusa,RIRieti,RMRoma,RNRimini,RORovigo,SASalerno,SISiena,SOSondrio,SPLa Spezia,' +
  'SRSiracusa,SSSassari,SUSud Sardegna,SVSavona,TATaranto,TETeramo,TNTrento,TOTorino,TPTrapani,TRTerni,' +
  'TSTrieste,TVTreviso,UDUdine,VAVarese,VBVerbano-Cusio-Ossola,VCVercelli,VEVenezia,VIVicenza,VRVerona,' +
  'VTViterbo,VVVibo Valentia';

// English names where English has its own.
const ENGLISH: Record<string, string> = {
  FI: 'Florence', GE: 'Genoa', MI: 'Milan', MN: 'Mantua', NA: 'Naples', PD: 'Padua', RM: 'Rome', SR: 'Syracuse', TO: 'Turin', VE: 'Venice',
};

let names: Map<string, string> | undefined;

/** The name of a province by its code, in the language; the code itself when unknown. */
export function provinceName(code: string, lang: Lang): string {
  names ??= new Map(TABLE.split(',').map((e) => [e.slice(0, 2), e.slice(2)]));
  return (lang === 'en' ? ENGLISH[code] : undefined) ?? names.get(code) ?? code;
}

/** Italian "di" before a name, joined with its article: di Varese, dell'Aquila, della Spezia. */
const itOf = (name: string): string => (name.startsWith("L'") ? `dell'${name.slice(2)}` : name.startsWith('La ') ? `della ${name.slice(3)}` : `di ${name}`);

/** A list of words, `a, b e c` / `a, b and c`. */
const joined = (words: string[], and: string): string => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`);

/** `formatProvinces` of checked codes. */
export function provincesText(codes: readonly string[], lang: Lang): string {
  const list = codes.map((c) => provinceName(c, lang));
  if (lang === 'en') return `${list.length === 1 ? 'province' : 'provinces'} of ${joined(list, 'and')}`;
  // With an article, each name takes its own "di": della Spezia e di Genova.
  const articled = list.some((n) => n.startsWith("L'") || n.startsWith('La '));
  const words = articled ? list.map(itOf) : [itOf(list[0]!), ...list.slice(1)];
  const last = words.at(-1)!;
  const and = words.length > 1 && /^[Ee]/.test(last) ? 'ed' : 'e';
  return `${list.length === 1 ? 'provincia' : 'province'} ${joined(words, and)}`;
}

// The twenty regions and their provinces (the same 107 codes).
const REGIONS =
  'piemonte:TO VC NO CN AT AL BI VB;valle-d-aosta:AO;lombardia:VA CO SO MI BG BS PV CR MN LC LO MB;' +
  'trentino-alto-adige:BZ TN;veneto:VR VI BL TV VE PD RO;friuli-venezia-giulia:UD GO TS PN;liguria:IM SV GE SP;' +
  'emilia-romagna:PC PR RE MO BO FE RA FC RN;toscana:MS LU PT FI LI PI AR SI GR PO;umbria:PG TR;marche:PU AN MC AP FM;' +
  'lazio:VT RI RM LT FR;abruzzo:AQ TE PE CH;molise:CB IS;campania:CE BN NA AV SA;puglia:FG BA TA BR LE BT;' +
  'basilicata:PZ MT;calabria:CS CZ RC KR VV;sicilia:TP PA ME AG CL EN CT RG SR;sardegna:SS NU CA OR SU';

let regions: Map<string, string> | undefined;

/**
 * The region of a province by its code (`VA` gives `lombardia`), as an id:
 * lower case, with dashes (`valle-d-aosta`, `friuli-venezia-giulia`).
 * Undefined for a code the table does not know.
 *
 * @example
 * ```ts
 * provinceRegion('CN'); // 'piemonte'
 * ```
 */
export function provinceRegion(code: string): string | undefined {
  regions ??= new Map(REGIONS.split(';').flatMap((r) => {
    const [region, codes] = r.split(':') as [string, string];
    return codes.split(' ').map((c) => [c, region] as const);
  }));
  return regions.get(code);
}
