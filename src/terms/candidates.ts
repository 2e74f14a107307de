/**
 * Monolingual term candidates, from language rules only (no tagger):
 *
 * - languages with capitalised nouns (German): `ADJ* NOUN+ (JOINER ADJ* NOUN+){0,2}`,
 *   where a noun is a capitalised word that is no stop word and not merely a
 *   sentence-initial capital, an adjective is a lower-case word with an
 *   adjective ending right before a noun, and joiners are `von`, `der`, `des`;
 * - other languages (English, French): runs of words between stop words,
 *   punctuation and numbers, joined by `of`/`in`/`on` or `de`/`du`/`des`.
 *
 * Every sub-span that is itself a valid pattern instance is a candidate too
 * (`Missbrauch von Kindern` inside `sexuellem Missbrauch von Kindern`): which
 * of the nested candidates is the term is decided later, with the other language.
 */
import type { LanguageData } from '../lang/types.js';
import { monthForms } from '../lang/months.js';
import { foldWord } from './fold.js';
import { tokenize, type Token } from './tokens.js';

/** Part of speech of a candidate: a single noun, a multi-word noun phrase, or a name/acronym. */
export type CandidateKind = 'noun' | 'np' | 'name';

/** One occurrence of a candidate in a text. */
export interface CandidateOcc {
  /** Folded key (`sexuell missbrauch von kind`). */
  key: string;
  /** The text as written. */
  surface: string;
  /** Offsets in the text the candidate comes from. */
  start: number;
  end: number;
  /** Folded content words (joiners left out). */
  words: string[];
  /** Number of content words. */
  size: number;
  kind: CandidateKind;
}

/** Options of {@link findCandidates}. */
export interface CandidateOptions {
  /** Lower-case words the document writes in lower case somewhere: a sentence-initial capital of such a word is no noun (German). Default: none. */
  lowercaseWords?: ReadonlySet<string>;
  /** Longest candidate, in content words. Default 8. */
  maxWords?: number;
  /** Most joiners in one candidate. Default 2. */
  maxJoiners?: number;
}

type Role = 'noun' | 'adj' | 'content' | 'joiner' | 'article' | 'break';

/** The combined stop-word set of a language (cached). */
const stopCache = new WeakMap<LanguageData, Set<string>>();
export function termStopWords(lang: LanguageData): Set<string> {
  let s = stopCache.get(lang);
  if (!s) {
    s = new Set([...lang.stopWords, ...lang.termRules.stopWords].map((w) => w.toLowerCase()));
    stopCache.set(lang, s);
  }
  return s;
}

function hasStopEnding(lower: string, lang: LanguageData): boolean {
  const se = lang.termRules.stopEndings;
  if (lower.length < se.minLength) return false;
  if (se.exceptions.includes(lower)) return false;
  return se.endings.some((e) => lower.endsWith(e));
}

function isAcronym(word: string): boolean {
  return /\p{Lu}/u.test(word) && (word === word.toUpperCase() || /\p{N}/u.test(word)) && word.length >= 2;
}

/** True when the token starts a sentence (text start, or after . ! ? : ;). */
function sentenceInitial(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  const between = text.slice(prev.end, tokens[i]!.start);
  return /[.!?:;]/u.test(between);
}

