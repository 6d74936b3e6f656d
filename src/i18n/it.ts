import type { Catalogue, MessageParams } from './catalogue.js';
import { centsText } from './numbers.js';

const types: Record<string, string> = {
  string: 'un testo',
  number: 'un numero',
  int: 'un numero intero',
  boolean: 'sì o no (true/false)',
  object: 'un oggetto',
  array: 'un elenco',
  null: 'null',
  undefined: 'niente',
  date: 'una data',
  symbol: 'un simbolo',
  function: 'una funzione',
  bigint: 'un numero intero grande (bigint)',
  infinite: 'un numero non valido',
  coalition: 'un Uint8Array di 0 e 1',
};

const t = (name: string | undefined): string => (name && types[name]) || name || 'un valore';

const bound = (p: MessageParams, small: boolean): string => {
  const n = p.limit;
  const one = n === 1;
  if (p.origin === 'string') {
    if (small && one) return 'non può essere vuoto';
    const chars = one ? '1 carattere' : `${n} caratteri`;
    return small ? `deve contenere almeno ${chars}` : `può contenere al massimo ${chars}`;
  }
  if (p.origin === 'array' || p.origin === 'set') {
    const items = one ? 'un elemento' : `${n} elementi`;
    return small ? `deve contenere almeno ${items}` : `può contenere al massimo ${items}`;
  }
  if (small) return p.inclusive === false ? `deve essere maggiore di ${n}` : `deve essere almeno ${n}`;
  return p.inclusive === false ? `deve essere minore di ${n}` : `può essere al massimo ${n}`;
};

