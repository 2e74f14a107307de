import type { LanguageData } from './types.js';

/**
 * Inflectional endings of Polish nouns and adjectives, one pass, first fit wins (longest first).
 * Soft stems write their softness as `i` before a vowel (`przetwarzanie`, `przetwarzania`) and as
 * an accent at the word end (`przetwarzań`, `prywatność`), so the accented consonant is mapped to
 * the plain one and the `i` goes with the ending: all forms meet on `przetwarzan`, `prywatnośc`.
 * `-ek` loses its mobile e in the other cases (`rynek`, `rynku` → `rynk`), but `-iek` keeps it
 * (`człowiek`, `wiek`); the locative `-encie` of `-ent` nouns (`Parlamencie`, `dokumencie`) gets
 * its t back. `-stem`/`-blem` nouns look like an instrumental (`-em`) or dative (`-emu`) and are
 * protected; the short ones (`system`, `systemu`, `poziom`) are in the irregular forms, as a rule
 * needs three letters before the ending.
 */
const ENDINGS = [
  'encie>ent',
  'stemu>stem', 'blemu>blem', 'stem>stem', 'blem>blem', 'iek>iek',
  'iami', 'iach', 'iemu', 'iego', 'owie', 'iów',
  'ami', 'ach', 'ego', 'emu', 'iom', 'iem', 'iej', 'ich', 'imi', 'ych', 'ymi', 'owi', 'ium',
  'ów', 'om', 'em', 'ej', 'ym', 'im', 'ie', 'ia', 'iu', 'ią', 'ię', 'ii', 'um', 'ek>k',
  'a', 'e', 'i', 'o', 'u', 'y', 'ą', 'ę',
  'ń>n', 'ć>c', 'ś>s', 'ź>z',
];

/**
 * Forms that the endings cannot reach (suppletion, vowel changes), mapped to the key that
 * the endings give the other forms of the word (`dzieci` → `dzieck`, the key of `dziecko`).
 */
const IRREGULAR: Record<string, string> = {
  dzieci: 'dzieck', dzieciom: 'dzieck', dziećmi: 'dzieck', dzieciach: 'dzieck',
  ludzie: 'człowiek', ludzi: 'człowiek', ludziom: 'człowiek', ludźmi: 'człowiek', ludziach: 'człowiek',
  system: 'system', systemu: 'system', poziom: 'poziom', członek: 'członk', radzie: 'rad', polsce: 'polsk', osób: 'osob', umów: 'umow',
  dzień: 'dni', lata: 'rok', lat: 'rok', latach: 'rok', latami: 'rok', latom: 'rok',
};

