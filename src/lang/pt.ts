import type { LanguageData } from './types.js';

/** Portuguese (European spelling, as in the EU institutions' texts; Brazilian forms where they differ little). */
export const pt: LanguageData = {
  code: 'pt',
  franc: 'por',
  name: 'Portuguese',
  abbreviations: [
    // references inside texts: artigo, alínea, capítulo, documento, página, volume, secção, parágrafo
    'art', 'arts', 'al', 'alín', 'cap', 'caps', 'doc', 'docs', 'pág', 'págs', 'pp', 'vol', 'vols', 'secç',
    'parág', 'núm', 'fig', 'figs', 'tab', 'ant', 'Com', 'proc', 'Proc', 'Ac', 'Colet', 'col', 'ref', 'refs',
    // see, e.g., i.e., and so on
    'cf', 'cfr', 'vd', 'vid', 'ex', 'p.ex', 'i.e', 'e.g', 'etc', 'aprox', 'ca', 'obs', 'vs', 'séc', 'sécs',
    // bibliography
    'ed', 'eds', 'trad', 'coord', 'org', 'op', 'ob', 'loc',
    'a.C', 'd.C', 'tel', 'Av', 'Lda', 'Cia',
    // titles
    'Sr', 'Sra', 'Srs', 'Sras', 'sr', 'sra', 'Dr', 'Dra', 'Drs', 'Dras', 'Prof', 'Profs', 'Eng', 'Arq',
    'Exmo', 'Exma', 'Exmos', 'Exmas', 'Sto', 'Sta', 'Gen',
    // months (mar. and dez. are also words: see numberAbbreviations)
    'jan', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov',
  ],
  ordinalDot: false,
  // words that are also abbreviations: mar (sea / março), dez (ten / dezembro), par (pair / parágrafo);
  // and abbreviations that often close a sentence: min./máx., etc., e segs. (e seguintes), ibid., op. cit.
  numberAbbreviations: ['p', 'n', 'mar', 'dez', 'par', 'min', 'mín', 'máx', 'etc', 'seg', 'segs', 'sg', 'sgs', 'ibid', 'ib', 'cit'],
  ordinalCues: [],
  fieldNames: {
    from: ['de', 'Origem', 'Remetente'],
    to: ['para', 'Destinatário', 'Destinatários'],
    subject: ['Assunto'],
    prevdoc: ['n.º doc. ant.', 'n.° doc. ant.', 'n.o doc. ant.', 'nº doc. ant.', 'doc. ant.'],
    cion: ['n.º doc. Com.', 'n.° doc. Com.', 'n.o doc. Com.', 'nº doc. Com.', 'doc. Com.'],
  },
  stopWords: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na',
    'nos', 'nas', 'ao', 'aos', 'à', 'às', 'por', 'pelo', 'pela', 'pelos', 'pelas', 'para', 'com', 'sem',
    'sob', 'sobre', 'num', 'numa', 'e', 'ou', 'mas', 'nem', 'que', 'se', 'como', 'ele', 'ela', 'eles',
    'elas', 'seu', 'sua', 'seus', 'suas', 'este', 'esta', 'estes', 'estas', 'esse', 'essa', 'isto', 'isso',
    'qual', 'quais', 'lhe', 'lhes', 'é', 'são', 'foi', 'foram', 'ser', 'sido', 'está', 'estão', 'tem',
    'têm', 'ter', 'há', 'será', 'serão', 'seja', 'não', 'também',
  ],
  months: [
    'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho',
    'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  ],
  decimal: ',',
  numberFormat: {
    // EU texts group thousands with a (thin) space; a point is common too (Brazil, older texts)
    thousands: ['\u00a0', '\u202f', ' ', '.'],
    // 1.º, 2.ª, 1º
    ordinalSuffixes: ['.º', '.ª', 'º', 'ª'],
    actSuffixes: { UE: 'EU', CE: 'EC', CEE: 'EEC', JAI: 'JHA', PESC: 'CFSP', CECA: 'ECSC', CEEA: 'Euratom', Euratom: 'Euratom' },
    numberWords: ['zero', 'um|uma', 'dois|duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze'],
    dateJoiners: ['de'],
  },
  termMatch: {
    // one ending: plurals (nações → nação, nacionais → nacional, homens → homem) and gender/number vowels
    suffixes: [
      'ões>ão', 'ães>ão', 'ãos>ão', 'ais>al', 'éis>el', 'eis>el', 'óis>ol', 'uis>ul', 'ns>m',
      'ís>ís', 'ês>ês', 'ás>ás', 'ós>ós', 'ão>ão', 'es', 'os', 'as', 's', 'e', 'o', 'a',
    ],
    lemmas: {
      europeia: 'europeu', europeias: 'europeu', europeus: 'europeu', leis: 'lei', reis: 'rei', pais: 'pai',
      civis: 'civil', úteis: 'útil', fáceis: 'fácil', difíceis: 'difícil',
    },
    closedCompounds: false,
    linkers: [],
  },
  termRules: {
    capitalisedNouns: false,
    adjectiveEndings: [],
    joiners: ['de', 'do', 'da', 'dos', 'das'],
    titleArticles: ['o', 'a', 'os', 'as'],
    stopWords: [
      'outro', 'outra', 'outros', 'outras', 'todo', 'toda', 'todos', 'todas', 'cada', 'certo', 'certa', 'certos',
      'certas', 'mesmo', 'mesma', 'mesmos', 'mesmas', 'vários', 'várias', 'algum', 'alguma', 'alguns', 'algumas',
      'nenhum', 'nenhuma', 'qualquer', 'quaisquer', 'tal', 'tais', 'muito', 'muita', 'muitos', 'muitas', 'pouco',
      'poucos', 'mais', 'menos', 'ainda', 'já', 'assim', 'portanto', 'contudo', 'todavia', 'porém', 'entretanto',
      'nomeadamente', 'designadamente', 'igualmente', 'sobretudo', 'apenas', 'só', 'bem', 'além', 'através',
      'mediante', 'segundo', 'conforme', 'durante', 'após', 'antes', 'depois', 'contra', 'perante', 'entre',
      'até', 'desde', 'onde', 'quando', 'enquanto', 'embora', 'porque', 'pois', 'cujo', 'cuja', 'cujos', 'cujas',
      'aquele', 'aquela', 'aqueles', 'aquelas', 'aquilo', 'esses', 'essas', 'deste', 'desta', 'destes', 'destas',
      'desse', 'dessa', 'neste', 'nesta', 'nestes', 'nestas', 'nesse', 'nessa', 'naquele', 'naquela', 'dum',
      'duma', 'nós', 'eu', 'tu', 'me', 'te', 'vos', 'nosso', 'nossa', 'nossos', 'nossas', 'si', 'pode', 'podem',
      'poderá', 'poderão', 'poderia', 'deve', 'devem', 'deverá', 'deverão', 'deveria', 'deveriam', 'seria',
      'seriam', 'sejam', 'tenha', 'tenham', 'tinha', 'tido', 'estar', 'esteja', 'estejam', 'havia', 'haver',
      'fazer', 'faz', 'fazem', 'feito', 'salienta', 'sublinha', 'reconhece', 'convida', 'exorta', 'insta',
      'recorda', 'considera', 'reitera', 'reafirma', 'incentiva', 'apela', 'acolhe', 'congratula-se', 'regista',
      'assinala', 'destaca', 'solicita', 'observa', 'sim',
    ],
    stopEndings: {
      // adverbs in -mente
      endings: ['mente'],
      minLength: 7,
      exceptions: ['semente', 'clemente', 'demente', 'veemente', 'dormente', 'fremente'],
    },
    foldEndings: [
      // plural: nações → nação, cidadãos → cidadão, nacionais → nacional, homens → homem, autoridades → autoridade
      ['ões>ão', 'ães>ão', 'ãos>ão', 'ais>al', 'éis>el', 'eis>el', 'óis>ol', 'uis>ul', 'ns>m', 'ís>ís', 'ês>ês', 'ás>ás', 'ós>ós', 's'],
      // gender and the -e of -es plurals: pública/público → públic, autoridade → autoridad, mulhere(s) → mulher
      ['ão>ão', 'e', 'o', 'a'],
    ],
    minStem: 2,
    irregular: {
      'estados-membros': 'estado-membro', 'estado-membro': 'estado-membro',
      europeia: 'europeu', europeias: 'europeu', europeus: 'europeu',
      civis: 'civil', úteis: 'útil', fáceis: 'fácil', difíceis: 'difícil',
    },
    linkers: [],
    minPart: 3,
    conjunctions: ['e', 'ou'],
  },
};
