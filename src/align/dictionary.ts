/**
 * User dictionaries for the aligner: word pairs that count as translations.
 *
 * Two formats:
 * - TSV: `source<TAB>target` per line (further columns ignored), `#` starts
 *   a comment line, blank lines are skipped;
 * - Ding (the format of the `trans-de-en` dictionary): German on the left,
 *   English (or the other language) on the right of ` :: `; `|` separates
 *   parallel senses on both sides (the k-th left sense goes with the k-th
 *   right sense), `;` separates synonyms within a sense, and annotations
 *   `{m}`, `[Am.]`, `(...)` are removed. When the target language is German
 *   the sides are swapped.
 *
 * Every source form maps to its target forms with p(t|s) = 1/(number of
 * target forms of that source form).
 */
import { ParalignError, optionError } from '../errors.js';
import { getLanguage } from '../lang/index.js';
import type { TranslationTable, Warning } from '../types.js';

/** Options of {@link readDictionary}. */
export interface ReadDictionaryOptions {
  /** File name, for messages. Default: none. */
  file?: string;
  /** Source language of the alignment (ISO 639-1). Required. */
  srcLang: string;
  /** Target language of the alignment (ISO 639-1). Required. */
  tgtLang: string;
  /** 'tsv', 'ding', or 'auto' (Ding when a line holds `::`, else TSV). Default: 'auto'. */
  format?: 'auto' | 'tsv' | 'ding';
  /** At most this many malformed lines are reported one by one (then a summary). Default: 20. */
  maxWarnings?: number;
}

/** A translation table read from a dictionary, with the problems met on the way. */
export type DictionaryTable = TranslationTable & { warnings: Warning[] };

/** Remove Ding annotations ({m}, [Am.], (...)) and fold spaces. */
function clean(term: string): string {
  let t = term;
  // nested parentheses are rare; strip innermost first, a few times
  for (let k = 0; k < 3; k++) t = t.replace(/\{[^{}]*\}|\[[^[\]]*\]|\([^()]*\)/g, ' ');
  return t.replace(/[{}[\]()]/g, ' ').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * Read a user dictionary into a TranslationTable (source form → target form
 * → p(t|s)). Malformed lines are skipped with a warning naming the line;
 * a text without any usable entry throws ParalignError `E_DICT`.
 */
export function readDictionary(text: string, options: ReadDictionaryOptions): DictionaryTable {
  if (typeof text !== 'string') optionError('text', 'a string', text);
  if (options === null || typeof options !== 'object') optionError('options', 'an object with srcLang and tgtLang', options);
  const src = getLanguage(options.srcLang).code;
  const tgt = getLanguage(options.tgtLang).code;
  const format = options.format ?? 'auto';
  if (!['auto', 'tsv', 'ding'].includes(format)) optionError('format', "'auto', 'tsv' or 'ding'", format);
  if (options.file !== undefined && typeof options.file !== 'string') optionError('file', 'a string', options.file);
  const maxWarnings = options.maxWarnings ?? 20;
  if (!Number.isInteger(maxWarnings) || maxWarnings < 0) optionError('maxWarnings', 'a non-negative integer', maxWarnings);
  const file = options.file;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const isComment = (l: string): boolean => l.trim() === '' || l.trimStart().startsWith('#');
  const ding = format === 'ding' || (format === 'auto' && lines.some((l) => !isComment(l) && l.includes('::')));
  // Ding dictionaries hold German on the left; swap when German is the target.
  const reverse = ding && tgt === 'de' && src !== 'de';

  const pairs = new Map<string, Set<string>>();
  const add = (s: string, t: string): void => {
    if (s === '' || t === '') return;
    let set = pairs.get(s);
    if (!set) pairs.set(s, (set = new Set()));
    set.add(t);
  };
  const warnings: Warning[] = [];
  let bad = 0;
  const warn = (line: number, what: string): void => {
    bad++;
    if (bad <= maxWarnings) warnings.push({ code: 'W_DICT_LINE', message: `line ${line}: ${what}`, ...(file !== undefined ? { file } : {}) });
  };

  lines.forEach((raw, k) => {
    const n = k + 1;
    if (isComment(raw)) return;
    if (ding) {
      const sides = raw.split('::');
      if (sides.length !== 2) {
        warn(n, `expected "German :: translation", found ${sides.length - 1} "::"`);
        return;
      }
      const [left, right] = (reverse ? [sides[1], sides[0]] : sides) as [string, string];
      const ls = left.split('|');
      const rs = right.split('|');
      if (ls.length !== rs.length) {
        warn(n, `expected as many senses ("|") on both sides, found ${ls.length} and ${rs.length}`);
        return;
      }
      let used = 0;
      ls.forEach((sense, i) => {
        const sFormes = sense.split(';').map(clean).filter((x) => x !== '');
        const tForms = (rs[i] ?? '').split(';').map(clean).filter((x) => x !== '');
        for (const s of sFormes) for (const t of tForms) {
          add(s, t);
          used++;
        }
      });
      if (used === 0) warn(n, 'no term left on one side once annotations are removed');
      return;
    }
    const cols = raw.split('\t');
    if (cols.length < 2) {
      warn(n, 'expected "source<TAB>target", found no tab');
      return;
    }
    const s = clean(cols[0] ?? '');
    const t = clean(cols[1] ?? '');
    if (s === '' || t === '') {
      warn(n, 'expected a term on both sides of the tab');
      return;
    }
    add(s, t);
  });
  if (bad > maxWarnings) warnings.push({ code: 'W_DICT_LINE', message: `${bad - maxWarnings} more malformed lines`, ...(file !== undefined ? { file } : {}) });
  if (pairs.size === 0) {
    throw new ParalignError('E_DICT', `no usable entry: expected ${ding ? 'Ding lines "German :: translation"' : 'lines "source<TAB>target"'}${bad > 0 ? ` (${bad} malformed lines)` : ''}`, file);
  }
  const table = new Map<string, Map<string, number>>() as DictionaryTable;
  for (const [s, ts] of pairs) {
    const p = 1 / ts.size;
    table.set(s, new Map([...ts].map((t) => [t, p])));
  }
  table.warnings = warnings;
  return table;
}
