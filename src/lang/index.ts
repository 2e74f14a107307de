import { ParalignError, describe } from '../errors.js';
import type { LangCode } from '../types.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import type { LanguageData } from './types.js';

export type { LanguageData } from './types.js';

/** The languages paralign has data for, by ISO 639-1 code. */
export const LANGUAGES: ReadonlyMap<LangCode, LanguageData> = new Map([de, en, es, fr, it, nl, pl, pt].map((l) => [l.code, l]));

/** The language data for `code`; throws E_LANG_UNKNOWN for a code paralign has no data for. */
export function getLanguage(code: unknown): LanguageData {
  if (typeof code !== 'string' || !/^[a-z]{2}$/.test(code)) {
    throw new ParalignError('E_LANG_UNKNOWN', `language: expected a two-letter ISO 639-1 code (${[...LANGUAGES.keys()].join(', ')}), found ${describe(code)}`);
  }
  const data = LANGUAGES.get(code);
  if (!data) {
    throw new ParalignError('E_LANG_UNKNOWN', `language: expected one of ${[...LANGUAGES.keys()].join(', ')}, found ${describe(code)}`);
  }
  return data;
}
