import type { LanguageData } from './types.js';

/** French. */
export const fr: LanguageData = {
  code: 'fr',
  franc: 'fra',
  name: 'French',
  abbreviations: [
    'art', 'Art', 'av', 'cf', 'Cf', 'chap', 'Dr', 'env', 'etc', 'ex', 'M', 'MM', 'Mme', 'Mlle', 'n', 'no',
    'p', 'pp', 'Prof', 'réf', 's', 'vol', 'St', 'Ste',
  ],
  ordinalDot: false,
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
  },
  termMatch: {
    suffixes: ['aux>al', 'x', 's'],
    lemmas: {},
    closedCompounds: false,
    linkers: [],
  },
};
