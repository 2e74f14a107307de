import type { LanguageData } from './types.js';

/**
 * Endings for light stemming and term folding (one pass, first fitting rule wins).
 * Dutch plurals are mostly `-en` and `-s`; spelling doubles or simplifies letters around
 * them (`staat`/`staten`, `voorstel`/`voorstellen`, `grens`/`grenzen`, `misdrijf`/`misdrijven`),
 * and adjectives take `-e` (`nationaal`/`nationale`, `Europees`/`Europese`).
 * The rules map the inflected form back to the base form; `x>x` rules protect an ending.
 */
const ENDINGS = [
  // plurals of nouns in -ie, -ee, -je (commissies, strategieën, ideeën, meisjes) and protection of the singular
  'ieën>ie', 'eeën>ee', 'ën', 'ies>ie', 'ie>ie', 'ee>ee', 'jes>je', 'je>je',
  // mogelijkheden → mogelijkheid
  'heden>heid',
  // inflected adjectives whose base doubles the vowel: financiële, seksuele, structurele, nationale, openbare, duurzame, Europese, grote, hoge
  'iële>ieel', 'uele>ueel', 'iele>iel', 'bele>bel', 'ele>eel', 'ale>aal', 'are>aar', 'ame>aam', 'ese>ees', 'ote>oot', 'oge>oog',
  // plurals whose singular doubles the vowel: lidstaten, raden, talen, banen, namen, zaken, jaren, personen, scholen, stromen, uren, minuten, problemen
  'aten>aat', 'aden>aad', 'alen>aal', 'anen>aan', 'amen>aam', 'aken>aak', 'aren>aar',
  'onen>oon', 'olen>ool', 'omen>oom', 'oten>oot', 'uren>uur', 'uten>uut', 'emen>eem',
  // plurals that double the consonant: voorstellen, processen, straffen, gemeenschappen
  'tten>t', 'kken>k', 'ppen>p', 'llen>l', 'nnen>n', 'mmen>m', 'ssen>s', 'rren>r', 'ffen>f', 'ggen>g', 'bben>b', 'dden>d',
  // s/z and f/v alternation: grenzen, prijzen, misdrijven, bedrijven
  'zen>s', 'ven>f',
  'en',
  // singulars ending in -s (crisis, status, prijs, Europees, plaats, reeks) keep it
  'is>is', 'us>us', 'ijs>ijs', 'ees>ees', 'as>as', 'os>os', 'ts>ts', 'ks>ks', 'ss>ss',
  // plurals of nouns in -e with -s (procedures, analyses), then -s plurals (slachtoffers, maatregels)
  'es', 's',
  // inflected adjectives (bevoegde, nieuwe) and nouns in -e (bijlage/bijlagen, ziekte/ziekten)
  'e',
];

/** Irregular plurals, and singulars the endings above would wrongly cut, mapped to their base form. */
const IRREGULAR: Record<string, string> = {
  kinderen: 'kind',
  leden: 'lid',
  steden: 'stad',
  schepen: 'schip',
  paden: 'pad',
  bladen: 'blad',
  volkeren: 'volk',
  goederen: 'goed',
  eieren: 'ei',
  liederen: 'lied',
  runderen: 'rund',
  criteria: 'criterium',
  musea: 'museum',
  centra: 'centrum',
  politici: 'politicus',
  // singulars in -s, -en or -ven that are not plurals
  mens: 'mens',
  grens: 'grens',
  kans: 'kans',
  wens: 'wens',
  eis: 'eis',
  proces: 'proces',
  congres: 'congres',
  adres: 'adres',
  koers: 'koers',
  beurs: 'beurs',
  pers: 'pers',
  examen: 'examen',
  wapen: 'wapen',
  teken: 'teken',
  gegeven: 'gegeven',
  vermogen: 'vermogen',
  leven: 'leven',
};

