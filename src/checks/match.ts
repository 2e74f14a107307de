/**
 * Words, light stemming and inflection- and compound-aware term matching,
 * shared by the checks. The language-specific parts (suffixes, irregular
 * forms, compounding, linking elements) come from `LanguageData.termMatch`.
 *
 * All offsets are UTF-16 offsets into the text given, half-open.
 */
import type { LanguageData } from '../lang/types.js';
import type { Span } from '../types.js';

/** A word in a text, with its offsets. */
export interface WordToken {
  /** The word as written. */
  text: string;
  /** NFC, lower case. */
  lower: string;
  start: number;
  end: number;
}

// an apostrophe splits: French `l'Union`, Italian `dell'Unione` → the elided word, then `Union`
const WORD = /[\p{L}\p{N}]+/gu;

const wordCache = new Map<string, WordToken[]>();
const WORD_CACHE_MAX = 20_000;

/** The words of `text` (letters and digits; hyphens, apostrophes and punctuation split words). Cached: do not modify the result. */
export function words(text: string): WordToken[] {
  const hit = wordCache.get(text);
  if (hit) return hit;
  const out = tokenize(text);
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(text, out);
  return out;
}

function tokenize(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], lower: m[0].normalize('NFC').toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
  }
  return out;
}

const MIN_STEM = 3;

/** Light stem of one word: lower case, irregular forms mapped, one inflectional ending stripped. */
export function stem(word: string, lang: LanguageData): string {
  let cache = stemCaches.get(lang);
  if (!cache) {
    cache = new Map();
    stemCaches.set(lang, cache);
  }
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const s = stemUncached(word, lang);
  if (cache.size >= WORD_CACHE_MAX) cache.clear();
  cache.set(word, s);
  return s;
}

const stemCaches = new WeakMap<LanguageData, Map<string, string>>();

function stemUncached(word: string, lang: LanguageData): string {
  const w = word.normalize('NFC').toLowerCase().replace(/’/g, "'");
  const lemma = lang.termMatch.lemmas[w];
  if (lemma !== undefined) return lemma;
  for (const rule of lang.termMatch.suffixes) {
    const gt = rule.indexOf('>');
    const ending = gt < 0 ? rule : rule.slice(0, gt);
    const replacement = gt < 0 ? '' : rule.slice(gt + 1);
    if (w.endsWith(ending) && w.length - ending.length + replacement.length >= MIN_STEM) {
      return w.slice(0, w.length - ending.length) + replacement;
    }
  }
  return w;
}

/** True for a function word of the language (compared in lower case). */
export function isStopWord(word: string, lang: LanguageData): boolean {
  return stopSet(lang).has(word.normalize('NFC').toLowerCase());
}

const stopSets = new WeakMap<LanguageData, Set<string>>();
function stopSet(lang: LanguageData): Set<string> {
  let s = stopSets.get(lang);
  if (!s) {
    // The short function-word list plus the term extractor's extra non-term words (prepositions, adverbs).
    s = new Set([...lang.stopWords, ...(lang.termRules?.stopWords ?? [])].map((w) => w.normalize('NFC').toLowerCase()));
    stopSets.set(lang, s);
  }
  return s;
}

/** The stems of the content words of `text` (function words and pure numbers left out), in order. */
export function contentStems(text: string, lang: LanguageData): string[] {
  return words(text)
    .filter((w) => !isStopWord(w.lower, lang) && !/^\p{N}+$/u.test(w.lower))
    .map((w) => stem(w.lower, lang));
}

/** Shortest term word that may stand inside a closed compound (`Rat` must not match `Ratifizierung`). */
const MIN_COMPOUND_PART = 5;
/** Shortest rest of a compound around the term word. */
const MIN_COMPOUND_REST = 3;

interface TermWord {
  lower: string;
  stem: string;
}

/** How a text word can match a term word. */
function wordMatches(textWord: WordToken, tw: TermWord, lang: LanguageData, allowHead: boolean, allowModifier: boolean): boolean {
  const ts = stem(textWord.lower, lang);
  if (ts === tw.stem) return true;
  // Compound parts are compared on stems of five letters or more (`täter` → `tät` must not end `Priorität`).
  if (!lang.termMatch.closedCompounds || tw.stem.length < MIN_COMPOUND_PART) return false;
  // The term word as the head (last part) of a compound: Strafverfolgungs|behörden.
  if (allowHead && ts.length - tw.stem.length >= MIN_COMPOUND_REST && ts.endsWith(tw.stem)) return true;
  // The term word as the first part of a compound: Vorratsdatenspeicherung|s|pflicht.
  if (allowModifier) {
    for (const base of [tw.lower, tw.stem]) {
      if (!textWord.lower.startsWith(base)) continue;
      const rest = textWord.lower.slice(base.length);
      if (rest.length >= MIN_COMPOUND_REST) return true;
    }
  }
  return false;
}

