/**
 * Splitting closed compounds (German `Vorratsdatenspeicherung` →
 * `vorrat|daten|speicherung`) with the text's own vocabulary: a split is
 * accepted when its parts are words seen elsewhere (in any inflected form),
 * separated by the language's linking elements (`-s-`, `-es-`, `-n-`, `-en-`…).
 * One part may be unknown when it is long enough (`straf|verfolgung|s|behörden`).
 */
import type { LanguageData } from '../lang/types.js';

/** Parts of one word, lower case, linking elements removed. */
export type Parts = string[];

interface Best {
  score: number;
  parts: string[];
}

/**
 * Split `word` into parts known from `vocabulary` (lower-case forms and folded keys).
 * Returns `[word]` (lower case) when no split scores better than the whole word.
 * Hyphenated words split at the hyphens first, each piece then on its own.
 */
export function splitCompound(word: string, lang: LanguageData, vocabulary: ReadonlySet<string>): Parts {
  const lower = word.normalize('NFC').toLowerCase();
  const pieces = lower.split(/[-\u2011]/u).filter((p) => p.length > 0);
  if (pieces.length > 1) return pieces.flatMap((p) => splitCompound(p, lang, vocabulary));
  const rules = lang.termRules;
  if (rules.linkers.length === 0 || lower.length < 2 * rules.minPart) return [lower];
  const n = lower.length;
  const minKnown = rules.minPart;
  const minUnknown = rules.minPart + 2;
  const known = (s: string): boolean => vocabulary.has(s);
  // best[i]: best split of lower[i..n)
  const best: Array<Best | undefined> = new Array(n + 1);
  best[n] = { score: 0, parts: [] };
  for (let i = n - 1; i >= 0; i--) {
    let b: Best | undefined;
    for (let j = i + minKnown; j <= n; j++) {
      if (i === 0 && j === n) continue; // the word itself is no split
      const part = lower.slice(i, j);
      const isKnown = known(part);
      if (!isKnown && part.length < minUnknown) continue;
      // after a part (not the last), an optional linking element
      const nexts: Array<[number, string]> = [[j, '']];
      if (j < n) for (const l of rules.linkers) if (lower.startsWith(l, j)) nexts.push([j + l.length, l]);
      for (const [k] of nexts) {
        if (k !== n && k === j && j === n) continue;
        const rest = best[k];
        if (!rest) continue;
        if (k === n && j !== n) continue; // a linker cannot end the word
        const partScore = isKnown ? part.length + 3 : -2;
        const score = partScore + rest.score - 1;
        if (!b || score > b.score) b = { score, parts: [part, ...rest.parts] };
      }
    }
    best[i] = b;
  }
  const whole = best[0];
  if (!whole || whole.parts.length < 2) return [lower];
  if (!whole.parts.some((p) => known(p))) return [lower];
  // a split must contain at least one known part
  return whole.parts;
}
