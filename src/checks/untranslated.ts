/**
 * Check 5: untranslated text. A target segment long enough to tell whose
 * language (franc, restricted to the two languages of the pair) is the
 * source language (franc, with a clear margin over the target language, and
 * more of the source language's function words than the target's) is an error; a translation identical to its source is a
 * warning, unless it holds only names, numbers and codes (`Model National
 * Response`, `EC3`, `LIMITE`), which stay the same in every language.
 */
import { francAll } from 'franc';
import type { LanguageData } from '../lang/types.js';
import type { Alignment, Flag, SentenceLink } from '../types.js';
import { type CheckContext, makeFlag, sideOf, textOfSegments } from './flag.js';
import { words } from './match.js';

/** Options of the untranslated check (all have defaults). */
export interface UntranslatedOptions {
  /** Shortest segment (letters) whose language is guessed. Default 40. */
  minLetters?: number;
  /** Fewest words in a segment whose language is guessed. Default 6. */
  minWords?: number;
  /** The other language's franc score (relative to the winner's 1) must be at most this. Default 0.85. */
  maxRunnerUp?: number;
}

const DEFAULT_MIN_LETTERS = 40;
const DEFAULT_MIN_WORDS = 6;

const letters = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;

/** True when a text has words to translate: at least two lower-case words, not only names, acronyms and numbers. */
export function hasTranslatableWords(text: string): boolean {
  return words(text).filter((w) => /^\p{Ll}\p{L}+$/u.test(w.text)).length >= 2;
}

const normal = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The guessed language of `text` among `candidates` (ISO 639-3), or undefined when too short to tell. */
export function guessLanguage(text: string, candidates: string[], options: UntranslatedOptions = {}): string | undefined {
  if (letters(text) < (options.minLetters ?? DEFAULT_MIN_LETTERS)) return undefined;
  if (words(text).length < (options.minWords ?? DEFAULT_MIN_WORDS)) return undefined;
  const [best, second] = francAll(text, { only: candidates, minLength: 10 });
  if (!best || best[0] === 'und') return undefined;
  if (second && second[1] > (options.maxRunnerUp ?? 0.85)) return undefined;
  return best[0];
}

/** How many of the text's words are function words of `lang`. */
function stopWordCount(text: string, lang: LanguageData): number {
  const stops = new Set(lang.stopWords);
  return words(text).filter((w) => stops.has(w.lower)).length;
}

/** Check 5: target segments left in the source language or copied unchanged. */
export function checkUntranslated(alignment: Alignment, ctx: CheckContext, options: UntranslatedOptions = {}): Flag[] {
  const { source, target } = alignment;
  const flags: Flag[] = [];
  const linkOf = new Map<number, SentenceLink>();
  for (const s of alignment.sentences) for (const t of s.tgt) linkOf.set(t, s);
  const candidates = [ctx.srcLang.franc, ctx.tgtLang.franc];
  const done = new Set<number>();
  for (const seg of target.segments) {
    const lang = guessLanguage(seg.text, candidates, options);
    if (lang !== ctx.srcLang.franc) continue;
    // A second opinion from the language modules: more of the source language's function words than the target's.
    if (stopWordCount(seg.text, ctx.srcLang) <= stopWordCount(seg.text, ctx.tgtLang)) continue;
    const link = linkOf.get(seg.index);
    const srcSegs = link?.src ?? [];
    done.add(seg.index);
    flags.push(
      makeFlag(ctx, {
        type: 'untranslated',
        severity: 'error',
        key: 'untranslated.language',
        params: { found: ctx.srcLang.code, expected: ctx.tgtLang.code, text: seg.text },
        source: sideOf(source, srcSegs, []),
        target: sideOf(target, [seg.index], [seg.span]),
        links: link ? [link.id] : [],
        idParts: ['language', normal(seg.text)],
      }),
    );
  }
  for (const link of alignment.sentences) {
    if (link.src.length === 0 || link.tgt.length === 0 || link.tgt.some((t) => done.has(t))) continue;
    const srcText = textOfSegments(source, link.src);
    const tgtText = textOfSegments(target, link.tgt);
    if (normal(srcText) !== normal(tgtText) || !hasTranslatableWords(tgtText)) continue;
    flags.push(
      makeFlag(ctx, {
        type: 'untranslated',
        severity: 'warning',
        key: 'untranslated.identical',
        params: { text: tgtText },
        source: sideOf(source, link.src, link.src.map((i) => source.segments[i]!.span)),
        target: sideOf(target, link.tgt, link.tgt.map((i) => target.segments[i]!.span)),
        links: [link.id],
        idParts: ['identical', normal(tgtText)],
      }),
    );
  }
  return flags;
}
