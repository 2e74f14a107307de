import type { LanguageData } from './types.js';

/** Italian. */
export const it: LanguageData = {
  code: 'it',
  franc: 'ita',
  name: 'Italian',
  abbreviations: [
    // references in EU and Council texts: articolo/i, paragrafo/i, numero/i, pagina/e, documento/i, lettera, comma, capoverso…
    'art', 'artt', 'par', 'parr', 'n', 'nn', 'nr', 'num', 'pag', 'pagg', 'pp', 'doc', 'docc', 'lett', 'co', 'cpv',
    'cap', 'capp', 'sez', 'tit', 'all', 'rif', 'prot', 'racc', 'reg', 'dir', 'dec', 'ris', 'sent', 'ord', 'proc',
    'comm', 'cons', 'parl', 'pres', 'segr', 'prec', 'succ', 'mod', 'modd', 'ult', 'rev', 'corr', 'cod', 'int',
    'vol', 'voll', 'ed', 'edd', 'trad', 'fig', 'figg', 'tab', 'tabb', 'tav', 'suppl', 'ca',
    // see, e.g., i.e., so-called, and the like
    'cfr', 'vd', 'es', 'p.es', 'p.e', 'i.e', 'e.g', 'c.d', 'cd', 'op', 'vs', 'c.a', 'c.m', 'u.s', 'p.v',
    'n.d.r', 'N.d.R', 'N.d.T', 'a.C', 'd.C', 'S.p.A', 's.p.a', 'S.r.l', 's.r.l', 'D.Lgs', 'd.lgs', 'D.L', 'd.l',
    'D.P.R', 'd.P.R', 'G.U',
    // titles and forms of address
    'sig', 'sigg', 'sig.ra', 'sig.re', 'sig.na', 'sig.ri', 'dott', 'dott.ssa', 'dott.ri', 'prof', 'prof.ssa', 'avv',
    'ing', 'arch', 'geom', 'rag', 'on', 'sen', 'dr', 'mons', 'gen', 'col', 'magg', 'egr', 'gent', 'spett',
    'gent.mo', 'gent.ma', 'egr.io', 'ill.mo', 'S.E', 'S.S', 'S.M', 'ecc.mo',
    // `all'art. 16`: the elided article stays on the token (src/document/sentences.ts only strips one or two letters before the apostrophe)
    "all'art", "dell'art", "nell'art", "sull'art", "dall'art", 'all’art', 'dell’art', 'nell’art', 'sull’art', 'dall’art',
    // months
    'genn', 'febbr', 'feb', 'apr', 'mag', 'giu', 'lug', 'sett', 'ott', 'nov', 'dic',
  ],
  ordinalDot: false,
  // `mar`/`set`/`ago` are words (sea, set, needle), `min`/`max` units, `ecc.`/`segg.`/`cit.` often end a sentence
  numberAbbreviations: ['p', 'v', 'mar', 'set', 'ago', 'min', 'max', 'ecc', 'etc', 'ss', 'sg', 'sgg', 'segg', 'cit', 'ibid'],
  ordinalCues: [],
  fieldNames: {
    from: ['Origine', 'Mittente'],
    to: ['Destinatario', 'Destinatari'],
    subject: ['Oggetto'],
    prevdoc: ['n. doc. prec.', 'n° doc. prec.', 'doc. prec.'],
    cion: ['n. doc. Comm.', 'n° doc. Comm.', 'doc. Comm.'],
  },
  stopWords: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'di', 'd', 'a', 'ad', 'da', 'in', 'con', 'su',
    'per', 'tra', 'fra', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell', 'al', 'allo', 'alla', 'ai',
    'agli', 'alle', 'all', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'dall', 'nel', 'nello', 'nella',
    'nei', 'negli', 'nelle', 'nell', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'sull', 'e', 'ed', 'o',
    'od', 'ma', 'che', 'se', 'né', 'anche', 'come', 'non', 'si', 'ci', 'ne', 'questo', 'questa', 'questi',
    'queste', 'quello', 'quella', 'quelli', 'quelle', 'suo', 'sua', 'suoi', 'sue', 'loro', 'esso', 'essa',
    'essi', 'esse', 'cui', 'quale', 'quali', 'è', 'sono', 'era', 'erano', 'essere', 'sia', 'siano', 'ha',
    'hanno', 'aveva', 'avere', 'abbia', 'viene', 'vengono', 'sarà', 'saranno',
  ],
  elisions: ['l', 'd', 'un', 'dell', 'all', 'dall', 'nell', 'sull', 'coll', 'quest', 'quell', 'c', 'v', 'n', 'm', 't', 's'],
  months: [
    'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
    'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
  ],
  decimal: ',',
  numberFormat: {
    thousands: ['.', '\u00a0', '\u202f'],
    // `1º gennaio`, `1° luglio`, `1ª riunione`
    ordinalSuffixes: ['º', '°', 'ª'],
    actSuffixes: { UE: 'EU', CE: 'EC', CEE: 'EEC', GAI: 'JHA', PESC: 'CFSP', CECA: 'ECSC', Euratom: 'Euratom' },
    numberWords: ['zero', 'uno|una|un', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici'],
  },
  termMatch: {
    // plural and gender endings: dato/dati, persona/persone, politica/politiche, ufficio/uffici, propria/proprie
    suffixes: ['che>c', 'chi>c', 'ghe>g', 'ghi>g', 'io', 'ia', 'ie', 'ii', 'a', 'e', 'i', 'o'],
    lemmas: { uomini: 'uomo', uomo: 'uomo', templi: 'tempio', tempio: 'tempio', buoi: 'bue', bue: 'bue' },
    closedCompounds: false,
    linkers: [],
  },
  termRules: {
    capitalisedNouns: false,
    adjectiveEndings: [],
    joiners: ['di', 'd', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell'],
    titleArticles: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l'],
    stopWords: [
      'altro', 'altra', 'altri', 'altre', 'ogni', 'ciascuno', 'ciascuna', 'tutto', 'tutta', 'tutti', 'tutte',
      'alcuno', 'alcuna', 'alcuni', 'alcune', 'alcun', 'nessuno', 'nessuna', 'nessun', 'stesso', 'stessa',
      'stessi', 'stesse', 'molto', 'molta', 'molti', 'molte', 'poco', 'pochi', 'più', 'meno', 'taluni', 'talune',
      'qualsiasi', 'qualunque', 'vari', 'varie', 'tale', 'tali', 'già', 'ancora', 'inoltre', 'pertanto',
      'quindi', 'tuttavia', 'però', 'infatti', 'dunque', 'invece', 'nonché', 'ossia', 'ovvero', 'cioè',
      'nonostante', 'mentre', 'quando', 'dove', 'perché', 'poiché', 'affinché', 'qualora', 'sebbene',
      'benché', 'oltre', 'entro', 'verso', 'presso', 'contro', 'secondo', 'durante', 'dopo', 'senza',
      'sotto', 'sopra', 'mediante', 'tramite', 'circa', 'riguardo', 'compreso', 'compresa', 'compresi',
      'comprese', 'incluso', 'inclusa', 'inclusi', 'incluse', 'relativo', 'relativa', 'relativi', 'relative',
      'riguardante', 'riguardanti', 'concernente', 'concernenti', 'nostro', 'nostra', 'nostri', 'nostre',
      'vostro', 'vostra', 'noi', 'voi', 'io', 'tu', 'me', 'te', 'lui', 'lei', 'li', 'sé', 'così', 'solo',
      'soltanto', 'sempre', 'tanto', 'quanto', 'mai', 'può', 'possono', 'potrebbe', 'potrebbero',
      'deve', 'devono', 'dovrebbe', 'dovrebbero', 'dovranno', 'fa', 'fare', 'stata', 'state', 'sarebbe',
      'invita', 'esorta', 'sottolinea', 'ribadisce', 'accoglie', 'riconosce', 'rileva', 'ricorda', 'incoraggia',
      'chiede', 'ritiene', 'osserva', 'evidenzia', 'conferma', 'prende', 'plaude', 'sollecita',
    ],
    stopEndings: { endings: ['mente'], minLength: 7, exceptions: ['clemente', 'inclemente', 'demente', 'veemente', 'semente'] },
    // one pass for plural and gender, a second for the -io/-ia/-ie stems (ufficio/uffici, propria/propri)
    foldEndings: [['che>c', 'chi>c', 'ghe>g', 'ghi>g', 'a', 'e', 'i', 'o'], ['i']],
    minStem: 2,
    irregular: { uomini: 'uomo', uomo: 'uomo', templi: 'tempio', tempio: 'tempio', buoi: 'bue', bue: 'bue' },
    linkers: [],
    minPart: 3,
    conjunctions: ['e', 'ed', 'o', 'od'],
  },
};
