/**
 * What the aligner looks at in a text unit: its length, its content words,
 * and language-independent anchors (numbers, cognate keys, punctuation).
 *
 * Words are NFC-normalised and lower-cased; each word also gets "keys" in a
 * space shared by both languages: its exact form (names, identical words),
 * its accent-free prefix (cognates: `Expedition`/`expédition`) and, for
 * numbers, the canonical value (`1.000,5` and `1,000.5` → `1000.5`). Month
 * names map to their number, so `Dezember` and `December` share a key.
 */
import type { LanguageData } from '../lang/types.js';

/** Interns strings as small integer ids. */
export class Vocab {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }
  get(word: string): number | undefined {
    return this.ids.get(word);
  }
  get size(): number {
    return this.words.length;
  }
}

/** Punctuation classes counted per unit: ? ! : ( " ; */
export const PUNCT_CLASSES = 5;

/** Features of one text unit (a sentence, or a block's concatenated sentences). */
export interface UnitFeatures {
  /** Length in characters, whitespace runs counted as one. */
  len: number;
  /** Content-word and number tokens, as ids in the side's vocabulary (repeats kept). */
  toks: Int32Array;
  /** Shared-space keys of each token: keys[keyStart[k] .. keyStart[k+1]). */
  keyStart: Int32Array;
  keys: Int32Array;
  /** Weight of each token (numbers and names count more). */
  weight: Float32Array;
  /** Sum of `weight`. */
  mass: number;
  /** Counts of the punctuation classes. */
  punct: Uint8Array;
  /** The unit's first letter is lower case (it continues the unit before it). */
  startsLower: boolean;
}

/** Options of {@link Featurizer}. */
export interface FeatureOptions {
  /** Length of the accent-free prefix used as a cognate key (words at least this long). Default: 4. */
  cognatePrefix: number;
  /** Weight of a number token relative to a word. Default: 2. */
  numberWeight: number;
}

const WORD_RE = /[\p{L}\p{M}]+|[0-9]+(?:[.,'’\u00a0\u202f][0-9]+)*/gu;

function deaccent(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');
}

/** Canonical value of a number token written with `decimal` as decimal separator. */
export function canonicalNumber(raw: string, decimal: ',' | '.'): string[] {
  const s = raw.replace(/[\u00a0\u202f'’]/g, ' ');
  const thousands = decimal === ',' ? '.' : ',';
  // Split into groups at separators; decide each separator's role.
  const parts = s.split(/([.,\s])/);
  const out: string[] = [];
  let cur = parts[0] ?? '';
  for (let k = 1; k < parts.length; k += 2) {
    const sep = parts[k] ?? '';
    const next = parts[k + 1] ?? '';
    if ((sep === thousands || sep === ' ') && next.length === 3 && !cur.includes('.')) {
      cur += next; // thousands group
    } else if (sep === decimal && !cur.includes('.')) {
      cur += '.' + next;
    } else {
      out.push(cur);
      cur = next;
    }
  }
  out.push(cur);
  return out.filter((x) => /^[0-9]+(\.[0-9]*)?$/.test(x)).map((x) => String(Number(x)));
}

/** Turns unit texts into features; one instance per language side, sharing the key vocabulary. */
export class Featurizer {
  readonly vocab = new Vocab();
  private readonly stop: Set<string>;
  private readonly months: Map<string, number>;

  constructor(
    readonly lang: LanguageData,
    readonly keyVocab: Vocab,
    readonly options: FeatureOptions,
  ) {
    this.stop = new Set(lang.stopWords.map((w) => w.normalize('NFC').toLowerCase()));
    this.months = new Map(lang.months.map((w, i) => [w.normalize('NFC').toLowerCase(), i + 1]));
  }

  /** Keys of a word form (lower-case, NFC). */
  private wordKeys(form: string, keys: number[]): void {
    keys.push(this.keyVocab.id('w:' + form));
    const month = this.months.get(form);
    if (month !== undefined) keys.push(this.keyVocab.id('m:' + month));
    const p = this.options.cognatePrefix;
    const plain = deaccent(form);
    if (plain.length >= p) keys.push(this.keyVocab.id('c:' + plain.slice(0, p)));
  }

  features(text: string): UnitFeatures {
    const nfc = text.normalize('NFC');
    const toks: number[] = [];
    const keyStart: number[] = [0];
    const keys: number[] = [];
    const weight: number[] = [];
    const punct = new Uint8Array(PUNCT_CLASSES);
    for (const ch of nfc) {
      let c = -1;
      if (ch === '?') c = 0;
      else if (ch === '!') c = 1;
      else if (ch === ':') c = 2;
      else if (ch === '(' || ch === '[') c = 3;
      else if ('"«»„“”'.includes(ch)) c = 4;
      if (c >= 0 && (punct[c] as number) < 255) punct[c] = (punct[c] as number) + 1;
    }
    for (const m of nfc.matchAll(WORD_RE)) {
      const raw = m[0];
      if (/^[0-9]/.test(raw)) {
        for (const num of canonicalNumber(raw, this.lang.decimal)) {
          toks.push(this.vocab.id('#' + num));
          keys.push(this.keyVocab.id('n:' + num));
          keyStart.push(keys.length);
          weight.push(this.options.numberWeight);
        }
        continue;
      }
      const form = raw.toLowerCase();
      if (form.length < 2 || this.stop.has(form)) continue;
      toks.push(this.vocab.id(form));
      this.wordKeys(form, keys);
      keyStart.push(keys.length);
      weight.push(1);
    }
    let mass = 0;
    for (const w of weight) mass += w;
    const trimmed = nfc.trim();
    const first = /\p{L}/u.exec(trimmed)?.[0];
    const startsLower = first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
    return {
      startsLower,
      len: nfc.replace(/\s+/g, ' ').trim().length,
      toks: Int32Array.from(toks),
      keyStart: Int32Array.from(keyStart),
      keys: Int32Array.from(keys),
      weight: Float32Array.from(weight),
      mass,
      punct,
    };
  }
}

/** Concatenate the features of several units (a multi-sentence block). */
export function concatFeatures(units: readonly UnitFeatures[]): UnitFeatures {
  if (units.length === 1 && units[0]) return units[0];
  let len = 0;
  let nt = 0;
  let nk = 0;
  for (const u of units) {
    len += u.len;
    nt += u.toks.length;
    nk += u.keys.length;
  }
  if (units.length > 1) len += units.length - 1;
  const toks = new Int32Array(nt);
  const keyStart = new Int32Array(nt + 1);
  const keys = new Int32Array(nk);
  const weight = new Float32Array(nt);
  const punct = new Uint8Array(PUNCT_CLASSES);
  let t = 0;
  let k = 0;
  let mass = 0;
  for (const u of units) {
    toks.set(u.toks, t);
    weight.set(u.weight, t);
    keys.set(u.keys, k);
    for (let x = 0; x < u.toks.length; x++) keyStart[t + x + 1] = k + (u.keyStart[x + 1] as number);
    t += u.toks.length;
    k += u.keys.length;
    mass += u.mass;
    for (let c = 0; c < PUNCT_CLASSES; c++) punct[c] = Math.min(255, (punct[c] as number) + (u.punct[c] as number));
  }
  const firstU = units[0];
  return { len, toks, keyStart, keys, weight, mass, punct, startsLower: firstU?.startsLower ?? false };
}
