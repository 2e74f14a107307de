import type { LanguageData } from './types.js';

/** Spanish. */
export const es: LanguageData = {
  code: 'es',
  franc: 'spa',
  name: 'Spanish',
  abbreviations: [
    // references inside texts: artículo, apartado, número, página, punto, capítulo, título, sección, párrafo
    'art', 'arts', 'apdo', 'apdos', 'ap', 'núm', 'núms', 'nro', 'nros', 'pág', 'págs', 'p', 'pp', 'pto', 'ptos',
    'cap', 'caps', 'tít', 'secc', 'subapdo', 'párr', 'inc', 'fig', 'figs', 'vol', 'vols', 'ed', 'eds', 'corr',
    // Council documents: documento, documento anterior (prec.), Comisión (Ción.), propuesta (prop.), referencia
    'doc', 'docs', 'prec', 'Ción', 'prop', 'ref',
    // véase, compárese, por ejemplo, aproximadamente, obra citada, ibídem, et al.
    'cf', 'cfr', 'p.ej', 'ej', 'aprox', 'op', 'cit', 'ibíd', 'íd', 'al', 'vs', 'ca', 'máx', 'mín', 'sig', 'sigs',
    'tel', 'tfno', 'admón', 'dpto', 'depto', 'avda', 'av', 'Cía', 'Ltda', 'EE.UU', 'CC.AA', 'RR.HH',
    // titles before a name
    'Sr', 'Sra', 'Sres', 'Sras', 'Srta', 'Dña', 'Dr', 'Dra', 'Dres', 'Prof', 'Profa', 'Lic', 'Ing', 'Arq',
    'Excmo', 'Excma', 'Ilmo', 'Ilma', 'Mons', 'Sto', 'Sta', 'Gral', 'Tte', 'Cnel', 'Mr', 'Mrs', 'Ms',
    // months (mar. and set. are words too: see numberAbbreviations)
    'ene', 'feb', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'sept', 'oct', 'nov', 'dic',
  ],
  ordinalDot: false,
  // words too (mar 'sea', col 'cabbage', set), or often the last word of a sentence (etc.):
  // abbreviations only before a number (3 mar. 2020, col. 2)
  numberAbbreviations: ['mar', 'set', 'col', 'etc'],
  ordinalCues: [],
  fieldNames: {
    from: ['De', 'Remitente'],
    to: ['A', 'Destinatario', 'Destinatarios'],
    subject: ['Asunto'],
    prevdoc: ['N.º doc. prec.', 'N.° doc. prec.', 'Nº doc. prec.', 'N° doc. prec.', 'Doc. prec.'],
    cion: ['N.º doc. Ción.', 'N.° doc. Ción.', 'Nº doc. Ción.', 'N° doc. Ción.', 'Doc. Ción.', 'N.º prop. Ción.', 'N.° prop. Ción.'],
  },
  stopWords: [
    'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'de', 'del', 'a', 'al', 'en', 'y', 'e',
    'o', 'u', 'ni', 'pero', 'sino', 'que', 'por', 'para', 'con', 'sin', 'sobre', 'entre', 'hasta', 'desde',
    'como', 'se', 'su', 'sus', 'le', 'les', 'él', 'ella', 'ellos', 'ellas', 'es', 'son', 'ser', 'sido',
    'fue', 'fueron', 'era', 'está', 'están', 'estar', 'ha', 'han', 'había', 'haber', 'habido', 'este', 'esta',
    'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'esto', 'eso', 'no', 'más', 'ya', 'muy', 'también',
    'cual', 'cuales', 'quien', 'quienes', 'donde', 'cuando', 'si',
  ],
  months: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
    'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  ],
  decimal: ',',
  numberFormat: {
    // EU texts group with a (hard) space, general Spanish usage with a point
    thousands: ['.', '\u00a0', '\u202f', ' '],
    // 1.º, 2.ª, 1.er (and the same without the point)
    ordinalSuffixes: ['.º', '.ª', '.er', 'º', 'ª', 'er'],
    actSuffixes: { UE: 'EU', CE: 'EC', CEE: 'EEC', JAI: 'JHA', PESC: 'CFSP', CECA: 'ECSC', CEEA: 'Euratom', Euratom: 'Euratom' },
    numberWords: ['cero', 'un|uno|una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
    dateJoiners: ['de'],
  },
  termMatch: {
    // One ending, first fit: plural -es and the final -e of the singular both go (partes/parte → part,
    // autoridades/autoridad → autoridad), a stressed last syllable loses its accent so that it meets
    // the plural (nación/naciones → nacion, interés/intereses → interes), -z meets -ces (eficaz/eficaces → eficac).
    suffixes: ['íses>is', 'es', 'ón>on', 'án>an', 'én>en', 'ín>in', 'ún>un', 'és>es', 'ís>is', 'z>c', 's', 'e'],
    lemmas: {
      regímenes: 'régimen', dictámenes: 'dictamen', exámenes: 'examen', jóvenes: 'joven', imágenes: 'imagen',
      órdenes: 'orden', márgenes: 'margen', orígenes: 'origen', volúmenes: 'volumen', crímenes: 'crimen',
      caracteres: 'carácter', especímenes: 'espécimen',
    },
    closedCompounds: false,
    linkers: [],
  },
  termRules: {
    capitalisedNouns: false,
    adjectiveEndings: [],
    joiners: ['de', 'del'],
    titleArticles: ['el', 'la', 'los', 'las'],
    stopWords: [
      'otro', 'otra', 'otros', 'otras', 'todo', 'toda', 'todos', 'todas', 'cada', 'algún', 'alguno', 'alguna',
      'algunos', 'algunas', 'ningún', 'ninguno', 'ninguna', 'varios', 'varias', 'mismo', 'misma', 'mismos',
      'mismas', 'cualquier', 'cualquiera', 'mucho', 'mucha', 'muchos', 'muchas', 'poco', 'pocos', 'pocas',
      'dicho', 'dicha', 'dichos', 'dichas', 'tal', 'tales', 'demás', 'ambos', 'ambas', 'menos', 'tanto',
      'además', 'asimismo', 'así', 'obstante', 'aunque', 'mientras', 'porque', 'pues', 'según', 'durante',
      'mediante', 'contra', 'hacia', 'tras', 'ante', 'bajo', 'incluso', 'sólo', 'solo', 'aún', 'todavía',
      'cuyo', 'cuya', 'cuyos', 'cuyas', 'sí', 'mí', 'ti', 'qué', 'cómo', 'dónde', 'cuándo', 'nos', 'nosotros', 'nosotras',
      'vosotros', 'usted', 'ustedes', 'yo', 'me', 'mi', 'mis', 'te', 'tu', 'tus', 'nuestro', 'nuestra',
      'nuestros', 'nuestras', 'suyo', 'suya', 'aquel', 'aquella', 'aquellos', 'aquellas', 'allí', 'aquí',
      'puede', 'pueden', 'podrá', 'podrán', 'podría', 'podrían', 'debe', 'deben', 'deberá', 'deberán',
      'debería', 'deberían', 'será', 'serán', 'sea', 'sean', 'sería', 'haya', 'hayan', 'hace', 'hacer',
      'tiene', 'tienen', 'tener', 'estará', 'siendo', 'uno', 'dos', 'tres',
      'acoge', 'celebra', 'insta', 'invita', 'pide', 'reconoce', 'recuerda', 'subraya', 'destaca', 'señala',
      'observa', 'considera', 'reitera', 'reafirma', 'alienta', 'anima', 'utiliza',
    ],
    stopEndings: { endings: ['mente'], minLength: 8, exceptions: ['clemente', 'inclemente', 'vehemente'] },
    foldEndings: [['íses>is', 'es', 'ón>on', 'án>an', 'én>en', 'ín>in', 'ún>un', 'és>es', 'ís>is', 'z>c', 's', 'e']],
    minStem: 3,
    irregular: {
      regímenes: 'régimen', dictámenes: 'dictamen', exámenes: 'examen', jóvenes: 'joven', imágenes: 'imagen',
      órdenes: 'orden', márgenes: 'margen', orígenes: 'origen', volúmenes: 'volumen', crímenes: 'crimen',
      caracteres: 'carácter', especímenes: 'espécimen',
      // stems too short for the ending rules (minStem)
      país: 'pais', países: 'pais',
    },
    linkers: [],
    minPart: 3,
    conjunctions: ['y', 'e', 'o', 'u'],
  },
};
