import type { LanguageData } from './types.js';

/** German. */
export const de: LanguageData = {
  code: 'de',
  franc: 'deu',
  name: 'German',
  abbreviations: [
    'Abs', 'Art', 'Betr', 'bzw', 'ca', 'd.h', 'Dok', 'Dr', 'etc', 'evtl', 'ggf', 'Hrsg', 'i.d.R', 'inkl',
    'Nr', 'Prof', 'S', 'sog', 'u.a', 'usw', 'vgl', 'z.B', 'z.T', 'Ziff', 'Abschn', 'Anh', 'Bd', 'bspw',
  ],
  ordinalDot: true,
  stopWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
    'und', 'oder', 'aber', 'sowie', 'zu', 'zur', 'zum', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei',
    'mit', 'nach', 'von', 'vom', 'vor', 'für', 'über', 'unter', 'durch', 'gegen', 'ohne', 'um',
    'ist', 'sind', 'war', 'wird', 'werden', 'wurde', 'hat', 'haben', 'sein', 'es', 'sie', 'er',
    'sich', 'dass', 'daß', 'als', 'wie', 'auch', 'nicht', 'noch', 'so', 'diese', 'dieser', 'dieses',
    'diesem', 'diesen', 'ihre', 'ihrer', 'ihren', 'ihr', 'seine', 'seiner', 'welche', 'welcher', 'the',
  ],
  months: [
    'januar', 'februar', 'märz', 'april', 'mai', 'juni',
    'juli', 'august', 'september', 'oktober', 'november', 'dezember',
  ],
  decimal: ',',
  numberFormat: {
    thousands: ['.', '\u00a0', '\u202f', ' '],
    ordinalSuffixes: [],
    actSuffixes: { EU: 'EU', EG: 'EC', EWG: 'EEC', JI: 'JHA', GASP: 'CFSP', EGKS: 'ECSC', Euratom: 'Euratom' },
  },
  termMatch: {
    suffixes: ['ern', 'en', 'em', 'er', 'es', 'e', 'n', 's'],
    lemmas: {},
    closedCompounds: true,
    linkers: ['es', 'en', 's', 'n', 'e'],
  },
};
