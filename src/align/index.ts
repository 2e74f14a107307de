/**
 * The aligner: paragraph and sentence alignment of two language versions.
 *
 * `align` takes two texts (or parsed Documents) and returns an `Alignment`;
 * `alignSegments` aligns two raw lists of sentences.
 */
import { ParalignError, optionError } from '../errors.js';
import { getLanguage } from '../lang/index.js';
import type { Alignment, Document, Warning } from '../types.js';
import { checkLanguages, detectLanguage } from '../document/detect.js';
import { parseDocument } from '../document/parse.js';
import { alignDocuments } from './core.js';
import { Engine } from './engine.js';
import { checkHeap } from './limits.js';
import { resolveOptions, type AlignOptions, type CommonAlignOptions, type ResolvedOptions } from './options.js';
import { joinCrossing } from './refine.js';
import { beadsToLinks, bootstrap, type SegmentAlignment } from './sentences.js';

export type { AlignOptions, AlignTuning, CommonAlignOptions } from './options.js';
export { DEFAULT_TUNING } from './options.js';
export type { SegmentAlignment, SegmentLink } from './sentences.js';
export { alignDp, DEFAULT_SHAPES } from './dp.js';
export { readDictionary } from './dictionary.js';
export type { DictionaryTable, ReadDictionaryOptions } from './dictionary.js';
export type { Bead, BeadCost, DpOptions, DpResult, Shape } from './dp.js';

/** Parse a string side (language from the option, else detected); a Document is used as is. */
function toDocument(input: string | Document, lang: string | undefined, opts: ResolvedOptions, side: string, file: string | undefined): Document {
  if (typeof input !== 'string') return input;
  let code = lang;
  if (code === undefined) {
    const d = detectLanguage(input);
    if (d.lang === undefined) {
      throw new ParalignError('E_LANG_UNKNOWN', `${side}: the language cannot be detected (too little text): give ${side === 'source' ? 'srcLang' : 'tgtLang'}`, file);
    }
    code = d.lang;
  }
  return parseDocument(input, { lang: code, format: opts.format, ...(file !== undefined ? { file } : {}) });
}

function isDocument(x: unknown): x is Document {
  return typeof x === 'object' && x !== null && Array.isArray((x as Document).blocks) && Array.isArray((x as Document).segments) && typeof (x as Document).text === 'string';
}

/**
 * Align two language versions of a document by paragraph and by sentence.
 *
 * Strings are parsed with `parseDocument` (see `options.format`). Every
 * block and every segment of both documents appears in exactly one link;
 * links are monotone. Throws ParalignError `E_OPTION` for bad options,
 * `E_LANG_SAME` when both sides are in the same language and
 * `E_LANG_UNKNOWN` for a language paralign has no data for, and
 * `E_TOO_LARGE` for inputs too large for the process's heap (see `checkHeap`).
 */
export function align(sourceIn: string | Document, targetIn: string | Document, options: AlignOptions = {}): Alignment {
  const opts = resolveOptions(options);
  if (typeof sourceIn !== 'string' && !isDocument(sourceIn)) optionError('source', 'a string or a Document', sourceIn);
  if (typeof targetIn !== 'string' && !isDocument(targetIn)) optionError('target', 'a string or a Document', targetIn);
  const length = (x: string | Document): number => (typeof x === 'string' ? x.length : x.text.length);
  const fileOf = (x: string | Document, given: string | undefined): string | undefined => given ?? (typeof x === 'string' ? undefined : x.file);
  checkHeap(length(sourceIn) + length(targetIn), [fileOf(sourceIn, opts.srcFile), fileOf(targetIn, opts.tgtFile)]);
  const srcDoc = toDocument(sourceIn, opts.srcLang, opts, 'source', opts.srcFile);
  const tgtDoc = toDocument(targetIn, opts.tgtLang, opts, 'target', opts.tgtFile);
  const warnings: Warning[] = [];
  for (const [doc, given, side] of [[srcDoc, opts.srcLang, 'source'], [tgtDoc, opts.tgtLang, 'target']] as const) {
    if (given !== undefined && given !== doc.lang) {
      warnings.push({ code: 'W_LANG_MISMATCH', message: `${doc.file ?? side}: the option says ${given} but the Document is marked ${doc.lang}; aligning as ${given}`, ...(doc.file ? { file: doc.file } : {}) });
    }
  }
  const srcLang = getLanguage(opts.srcLang ?? srcDoc.lang);
  const tgtLang = getLanguage(opts.tgtLang ?? tgtDoc.lang);
  if (srcLang.code === tgtLang.code) {
    throw new ParalignError('E_LANG_SAME', `source and target are both in ${srcLang.name} (${srcLang.code}): expected two different languages`);
  }
  warnings.push(...checkLanguages({ ...srcDoc, lang: srcLang.code }, { ...tgtDoc, lang: tgtLang.code }));
  const source = srcDoc;
  const target = tgtDoc;
  return alignDocuments(source, target, srcLang, tgtLang, opts, [...source.warnings, ...target.warnings, ...warnings]);
}

/** Options of {@link alignSegments}: `srcLang` and `tgtLang` are required. */
export interface AlignSegmentsOptions extends CommonAlignOptions {
  srcLang: string;
  tgtLang: string;
}

/**
 * Align two raw lists of sentences (one block per side), e.g. sentence-per-line
 * corpora. Returns links over input indices, in order, covering every
 * sentence once, and the learnt lexicon.
 */
export function alignSegments(srcTexts: readonly string[], tgtTexts: readonly string[], options: AlignSegmentsOptions): SegmentAlignment {
  if (!Array.isArray(srcTexts) || !srcTexts.every((s) => typeof s === 'string')) optionError('srcTexts', 'an array of strings', srcTexts);
  if (!Array.isArray(tgtTexts) || !tgtTexts.every((s) => typeof s === 'string')) optionError('tgtTexts', 'an array of strings', tgtTexts);
  const opts = resolveOptions(options);
  checkHeap(srcTexts.reduce((n, t) => n + t.length, 0) + tgtTexts.reduce((n, t) => n + t.length, 0), []);
  if (opts.srcLang === undefined) optionError('srcLang', 'a two-letter ISO 639-1 code', undefined);
  if (opts.tgtLang === undefined) optionError('tgtLang', 'a two-letter ISO 639-1 code', undefined);
  const srcLang = getLanguage(opts.srcLang);
  const tgtLang = getLanguage(opts.tgtLang);
  if (srcLang.code === tgtLang.code) {
    throw new ParalignError('E_LANG_SAME', `source and target are both in ${srcLang.name} (${srcLang.code}): expected two different languages`);
  }
  const engine = new Engine(srcLang, tgtLang, srcTexts, tgtTexts, opts.tuning, opts.dictionary);
  const range = { src: srcTexts.map((_, i) => i), tgt: tgtTexts.map((_, j) => j) };
  const [beads] = bootstrap(engine, [range], { band: opts.band, ...(opts.progress ? { progress: opts.progress } : {}) });
  return { links: beadsToLinks(engine, range, joinCrossing(engine, range, beads ?? [], opts.tuning)), lexicon: engine.lexicon(opts.dictionary) };
}