/** Compiled form of a term, for repeated matching. */
export interface CompiledTerm {
  term: string;
  words: TermWord[];
}

/** Prepare `term` for `findTerm`. */
export function compileTerm(term: string, lang: LanguageData): CompiledTerm {
  return { term, words: words(term).map((w) => ({ lower: w.lower, stem: stem(w.lower, lang) })) };
}

/** Only spaces, hyphens or slashes between two words of a multi-word term. */
const JOINER = /^[\s\-‐‑–/]*$/u;

/**
 * Every place where `term` occurs in `text`, inflection- and compound-aware:
 * each word of the term matches a text word with the same light stem; in a
 * language with closed compounds the term's first word may also end a longer
 * word (`Behörde` in `Strafverfolgungsbehörden`) and its last word may begin
 * one (`Vorratsdatenspeicherung` in `Vorratsdatenspeicherungspflicht`). No
 * hits inside unrelated words: English `site` does not match `website`.
 * `options.compounds: false` (default true) matches whole words only.
 */
export function findTerm(text: string, term: string | CompiledTerm, lang: LanguageData, options: { compounds?: boolean } = {}): Span[] {
  const compiled = typeof term === 'string' ? compileTerm(term, lang) : term;
  const compounds = options.compounds ?? true;
  const tws = compiled.words;
  if (tws.length === 0) return [];
  const ws = words(text);
  const out: Span[] = [];
  for (let i = 0; i + tws.length <= ws.length; i++) {
    let ok = true;
    for (let j = 0; j < tws.length && ok; j++) {
      const w = ws[i + j]!;
      const tw = tws[j]!;
      if (j > 0 && !JOINER.test(text.slice(ws[i + j - 1]!.end, w.start))) ok = false;
      else ok = wordMatches(w, tw, lang, compounds && j === 0, compounds && j === tws.length - 1);
    }
    if (ok) {
      out.push({ start: ws[i]!.start, end: ws[i + tws.length - 1]!.end });
      i += tws.length - 1;
    }
  }
  return out;
}

/** Same content words up to inflection and order: `sexual abuse of children` ~ `child sexual abuse`. */
export function sameContent(a: string, b: string, lang: LanguageData): boolean {
  const sa = new Set(contentStems(a, lang));
  const sb = new Set(contentStems(b, lang));
  if (sa.size !== sb.size) return false;
  for (const x of sa) if (!sb.has(x)) return false;
  return true;
}

/** Every content word of `a` is in `b` (or the other way round): `law enforcement` ⊂ `law enforcement authorities`. */
export function contentSubsumes(a: string, b: string, lang: LanguageData): boolean {
  const sa = new Set(contentStems(a, lang));
  const sb = new Set(contentStems(b, lang));
  if (sa.size === 0 || sb.size === 0) return false;
  const sub = (x: Set<string>, y: Set<string>): boolean => [...x].every((s) => y.has(s));
  return sub(sa, sb) || sub(sb, sa);
}

/** Normalise a term for grouping: the stems of all its words, in order. */
export function termKey(term: string, lang: LanguageData): string {
  return words(term)
    .map((w) => stem(w.lower, lang))
    .join(' ');
}

/**
 * Two terms share a compound part: in a language with closed compounds, a
 * content word of one begins or ends a content word of the other
 * (`Gipfel` / `Gipfeltreffen`), compared on stems of five letters or more.
 */
export function compoundRelated(a: string, b: string, lang: LanguageData): boolean {
  if (!lang.termMatch.closedCompounds) return false;
  const sa = contentStems(a, lang);
  const sb = contentStems(b, lang);
  const rel = (x: string, y: string): boolean => x.length >= MIN_COMPOUND_PART && x !== y && (y.startsWith(x) || y.endsWith(x));
  return sa.some((x) => sb.some((y) => rel(x, y) || rel(y, x)));
}
