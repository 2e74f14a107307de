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
import { monthTable } from '../lang/months.js';

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

/** Punctuation classes counted per unit: ? ! : ( and quotes. */
export const PUNCT_CLASSES = 5;

/** Count of punctuation class `c` in a packed count (6 bits per class, capped at 63). */
export function punctCount(packed: number, c: number): number {
  return Math.floor(packed / 2 ** (6 * c)) % 64;
}

function packPunct(counts: ArrayLike<number>): number {
  let packed = 0;
  for (let c = 0; c < PUNCT_CLASSES; c++) packed += Math.min(63, counts[c] as number) * 2 ** (6 * c);
  return packed;
}

/**
 * The tokens of all units of one side, in a flat typed array (a few objects
 * per text instead of a few per sentence, so 200k sentences fit in memory):
 * token k has id `toks[k]`. A token's weight and shared-space keys depend
 * on its id alone (the same word form always gets the same keys), so they
 * are stored once per id: `weightOf(id)` and `keys[keyStart[id] .. keyEnd(id))`.
 */
export class FeatureStore {
  toks = new Int32Array(1024);
  /** Per token id: weight (single precision). */
  weight = new Float32Array(256);
  /** Per token id: start of its keys in `keys`, -1 for an id not seen yet. */
  keyStart = new Int32Array(256).fill(-1);
  /** Per token id: number of keys. */
  keyLen = new Int32Array(256);
  keys = new Int32Array(1024);
  /** Tokens stored. */
  size = 0;
  /** Keys stored. */
  keyCount = 0;

  /** End of token id `id`'s keys. */
  keyEnd(id: number): number {
    return (this.keyStart[id] as number) + (this.keyLen[id] as number);
  }

  /** Weight of token id `id`. */
  weightOf(id: number): number {
    return this.weight[id] as number;
  }

  /** Append a token with its weight and keys (which must be the same for every occurrence of an id); returns its index. */
  push(tok: number, weight: number, keys: ArrayLike<number>): number {
    if (this.size === this.toks.length) {
      const b = new Int32Array(this.toks.length * 2);
      b.set(this.toks);
      this.toks = b;
    }
    if (tok >= this.keyStart.length) {
      const cap = Math.max(this.keyStart.length * 2, tok + 1);
      const ks = new Int32Array(cap).fill(-1);
      ks.set(this.keyStart);
      this.keyStart = ks;
      const kl = new Int32Array(cap);
      kl.set(this.keyLen);
      this.keyLen = kl;
      const w = new Float32Array(cap);
      w.set(this.weight);
      this.weight = w;
    }
    if (this.keyStart[tok] === -1) {
      if (this.keyCount + keys.length > this.keys.length) {
        const b = new Int32Array(Math.max(this.keys.length * 2, this.keyCount + keys.length));
        b.set(this.keys);
        this.keys = b;
      }
      this.keyStart[tok] = this.keyCount;
      this.keyLen[tok] = keys.length;
      this.weight[tok] = weight;
      for (let x = 0; x < keys.length; x++) this.keys[this.keyCount++] = keys[x] as number;
    }
    const k = this.size++;
    this.toks[k] = tok;
    return k;
  }

  /** The token ids of a unit (a view: valid until more tokens are added). */
  tokensOf(u: UnitFeatures): Int32Array {
    return this.toks.subarray(u.from, u.to);
  }
}

/** Features of one text unit (a sentence, or a block's sentences together). */
export interface UnitFeatures {
  /** Length in characters, whitespace runs counted as one. */
  len: number;
  /** Content-word and number tokens: indices [from, to) into the side's {@link FeatureStore}. */
  from: number;
  to: number;
  /** Sum of the tokens' weights (numbers count more than words). */
  mass: number;
  /** Counts of the punctuation classes, packed (see {@link punctCount}). */
  punct: number;
  /** The unit's first letter is lower case (it continues the unit before it). */
  startsLower: boolean;
}