/** Roles of the tokens of one text. */
function roles(text: string, tokens: readonly Token[], lang: LanguageData, opts: CandidateOptions): Role[] {
  const stop = termStopWords(lang);
  const joiners = new Set(lang.termRules.joiners);
  const rules = lang.termRules;
  const abbreviations = new Set(lang.abbreviations);
  const months = new Set(monthForms(lang));
  const out: Role[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    const after = text.slice(t.end, t.end + 2);
    const before = text.charAt(t.start - 1);
    if (
      t.numeric ||
      t.hanging ||
      (t.text.length === 1 && !joiners.has(lower)) ||
      months.has(lower) ||
      (abbreviations.has(t.text) && after.startsWith('.')) ||
      // document numbers: COM(2015), COM/2016/0871, ST 9798/15, 2011/93/EU
      (isAcronym(t.text) && (/^\s?[\d/(]/u.test(after) || before === '/'))
    ) {
      out.push('break');
      continue;
    }
    if (joiners.has(lower) && !(rules.capitalisedNouns && t.capitalised)) {
      out.push('joiner');
      continue;
    }
    if (stop.has(lower) || hasStopEnding(lower, lang)) {
      out.push('break');
      continue;
    }
    if (!rules.capitalisedNouns) {
      out.push('content');
      continue;
    }
    const adjectiveLike = lower.length >= 4 && rules.adjectiveEndings.some((e) => lower.endsWith(e));
    let capital = t.capitalised;
    // a sentence-initial capital is an adjective when the text writes the word in lower case elsewhere (Sexueller Missbrauch …)
    if (capital && adjectiveLike && !isAcronym(t.text) && sentenceInitial(text, tokens, i) && (opts.lowercaseWords?.has(lower) || opts.lowercaseWords?.has(foldWord(lower, lang, true)))) capital = false;
    if (capital) out.push('noun');
    else if (adjectiveLike) out.push('adj');
    else out.push('break');
  }
  // German: an adjective must stand right before another adjective or a noun
  if (rules.capitalisedNouns) {
    for (let i = out.length - 1; i >= 0; i--) {
      if (out[i] !== 'adj') continue;
      const next = tokens[i + 1];
      const nextRole = out[i + 1];
      if (!next || next.gapBefore || (nextRole !== 'adj' && nextRole !== 'noun')) out[i] = 'break';
      // right after a noun, a word in -en is more likely a verb (die Mitgliedstaaten unterstützen Europol)
      else if (i > 0 && out[i - 1] === 'noun' && !tokens[i]!.gapBefore) out[i] = 'break';
    }
  }
  return out;
}

/** All candidate occurrences in `text` (one segment). */
export function findCandidates(text: string, lang: LanguageData, opts: CandidateOptions = {}): CandidateOcc[] {
  const tokens = tokenize(text, lang);
  const role = roles(text, tokens, lang, opts);
  const maxWords = opts.maxWords ?? 8;
  const maxJoiners = opts.maxJoiners ?? 2;
  const capitalised = lang.termRules.capitalisedNouns;
  const titleArticles = new Set(lang.termRules.titleArticles);
  const elisions = new Set(lang.elisions ?? []);
  const isHead = (r: Role | undefined): boolean => r === 'noun' || r === 'content';
  const isWord = (r: Role | undefined): boolean => r === 'noun' || r === 'content' || r === 'adj';

  // maximal chains [from, to] of term words and joiners
  const chains: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isWord(role[i])) {
      i++;
      continue;
    }
    const from = i;
    let to = i;
    let j = i + 1;
    for (;;) {
      const tj = tokens[j];
      if (!tj || tj.gapBefore) break;
      if (isWord(role[j])) {
        to = j;
        j++;
        continue;
      }
      if (role[j] === 'joiner' && isHead(role[to])) {
        const after = tokens[j + 1];
        if (after && !after.gapBefore && isWord(role[j + 1])) {
          j++;
          continue;
        }
        // in a capitalised title, an article may follow the joiner: Rights of the Child;
        // an elided article may anywhere: French droit de l'Union
        const next = tokens[j + 2];
        const elided = after !== undefined && next !== undefined && elisions.has(after.text.toLowerCase()) && /^['’]$/u.test(text.slice(after.end, next.start));
        if (
          after &&
          next &&
          !after.gapBefore &&
          !next.gapBefore &&
          titleArticles.has(after.text.toLowerCase()) &&
          ((tokens[to]!.capitalised && next.capitalised) || elided) &&
          isWord(role[j + 2])
        ) {
          role[j + 1] = 'article';
          j += 2;
          continue;
        }
      }
      break;
    }
    chains.push([from, to]);
    i = Math.max(to + 1, j);
  }

  const out: CandidateOcc[] = [];
  for (const [from, to] of chains) {
    for (let a = from; a <= to; a++) {
      if (!isWord(role[a])) continue;
      let words = 0;
      let joins = 0;
      for (let b = a; b <= to; b++) {
        const r = role[b];
        if (r === 'article') continue;
        if (r === 'joiner') {
          joins++;
          if (joins > maxJoiners) break;
          continue;
        }
        words++;
        if (words > maxWords) break;
        if (!isHead(r)) continue; // a candidate ends on a noun (or any content word)
        // German: an adjective may not follow a noun inside one noun group, and a joiner must be followed by the rest
        const span = tokens.slice(a, b + 1);
        const spanRoles = role.slice(a, b + 1);
        if (capitalised && !validGerman(spanRoles)) continue;
        const first = span[0]!;
        const last = span[span.length - 1]!;
        const folded: string[] = [];
        const keyParts: string[] = [];
        for (let k = 0; k < span.length; k++) {
          const tk = span[k]!;
          const rk = spanRoles[k]!;
          if (rk === 'joiner' || rk === 'article') {
            keyParts.push(tk.text.toLowerCase());
            continue;
          }
          const f = foldWord(tk.text, lang, rk === 'adj' ? true : capitalised ? false : undefined);
          folded.push(f);
          keyParts.push(f);
        }
        const kind: CandidateKind =
          folded.length === 1 ? (isAcronym(first.text) ? 'name' : 'noun') : span.every((t, k) => spanRoles[k] === 'joiner' || t.capitalised) && !capitalised ? 'name' : 'np';
        out.push({
          key: keyParts.join(' '),
          surface: text.slice(first.start, last.end),
          start: first.start,
          end: last.end,
          words: folded,
          size: folded.length,
          kind,
        });
      }
    }
  }
  return out;
}

/** German noun groups: adjectives only before nouns, not after them within a group. */
function validGerman(r: readonly Role[]): boolean {
  let seenNoun = false;
  for (const x of r) {
    if (x === 'joiner') {
      seenNoun = false;
      continue;
    }
    if (x === 'adj' && seenNoun) return false;
    if (x === 'noun') seenNoun = true;
  }
  return true;
}

/**
 * Words written in lower case somewhere in `texts` (for sentence-initial
 * capitals), and, with `lang`, their adjective keys too (`sexuelle` covers a
 * sentence-initial `Sexueller`).
 */
export function lowercaseVocabulary(texts: Iterable<string>, lang?: LanguageData): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const t of tokenize(text)) {
      if (t.capitalised || t.numeric) continue;
      out.add(t.text);
      if (lang) out.add(foldWord(t.text, lang, true));
    }
  }
  return out;
}
