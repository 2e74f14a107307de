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
  /** Short list of function words (lower case), for scoring and term extraction. */
  stopWords: string[];
  /** Month names (lower case), January first, for date recognition. */
  months: string[];
  /** Decimal separator in numbers: ',' for German and French, '.' for English. */
  decimal: ',' | '.';
}