/** Options of {@link Featurizer}. */
export interface FeatureOptions {
  /** Length of the accent-free prefix used as a cognate key (words at least this long). Default: 4. */
  cognatePrefix: number;
  /** Weight of a number token relative to a word. Default: 3. */
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
  readonly store = new FeatureStore();
  private readonly stop: Set<string>;
  private readonly months: ReadonlyMap<string, number>;
  /** word form → [token id, ...keys] */
  private readonly formCache = new Map<string, Int32Array>();

  constructor(
    readonly lang: LanguageData,
    readonly keyVocab: Vocab,
    readonly options: FeatureOptions,
  ) {
    this.stop = new Set(lang.stopWords.map((w) => w.normalize('NFC').toLowerCase()));
    this.months = monthTable(lang);
  }

  /** Token id and keys of a word form (lower-case, NFC), cached. */
  private word(form: string): Int32Array {
    let e = this.formCache.get(form);
    if (!e) {
      const keys = [this.vocab.id(form), this.keyVocab.id('w:' + form)];
      const month = this.months.get(form);
      if (month !== undefined) keys.push(this.keyVocab.id('m:' + month));
      const p = this.options.cognatePrefix;
      const plain = deaccent(form);
      if (plain.length >= p) keys.push(this.keyVocab.id('c:' + plain.slice(0, p)));
      e = Int32Array.from(keys);
      this.formCache.set(form, e);
    }
    return e;
  }

  features(text: string): UnitFeatures {
    const nfc = text.normalize('NFC');
    const punct = [0, 0, 0, 0, 0];
    for (const ch of nfc) {
      let c = -1;
      if (ch === '?') c = 0;
      else if (ch === '!') c = 1;
      else if (ch === ':') c = 2;
      else if (ch === '(' || ch === '[') c = 3;
      else if ('"«»„“”'.includes(ch)) c = 4;
      if (c >= 0) punct[c] = (punct[c] as number) + 1;
    }
    const store = this.store;
    const from = store.size;
    let mass = 0;
    for (const m of nfc.matchAll(WORD_RE)) {
      const raw = m[0];
      if (/^[0-9]/.test(raw)) {
        for (const num of canonicalNumber(raw, this.lang.decimal)) {
          store.push(this.vocab.id('#' + num), this.options.numberWeight, [this.keyVocab.id('n:' + num)]);
          mass += this.options.numberWeight;
        }
        continue;
      }
      const form = raw.toLowerCase();
      if (form.length < 2 || this.stop.has(form)) continue;
      const e = this.word(form);
      store.push(e[0] as number, 1, e.subarray(1));
      mass += 1;
    }
    const trimmed = nfc.trim();
    const first = /\p{L}/u.exec(trimmed)?.[0];
    const startsLower = first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
    return { len: nfc.replace(/\s+/g, ' ').trim().length, from, to: store.size, mass, punct: packPunct(punct), startsLower };
  }
}

/**
 * Features of several units taken together (a multi-sentence block). Units
 * whose tokens lie back to back in the store share them; otherwise the
 * tokens are copied to the end of the store.
 */
export function concatFeatures(store: FeatureStore, units: readonly UnitFeatures[]): UnitFeatures {
  const first = units[0];
  if (units.length === 1 && first) return first;
  let len = 0;
  let mass = 0;
  const punct = [0, 0, 0, 0, 0];
  let contiguous = true;
  units.forEach((u, k) => {
    len += u.len;
    mass += u.mass;
    for (let c = 0; c < PUNCT_CLASSES; c++) punct[c] = (punct[c] as number) + punctCount(u.punct, c);
    if (k > 0 && u.from !== (units[k - 1] as UnitFeatures).to) contiguous = false;
  });
  if (units.length > 1) len += units.length - 1;
  const startsLower = first?.startsLower ?? false;
  if (contiguous && first) return { len, from: first.from, to: (units[units.length - 1] as UnitFeatures).to, mass, punct: packPunct(punct), startsLower };
  const from = store.size;
  for (const u of units) {
    for (let k = u.from; k < u.to; k++) {
      const tok = store.toks[k] as number;
      store.push(tok, store.weightOf(tok), store.keys.subarray(store.keyStart[tok] as number, store.keyEnd(tok)));
    }
  }
  return { len, from, to: store.size, mass, punct: packPunct(punct), startsLower };
}
