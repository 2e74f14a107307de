import type { LanguageData } from './types.js';

/** English. */
export const en: LanguageData = {
  code: 'en',
  franc: 'eng',
  name: 'English',
  abbreviations: [
    'Art', 'cf', 'Cf', 'Co', 'Doc', 'doc', 'Dr', 'e.g', 'etc', 'i.e', 'Inc', 'Ltd', 'Mr', 'Mrs', 'Ms',
    'No', 'no', 'p', 'pp', 'Para', 'para', 'Prof', 'Reg', 'Dir', 'vol', 'Vol', 'vs', 'approx', 'Fig', 'fig',
    'Nos', 'nos', 'al', 'Jr', 'Sr', 'St', 'Mt', 'Ch', 'ch', 'Sec', 'sec', 'Rev', 'ed', 'eds', 'Eds', 'Corr',
    'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ann', 'Annex',
    'Cion', 'prev', 'Gen', 'Gov', 'Hon', 'Rt', 'Sgt', 'Capt', 'Col', 'Lt', 'Rep', 'Sen', 'U.S', 'U.K',
    'a.m', 'p.m', 'viz', 'cca', 'ca', 'subpara', 'Subpara', 'Art', 'Arts', 'art', 'Reg', 'Dec', 'Ref', 'ref',
  ],
  ordinalDot: false,
  numberAbbreviations: ['No', 'no', 'p', 'Nos', 'nos', 'Ann', 'Annex', 'Sec', 'sec', 'Ch', 'ch', 'ed', 'Dec', 'Mar', 'Jun', 'Jan', 'Aug', 'Ref', 'ref'],
  ordinalCues: [],
  fieldNames: {
    from: ['From'],
    to: ['To'],
    subject: ['Subject'],
    prevdoc: ['No. prev. doc.', 'No prev. doc.', 'Prev. doc.'],
    cion: ['No. Cion doc.', 'No Cion doc.', 'Cion doc.'],
  },
  stopWords: [
    'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
    'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'it', 'its', 'this',
    'that', 'these', 'those', 'which', 'who', 'whom', 'their', 'they', 'them', 'he', 'she', 'his',
    'her', 'not', 'also', 'into', 'than', 'so', 'such', 'can', 'will', 'should', 'would', 'may', 'must',
  ],
  months: [
    'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december',
  ],
  decimal: '.',
  numberFormat: {
    thousands: [',', '\u00a0', '\u202f'],
    ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
    actSuffixes: { EU: 'EU', EC: 'EC', EEC: 'EEC', JHA: 'JHA', CFSP: 'CFSP', ECSC: 'ECSC', Euratom: 'Euratom' },
    numberWords: ['zero|no', 'one|a|an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  },
  termMatch: {
    suffixes: ['sses>ss', 'ies>y', 'xes>x', 'ches>ch', 'shes>sh', "'s", "s'", 'ss>ss', 'us>us', 'is>is', 's'],
    lemmas: { children: 'child', women: 'woman', men: 'man', people: 'person' },
    closedCompounds: false,
    linkers: [],
  },
};