/** Italian messages. */
export const it: Catalogue = {
  types,
  summary: (what, n) => `${what}: ${n === 1 ? '1 problema da correggere' : `${n} problemi da correggere`}`,
  documents: {
    definition: 'Definizione del programma',
    record: 'Registro del programma',
    application: 'Domanda di adesione',
    input: 'Dato',
    event: 'Evento non ammesso',
    plan: 'Piano strategico',
  },
  required: () => 'Campo obbligatorio',
  invalid_type: (p) =>
    `Deve essere ${t(p.expected)}${p.received ? `, non ${t(p.received)}` : ''}`,
  too_small: (p) => capital(bound(p, true)) + (p.value ? `, non ${p.value}` : ''),
  too_big: (p) => capital(bound(p, false)) + (p.value ? `, non ${p.value}` : ''),
  invalid_format: (p) => `Formato non valido${p.name ? ` (${p.name})` : ''}`,
  invalid_date: () => 'Deve essere una data esistente nel formato AAAA-MM-GG, per esempio 2010-03-01',
  invalid_datetime: () =>
    'Deve essere data e ora ISO 8601 con fuso, per esempio 2010-03-01T09:30:00+01:00',
  invalid_email: () => 'Indirizzo email non valido, per esempio nome@impresa.it',
  invalid_phone: () => 'Numero di telefono non valido: solo cifre, spazi e un + iniziale',
  invalid_partita_iva_format: () => 'La partita IVA è fatta di 11 cifre, senza spazi né prefisso IT',
  invalid_codice_fiscale_format: () =>
    'Il codice fiscale è di 11 cifre (imprese) o di 16 caratteri (persone)',
  invalid_postal_code: () => 'Il CAP è fatto di 5 cifre',
  invalid_province: () => 'La provincia è una sigla di due lettere maiuscole, per esempio VA',
  invalid_ateco_format: () => 'Codice ATECO non valido: per esempio 25.62 o 25.62.00',
  invalid_id: () =>
    'Identificativo non valido: lettere minuscole, cifre, trattini e punti, iniziando con una lettera o una cifra',
  invalid_value: (p) => `Valore non ammesso${p.value ? ` (${p.value})` : ''}; valori possibili: ${p.values ?? ''}`,
  unknown_key: (p) => `Campo sconosciuto: ${p.name}`,
  unknown_variant: (p) =>
    p.values ? `Tipo sconosciuto; tipi possibili: ${p.values}` : 'Non corrisponde a nessuna delle forme ammesse',
  not_multiple_of: (p) => `Deve essere un multiplo di ${p.limit}`,
  invalid_json: (p) =>
    `JSON non valido${p.line ? ` alla riga ${p.line}, colonna ${p.column}` : ''}${p.name ? `: ${p.name}` : ''}`,
  invalid_input: (p) => `Dato non leggibile${p.name ? `: ${p.name}` : ''}`,
  unknown_preset: (p) => `Programma predefinito sconosciuto: «${p.name}»; disponibili: ${p.values}`,
  definition_mismatch: (p) => `Il registro indica il programma «${p.name}», ma la definizione data è quella di «${p.other}»`,
  duplicate_id: (p) => `Identificativo ripetuto: «${p.name}» è già usato`,
  duplicate_value: (p) => `Valore ripetuto: «${p.name}»`,
  date_order: (p) => `Gli eventi vanno in ordine di data: questo è del ${p.other}, prima dell'evento precedente (${p.name})`,
  end_before_start: (p) => `La data di fine (${p.name}) è precedente a quella di inizio (${p.other})`,
  phase_order: (p) =>
    `Le fasi vanno nell'ordine adesione, analisi, piano, collaborazione, aggregazione, concluso; iniziando da adesione e finendo con concluso${p.name ? ` (problema: ${p.name})` : ''}`,
  unknown_firm: (p) => `Impresa sconosciuta: nessuna domanda di adesione con partita IVA ${p.name} prima di questo evento`,
  unknown_manager: (p) => `Temporary manager sconosciuto: «${p.name}» non è stato registrato prima di questo evento`,
  unknown_collaboration: (p) => `Collaborazione sconosciuta: «${p.name}» non è stata proposta prima di questo evento`,
  unknown_aggregation: (p) => `Aggregazione sconosciuta: «${p.name}» non è stata proposta prima di questo evento`,
  unknown_area: (p) => `Area di analisi sconosciuta: «${p.name}»; aree del programma: ${p.values}`,
  unknown_indicator: (p) => `Indicatore sconosciuto: «${p.name}» non è nel piano approvato dell'impresa prima di questo evento`,
  publication_group_too_small: (p) =>
    `Il record anonimo non si può pubblicare: il gruppo più piccolo di imprese simili (divisione ATECO, luogo, forma giuridica, classe dimensionale) ha ${p.count === 1 ? 'una sola impresa' : `${p.count} imprese`}, meno delle ${p.limit} richieste, anche con la regione al posto della provincia e senza la forma giuridica. Attendere altre adesioni, oppure abbassare publication.minimumGroup nella definizione del programma, oppure pubblicare il record pubblico (che nomina solo le imprese ammesse che hanno acconsentito)`,
  unknown_purpose: (p) => `Finalità di consenso sconosciuta: «${p.name}»; finalità del programma: ${p.values}`,
  unknown_kind: (p) => `Tipo di collaborazione non offerto dal programma: «${p.name}»`,
  firm_mismatch: (p) => `La partita IVA dell'evento (${p.name}) è diversa da quella della domanda (${p.other})`,
  duplicate_enrolment: (p) =>
    `L'impresa con partita IVA ${p.name} ha già presentato domanda in questa edizione`,
  confirmation_not_needed: (p) =>
    `Questo programma non chiede alle imprese di confermare la domanda (enrolment.confirmation è «none»): non c'è nulla da confermare per ${p.name}`,
  unknown_claim: (p) => `Nessuna domanda «${p.name}» dell'impresa con partita IVA ${p.other} da confermare`,
  claim_already_confirmed: (p) => `La domanda «${p.name}» è già stata confermata il ${p.other}`,
  confirmation_how_required: (p) =>
    `Il funzionario che conferma la domanda «${p.name}» deve indicare come l'impresa ha provato di esserne la richiedente (how)`,
  confirmation_link_expired: (p) =>
    `Il link di conferma della domanda «${p.name}» valeva ${p.limit} giorni dalla domanda; un funzionario può ancora confermarla con un'altra prova`,
  claim_unconfirmed: (p) =>
    `L'impresa con partita IVA ${p.name} non ha ancora confermato la domanda: non si può decidere finché non la conferma dal suo indirizzo PEC o un funzionario non registra un'altra prova`,
  measurement_shape: () =>
    'Una misura ha esattamente una forma: value, oppure numerator e denominator, oppure level, oppure done',
  target_required: (p) => `Un indicatore con polarità «${p.name}» richiede un valore obiettivo (target)`,
  band_required: (p) => `Un indicatore con polarità «${p.name}» richiede un intervallo [minimo, massimo] (band)`,
  band_order: () => 'Il minimo dell\'intervallo non può superare il massimo',
  programme_mismatch: (p) => `La domanda è per il programma «${p.name}», non per «${p.other}»`,
  too_many_firms: (p) => (p.limit === 1 ? "Troppe imprese: al massimo un'impresa" : `Troppe imprese: al massimo ${p.limit}`),
  too_many_issues: (p) => (p.limit === 1 ? 'Troppi problemi: il controllo si ferma dopo il primo' : `Troppi problemi: il controllo si ferma dopo i primi ${p.limit}`),
  rule_not_applied: (p) => `L'impresa ${p.name} non ha presentato domanda`,
  rule_already_decided: (p) => `La domanda dell'impresa ${p.name} è già stata decisa (${p.other})`,
  rule_capacity: (p) =>
    p.limit === 1 ? "L'unico posto è occupato: mettere l'impresa in lista d'attesa" : `I ${p.limit} posti sono tutti occupati: mettere l'impresa in lista d'attesa`,
  rule_waitlist_order: (p) => `La lista d'attesa va rispettata: prima tocca all'impresa ${p.other}`,
  rule_firm_inactive: (p) => `L'impresa ${p.name} non partecipa al programma in questa data (${p.other})`,
  rule_phase_next: (p) => `Dalla fase «${p.other}» si passa solo alla fase «${p.values}», non a «${p.name}»`,
  rule_needs_manager: (p) => `Per passare all'analisi serve un temporary manager assegnato all'impresa`,
  rule_needs_analysis: (p) => `Per passare al piano serve un'analisi completa: manca il punteggio delle aree ${p.values}`,
  rule_needs_plan: (p) => `Serve un piano strategico approvato`,
  rule_needs_interest: (p) => `L'impresa non ha dichiarato interesse per un'aggregazione stabile`,
  rule_needs_partner: (p) => `Nessun'altra impresa partecipante è interessata a un'aggregazione stabile`,
  rule_needs_last_verification: (p) => `Per concludere serve l'ultima verifica periodica (${p.name}) svolta`,
  rule_manager_not_assigned: (p) => `Il temporary manager ${p.name} non è assegnato all'impresa ${p.other}`,
  rule_not_scheduled: (p) => `${p.name} non è una data di verifica del calendario del programma`,
  rule_already_held: (p) => `La verifica del ${p.name} per questa impresa è già registrata`,
  rule_status_order: (p) => `Passaggio non ammesso: da «${p.other}» a «${p.name}»`,
  rule_firm_not_member: (p) => `L'impresa ${p.name} non fa parte di «${p.other}»`,
  plan_needs_quantitative: (p) => `Il piano deve avere almeno un indicatore quantitativo (un numero con unità di misura)`,
  plan_needs_qualitative: (p) => `Il piano deve avere almeno un indicatore qualitativo (una scala di livelli o una tappa)`,
  objective_needs_area: (p) => `L'obiettivo «${p.other}» deve indicare almeno un'area dell'analisi a cui si riferisce`,
  baseline_equals_target: (p) => `Obiettivo «${p.other}», indicatore «${p.name}»: il valore di partenza è uguale all'obiettivo; per mantenere un valore usare la polarità «maintain»`,
  target_wrong_side: (p) => `Obiettivo «${p.other}», indicatore «${p.name}»: con polarità «${p.values}» l'obiettivo deve essere ${p.limit} del valore di partenza`,
  deadline_before_baseline: (p) => `Obiettivo «${p.other}», indicatore «${p.name}»: la scadenza è precedente alla data di partenza`,
  interim_order: (p) => `Obiettivo «${p.other}», indicatore «${p.name}»: le tappe intermedie vanno in ordine di data, dopo la partenza ed entro la scadenza`,
  unknown_level: (p) => `Obiettivo «${p.other}», indicatore «${p.name}»: livello sconosciuto «${p.values}»`,
  scale_order: (p) => `Obiettivo «${p.other}», indicatore «${p.name}»: i punteggi dei livelli devono crescere dal primo all'ultimo`,
  measurement_kind: (p) => `L'indicatore «${p.name}» si misura con ${SHAPES[p.values ?? ''] ?? p.values}`,
  rule_deed_form: (p) =>
    `Il ${p.name} una rete ${p.other === 'legal-personality' ? 'con personalità giuridica' : 'senza personalità giuridica'} non può essere firmata con questa forma; forme ammesse: ${p.values}`,
  same_firm: (p) => `L'impresa ${p.name} compare più volte`,
  rule_not_eligible: (p) =>
    `L'impresa ${p.name} non può essere ammessa: la sua domanda non rispetta una regola del programma (${p.other}): ${p.values}. Per ammetterla comunque serve un'eccezione registrata (exception) con il motivo e chi l'ha approvata`,
  rule_exception_unneeded: (p) =>
    `L'eccezione deroga alla regola «${p.name}», ma la domanda dell'impresa ${p.other} la rispetta: togliere la regola dall'eccezione`,
  invalid_partita_iva_digits: (p) => `Servono le prime ${p.limit} cifre della partita IVA, solo cifre`,
  invalid_codice_fiscale_chars: (p) => `Servono i primi ${p.limit} caratteri del codice fiscale: lettere maiuscole e cifre`,
  unknown_reason: (p) => `Motivo sconosciuto: «${p.name}»`,
  invalid_path: () => 'Un percorso è un elenco di nomi di campo e di posizioni, per esempio ["events", 3, "firm"]',
  invalid_report: () => 'Non è un resoconto prodotto da programmeReport: crearlo con programmeReport(record, { asOf })',
  table_missing_column: (p) => `L'intestazione non ha la colonna «${p.name}»`,
  table_not_a_number: (p) => `${p.name}: «${p.other}» non è un numero`,
  table_not_yes_no: (p) => `${p.name}: «${p.other}» non è sì oppure no`,
  unreadable: () => 'Dato non leggibile: la lettura di un suo campo non riesce',
  date_out_of_range: (p) => `La data ${p.name} è fuori dall'intervallo gestito (${p.values}): ricontrollare l'anno`,
  too_many_decimals: (p) => `Al massimo ${p.limit} decimali`,
  amount_too_big: (p) =>
    `L'importo che ne risulta (${centsText(p.usedCents ?? 0, 'it')}) supera il massimo gestito di ${centsText(p.ceilingCents ?? 0, 'it')}: ricontrollare le quantità e i prezzi`,
  rule_member_needs_plan: (p) =>
    `L'impresa ${p.name} non ha un piano strategico approvato a questa data: collabora con altre imprese solo dopo l'approvazione del piano`,
  money_not_whole_cents: (p) => `Deve essere un numero intero di centesimi, non ${p.value}`,
  amount_too_large: (p) => `Importo troppo grande per il calcolo al centesimo (massimo ±9007199254740991 centesimi): ${p.value}`,
  weight_invalid: (p) => `Un peso deve essere un numero finito, zero o più, non ${p.value}`,
  number_invalid: (p) => `Deve essere un numero finito, non ${p.value}`,
  nothing_to_split: (p) => `Nessuno tra cui dividere ${p.value}: l'elenco è vuoto`,
  amounts_do_not_add_up: (p) => `Gli importi sommano a ${p.value}, non al totale ${p.other}: uno scarto di un centesimo o più per importo`,
  game_size: (p) => `Il gioco deve avere da 1 a ${p.limit} imprese, non ${p.value}`,
  game_value_invalid: (p) => `Il valore della coalizione {${p.name ?? ''}} deve essere un numero finito, non ${p.value}`,
  game_value_failed: (p) => `Il valore della coalizione {${p.name ?? ''}} non si può calcolare: la funzione value del gioco dà errore`,
  allocation_length: (p) => `La ripartizione ha ${p.count} quote per ${p.limit} imprese: ne serve una per impresa`,
  core_check_too_large: (p) => `Il controllo esatto del nucleo (core) arriva a ${p.limit} imprese, qui sono ${p.count}`,
  input_unreadable: () => 'Dato illeggibile: la lettura di un suo campo dà errore',
  internal_error: () => 'Errore interno della libreria mechnet: segnalatelo a chi la mantiene, con i dati che lo hanno causato',
};

/** The shapes of a measurement, by code. */
const SHAPES: Record<string, string> = {
  value: 'un valore (value)',
  ratio: 'numeratore e denominatore (numerator, denominator)',
  level: 'un livello della scala (level)',
  done: 'fatto o non fatto (done)',
};

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
