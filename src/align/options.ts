/**
 * Options of the aligner and their strict validation.
 */
import { optionError } from '../errors.js';
import type { TranslationTable } from '../types.js';
import { DEFAULT_PARAMS, type EngineParams } from './engine.js';
import { DEFAULT_STRUCTURE, type StructureParams } from './paragraphs.js';
import { DEFAULT_REFINE, type RefineParams } from './refine.js';

/**
 * Tuning knobs of the aligner. Every cost is in nats-like units and ≥ 0;
 * the defaults were tuned on the Text+Berg development set and checked on
 * the German–English Council pair.
 */
export interface AlignTuning extends EngineParams, StructureParams, RefineParams {}

/** The default tuning (see each field's JSDoc in {@link EngineParams} / {@link StructureParams}). */
export const DEFAULT_TUNING: Readonly<AlignTuning> = Object.freeze({ ...DEFAULT_PARAMS, ...DEFAULT_STRUCTURE, ...DEFAULT_REFINE });

/** Options shared by `align` and `alignSegments`. */
export interface CommonAlignOptions {
  /** Source language (ISO 639-1). Default: the Document's `lang`, or detected from the text. */
  srcLang?: string;
  /** Target language (ISO 639-1). Default: the Document's `lang`, or detected from the text. */
  tgtLang?: string;
  /** A user dictionary (see `readDictionary`): its pairs count as translations. Default: none. */
  dictionary?: TranslationTable;
  /**
   * Half-width of the search corridor (in sentences / blocks) around the
   * guide path, widened automatically where the path nears its edge; or
   * 'full' for the exact quadratic search. Default: 16.
   */
  band?: number | 'full';
  /** Called with (done, total) work units as the alignment proceeds. Default: none. */
  progress?: (done: number, total: number) => void;
  /** Cost weights and learning settings; unspecified fields keep {@link DEFAULT_TUNING}. Default: {}. */
  tuning?: Partial<AlignTuning>;
}

/** Options of `align`. */
export interface AlignOptions extends CommonAlignOptions {
  /** How string inputs are read (see `parseDocument`). Default: 'auto'. */
  format?: 'auto' | 'markdown' | 'plain' | 'lines';
  /** File names of the two inputs, for messages. Default: none. */
  srcFile?: string;
  tgtFile?: string;
}

const KNOWN = new Set(['srcLang', 'tgtLang', 'dictionary', 'band', 'progress', 'tuning', 'format', 'srcFile', 'tgtFile']);

/** Validated options with defaults filled in. */
export interface ResolvedOptions {
  srcLang?: string;
  tgtLang?: string;
  dictionary?: TranslationTable;
  band: number | 'full';
  progress?: (done: number, total: number) => void;
  tuning: AlignTuning;
  format: 'auto' | 'markdown' | 'plain' | 'lines';
  srcFile?: string;
  tgtFile?: string;
}

const INTEGER_KNOBS = new Set<keyof AlignTuning>(['crossMergeMax', 'cognatePrefix', 'candMax', 'learnRounds', 'emIterations', 'maxTrainPairs']);

/** Validate `align` / `alignSegments` options strictly (E_OPTION "expected X, found Y"). */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) optionError('options', 'an object', options);
  const o = options as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!KNOWN.has(k)) optionError(k, `one of the options ${[...KNOWN].join(', ')}`, k);
  }
  const out: ResolvedOptions = { band: 16, tuning: { ...DEFAULT_TUNING }, format: 'auto' };
  for (const k of ['srcLang', 'tgtLang'] as const) {
    const v = o[k];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !/^[a-z]{2}$/.test(v)) optionError(k, 'a two-letter ISO 639-1 code', v);
    out[k] = v;
  }
  for (const k of ['srcFile', 'tgtFile'] as const) {
    const v = o[k];
    if (v === undefined) continue;
    if (typeof v !== 'string') optionError(k, 'a string', v);
    out[k] = v;
  }
  if (o.dictionary !== undefined) {
    if (!(o.dictionary instanceof Map)) optionError('dictionary', 'a TranslationTable (Map of Maps)', o.dictionary);
    for (const [s, row] of o.dictionary as Map<unknown, unknown>) {
      if (typeof s !== 'string' || !(row instanceof Map)) optionError('dictionary', 'a Map from source words to Maps of target words', s);
      for (const [t, p] of row as Map<unknown, unknown>) {
        if (typeof t !== 'string' || typeof p !== 'number' || !(p >= 0 && p <= 1)) optionError(`dictionary entry ${s}`, 'target words with probabilities in [0, 1]', p);
      }
    }
    out.dictionary = o.dictionary as TranslationTable;
  }
  if (o.band !== undefined) {
    if (o.band !== 'full' && !(typeof o.band === 'number' && Number.isInteger(o.band) && o.band >= 1 && o.band <= 100000)) {
      optionError('band', "an integer 1..100000 or 'full'", o.band);
    }
    out.band = o.band as number | 'full';
  }
  if (o.progress !== undefined) {
    if (typeof o.progress !== 'function') optionError('progress', 'a function', o.progress);
    out.progress = o.progress as (done: number, total: number) => void;
  }
  if (o.format !== undefined) {
    if (!['auto', 'markdown', 'plain', 'lines'].includes(o.format as string)) optionError('format', "'auto', 'markdown', 'plain' or 'lines'", o.format);
    out.format = o.format as ResolvedOptions['format'];
  }
  if (o.tuning !== undefined) {
    if (o.tuning === null || typeof o.tuning !== 'object' || Array.isArray(o.tuning)) optionError('tuning', 'an object', o.tuning);
    for (const [k, v] of Object.entries(o.tuning as Record<string, unknown>)) {
      if (!(k in DEFAULT_TUNING)) optionError(`tuning.${k}`, `one of ${Object.keys(DEFAULT_TUNING).join(', ')}`, k);
      const key = k as keyof AlignTuning;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) optionError(`tuning.${k}`, 'a finite number ≥ 0', v);
      if (INTEGER_KNOBS.has(key) && !Number.isInteger(v)) optionError(`tuning.${k}`, 'an integer ≥ 0', v);
      if ((key === 'variance' || key === 'blockVariance' || key === 'confScale' || key === 'cognatePrefix' || key === 'maxTrainPairs') && v === 0) optionError(`tuning.${k}`, 'a number > 0', v);
      out.tuning[key] = v;
    }
  }
  return out;
}