/** Dutch. */
export const nl: LanguageData = {
  code: 'nl',
  franc: 'nld',
  name: 'Dutch',
  abbreviations: [
    // references: artikel(en), nummer(s), bladzijde, pagina, document, paragraaf, alinea, hoofdstuk, afdeling, bijlage, figuur
    'art', 'Art', 'artt', 'nr', 'Nr', 'nrs', 'Nrs', 'blz', 'Blz', 'p', 'pp', 'pag', 'doc', 'Doc', 'par', 'Par',
    'alin', 'al', 'hfdst', 'hoofdst', 'hst', 'afd', 'bijl', 'Bijl', 'fig', 'Fig', 'vgl', 'Vgl', 'cf', 'Cf', 'zgn', 'zg',
    // bijvoorbeeld, dat wil zeggen, onder andere/meer, met betrekking tot, in verband met, ten aanzien/opzichte van, …
    'bijv', 'Bijv', 'bv', 'Bv', 'b.v', 'd.w.z', 'D.w.z', 'i.e', 'o.a', 'O.a', 'o.m', 'O.m', 'm.b.t', 'M.b.t', 'i.v.m', 'I.v.m',
    't.a.v', 'T.a.v', 't.o.v', 'T.o.v', 'i.p.v', 'I.p.v', 'o.b.v', 'n.a.v', 'N.a.v', 'm.i.v', 'i.h.k.v', 'c.q', 'm.a.w',
    'e.d', 'e.a', 'e.v', 'enz', 'etc', 'resp', 'ca', 'ong', 'evt', 'incl', 'excl', 'max', 'min', 'mln', 'mld', 'mrd',
    'vnl', 'nl', 'jl', 'a.s', 'd.d', 'z.s.m', 'tel', 'uitg', 'vert', 'Pb', 'Stb', 'Stcrt', 'Jur', 'Jurispr', 'Cie',
    // titles: de heer, mevrouw, meester, doctor, doctorandus, ingenieur, professor, dominee
    'dhr', 'Dhr', 'hr', 'mevr', 'Mevr', 'mw', 'Mw', 'mr', 'Mr', 'dr', 'Dr', 'drs', 'Drs', 'ir', 'Ir', 'ing', 'Ing',
    'prof', 'Prof', 'ds', 'Mgr', 'St', 'Mrs', 'Ms',
    // months
    'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  ],
  ordinalDot: false,
  // `al` (already / alinea), `min` (minus / minimum), `vol` (full / volume), `tel` (count / telefoon),
  // the name `Jan`, and abbreviations that often end a sentence (`enz.`, `jl.`, `a.s.`, `e.a.`)
  numberAbbreviations: ['al', 'p', 'min', 'max', 'vol', 'tel', 'Jan', 'enz', 'etc', 'jl', 'a.s', 'e.a', 'e.d', 'e.v'],
  ordinalCues: [],
  fieldNames: {
    from: ['Van', 'Afzender'],
    to: ['Aan', 'Geadresseerde'],
    subject: ['Betreft', 'Onderwerp'],
    prevdoc: ['Nr. vorig doc.', 'Nr. vorig document', 'Vorig doc.'],
    cion: ['Nr. Comdoc.', 'Nr. Cie-doc.', 'Comdoc.', 'Nr. Commissiedoc.'],
  },
  stopWords: [
    'de', 'het', 'een', 'en', 'of', 'maar', 'van', 'in', 'op', 'aan', 'met', 'voor', 'door', 'bij', 'tot',
    'uit', 'om', 'naar', 'over', 'te', 'als', 'dan', 'dat', 'die', 'dit', 'deze', 'wat', 'wie', 'welke', 'er',
    'zijn', 'is', 'was', 'waren', 'wordt', 'worden', 'werd', 'werden', 'zal', 'zullen', 'zou', 'heeft', 'hebben',
    'had', 'kan', 'kunnen', 'moet', 'moeten', 'niet', 'ook', 'nog', 'wel', 'zich', 'hij', 'zij', 'ze', 'wij', 'we',
    'hun', 'haar', 'ons', 'onze',
  ],
  months: [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni',
    'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  ],
  decimal: ',',
  numberFormat: {
    thousands: ['.', '\u00a0', '\u202f', ' '],
    // 1e, 2de, 8ste
    ordinalSuffixes: ['ste', 'de', 'e'],
    actSuffixes: { EU: 'EU', EG: 'EC', EEG: 'EEC', JBZ: 'JHA', GBVB: 'CFSP', EGKS: 'ECSC', Euratom: 'Euratom' },
    numberWords: ['nul|geen', 'een|één|eén', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
  },
  termMatch: {
    suffixes: ["'s", ...ENDINGS],
    lemmas: IRREGULAR,
    closedCompounds: true,
    linkers: ['en', 'er', 's', 'e'],
  },
  termRules: {
    capitalisedNouns: false,
    adjectiveEndings: ['e'],
    joiners: ['van', 'voor', 'op'],
    titleArticles: ['de', 'het'],
    stopWords: [
      'ander', 'andere', 'anderen', 'alle', 'al', 'alles', 'elk', 'elke', 'ieder', 'iedere', 'sommige', 'enkele',
      'meer', 'meest', 'meeste', 'minder', 'verder', 'verdere', 'eigen', 'beide', 'zeer', 'heel', 'hele', 'alleen',
      'slechts', 'zelfs', 'reeds', 'echter', 'bovendien', 'daarnaast', 'voorts', 'daarom', 'dus', 'daardoor',
      'derhalve', 'hoewel', 'ondanks', 'gezien', 'zodra', 'wanneer', 'terwijl', 'hoe', 'waar', 'daar', 'hier', 'nu',
      'thans', 'u', 'uw', 'jij', 'je', 'jullie', 'mijn', 'ik', 'mij', 'me', 'hem', 'doet', 'doen', 'deed', 'kon',
      'konden', 'zouden', 'mag', 'mogen', 'moest', 'tegen', 'tijdens', 'na', 'vóór', 'onder', 'boven', 'tussen',
      'rond', 'binnen', 'buiten', 'zonder', 'inclusief', 'betreffende', 'inzake', 'overeenkomstig', 'krachtens',
      'volgens', 'via', 'vanaf', 'sinds', 'indien', 'omdat', 'want', 'zodat', 'opdat', 'geen', 'noch', 'veel', 'vele',
      'één', 'twee', 'drie', 'zelf', 'zichzelf', 'zoals', 'namelijk', 'name', 'ten', 'ter', 'hierbij', 'daarbij',
      'waarbij', 'waarin', 'waarvan', 'daarvan', 'hiervan', 'ervan', 'eraan', 'erop', 'erover', 'ertoe', 'daartoe',
      'hiertoe', 'waardoor', 'waarmee', 'daarmee', 'hiermee', 'dergelijke', 'zulke', 'zo', 'zowel', 'evenals',
      'alsmede', 'tevens', 'eveneens', 'steeds', 'vaak', 'soms', 'weer', 'opnieuw', 'samen', 'bijvoorbeeld',
      'verwelkomt', 'ingenomen', 'verheugd', 'verzoekt', 'roept', 'spoort', 'dringt', 'moedigt', 'nodigt', 'erkent',
      'herinnert', 'wijst', 'merkt', 'onderstreept', 'benadrukt', 'beklemtoont', 'acht', 'meent', 'overweegt',
      'herhaalt', 'bevestigt', 'betreurt', 'neemt', 'stelt', 'blijft', 'vereist', 'vergt', 'maakt', 'geeft',
      'gebruikt', 'gebruiken', 'maken', 'nemen', 'geven', 'gaat', 'komt',
    ],
    // sentence adverbs: redelijkerwijs, volledigheidshalve
    stopEndings: { endings: ['erwijs', 'erwijze', 'halve'], minLength: 8, exceptions: [] },
    foldEndings: [ENDINGS],
    minStem: 1,
    irregular: IRREGULAR,
    // gegeven|s|bescherming, mens|en|rechten, kind|er|opvang, zaak|e|lijk
    linkers: ['en', 'er', 's', 'e'],
    minPart: 3,
    conjunctions: ['en', 'of'],
  },
};
