/** The words of `<mechnet-officer-desk>`, in Italian and English (the reserved area: both in the element's own file). */
export interface DeskMessages {
  title: string;
  loading: string;
  signInTitle: string;
  email: string;
  password: string;
  signIn: string;
  signOut: string;
  signedInAs: (name: string, role: string) => string;
  roles: Record<string, string>;
  views: { queue: string; firm: string; steps: string; measurements: string; report: string };
  summary: (n: number) => string;
  network: string;
  saved: (n: number) => string;
  conflict: string;
  queueTitle: string;
  noPending: string;
  columns: { reference: string; firm: string; appliedOn: string; status: string; outcome: string };
  statuses: Record<string, string>;
  outcomes: Record<string, string>;
  waitlistPlace: (n: number) => string;
  decisionTitle: string;
  application: string;
  choose: string;
  decision: string;
  accept: string;
  waitlist: string;
  reject: string;
  reason: string;
  reasonHint: string;
  waives: string;
  waivesHint: string;
  record: string;
  claimsTitle: string;
  unconfirmed: (ref: string, name: string, until: string) => string;
  contested: (ref: string, name: string, heldBy: string) => string;
  confirmTitle: string;
  claim: string;
  how: string;
  howHint: string;
  confirm: string;
  firmTitle: string;
  firm: string;
  phasePath: string;
  events: string;
  eventColumns: { date: string; type: string; author: string };
  verificationTitle: string;
  scheduled: string;
  heldOn: string;
  notes: string;
  recordVerification: string;
  verificationStatuses: Record<string, string>;
  analysisTitle: string;
  analysisHint: (min: number, max: number) => string;
  score: string;
  findings: string;
  recordAnalysis: string;
  daysTitle: (manager: string) => string;
  daysWorked: string;
  daysHint: string;
  daysOn: string;
  activity: string;
  recordDays: string;
  measurementsTitle: string;
  table: string;
  tableHint: string;
  file: string;
  send: string;
  reportTitle: string;
  asOf: string;
  download: (format: string) => string;
  required: string;
  stepsTitle: string;
  stepsHint: string;
  step: string;
  optional: string;
  item: (label: string, n: number) => string;
  add: (label: string) => string;
  remove: (label: string, n: number) => string;
  eurosHint: string;
  todayHint: string;
  recordStep: string;
  kind: string;
}

