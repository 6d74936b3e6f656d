import type { Lang } from '../../src/i18n/index.js';

/** The words of the enrolment form. Every language has every key (checked by the type checker and a test). */
export interface FormMessages {
  title: string;
  intro: string;
  required: string;
  optional: string;
  loading: string;
  definitionFailed: (detail: string) => string;
  definitionInvalid: string;
  sections: {
    firm: string;
    seat: string;
    sites: string;
    size: string;
    deMinimis: string;
    contact: string;
    interests: string;
    privacy: string;
  };
  fields: Record<string, string>;
  hints: Record<string, string>;
  legalForms: Record<string, string>;
  artisanActivities: Record<string, string>;
  kinds: Record<string, string>;
  none: string;
  addSite: string;
  removeSite: (n: number) => string;
  site: (n: number) => string;
  addGrant: string;
  removeGrant: (n: number) => string;
  grant: (n: number) => string;
  noGrants: string;
  notEuros: string;
  notNumber: string;
  notWholeNumber: string;
  privacyMandatory: string;
  privacyNotice: (version: string) => string;
  privacyNoticeLink: string;
  privacyNoNoticeLink: string;
  privacyOptional: string;
  privacyWithdraw: (office: string) => string;
  eligibility: {
    heading: string;
    incomplete: string;
    eligible: string;
    notEligible: string;
    warnings: string;
    contact: (office: string, phone: string, email: string) => string;
  };
  summary: (n: number) => string;
  send: string;
  sending: string;
  retry: string;
  cannotSend: string;
  network: string;
  timeout: string;
  server: (status: number) => string;
  conflict: string;
  refused: string;
  receipt: {
    heading: string;
    reference: (ref: string) => string;
    when: (date: string) => string;
    firm: (name: string, piva: string) => string;
    outcomeAccept: string;
    outcomeWaitlist: (position: number) => string;
    sent: string;
    print: string;
  };
}

const fieldsIt: Record<string, string> = {
  'firm.name': 'Ragione sociale',
  'firm.legalForm': 'Forma giuridica',
  'firm.partitaIva': 'Partita IVA',
  'firm.codiceFiscale': "Codice fiscale dell'impresa",
  'firm.ateco': 'Codice ATECO dell\'attività prevalente',
  'address.street': 'Indirizzo',
  'address.postalCode': 'CAP',
  'address.municipality': 'Comune',
  'address.province': 'Provincia (sigla)',
  'firm.staff': 'Addetti (unità lavorative annue)',
  'firm.apprentices': 'Apprendisti tra gli addetti',
  'firm.turnoverCents': 'Fatturato annuo (euro)',
  'firm.balanceSheetCents': 'Totale di bilancio (euro)',
  'firm.machines': 'Macchine di produzione',
  'firm.artisan': "Iscritta all'Albo delle imprese artigiane",
  'firm.artisanActivity': 'Tipo di attività artigiana',
  'grant.date': 'Data di concessione',
  'grant.amountCents': 'Importo (euro)',
  'grant.grantor': 'Ente che ha concesso l\'aiuto',
  'contact.name': 'Nome e cognome',
  'contact.role': 'Ruolo nell\'impresa',
  'contact.email': 'Email',
  'contact.phone': 'Telefono',
  'interests.kinds': 'Collaborazioni che interessano all\'impresa',
  'interests.aggregation': 'L\'impresa è interessata a una forma stabile di collaborazione (contratto di rete, consorzio)',
};

