import type { LangCode } from '../types.js';

/**
 * Everything paralign knows about one language, kept apart from logic.
 * Each module under src/lang/ exports one `LanguageData`.
 */
export interface LanguageData {
  /** ISO 639-1 code: 'de'. */
  code: LangCode;
  /** ISO 639-3 code that franc reports: 'deu'. */
  franc: string;
  /** English name, for messages. */
  name: string;
  /** Abbreviations (without the final dot, case-sensitive) after which a period does not end a sentence. */
  abbreviations: string[];
  /** True when a number followed by a period can be an ordinal inside a sentence (German `2. Bericht`). */
  ordinalDot: boolean;
  /**
   * Abbreviations that are also ordinary words (`no`, `S`), so that they hold a sentence
   * together only when a number follows (`No. 5`, `S. 12`). Case-sensitive, without the dot.
   */
  numberAbbreviations: string[];
  /**
   * Lower-case words after which `N.` is an ordinal, not a sentence end (German `der 2. Bericht`,
   * `am 27. September`). Only used when `ordinalDot` is true.
   */
  ordinalCues: string[];
  /**
   * Field names of the From/To/Subject table of Council notes (without the colon), by
   * language-independent label: `from`, `to`, `subject`, `prevdoc` (previous document),
   * `cion` (Commission document).
   */
  fieldNames: Record<FieldLabel, string[]>;
  /** Short list of function words (lower case), for scoring and term extraction. */
  stopWords: string[];
  /**
   * Words written elided before the next word with an apostrophe (French `l`, `d`, `qu`,
   * Italian `dell`, `all`), lower case: `l'Union` is then one noun group, not two pieces.
   * Default: none.
   */
  elisions?: string[];
  /** Month names (lower case), January first, for date recognition; the forms of one month split by '|' (Polish `wrzesień|września|wrześniu`). */
  months: string[];
  /** Decimal separator in numbers: ',' for German and French, '.' for English. */
  decimal: ',' | '.';
  /** Number, date and reference formats, for the numbers check (src/checks/numbers.ts). */
  numberFormat: NumberFormat;
  /** Light morphology for matching glossary terms in running text (src/checks/match.ts). */
  termMatch: TermMatchRules;
  /** Rules for bilingual term extraction (src/terms/): candidate patterns, inflection folding, compound splitting. */
  termRules: TermRules;
}

/** Language-independent labels of the From/To/Subject table rows. */
export type FieldLabel = 'from' | 'to' | 'subject' | 'prevdoc' | 'cion';

/** How a language writes numbers, dates and legal-act references. */
export interface NumberFormat {
  /** Characters that may group thousands inside a number (German '.', English ','; spaces included where usual). */
  thousands: string[];
  /** Letters that may follow a day or ordinal number ('st', 'nd' in English, 'er' in French); the German ordinal dot is handled by `ordinalDot`. */
  ordinalSuffixes: string[];
  /** Suffixes of legal-act numbers mapped to one language-neutral code ('EG' → 'EC', 'UE' → 'EU'). */
  actSuffixes: Record<string, string>;
  /** Number words by value (index 0 = zero), lower case, alternatives split by '|': a number written out on the other side is not missing. */
  numberWords: string[];
  /** Words that may stand between day, month and year in a date (Spanish and Portuguese `de`: `27 de septiembre de 2019`), lower case. Default: none. */
  dateJoiners?: string[];
}

/** Rules for inflection- and compound-aware term matching. */
export interface TermMatchRules {
  /** Inflectional endings (lower case) that light stemming strips, tried in order; the first that fits wins. `'ies>y'` replaces instead of stripping, `'ss>ss'` protects an ending. */
  suffixes: string[];
  /** Irregular forms (lower case) mapped to their base form ('children' → 'child'). */
  lemmas: Record<string, string>;
  /** True when nouns join into closed compounds (`Vorratsdatenspeicherungspflicht`), so a term may stand inside a longer word. */
  closedCompounds: boolean;
  /** Linking elements that may follow a compound's first part (German 's', 'es', 'n', 'en'). */
  linkers: string[];
}

/**
 * Rules for term extraction (src/terms/). No part-of-speech tagger is used:
 * candidates come from capitalisation (German nouns), stop-word boundaries and
 * joiner words; inflected forms fold to one key by ending stripping.
 */
export interface TermRules {
  /** True when nouns are capitalised (German): a term is built from capitalised nouns and the inflected adjectives before them. */
  capitalisedNouns: boolean;
  /** Endings of inflected adjectives (lower case, longest first), to recognise an adjective before a noun and fold `sexuelle/sexuellen/sexuellem` to one key. Empty where adjectives are not marked. */
  adjectiveEndings: string[];
  /** Words (lower case) that may join two noun groups inside one term: German `von`, `der`, `des`; English `of`, `in`; French `de`, `du`, `des`. */
  joiners: string[];
  /** Articles that may follow a joiner inside a capitalised title (`Rights of the Child`), lower case. Empty: none. */
  titleArticles: string[];
  /** More words (lower case) that never start, end or sit inside a term: sentence adverbs, reporting verbs, quantifiers, pronouns. Added to `stopWords`. */
  stopWords: string[];
  /** Word endings (lower case) that mark a word as no term word (English adverbs in `-ly`), with `exceptions`. */
  stopEndings: { endings: string[]; minLength: number; exceptions: string[] };
  /**
   * Inflectional endings stripped when folding a word to its key, in passes; in each pass the first
   * ending that fits is applied. `'ies>y'` replaces the ending. For German these apply to nouns
   * (capitalised words); adjectives use `adjectiveEndings`.
   */
  foldEndings: string[][];
  /** Minimum length of what stays after an ending is stripped. */
  minStem: number;
  /** Irregular forms (lower case) mapped to their base form (`children` → `child`). */
  irregular: Record<string, string>;
  /** Linking elements between the parts of a closed compound (German `s`, `es`, `n`, `en`, `er`, `e`); empty when the language does not build closed compounds. */
  linkers: string[];
  /** Minimum length of a compound part known from the text; unknown parts must be one longer. */
  minPart: number;
  /** Coordinating conjunctions (lower case) that may share a head noun between two terms (`civil and criminal law`). */
  conjunctions: string[];
}
