/**
 * Language detection (franc, restricted to the languages paralign knows) and the check that the
 * two sides of a pair are in the languages the user declared.
 */
import { francAll } from 'franc';
import { ParalignError, optionError } from '../errors.js';
import { LANGUAGES, getLanguage } from '../lang/index.js';
import type { Document, LangCode, Warning } from '../types.js';

/** Fewer letters than this in the sample: the language is not told (`lang: undefined`). */
export const MIN_LETTERS = 20;
/** Largest sample given to franc, taken in slices spread over the text. */
export const SAMPLE_CHARS = 20_000;
/** Letters and margin a detection needs before `checkLanguages` acts on it. */
export const CHECK_MIN_LETTERS = 200;
export const CHECK_MIN_SCORE = 0.5;
/** Size of the slices franc votes on (it reads at most 2048 characters at a time). */
const CHUNK_CHARS = 1000;

/** What `detectLanguage` returns. */
export interface DetectedLanguage {
  /** The most likely candidate, or undefined when the text is too short to tell. */
  lang: LangCode | undefined;
  /**
   * How sure, in [0, 1]: franc votes on slices of about 1000 characters; the score is the
   * winner's share of the letters minus the runner-up's (1 = every slice agrees, 0 = a tie),
   * scaled down for samples under `CHECK_MIN_LETTERS` letters. 0 when `lang` is undefined.
   */
  score: number;
  /** Letters in the sample that was examined. */
  letters: number;
}

/** Strip what says nothing about the language: markup, URLs, numbers, punctuation runs. */
function sampleOf(text: string): string {
  const pick =
    text.length <= SAMPLE_CHARS
      ? text
      : Array.from({ length: 10 }, (_, k) => {
          const size = SAMPLE_CHARS / 10;
          const at = Math.floor(((text.length - size) * k) / 9);
          return text.slice(at, at + size);
        }).join('\n');
  return pick
    .replace(/<sup>[^<]*<\/sup>|<[^>\n]{1,40}>/gi, ' ')
    .replace(/\]\([^)\s]*\)/g, ' ')
    .replace(/https?:\/\/\S+|\S+@\S+\.\S+/g, ' ')
    .replace(/[\p{N}]+/gu, ' ')
    .replace(/[^\p{L}\p{M}'’\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Detect which of `candidates` (ISO 639-1 codes paralign has data for) `text` is written in,
 * with franc on a sample of up to `SAMPLE_CHARS` characters spread over the text, numbers and
 * markup stripped. Text with fewer than `MIN_LETTERS` letters gives `lang: undefined`.
 */
export function detectLanguage(text: string, candidates: readonly LangCode[] = [...LANGUAGES.keys()]): DetectedLanguage {
  if (typeof text !== 'string') optionError('text', 'a string', text);
  if (!Array.isArray(candidates) || candidates.length === 0) optionError('candidates', 'a non-empty array of language codes', candidates);
  const byFranc = new Map(candidates.map((c) => {
    const data = getLanguage(c);
    return [data.franc, data.code] as const;
  }));
  const sample = sampleOf(text);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) return { lang: undefined, score: 0, letters };
  if (byFranc.size === 1) return { lang: [...byFranc.values()][0], score: 1, letters };
  // franc reads at most 2048 characters: vote over slices of the sample, weighted by letters
  const only = [...byFranc.keys()];
  const votes = new Map<string, number>();
  let total = 0;
  for (const chunk of chunks(sample, CHUNK_CHARS)) {
    const n = (chunk.match(/\p{L}/gu) ?? []).length;
    if (n < MIN_LETTERS) continue;
    const best = francAll(chunk, { only, minLength: 1 })[0];
    if (best === undefined || best[0] === 'und') continue;
    votes.set(best[0], (votes.get(best[0]) ?? 0) + n);
    total += n;
  }
  const ranked = [...votes.entries()].sort((x, y) => y[1] - x[1]);
  const [win, second] = ranked;
  if (win === undefined || total === 0) return { lang: undefined, score: 0, letters };
  const agreement = (win[1] - (second?.[1] ?? 0)) / total;
  return { lang: byFranc.get(win[0]), score: agreement * Math.min(1, letters / CHECK_MIN_LETTERS), letters };
}

/** Slices of about `size` characters, cut at spaces. */
function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > at + size / 2) end = space;
    }
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** The text of a document that says most about its language: body segments, else all segments. */
function bodyText(doc: Document): string {
  const body = doc.segments.filter((s) => {
    const kind = doc.blocks[s.block]?.kind;
    return kind === 'paragraph' || kind === 'item' || kind === 'footnote';
  });
  return (body.length > 0 ? body : doc.segments).map((s) => s.text).join('\n');
}

