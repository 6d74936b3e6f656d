/**
 * The analysis of each firm by its manager (spring 2010): a score from 1 to
 * 5 and the findings on each analysis area of the MechNet preset, and a
 * summary. The builder checks that every row covers exactly the preset's
 * areas and writes them in the preset's order.
 */

/** One firm's analysis; `areas` by the preset's area id. */
export interface AnalysisRow {
  firm: string;
  date: string;
  areas: Record<string, [score: number, findings: string]>;
  summary: string;
}

export const analyses: AnalysisRow[] = [
  {
    firm: 'bossi',
    date: '2010-04-21',
    areas: {
      strategy: [2, 'Nessun piano scritto; le scelte seguono le richieste dei due clienti principali.'],
      market: [2, 'Il 60% del fatturato viene da due committenti del tessile; nessuna azione commerciale attiva.'],
      operations: [3, 'Parco macchine ampio ma centri di lavoro saturi sotto il 60%; attrezzaggi lunghi.'],
      people: [3, 'Personale esperto e fidelizzato; manca un secondo responsabile di reparto.'],
      finance: [3, 'Conti in ordine ma margini in calo; costi per commessa non calcolati.'],
      innovation: [3, 'Controllo qualità solo a fine lavorazione; certificazione ISO 9001 da rinnovare.'],
    },
    summary: 'Buona base tecnica, forte dipendenza da pochi clienti: priorità a nuovi mercati e al costo per commessa.',
  },
  {
    firm: 'brambilla',
    date: '2010-04-22',
    areas: {
      strategy: [2, 'I due soci condividono la direzione ma non hanno obiettivi scritti.'],
      market: [3, "Clientela varia nella meccanica dell'Alto Milanese; prezzi sotto pressione."],
      operations: [3, 'Torni a CNC ben tenuti; barre acquistate in piccoli lotti a prezzi alti.'],
      people: [2, 'Età media elevata; nessun giovane in formazione per il ricambio.'],
      finance: [3, 'Indebitamento contenuto; incassi a 120 giorni pesano sulla liquidità.'],
      innovation: [2, "Nessuna certificazione; controllo qualità affidato all'esperienza dei soci."],
    },
    summary: 'Officina solida da rafforzare su acquisti e ricambio generazionale del personale.',
  },
  {
    firm: 'ferrario',
    date: '2010-04-28',
    areas: {
      strategy: [3, "L'amministratrice vuole diversificare oltre l'indotto aeroportuale."],
      market: [3, "Clienti nell'indotto di Malpensa; offerte preparate senza un listino."],
      operations: [3, 'Buona precisione; programmazione della produzione su lavagna.'],
      people: [4, 'Squadra giovane e motivata; orari flessibili già in uso.'],
      finance: [3, 'Redditività nella media; nessun controllo dei costi per macchina.'],
      innovation: [3, 'ISO 9001 attiva; interesse per una macchina di misura a coordinate condivisa.'],
    },
    summary: 'Impresa dinamica: servono un listino, la pianificazione della produzione e il costo orario macchina.',
  },
  {
    firm: 'castiglioni',
    date: '2010-04-29',
    areas: {
      strategy: [3, 'Passaggio generazionale avviato; i figli puntano al settore oleodinamico.'],
      market: [2, 'Pochi clienti, tutti in provincia; nessun catalogo delle lavorazioni.'],
      operations: [4, 'Torni plurimandrino e a fantina mobile ben organizzati; scarti bassi.'],
      people: [3, 'Famiglia coesa; mancano competenze commerciali.'],
      finance: [3, 'Situazione solida; investimenti finanziati con mezzi propri.'],
      innovation: [3, 'Buon controllo di processo; interesse per un marchio di qualità condiviso.'],
    },
    summary: 'Produzione efficiente, mercato ristretto: catalogo, nuovi clienti e marchio comune.',
  },
  {
    firm: 'broggini',
    date: '2010-05-05',
    areas: {
      strategy: [2, 'Impresa reattiva alle richieste dei clienti, senza obiettivi di medio periodo.'],
      market: [3, 'Zincatura e nichelatura per molte officine della zona, anche del programma.'],
      operations: [2, 'Consumi di energia e prodotti chimici elevati; depuratore da adeguare.'],
      people: [3, 'Addetti formati sulla sicurezza chimica; turnazione rigida.'],
      finance: [3, 'Costi energetici cresciuti del 15% in due anni.'],
      innovation: [2, 'Autorizzazioni ambientali in regola; interesse per la ISO 14001.'],
    },
    summary: 'Fornitore naturale della filiera: ridurre i costi di energia e chimici con acquisti collettivi.',
  },
  {
    firm: 'zanzi',
    date: '2010-05-06',
    areas: {
      strategy: [2, "Attività legata al titolare; nessuna riflessione sul futuro dell'impresa."],
      market: [2, 'Lavora per conto terzi su richiesta di cinque clienti storici.'],
      operations: [3, 'Rettificatrici affidabili ma datate; ore libere in alcuni mesi.'],
      people: [2, 'Due dipendenti esperti; nessun successore individuato.'],
      finance: [3, 'Nessun debito; margini modesti e prezzi fermi da anni.'],
      innovation: [2, 'Strumenti di misura da tarare; nessuna certificazione.'],
    },
    summary: 'Piccola rettifica con ore macchina libere da offrire alla rete e un problema di successione.',
  },
  {
    firm: 'caccia',
    date: '2010-05-07',
    areas: {
      strategy: [1, "Il titolare valuta la cessione di parte dell'attività; nessun piano."],
      market: [2, "Clienti locali dell'Alto Varesotto; domanda in calo."],
      operations: [2, 'Macchine tradizionali, poche a controllo numerico; ordini gestiti su carta.'],
      people: [2, 'Dipendenti con molta anzianità; nessun ingresso previsto.'],
      finance: [2, 'Fatturato in calo dal 2008; liquidità appena sufficiente.'],
      innovation: [1, 'Nessun investimento negli ultimi cinque anni.'],
    },
    summary: "Impresa in difficoltà, con il futuro dell'attività da decidere prima di un piano.",
  },
  {
    firm: 'colombo',
    date: '2010-05-12',
    areas: {
      strategy: [3, 'Obiettivo di crescita nel settore aeronautico, senza un piano di investimenti.'],
      market: [3, 'Buona reputazione presso i clienti; sito web datato e nessuna fiera.'],
      operations: [4, 'Reparto fresatura efficiente, con due centri a 5 assi e ore disponibili.'],
      people: [3, 'Responsabilità concentrate sul titolare; deleghe informali.'],
      finance: [2, 'Leasing recenti e fidi bancari utilizzati quasi per intero.'],
      innovation: [3, 'ISO 9001 attiva; manca la EN 9100 richiesta dai clienti aeronautici.'],
    },
    summary: 'Capacità produttiva da valorizzare nella rete; attenzione alla tensione finanziaria.',
  },
  {
    firm: 'sironi',
    date: '2010-05-13',
    areas: {
      strategy: [4, 'Piano triennale informale ma condiviso tra i soci; focus su presse speciali.'],
      market: [3, 'Clienti in Italia e Svizzera; partecipazione saltuaria alle fiere.'],
      operations: [3, 'Lavorazioni meccaniche affidate a terzi; tempi di consegna a rischio.'],
      people: [3, 'Ufficio tecnico di tre persone; un solo commerciale.'],
      finance: [4, 'Buona patrimonializzazione; accesso al credito senza difficoltà.'],
      innovation: [4, 'Progettazione 3D e prove interne; domanda di brevetto in preparazione.'],
    },
    summary: 'Impresa strutturata: può portare progettazione e presenza in fiera alla rete e comprarvi lavorazioni.',
  },
  {
    firm: 'macchi',
    date: '2010-05-18',
    areas: {
      strategy: [3, 'Nicchia chiara negli utensili speciali; strategia non formalizzata.'],
      market: [3, 'Clienti anche fuori provincia; manca una rete di agenti.'],
      operations: [3, 'Affilatura e produzione in un unico reparto; spazi stretti.'],
      people: [3, "Personale qualificato; formazione lasciata all'affiancamento."],
      finance: [2, 'Magazzino di metallo duro elevato che immobilizza liquidità.'],
      innovation: [4, 'Geometrie degli utensili sviluppate in proprio; buona progettazione.'],
    },
    summary: 'Competenza tecnica distintiva; liberare liquidità dal magazzino e organizzare la vendita.',
  },
  {
    firm: 'bianchi-gatti',
    date: '2010-05-19',
    areas: {
      strategy: [2, 'I soci hanno visioni diverse sullo sviluppo; decisioni rinviate.'],
      market: [3, 'Montaggi in trasferta per costruttori di macchine; lavoro a picchi.'],
      operations: [3, 'Squadre di montaggio flessibili; trasferte pianificate a ridosso.'],
      people: [3, 'Montatori esperti, richiesti anche da altre imprese nei periodi di punta.'],
      finance: [2, 'Anticipi per le trasferte pesanti; fidi a breve usati spesso.'],
      innovation: [3, 'Documentazione tecnica curata; nessuna certificazione di sistema.'],
    },
    summary: 'Montatori preziosi per la rete; serve accordo tra i soci e pianificazione dei picchi.',
  },
  {
    firm: 'pozzi',
    date: '2010-05-20',
    areas: {
      strategy: [3, "Orientamento ai quadri per l'automazione; obiettivi di fatturato annuali."],
      market: [4, "Portafoglio clienti ampio; un venditore interno; interesse per l'estero."],
      operations: [3, 'Montaggio su commessa ben tracciato; acquisti di componenti frammentati.'],
      people: [3, 'Tecnici qualificati; carichi di lavoro squilibrati tra i reparti.'],
      finance: [3, 'Controllo di gestione essenziale; margini per commessa solo a consuntivo.'],
      innovation: [3, 'Progettazione con CAD elettrico; marcatura CE gestita internamente.'],
    },
    summary: 'Buona posizione di mercato; margini da presidiare e acquisti da concentrare.',
  },
  {
    firm: 'tettamanti',
    date: '2010-05-26',
    areas: {
      strategy: [3, 'Prodotto di nicchia, strumenti di misura per officina, con margini buoni.'],
      market: [2, 'Vendita tramite due rivenditori; nessun contatto diretto con gli utilizzatori.'],
      operations: [3, 'Montaggio e taratura curati; componenti meccanici acquistati da terzi.'],
      people: [3, 'Competenze di metrologia concentrate sul titolare.'],
      finance: [3, 'Conti equilibrati; scorte di componenti elevate.'],
      innovation: [4, "Laboratorio di taratura interno; interesse per l'accreditamento."],
    },
    summary: 'Prodotto valido e poco conosciuto: vendita diretta e servizio di taratura per la rete.',
  },
];