const fieldsEn: Record<string, string> = {
  'firm.name': 'Company name',
  'firm.legalForm': 'Legal form',
  'firm.partitaIva': 'VAT number (partita IVA)',
  'firm.codiceFiscale': "Company's tax code (codice fiscale)",
  'firm.ateco': 'ATECO code of the main activity',
  'address.street': 'Address',
  'address.postalCode': 'Postal code (CAP)',
  'address.municipality': 'Municipality',
  'address.province': 'Province (two letters)',
  'firm.staff': 'Staff (annual work units)',
  'firm.apprentices': 'Apprentices among the staff',
  'firm.turnoverCents': 'Annual turnover (euros)',
  'firm.balanceSheetCents': 'Balance-sheet total (euros)',
  'firm.machines': 'Production machines',
  'firm.artisan': 'Registered as an artisan firm (Albo delle imprese artigiane)',
  'firm.artisanActivity': 'Kind of artisan activity',
  'grant.date': 'Grant date',
  'grant.amountCents': 'Amount (euros)',
  'grant.grantor': 'Granting body',
  'contact.name': 'Full name',
  'contact.role': 'Role in the firm',
  'contact.email': 'Email',
  'contact.phone': 'Phone',
  'interests.kinds': 'Collaborations the firm is interested in',
  'interests.aggregation': 'The firm is interested in a stable form of collaboration (network contract, consortium)',
};

const it: FormMessages = {
  title: 'Domanda di adesione',
  intro: 'Compilare i dati dell\'impresa. I campi sono obbligatori salvo dove è scritto «facoltativo». I dati restano in questa scheda del browser finché la domanda non è inviata.',
  required: 'obbligatorio',
  optional: 'facoltativo',
  loading: 'Caricamento delle regole del programma…',
  definitionFailed: (d) => `Impossibile caricare le regole del programma (${d}). Riprovare più tardi o contattare l'ufficio del programma.`,
  definitionInvalid: 'Le regole del programma contengono errori:',
  sections: {
    firm: "L'impresa",
    seat: 'Sede legale',
    sites: 'Unità locali (facoltativo)',
    size: 'Dimensione',
    deMinimis: 'Aiuti «de minimis» ricevuti negli ultimi tre anni',
    contact: 'Persona di contatto',
    interests: 'Interessi',
    privacy: 'Trattamento dei dati personali',
  },
  fields: fieldsIt,
  hints: {
    'firm.partitaIva': '11 cifre; spazi e prefisso IT sono accettati',
    'firm.codiceFiscale': 'Di solito uguale alla partita IVA',
    'firm.ateco': 'Per esempio 25.62.00',
    'firm.turnoverCents': 'Per esempio 950.000 oppure 950000,00',
    'firm.staff': 'Anche con decimali, per esempio 9,5',
    'address.province': 'Per esempio VA',
  },
  legalForms: {
    'ditta-individuale': 'Ditta individuale',
    snc: 'Società in nome collettivo (snc)',
    sas: 'Società in accomandita semplice (sas)',
    srl: 'Società a responsabilità limitata (srl)',
    srls: 'Srl semplificata (srls)',
    spa: 'Società per azioni (spa)',
    sapa: 'Società in accomandita per azioni (sapa)',
    cooperativa: 'Cooperativa',
    consorzio: 'Consorzio',
    altro: 'Altro',
  },
  artisanActivities: {
    'not-in-series': 'Lavorazioni non in serie',
    'in-series': 'Lavorazioni in serie',
    artistic: 'Artistica, tradizionale o su misura',
    transport: 'Trasporti',
    construction: 'Costruzioni edili',
  },
  kinds: {
    purchasing: 'Acquisti collettivi',
    services: 'Servizi condivisi (progettazione, vendite, fiere, export)',
    machines: 'Uso consortile di macchine e attrezzature',
    brands: 'Marchi e certificazioni comuni',
    workforce: 'Personale condiviso',
  },
  none: '—',
  addSite: 'Aggiungi unità locale',
  removeSite: (n) => `Togli l'unità locale ${n}`,
  site: (n) => `Unità locale ${n}`,
  addGrant: 'Aggiungi un aiuto',
  removeGrant: (n) => `Togli l'aiuto ${n}`,
  grant: (n) => `Aiuto ${n}`,
  noGrants: 'Nessun aiuto indicato.',
  notEuros: 'Scrivere un importo in euro, per esempio 1.234,56',
  notNumber: 'Scrivere un numero, per esempio 9 oppure 9,5',
  notWholeNumber: 'Scrivere un numero intero, per esempio 3',
  privacyMandatory:
    'I dati di questa domanda sono trattati dalla Camera di Commercio per valutare l\'adesione e gestire la partecipazione al programma: questo trattamento è necessario e non richiede consenso.',
  privacyNotice: (v) => `Informativa sul trattamento dei dati, versione ${v}.`,
  privacyNoticeLink: 'Leggi l\'informativa',
  privacyNoNoticeLink: 'L\'informativa è disponibile presso l\'ufficio del programma.',
  privacyOptional: 'Consensi facoltativi: l\'adesione non dipende da questi.',
  privacyWithdraw: (office) => `Ogni consenso si può ritirare in qualunque momento, con la stessa facilità con cui è stato dato, scrivendo a ${office}.`,
  eligibility: {
    heading: 'Il programma può accogliere l\'impresa?',
    incomplete: 'Compilare i dati dell\'impresa per sapere se il programma può accoglierla.',
    eligible: 'Sì: con questi dati l\'impresa rispetta le regole di ammissione del programma.',
    notEligible: 'No: con questi dati il programma non può accogliere l\'impresa, per questi motivi:',
    warnings: 'Da verificare:',
    contact: (office, phone, email) => `Per chiarimenti: ${office}${phone ? `, tel. ${phone}` : ''}${email ? `, ${email}` : ''}.`,
  },
  summary: (n) => (n === 1 ? 'C\'è 1 problema da correggere:' : `Ci sono ${n} problemi da correggere:`),
  send: 'Invia la domanda',
  sending: 'Invio in corso…',
  retry: 'Riprova',
  cannotSend: 'La domanda non può essere inviata finché il programma non può accogliere l\'impresa.',
  network: 'La domanda non è stata inviata: la connessione non ha risposto. I dati sono ancora qui; riprovare.',
  timeout: 'La domanda non è stata inviata: il server non ha risposto entro 30 secondi. I dati sono ancora qui; riprovare.',
  server: (s) => `La domanda non è stata registrata: il server ha risposto con un errore (${s}). I dati sono ancora qui; riprovare più tardi.`,
  conflict: 'Una domanda con questa partita IVA è già stata presentata per questa edizione.',
  refused: 'La domanda non è stata accettata:',
  receipt: {
    heading: 'Domanda ricevuta',
    reference: (r) => `Numero di protocollo: ${r}`,
    when: (d) => `Ricevuta il ${d}`,
    firm: (n, p) => `${n}, partita IVA ${p}`,
    outcomeAccept: 'L\'impresa rispetta le regole di ammissione: l\'ufficio del programma la contatterà.',
    outcomeWaitlist: (p) => `I posti sono tutti occupati: l'impresa è in lista d'attesa, in posizione ${p}.`,
    sent: 'Dati inviati',
    print: 'Stampa la ricevuta',
  },
};

