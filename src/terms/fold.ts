/**
 * Folding inflected forms to one key, driven by the language's `termRules`:
 * `Kindern`/`Kinder`/`Kindes` → `kind`, `authorities`/`authority` → `authority`,
 * `sexuelle`/`sexuellen`/`sexuellem` → `sexuell`. Keys are internal: the name
 * shown for a term is one of its surface forms (see src/terms/index.ts).
 */
import type { LanguageData } from '../lang/types.js';
import { tokenize } from './tokens.js';

/** Apply one ending rule (`'s'` strips, `'ies>y'` replaces) when it fits; undefined when not. */
function applyEnding(word: string, rule: string, minStem: number): string | undefined {
  const gt = rule.indexOf('>');
  const ending = gt < 0 ? rule : rule.slice(0, gt);
  const repl = gt < 0 ? '' : rule.slice(gt + 1);
  if (!word.endsWith(ending)) return undefined;
  const stem = word.slice(0, word.length - ending.length);
  if (stem.length < minStem) return undefined;
  return stem + repl;
}

/** Strip endings pass by pass (first fitting rule of each pass). */
function stripPasses(word: string, passes: readonly (readonly string[])[], minStem: number): string {
  let w = word;
  for (const pass of passes) {
    for (const rule of pass) {
      const r = applyEnding(w, rule, minStem);
      if (r !== undefined) {
        w = r;
        break;
      }
    }
  }
  return w;
}

/**
 * The key of one word. `adjective` (German) selects adjective endings; by
 * default a German word is an adjective when it is written in lower case.
 * Hyphenated words fold their last part only.
 */
export function foldWord(word: string, lang: LanguageData, adjective?: boolean): string {
  const rules = lang.termRules;
  const nfc = word.normalize('NFC');
  const lower = nfc.toLowerCase();
  const irregular = rules.irregular[lower];
  if (irregular !== undefined) return irregular;
  if (/\p{N}/u.test(lower) || (nfc.length > 1 && nfc === nfc.toUpperCase() && /\p{Lu}/u.test(nfc))) {
    // numbers and acronyms (EC3, ICSE, EU) do not inflect
    return lower;
  }
  const hy = lower.lastIndexOf('-');
  const head = hy >= 0 ? lower.slice(hy + 1) : lower;
  const prefix = hy >= 0 ? lower.slice(0, hy + 1) : '';
  const isAdj = adjective ?? (rules.capitalisedNouns && nfc === lower);
  let folded: string;
  if (isAdj && rules.adjectiveEndings.length > 0) {
    folded = stripPasses(head, [rules.adjectiveEndings], rules.minStem);
  } else {
    const irr = rules.irregular[head];
    folded = irr ?? stripPasses(head, rules.foldEndings, rules.minStem);
  }
  return prefix + folded;
}

/** The key of a term written out (`sexuellen Missbrauchs von Kindern` → `sexuell missbrauch von kind`). */
export function termKey(text: string, lang: LanguageData): string {
  const joiners = new Set(lang.termRules.joiners);
  return tokenize(text)
    .map((t) => {
      const lower = t.text.toLowerCase();
      if (joiners.has(lower)) return lower;
      return foldWord(t.text, lang);
    })
    .join(' ');
}

/** NFC, lower case, diacritics removed: for cognate comparison. */
export function plainForm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}