export const deskIt: DeskMessages = {
  title: 'Scrivania del programma',
  loading: 'Caricamento…',
  signInTitle: "Accesso all'area riservata",
  email: 'Email',
  password: 'Password',
  signIn: 'Accedi',
  signOut: 'Esci',
  signedInAs: (name, role) => `${name}, ${role}`,
  roles: { officer: 'ufficio del programma', manager: 'temporary manager', auditor: 'revisore (sola lettura)' },
  views: { queue: 'Domande', firm: 'Scheda impresa', steps: 'Registra un passo', measurements: 'Misure', report: 'Relazione' },
  summary: (n) => (n === 1 ? 'Un problema da correggere:' : `${n} problemi da correggere:`),
  network: 'Il server non ha risposto: i dati inseriti sono ancora qui, riprovare.',
  saved: (n) => (n === 1 ? 'Registrato.' : `${n} eventi registrati.`),
  conflict: 'Il registro è cambiato nel frattempo: i dati sono stati ricaricati, i campi sono ancora qui; controllare e inviare di nuovo.',
  queueTitle: 'Domande da decidere',
  noPending: 'Nessuna domanda in attesa di decisione.',
  columns: { reference: 'Protocollo', firm: 'Impresa', appliedOn: 'Domanda del', status: 'Stato', outcome: 'Esito delle regole' },
  statuses: { applied: 'da decidere', waitlisted: "in lista d'attesa", accepted: 'ammessa', rejected: 'respinta', withdrawn: 'ritirata' },
  outcomes: { accept: 'ammissibile', waitlist: "ammissibile, in lista d'attesa", reject: 'non ammissibile' },
  waitlistPlace: (n) => `posto ${n}`,
  decisionTitle: 'Decidere una domanda',
  application: 'Domanda',
  choose: '— scegliere —',
  decision: 'Decisione',
  accept: 'Ammettere',
  waitlist: "Mettere in lista d'attesa",
  reject: 'Respingere',
  reason: 'Ragione',
  reasonHint: "Obbligatoria per respingere, o per ammettere in deroga; la legge l'impresa",
  waives: 'Regole derogate (codici, separati da virgole)',
  waivesHint: 'Solo per ammettere una domanda non ammissibile, es. territory',
  record: 'Registra la decisione',
  claimsTitle: 'Domande da confermare o contese',
  unconfirmed: (ref, name, until) => `${ref}, ${name}: non ancora confermata (link valido fino al ${until})`,
  contested: (ref, name, held) => `${ref}, ${name}: contesa, l'impresa è della domanda ${held}`,
  confirmTitle: "Confermare con un'altra prova",
  claim: 'Domanda',
  how: 'Come è stata verificata',
  howHint: 'Es. telefonata al legale rappresentante, visura del registro delle imprese',
  confirm: 'Conferma la domanda',
  firmTitle: "Scheda dell'impresa",
  firm: 'Impresa',
  phasePath: 'Fasi',
  events: 'Eventi',
  eventColumns: { date: 'Data', type: 'Evento', author: 'Autore' },
  verificationTitle: 'Verifica svolta',
  scheduled: 'Verifica prevista',
  heldOn: 'Svolta il',
  notes: 'Note della verifica',
  recordVerification: 'Registra la verifica',
  verificationStatuses: { upcoming: 'prossima', due: 'da svolgere', overdue: 'in ritardo', missed: 'mancata', held: 'svolta' },
  analysisTitle: "Analisi dell'impresa",
  analysisHint: (min, max) => `Per ogni area un punteggio da ${min} a ${max} e quello che si è trovato; le aree senza niente restano fuori.`,
  score: 'Punteggio',
  findings: 'Che cosa si è trovato',
  recordAnalysis: "Registra l'analisi",
  daysTitle: (m) => `Giornate di ${m} presso l'impresa`,
  daysWorked: 'Giornate',
  daysHint: 'Anche mezze giornate, es. 1,5',
  daysOn: 'Data',
  activity: 'Attività',
  recordDays: 'Registra le giornate',
  measurementsTitle: 'Misure di un trimestre',
  table: 'Tabella delle misure',
  tableHint: 'Incollare dal foglio di calcolo: colonne firm, indicator, date e value (oppure numerator e denominator, level, done)',
  file: 'Oppure un file della tabella (CSV o xlsx)',
  send: 'Registra le misure',
  reportTitle: 'Relazione periodica',
  asOf: 'Alla data',
  download: (f) => `Scarica (${f})`,
  required: 'da compilare',
  stepsTitle: 'Registrare un passo del programma',
  stepsHint: 'Il piano, i dati annuali, offerte e fabbisogni, le collaborazioni e le aggregazioni: le regole del programma controllano ogni campo.',
  step: 'Che cosa registrare',
  optional: 'facoltativo',
  item: (label, n) => `${label} ${n}`,
  add: (label) => `Aggiungi: ${label}`,
  remove: (label, n) => `Togli ${label} ${n}`,
  eurosHint: 'In euro, es. 1.234,56',
  todayHint: 'Vuota: oggi',
  recordStep: 'Registra',
  kind: 'tipo',
};

