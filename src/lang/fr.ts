import type { LanguageData } from './types.js';

/** French. */
export const fr: LanguageData = {
  code: 'fr',
  franc: 'fra',
  name: 'French',
  abbreviations: [
    'art', 'Art', 'av', 'cf', 'Cf', 'chap', 'Dr', 'env', 'etc', 'ex', 'M', 'MM', 'Mme', 'Mlle', 'n', 'no',
    'p', 'pp', 'Prof', 'réf', 's', 'vol', 'St', 'Ste',
    'Doc', 'doc', 'Dir', 'Rec', 'pt', 'al', 'paragr', 'éd', 'Mgr', 'Me', 'Mes', 'min', 'max', 'suiv',
    'c.-à-d', 'p.ex', 'ann', 'Ann', 'chap', 'coll', 'dir', 'env', 'fig', 'no', 'N', 'nos', 'Nos', 'op',
    'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'Réf', 'sect', 'vs', 'Cie', 'Mr', 'Mrs', 'Ms',
  ],
  ordinalDot: false,
  numberAbbreviations: ['n', 'N', 'no', 'p', 's', 'pt', 'al', 'min', 'max', 'op', 'Mes', 'h', 'etc'],
  ordinalCues: [],
  fieldNames: {
    from: ['Expéditeur', 'De'],
    to: ['Destinataire', 'À'],
    subject: ['Objet'],
    prevdoc: ['N° doc. préc.', 'Nº doc. préc.', 'Doc. préc.'],
    cion: ['N° doc. Cion', 'Nº doc. Cion', 'Doc. Cion'],
  },
  stopWords: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'ou', 'mais', 'à', 'au', 'aux',
    'en', 'dans', 'par', 'pour', 'sur', 'avec', 'sans', 'sous', 'que', 'qui', 'quoi', 'dont', 'est',
    'sont', 'était', 'être', 'a', 'ont', 'avait', 'il', 'elle', 'ils', 'elles', 'se', 's', 'ce', 'cet',
    'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'ne', 'pas', 'plus', 'y', 'on', 'qu', 'c',
  ],
  months: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
    'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  ],
  decimal: ',',
  numberFormat: {
    thousands: ['\u00a0', '\u202f', ' ', '.'],
    ordinalSuffixes: ['er', 're', 'e'],
    actSuffixes: { UE: 'EU', CE: 'EC', CEE: 'EEC', JAI: 'JHA', PESC: 'CFSP', CECA: 'ECSC', Euratom: 'Euratom' },
    numberWords: ['zéro', 'un|une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  },
  termMatch: {
    suffixes: ['aux>al', 'x', 's'],
    lemmas: {},
    closedCompounds: false,
    linkers: [],
  },
  termRules: {
    capitalisedNouns: false,
    adjectiveEndings: [],
    joiners: ['de', 'd', 'du', 'des'],
    titleArticles: ['la', 'le', 'les', 'l'],
    stopWords: [
      'autre', 'autres', 'tout', 'tous', 'toute', 'toutes', 'chaque', 'certains', 'certaines', 'même',
      'mêmes', 'plusieurs', 'notamment', 'également', 'ainsi', 'donc', 'toutefois', 'cependant', 'afin',
      'lors', 'entre', 'vers', 'chez', 'contre', 'selon', 'depuis', 'pendant', 'après', 'avant', 'dont',
      'où', 'si', 'lui', 'nous', 'vous', 'je', 'tu', 'me', 'te', 'moi', 'eux', 'très', 'aussi', 'peut',
      'peuvent', 'doit', 'doivent', 'fait', 'faire', 'été', 'sera', 'seront', 'avoir', 'comme', 'lequel',
      'laquelle', 'lesquels', 'lesquelles', 'celui', 'celle', 'ceux', 'celles', 'cela', 'ceci', 'puis',
      'encore', 'déjà', 'bien', 'non', 'n', 'j', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quelque',
    ],
    stopEndings: { endings: [], minLength: 0, exceptions: [] },
    foldEndings: [['aux>al', 's', 'x'], ['e'], ['ll>l', 'nn>n', 'tt>t']],
    minStem: 3,
    irregular: {},
    linkers: [],
    minPart: 3,
  },
};
