/**
 * Month names as the logic uses them: `LanguageData.months` holds one entry
 * per month, January first, with the forms of a month split by '|' (Polish
 * `wrzesień|września|wrześniu`). These helpers give every form its month.
 */
import type { LanguageData } from './types.js';

const tables = new WeakMap<LanguageData, ReadonlyMap<string, number>>();

/** Every month form of the language (lower case, NFC) → its month number 1–12. */
export function monthTable(lang: LanguageData): ReadonlyMap<string, number> {
  let t = tables.get(lang);
  if (!t) {
    const m = new Map<string, number>();
    lang.months.forEach((entry, k) => {
      for (const form of entry.split('|')) if (form !== '') m.set(form.normalize('NFC').toLowerCase(), k + 1);
    });
    t = m;
    tables.set(lang, t);
  }
  return t;
}

/** The month number (1–12) of a word in any letter case, or 0 when it is no month name. */
export function monthNumber(lang: LanguageData, word: string): number {
  return monthTable(lang).get(word.normalize('NFC').toLowerCase()) ?? 0;
}

/** All month forms of the language (lower case). */
export function monthForms(lang: LanguageData): string[] {
  return [...monthTable(lang).keys()];
}