function nameOf(code: LangCode | undefined): string {
  return code === undefined ? 'unknown' : (LANGUAGES.get(code)?.name ?? code);
}

/** Options of `checkLanguages`. */
export interface CheckLanguagesOptions {
  /** Candidate languages for detection (ISO 639-1). Default: every language paralign has data for. */
  candidates?: LangCode[];
}

/**
 * Check that the two documents of a pair are in their declared languages, and tell the user
 * when they are not:
 * - both declared in the same language, or both detected as the same language → throws
 *   `E_LANG_SAME` ("both files look like German: a.md, b.md");
 * - source looks like the target's language and target like the source's → `W_LANG_SWAPPED`
 *   (the files or the language options are probably given in the wrong order; alignment goes on
 *   with the declared languages);
 * - one side does not look like its declared language → `W_LANG_MISMATCH` naming the file, the
 *   declared and the detected language.
 * Detections with fewer than `CHECK_MIN_LETTERS` letters or a margin below `CHECK_MIN_SCORE` are
 * not acted on.
 */
export function checkLanguages(source: Document, target: Document, options: CheckLanguagesOptions = {}): Warning[] {
  const candidates = options.candidates ?? [...LANGUAGES.keys()];
  const srcName = source.file ?? 'source';
  const tgtName = target.file ?? 'target';
  if (source.lang === target.lang) {
    throw new ParalignError('E_LANG_SAME', `both files are declared as ${nameOf(source.lang)} (${source.lang}): ${srcName}, ${tgtName}; give the language of each side`);
  }
  const sure = (d: DetectedLanguage): LangCode | undefined => (d.letters >= CHECK_MIN_LETTERS && d.score >= CHECK_MIN_SCORE ? d.lang : undefined);
  const ds = sure(detectLanguage(bodyText(source), candidates));
  const dt = sure(detectLanguage(bodyText(target), candidates));
  if (ds !== undefined && ds === dt) {
    throw new ParalignError('E_LANG_SAME', `both files look like ${nameOf(ds)}: ${srcName} (declared ${source.lang}), ${tgtName} (declared ${target.lang}); one of them is probably the wrong file`);
  }
  const warnings: Warning[] = [];
  const warn = (code: string, message: string, file: string | undefined): void => {
    warnings.push(file === undefined ? { code, message } : { code, message, file });
  };
  if (ds === target.lang && dt === source.lang) {
    warn(
      'W_LANG_SWAPPED',
      `LANGUAGES LOOK SWAPPED: ${srcName} is declared ${nameOf(source.lang)} but looks ${nameOf(ds)}, and ${tgtName} is declared ${nameOf(target.lang)} but looks ${nameOf(dt)}; check the order of the files and of the language options (aligning as declared)`,
      source.file,
    );
    return warnings;
  }
  if (ds !== undefined && ds !== source.lang) {
    warn('W_LANG_MISMATCH', `${srcName} is declared ${nameOf(source.lang)} (${source.lang}) but looks ${nameOf(ds)} (${ds})`, source.file);
  }
  if (dt !== undefined && dt !== target.lang) {
    warn('W_LANG_MISMATCH', `${tgtName} is declared ${nameOf(target.lang)} (${target.lang}) but looks ${nameOf(dt)} (${dt})`, target.file);
  }
  return warnings;
}