export const deskEn: DeskMessages = {
  title: "The programme's desk",
  loading: 'Loading…',
  signInTitle: 'Sign in to the reserved area',
  email: 'E-mail',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (name, role) => `${name}, ${role}`,
  roles: { officer: 'programme office', manager: 'temporary manager', auditor: 'auditor (read only)' },
  views: { queue: 'Applications', firm: "A firm's file", steps: 'Record a step', measurements: 'Measurements', report: 'Report' },
  summary: (n) => (n === 1 ? 'One problem to fix:' : `${n} problems to fix:`),
  network: 'The server did not answer: what you typed is still here, try again.',
  saved: (n) => (n === 1 ? 'Recorded.' : `${n} events recorded.`),
  conflict: 'The record changed meanwhile: it was loaded again and your fields are still here; check and send again.',
  queueTitle: 'Applications to decide',
  noPending: 'No application awaits a decision.',
  columns: { reference: 'Reference', firm: 'Firm', appliedOn: 'Applied on', status: 'Status', outcome: 'What the rules say' },
  statuses: { applied: 'to decide', waitlisted: 'on the waitlist', accepted: 'accepted', rejected: 'rejected', withdrawn: 'withdrawn' },
  outcomes: { accept: 'eligible', waitlist: 'eligible, waitlisted', reject: 'not eligible' },
  waitlistPlace: (n) => `place ${n}`,
  decisionTitle: 'Decide an application',
  application: 'Application',
  choose: '— choose —',
  decision: 'Decision',
  accept: 'Accept',
  waitlist: 'Put on the waitlist',
  reject: 'Reject',
  reason: 'Reason',
  reasonHint: 'Needed to reject, or to accept by exception; the firm reads it',
  waives: 'Rules waived (codes, separated by commas)',
  waivesHint: 'Only to accept an application that is not eligible, e.g. territory',
  record: 'Record the decision',
  claimsTitle: 'Applications to confirm or contested',
  unconfirmed: (ref, name, until) => `${ref}, ${name}: not yet confirmed (link valid until ${until})`,
  contested: (ref, name, held) => `${ref}, ${name}: contested, the firm is held by the application ${held}`,
  confirmTitle: 'Confirm by another proof',
  claim: 'Application',
  how: 'How the firm was checked',
  howHint: "E.g. telephone call to the legal representative, the register of companies' extract",
  confirm: 'Confirm the application',
  firmTitle: "A firm's file",
  firm: 'Firm',
  phasePath: 'Phases',
  events: 'Events',
  eventColumns: { date: 'Date', type: 'Event', author: 'Author' },
  verificationTitle: 'Verification held',
  scheduled: 'Scheduled verification',
  heldOn: 'Held on',
  notes: 'Notes of the verification',
  recordVerification: 'Record the verification',
  verificationStatuses: { upcoming: 'upcoming', due: 'due', overdue: 'overdue', missed: 'missed', held: 'held' },
  analysisTitle: "The firm's analysis",
  analysisHint: (min, max) => `For each area a score from ${min} to ${max} and what was found; areas left empty stay out.`,
  score: 'Score',
  findings: 'What was found',
  recordAnalysis: 'Record the analysis',
  daysTitle: (m) => `Days of ${m} at the firm`,
  daysWorked: 'Days',
  daysHint: 'Half days too, e.g. 1.5',
  daysOn: 'Date',
  activity: 'Activity',
  recordDays: 'Record the days',
  measurementsTitle: "A quarter's measurements",
  table: 'Table of measurements',
  tableHint: 'Paste from the spreadsheet: columns firm, indicator, date and value (or numerator and denominator, level, done)',
  file: 'Or a file of the table (CSV or xlsx)',
  send: 'Record the measurements',
  reportTitle: 'Periodic report',
  asOf: 'As of',
  download: (f) => `Download (${f})`,
  required: 'required',
  stepsTitle: 'Record a step of the programme',
  stepsHint: "The plan, a year's figures, offers and needs, collaborations and aggregations: the programme's rules check every field.",
  step: 'What to record',
  optional: 'optional',
  item: (label, n) => `${label} ${n}`,
  add: (label) => `Add: ${label}`,
  remove: (label, n) => `Remove ${label} ${n}`,
  eurosHint: 'In euros, e.g. 1,234.56',
  todayHint: 'Empty: today',
  recordStep: 'Record',
  kind: 'kind',
};