/** Polish. */
export const pl: LanguageData = {
  code: 'pl',
  franc: 'pol',
  name: 'Polish',
  abbreviations: [
    // general
    'np', 'tj', 'tzn', 'tzw', 'm.in', 'itd', 'itp', 'ok', 'por', 'zob', 'wg', 'ww', 'jw', 'pn', 'ds', 'ws',
    'br', 'ub.r', 'b.r', 'p.o', 'ang', 'fr', 'niem', 'łac', 'hiszp', 'wł', 'ros', 'cyt', 'przyp', 'red', 'wyd',
    'oprac', 'tłum', 'dot', 'godz', 'tys', 'ul', 'al', 'tel', 'woj', 'zał', 'Zał', 'późn', 'ozn', 'sygn', 'tab', 'rys',
    // legal and Council texts: article, paragraph, point, letter, indent, part, chapter, title, page, number, document, Official Journal
    'art', 'ust', 'pkt', 'ppkt', 'lit', 'tir', 'akap', 'zd', 'cz', 'rozdz', 'tyt', 'sekc', 'poz', 'nr', 'Nr', 's', 'str',
    'dok', 'Dok', 'poprz', 'Kom', 'rozp', 'dyr', 'Dz', 'Dz.U', 'Dz.Urz', 'Urz',
    // titles before names
    'prof', 'dr', 'hab', 'inż', 'mgr', 'lek', 'mec', 'ks', 'św', 'gen', 'płk', 'mjr', 'kpt', 'p', 'doc',
    // months
    'stycz', 'sty', 'lut', 'mar', 'kwiet', 'kwi', 'czerw', 'cze', 'lip', 'sierp', 'sie', 'wrz', 'wrzes', 'paź',
    'paźdz', 'lis', 'listop', 'gru', 'grud',
  ],
  ordinalDot: true,
  // `ok.` (about), `s.` (page) and `itd.`/`itp.` (etc.) end sentences too; the month abbreviations
  // `mar`, `lis`, `lip`, `sie` are also words: all of them hold a sentence together only before a number
  numberAbbreviations: [
    'ok', 's', 'itd', 'itp',
    'stycz', 'sty', 'lut', 'mar', 'kwiet', 'kwi', 'czerw', 'cze', 'lip', 'sierp', 'sie', 'wrz', 'wrzes', 'paź',
    'paźdz', 'lis', 'listop', 'gru', 'grud',
  ],
  // Polish writes ordinals with a dot (`2. posiedzenie`, `w 3. kwartale`); these words before `N.`
  // make it an ordinal; `i`/`oraz`/`lub` are left out because `art. 5 i 6.` often ends a sentence
  ordinalCues: [
    'w', 'we', 'na', 'po', 'przy', 'podczas', 'ten', 'ta', 'to', 'tego', 'tej', 'tym', 'tę', 'jego', 'jej', 'ich',
    'swój', 'swoja', 'swoje', 'swojego', 'swojej', 'swoim', 'każdy', 'każda', 'każde', 'każdego', 'każdej',
  ],
  fieldNames: {
    from: ['Od', 'Nadawca'],
    to: ['Do', 'Adresat'],
    subject: ['Dotyczy'],
    prevdoc: ['Nr poprz. dok.', 'Poprz. dok.'],
    cion: ['Nr dok. Kom.', 'Dok. Kom.'],
  },
  stopWords: [
    'i', 'oraz', 'a', 'lub', 'albo', 'ani', 'ale', 'lecz', 'że', 'aby', 'by', 'żeby', 'czy', 'jak', 'jako', 'niż',
    'w', 'we', 'z', 'ze', 'na', 'do', 'od', 'o', 'po', 'przez', 'przy', 'dla', 'za', 'pod', 'nad', 'przed',
    'między', 'u', 'bez', 'wobec', 'się', 'nie', 'to', 'ten', 'ta', 'te', 'tego', 'tej', 'tym', 'tych', 'tę',
    'który', 'która', 'które', 'którego', 'której', 'którym', 'których', 'jest', 'są', 'był', 'była', 'było',
    'były', 'być', 'będzie', 'będą', 'został', 'została', 'zostało', 'zostały', 'zostanie', 'zostaną', 'ma',
    'mają', 'on', 'ona', 'ono', 'oni', 'one', 'jego', 'jej', 'ich', 'go', 'mu', 'je', 'ją', 'jemu', 'co', 'też',
  ],
  // genitive, as dates write them: 27 września 2019 r.
  months: [
    // genitive first (dates: `27 września 2019 r.`), then nominative and locative (`we wrześniu 2019 r.`)
    'stycznia|styczeń|styczniu', 'lutego|luty|lutym', 'marca|marzec|marcu', 'kwietnia|kwiecień|kwietniu',
    'maja|maj|maju', 'czerwca|czerwiec|czerwcu', 'lipca|lipiec|lipcu', 'sierpnia|sierpień|sierpniu',
    'września|wrzesień|wrześniu', 'października|październik|październiku', 'listopada|listopad|listopadzie',
    'grudnia|grudzień|grudniu',
  ],
  decimal: ',',
  numberFormat: {
    thousands: ['\u00a0', '\u202f', ' ', '.'],
    ordinalSuffixes: [],
    actSuffixes: {
      UE: 'EU', WE: 'EC', EWG: 'EEC', WSiSW: 'JHA', WSISW: 'JHA', WPZiB: 'CFSP', WPZIB: 'CFSP',
      EWWiS: 'ECSC', EWWIS: 'ECSC', Euratom: 'Euratom', EURATOM: 'Euratom',
    },
    numberWords: [
      'zero',
      'jeden|jedna|jedno|jednego|jednej|jednemu|jednym|jedną',
      'dwa|dwie|dwóch|dwu|dwom|dwoma|dwiema',
      'trzy|trzech|trzem|trzema',
      'cztery|czterech|czterem|czterema',
      'pięć|pięciu|pięcioma',
      'sześć|sześciu|sześcioma',
      'siedem|siedmiu|siedmioma',
      'osiem|ośmiu|ośmioma',
      'dziewięć|dziewięciu|dziewięcioma',
      'dziesięć|dziesięciu|dziesięcioma',
      'jedenaście|jedenastu|jedenastoma',
      'dwanaście|dwunastu|dwunastoma',
    ],
  },
  termMatch: {
    suffixes: ENDINGS,
    lemmas: IRREGULAR,
    closedCompounds: false,
    linkers: [],
  },
  termRules: {
    capitalisedNouns: false,
    adjectiveEndings: [],
    // prawo do prywatności, wymiana informacji w sprawach karnych, Traktat o Unii Europejskiej
    joiners: ['do', 'w', 'we', 'na', 'z', 'ze', 'o'],
    titleArticles: [],
    stopWords: [
      // sentence adverbs and connectives
      'także', 'również', 'ponadto', 'jednak', 'jednakże', 'natomiast', 'zatem', 'dlatego', 'więc',
      'szczególnie', 'zwłaszcza', 'szczególności', 'przede', 'wszystkim', 'już', 'jeszcze', 'tylko', 'nawet', 'bardzo',
      'tak', 'nadal', 'ponownie', 'zgodnie', 'gdy', 'jeśli', 'jeżeli', 'ponieważ', 'chociaż', 'gdzie',
      'kiedy', 'jednocześnie', 'wyłącznie', 'odpowiednio', 'możliwie', 'obecnie', 'wkrótce', 'najpóźniej',
      // prepositional phrases: w sprawie, w celu, w ramach, w związku z, w odniesieniu do, na podstawie, w zakresie
      'sprawie', 'celu', 'ramach', 'związku', 'odniesieniu', 'podstawie', 'zakresie', 'oparciu', 'dotyczący',
      'dotycząca', 'dotyczące', 'dotyczącego', 'dotyczącej', 'dotyczących', 'dniu', 'dnia', 'roku', 'wśród',
      'poprzez', 'według', 'dzięki', 'około', 'wraz', 'oprócz', 'zamiast', 'podczas', 'pomiędzy', 'wokół',
      // quantifiers and pronouns
      'wszystkie', 'wszystkich', 'wszystkim', 'wszystko', 'wszyscy', 'każdy', 'każda', 'każde', 'każdego',
      'każdej', 'inne', 'innych', 'innym', 'inny', 'inna', 'innego', 'innej', 'niektóre', 'niektórych', 'wiele',
      'wielu', 'kilka', 'kilku', 'więcej', 'mniej', 'bardziej', 'dalsze', 'dalszych', 'takie', 'taki', 'taka',
      'takich', 'takiego', 'takiej', 'tymi', 'tamten', 'sam', 'sama', 'samo', 'same', 'samych',
      'swój', 'swoja', 'swoje', 'swojego', 'swojej', 'swoim', 'swoich', 'swoimi', 'swą', 'swoją', 'siebie',
      'sobie', 'sobą', 'my', 'nas', 'nam', 'nami', 'wy', 'was', 'ja', 'mnie', 'nich', 'nim', 'niej', 'nią',
      'niego', 'niemu', 'niniejszy', 'niniejsza', 'niniejsze', 'niniejszego', 'niniejszej', 'niniejszym',
      'którzy', 'którymi', 'któremu', 'jaki', 'jakie', 'jakiej', 'jakich', 'czym', 'czego', 'kto', 'obu', 'oba',
      // modal and reporting verbs of Council texts
      'może', 'mogą', 'można', 'mogłyby', 'mógłby', 'powinien', 'powinna', 'powinno', 'powinny', 'powinni',
      'musi', 'muszą', 'należy', 'trzeba', 'zostać', 'przyjmuje', 'wzywa',
      'zachęca', 'podkreśla', 'przypomina', 'odnotowuje', 'uznaje', 'apeluje', 'potwierdza', 'wyraża', 'zwraca',
      'zauważa', 'stwierdza', 'zadowoleniem', 'popiera', 'uważa', 'zobowiązuje', 'mieć',
    ],
    // infinitives, present-tense and past-tense verb forms and adverbial participles
    stopEndings: {
      endings: ['ować', 'ywać', 'iwać', 'ujemy', 'uje', 'ują', 'ował', 'owała', 'owało', 'owały', 'owali', 'ając', 'ując', 'ąc', 'ać', 'ić', 'yć', 'eć'],
      minLength: 5,
      exceptions: ['miesiąc', 'tysiąc', 'zając', 'zamieć', 'śmieć'],
    },
    foldEndings: [ENDINGS],
    minStem: 3,
    irregular: IRREGULAR,
    linkers: [],
    minPart: 3,
    conjunctions: ['i', 'oraz', 'lub', 'albo'],
  },
};
