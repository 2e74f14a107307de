import type { LanguageData } from './types.js';

/** German. */
export const de: LanguageData = {
  code: 'de',
  franc: 'deu',
  name: 'German',
  abbreviations: [
    'Abs', 'Art', 'Betr', 'bzw', 'ca', 'd.h', 'Dok', 'Dr', 'etc', 'evtl', 'ggf', 'Hrsg', 'i.d.R', 'inkl',
    'Nr', 'Prof', 'S', 'sog', 'u.a', 'usw', 'vgl', 'z.B', 'z.T', 'Ziff', 'Abschn', 'Anh', 'Bd', 'bspw',
    'ABl', 'Abb', 'Anm', 'Buchst', 'Dez', 'Hr', 'Fr', 'Jh', 'Kap', 'Mio', 'Mrd', 'Nrn', 'Rn', 'Rs', 'Slg',
    'Tel', 'UAbs', 'Unterabs', 'Vgl', 'Vorb', 'zit', 'lit', 'o.g', 'u.U', 'v.a', 'z.Zt', 'gem', 'bzgl',
    'Jan', 'Feb', 'Apr', 'Aug', 'Sept', 'Okt', 'Nov', 'St', 'Dipl', 'Ing', 'Mag', 'Komm.dok', 'Vordok',
  ],
  ordinalDot: true,
  numberAbbreviations: ['S', 'Nr', 'Rn', 'Bd', 'Tel'],
  ordinalCues: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'vom', 'zum', 'zur', 'bis', 'seit', 'ab',
    'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'sein', 'seine', 'seinem', 'seinen', 'seiner',
    'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jeder',
    'jede', 'jedes', 'jedem', 'jeden', 'zweiten', 'bzw', 'und', 'oder', 'den', 'beim', 'vor', 'nach',
  ],
  fieldNames: {
    from: ['Absender', 'Von'],
    to: ['Empfänger', 'An'],
    subject: ['Betr.', 'Betreff'],
    prevdoc: ['Nr. Vordok.', 'Vordok.'],
    cion: ['Nr. Komm.dok.', 'Komm.dok.'],
  },
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
    thousands: ['.', '\u00a0', '\u202f'],
    ordinalSuffixes: [],
    actSuffixes: { EU: 'EU', EG: 'EC', EWG: 'EEC', JI: 'JHA', GASP: 'CFSP', EGKS: 'ECSC', Euratom: 'Euratom' },
    numberWords: ['null', 'ein|eine|eins|einer|einem|einen|eines', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
  },
  termMatch: {
    suffixes: ['ern', 'en', 'em', 'er', 'es', 'e', 'n', 's'],
    lemmas: {},
    closedCompounds: true,
    linkers: ['es', 'en', 's', 'n', 'e'],
  },
};