const en: FormMessages = {
  title: 'Application to enrol',
  intro: 'Fill in the firm\'s details. Every field is required unless it says "optional". What you type stays in this browser tab until the application is sent.',
  required: 'required',
  optional: 'optional',
  loading: 'Loading the programme\'s rules…',
  definitionFailed: (d) => `Could not load the programme's rules (${d}). Try again later or contact the programme office.`,
  definitionInvalid: 'The programme\'s rules have errors:',
  sections: {
    firm: 'The firm',
    seat: 'Registered seat',
    sites: 'Operating sites (optional)',
    size: 'Size',
    deMinimis: 'De minimis aid received in the last three years',
    contact: 'Contact person',
    interests: 'Interests',
    privacy: 'Personal data',
  },
  fields: fieldsEn,
  hints: {
    'firm.partitaIva': '11 digits; spaces and the IT prefix are accepted',
    'firm.codiceFiscale': 'Usually the same as the VAT number',
    'firm.ateco': 'For example 25.62.00',
    'firm.turnoverCents': 'For example 950,000 or 950000.00',
    'firm.staff': 'Decimals allowed, for example 9.5',
    'address.province': 'For example VA',
  },
  legalForms: {
    'ditta-individuale': 'Sole proprietorship (ditta individuale)',
    snc: 'General partnership (snc)',
    sas: 'Limited partnership (sas)',
    srl: 'Limited liability company (srl)',
    srls: 'Simplified srl (srls)',
    spa: 'Joint-stock company (spa)',
    sapa: 'Partnership limited by shares (sapa)',
    cooperativa: 'Cooperative',
    consorzio: 'Consortium',
    altro: 'Other',
  },
  artisanActivities: {
    'not-in-series': 'Work not in series',
    'in-series': 'Work in series',
    artistic: 'Artistic, traditional or made to measure',
    transport: 'Transport',
    construction: 'Construction',
  },
  kinds: {
    purchasing: 'Collective purchasing',
    services: 'Shared services (design, sales, trade fairs, export)',
    machines: 'Shared use of machines and equipment',
    brands: 'Shared brands and certifications',
    workforce: 'Shared workforce',
  },
  none: '—',
  addSite: 'Add an operating site',
  removeSite: (n) => `Remove operating site ${n}`,
  site: (n) => `Operating site ${n}`,
  addGrant: 'Add an aid',
  removeGrant: (n) => `Remove aid ${n}`,
  grant: (n) => `Aid ${n}`,
  noGrants: 'No aid listed.',
  notEuros: 'Write an amount in euros, for example 1,234.56',
  notNumber: 'Write a number, for example 9 or 9.5',
  notWholeNumber: 'Write a whole number, for example 3',
  privacyMandatory:
    'The data of this application are processed by the Chamber of Commerce to assess the application and run the firm\'s participation in the programme: this processing is necessary and needs no consent.',
  privacyNotice: (v) => `Privacy notice, version ${v}.`,
  privacyNoticeLink: 'Read the privacy notice',
  privacyNoNoticeLink: 'The privacy notice is available from the programme office.',
  privacyOptional: 'Optional consents: the enrolment does not depend on them.',
  privacyWithdraw: (office) => `Any consent can be withdrawn at any time, as easily as it was given, by writing to ${office}.`,
  eligibility: {
    heading: 'Can the programme accept the firm?',
    incomplete: 'Fill in the firm\'s details to know whether the programme can accept it.',
    eligible: 'Yes: with these details the firm meets the programme\'s rules.',
    notEligible: 'No: with these details the programme cannot accept the firm, because:',
    warnings: 'To be checked:',
    contact: (office, phone, email) => `For questions: ${office}${phone ? `, phone ${phone}` : ''}${email ? `, ${email}` : ''}.`,
  },
  summary: (n) => (n === 1 ? 'There is 1 problem to correct:' : `There are ${n} problems to correct:`),
  send: 'Send the application',
  sending: 'Sending…',
  retry: 'Try again',
  cannotSend: 'The application cannot be sent while the programme cannot accept the firm.',
  network: 'The application was not sent: the connection did not answer. Your details are still here; try again.',
  timeout: 'The application was not sent: the server did not answer within 30 seconds. Your details are still here; try again.',
  server: (s) => `The application was not recorded: the server answered with an error (${s}). Your details are still here; try again later.`,
  conflict: 'An application with this VAT number was already sent for this edition.',
  refused: 'The application was not accepted:',
  receipt: {
    heading: 'Application received',
    reference: (r) => `Reference number: ${r}`,
    when: (d) => `Received on ${d}`,
    firm: (n, p) => `${n}, VAT number ${p}`,
    outcomeAccept: 'The firm meets the programme\'s rules: the programme office will contact it.',
    outcomeWaitlist: (p) => `Every place is taken: the firm is on the waitlist, in position ${p}.`,
    sent: 'Details sent',
    print: 'Print the receipt',
  },
};

/** The form's words in every language. */
export const formMessages: Record<Lang, FormMessages> = { it, en };
