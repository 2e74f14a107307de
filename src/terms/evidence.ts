/**
 * Word-level translation evidence for term pairing:
 *
 * - competitive linking (Melamed 2000) over the sentence links: in each link,
 *   word pairs are linked greedily by Dice, each word at most once; a pair's
 *   weight is how often it was linked, relative to how often its words occur;
 * - the aligner's learnt table `p(t|s)` and an optional user dictionary;
 * - cognates and identical strings (names, acronyms).
 *
 * `compose` then says how well the words of a source term (and the parts of
 * its compounds) and the words of a target term explain each other.
 */
import { distance } from 'fastest-levenshtein';
import type { LanguageData } from '../lang/types.js';
import type { TranslationTable } from '../types.js';
import { splitCompound } from './compound.js';
import { foldWord, plainForm } from './fold.js';
import { tokenize } from './tokens.js';

/** One word of a link: its key and, for compounds, the keys of its parts. */
export interface WordUnit {
  key: string;
  parts: string[];
}

/** The word units of one text: content words (no stop words, no numbers), folded. */
export function wordUnits(text: string, lang: LanguageData, vocabulary: ReadonlySet<string>): WordUnit[] {
  const stop = new Set(lang.stopWords);
  const out: WordUnit[] = [];
  for (const t of tokenize(text)) {
    if (t.numeric) continue;
    const lower = t.text.toLowerCase();
    if (stop.has(lower) || lower.length < 2) continue;
    out.push(unitOf(t.text, lang, vocabulary));
  }
  return out;
}

/** The unit of one word (key and compound-part keys). */
export function unitOf(word: string, lang: LanguageData, vocabulary: ReadonlySet<string>): WordUnit {
  const key = foldWord(word, lang);
  const split = splitCompound(word, lang, vocabulary);
  const parts = split.length > 1 ? split.map((p) => foldWord(p, lang, false)) : [];
  return { key, parts };
}

/** Cognate similarity of two words in [0, 1] (1 = same letters once diacritics and case are gone). */
export function cognate(a: string, b: string): number {
  const pa = spell(a);
  const pb = spell(b);
  if (pa === pb) return 1;
  const len = Math.max(pa.length, pb.length);
  // an inflection or spelling ending apart (addi/addis after folding, europa/europe)
  if (Math.min(pa.length, pb.length) >= 4 && len - Math.min(pa.length, pb.length) <= 2 && (pa.startsWith(pb) || pb.startsWith(pa))) return 0.9;
  if (Math.min(pa.length, pb.length) < 5) return 0;
  const sim = 1 - distance(pa, pb) / len;
  return sim >= 0.7 ? sim : 0;
}

const spellCache = new Map<string, string>();

/** Spelling normalised for cognate comparison (k/c, z/c, ph/f, th/t, y/i). */
function spell(w: string): string {
  let s = spellCache.get(w);
  if (s === undefined) {
    s = plainForm(w).replace(/ph/g, 'f').replace(/th/g, 't').replace(/[kz]/g, 'c').replace(/y/g, 'i');
    if (spellCache.size > 200_000) spellCache.clear();
    spellCache.set(w, s);
  }
  return s;
}

/** Sparse p(t|s) by ids. */
type Table = Map<number, Map<number, number>>;

/** IBM Model 1 p(t|s) over weighted sentence pairs of unit ids (sets), `iterations` EM rounds, with an empty source word. */
function model1(pairs: ReadonlyArray<readonly [Int32Array, Int32Array, number]>, nSrc: number, iterations: number): Table {
  const NULL = nSrc;
  const prob: Table = new Map();
  for (const [src, tgt] of pairs) {
    for (const s of [...src, NULL]) {
      let row = prob.get(s);
      if (!row) prob.set(s, (row = new Map()));
      for (const t of tgt) row.set(t, 1);
    }
  }
  for (let it = 0; it < iterations; it++) {
    const counts: Table = new Map();
    const totals = new Map<number, number>();
    for (const [src, tgt, weight] of pairs) {
      for (const t of tgt) {
        let denom = prob.get(NULL)?.get(t) ?? 0;
        for (const s of src) denom += prob.get(s)?.get(t) ?? 0;
        if (denom <= 0) continue;
        const add = (s: number): void => {
          const c = (weight * (prob.get(s)?.get(t) ?? 0)) / denom;
          if (c <= 0) return;
          let row = counts.get(s);
          if (!row) counts.set(s, (row = new Map()));
          row.set(t, (row.get(t) ?? 0) + c);
          totals.set(s, (totals.get(s) ?? 0) + c);
        };
        add(NULL);
        for (const s of src) add(s);
      }
    }
    prob.clear();
    for (const [s, row] of counts) {
      const total = totals.get(s) ?? 1;
      for (const [t, c] of row) row.set(t, c / total);
      prob.set(s, row);
    }
  }
  return prob;
}

/** Word weight from which a word counts as translated. */
const COVERED = 0.4;

/** A word-to-word table keyed `src\ttgt`. */
type PairMap = Map<string, number>;

/** Word translation evidence for one language pair and one alignment. */
export class WordEvidence {
  private readonly count = { src: new Map<string, number>(), tgt: new Map<string, number>() };
  private readonly table: Map<string, Map<string, number>> = new Map();
  private readonly dict: Map<string, Map<string, number>> = new Map();
  private readonly cognates = new Map<number, number>();
  private readonly cooc: PairMap = new Map();
  private readonly weights = new Map<number, number>();
  private srcIds = new Map<string, number>();
  private tgtIds = new Map<string, number>();
  private st: Table = new Map();
  private ts: Table = new Map();

  constructor(
    links: ReadonlyArray<{ src: WordUnit[]; tgt: WordUnit[]; weight?: number }>,
    private readonly srcLang: LanguageData,
    private readonly tgtLang: LanguageData,
    tables: ReadonlyArray<TranslationTable | undefined>,
  ) {
    tables.forEach((t, i) => {
      if (t) this.addTable(t, i === tables.length - 1 ? this.dict : this.table);
    });
    this.competitiveLinking(links);
  }

  private addTable(t: TranslationTable, into: Map<string, Map<string, number>>): void {
    for (const [s, row] of t) {
      const sKeys = new Set([foldWord(s, this.srcLang), foldWord(s, this.srcLang, false), s.toLowerCase()]);
      for (const [w, p] of row) {
        if (!(p > 0)) continue;
        const tKey = foldWord(w, this.tgtLang);
        for (const sk of sKeys) {
          let r = into.get(sk);
          if (!r) into.set(sk, (r = new Map()));
          r.set(tKey, Math.max(r.get(tKey) ?? 0, Math.min(1, p)));
        }
      }
    }
  }

  /**
   * IBM Model 1 (Brown et al. 1993) in both directions over the links' word
   * units: expectation-maximisation of p(t|s) and p(s|t), with an empty word.
   */
  private competitiveLinking(links: ReadonlyArray<{ src: WordUnit[]; tgt: WordUnit[]; weight?: number }>): void {
    const cooc = this.cooc;
    const srcIds = new Map<string, number>();
    const tgtIds = new Map<string, number>();
    const id = (m: Map<string, number>, k: string): number => {
      let v = m.get(k);
      if (v === undefined) m.set(k, (v = m.size));
      return v;
    };
    const pairs: Array<[Int32Array, Int32Array, number]> = [];
    for (const l of links) {
      const w = l.weight ?? 1;
      const s = [...new Set(l.src.flatMap((u) => [u.key, ...u.parts]))];
      const t = [...new Set(l.tgt.flatMap((u) => [u.key, ...u.parts]))];
      for (const a of s) this.count.src.set(a, (this.count.src.get(a) ?? 0) + w);
      for (const b of t) this.count.tgt.set(b, (this.count.tgt.get(b) ?? 0) + w);
      for (const a of s) for (const b of t) cooc.set(a + '\t' + b, (cooc.get(a + '\t' + b) ?? 0) + w);
      pairs.push([Int32Array.from(s, (k) => id(srcIds, k)), Int32Array.from(t, (k) => id(tgtIds, k)), w]);
    }
    this.srcIds = srcIds;
    this.tgtIds = tgtIds;
    // identical sentence pairs (boilerplate, repeated clauses) are trained once with their count as weight
    const unique = new Map<string, { pair: [Int32Array, Int32Array]; weight: number }>();
    for (const pr of pairs) {
      const sig = `${pr[0].join(',')}|${pr[1].join(',')}`;
      const u = unique.get(sig);
      if (u) u.weight += pr[2];
      else unique.set(sig, { pair: [pr[0], pr[1]], weight: pr[2] });
    }
    const weighted = [...unique.values()];
    this.st = model1(weighted.map((u) => [u.pair[0], u.pair[1], u.weight] as const), srcIds.size, 5);
    this.ts = model1(weighted.map((u) => [u.pair[1], u.pair[0], u.weight] as const), tgtIds.size, 5);
  }

  private lookup(a: string, b: string): number {
    return Math.max(this.table.get(a)?.get(b) ?? 0, this.dict.get(a)?.get(b) ?? 0);
  }

  /** Id of a source key (keys never seen in a link get fresh ids past the model's). */
  private sid(a: string): number {
    let v = this.srcIds.get(a);
    if (v === undefined) this.srcIds.set(a, (v = this.srcIds.size + 1_000_000));
    return v;
  }

  private tid(b: string): number {
    let v = this.tgtIds.get(b);
    if (v === undefined) this.tgtIds.set(b, (v = this.tgtIds.size + 1_000_000));
    return v;
  }

  private cognate(a: string, b: string): number {
    const k = this.sid(a) * 4_194_304 + this.tid(b);
    let v = this.cognates.get(k);
    if (v === undefined) {
      v = cognate(a, b);
      this.cognates.set(k, v);
    }
    return v;
  }

  /**
   * Translation weight of source key `a` and target key `b` in one direction of
   * Model 1 (`st`: p(b|a), `ts`: p(a|b)), raised to the table or dictionary
   * entry and to cognate similarity.
   */
  private prob(a: string, b: string, dir: 'st' | 'ts'): number {
    const ia = this.sid(a);
    const ib = this.tid(b);
    const k = (ia * 4_194_304 + ib) * 2 + (dir === 'st' ? 0 : 1);
    let w = this.weights.get(k);
    if (w !== undefined) return w;
    const p = dir === 'st' ? (this.st.get(ia)?.get(ib) ?? 0) : (this.ts.get(ib)?.get(ia) ?? 0);
    w = Math.max(p, this.lookup(a, b), this.cognate(a, b));
    this.weights.set(k, w);
    return w;
  }

  /** Evidence that needs no statistics: the user dictionary and cognates. */
  direct(a: string, b: string): number {
    return Math.max(this.dict.get(a)?.get(b) ?? 0, this.cognate(a, b));
  }

  /** How often source key `a` and target key `b` occur in the same link. */
  cooccurrences(a: string, b: string): number {
    return this.cooc.get(a + '\t' + b) ?? 0;
  }

  /** The evidence inside one link: which words of one side explain which words of the other. */
  inLink(src: readonly WordUnit[], tgt: readonly WordUnit[]): LinkEvidence {
    const sKeys = [...new Set(src.flatMap((u) => [u.key, ...u.parts]))];
    const tKeys = [...new Set(tgt.flatMap((u) => [u.key, ...u.parts]))];
    const nS = sKeys.length;
    const nT = tKeys.length;
    const nullS = this.srcIds.size;
    const nullT = this.tgtIds.size;
    // every word pair of the link once: p(t|s), p(s|t), and the direct evidence
    const pST = new Float64Array(nS * nT);
    const pTS = new Float64Array(nS * nT);
    const dir = new Float64Array(nS * nT);
    for (let i = 0; i < nS; i++) {
      for (let j = 0; j < nT; j++) {
        pST[i * nT + j] = this.prob(sKeys[i]!, tKeys[j]!, 'st');
        pTS[i * nT + j] = this.prob(sKeys[i]!, tKeys[j]!, 'ts');
        dir[i * nT + j] = this.direct(sKeys[i]!, tKeys[j]!);
      }
    }
    // denominators: everything in the link (and the empty word) that could explain a word
    const dT = new Float64Array(nT);
    for (let j = 0; j < nT; j++) {
      const ib = this.tgtIds.get(tKeys[j]!);
      let d = ib !== undefined ? (this.st.get(nullS)?.get(ib) ?? 0) : 0;
      for (let i = 0; i < nS; i++) d += pST[i * nT + j]!;
      dT[j] = d;
    }
    const dS = new Float64Array(nS);
    for (let i = 0; i < nS; i++) {
      const ia = this.srcIds.get(sKeys[i]!);
      let d = ia !== undefined ? (this.ts.get(nullT)?.get(ia) ?? 0) : 0;
      for (let j = 0; j < nT; j++) d += pTS[i * nT + j]!;
      dS[i] = d;
    }
    return new LinkEvidence(new Map(sKeys.map((k, i) => [k, i])), new Map(tKeys.map((k, j) => [k, j])), pST, pTS, dir, dS, dT);
  }
}

/**
 * Word evidence inside one sentence link. A target word is explained by a
 * source word in proportion to p(t|s) against every source word of the link
 * (the Model 1 alignment posterior), so `exploitation` in `sexual abuse and
 * sexual exploitation` is explained by `Ausbeutung`, not by `sexuell`. A
 * cognate or a dictionary entry explains a word outright.
 */
export class LinkEvidence {
  private readonly nT: number;

  constructor(
    private readonly sIndex: ReadonlyMap<string, number>,
    private readonly tIndex: ReadonlyMap<string, number>,
    private readonly pST: Float64Array,
    private readonly pTS: Float64Array,
    private readonly dir: Float64Array,
    private readonly dS: Float64Array,
    private readonly dT: Float64Array,
  ) {
    this.nT = tIndex.size;
  }

  private indices(units: readonly WordUnit[], index: ReadonlyMap<string, number>): number[] {
    const out: number[] = [];
    for (const u of units) {
      const i = index.get(u.key);
      if (i !== undefined && !out.includes(i)) out.push(i);
      for (const p of u.parts) {
        const k = index.get(p);
        if (k !== undefined && !out.includes(k)) out.push(k);
      }
    }
    return out;
  }

  /**
   * How well the units of a source term and of a target term explain each
   * other: the harmonic mean of the share of source words and the share of
   * target words explained (a word whose posterior mass on the other term is
   * at least COVERED counts as explained; a compound is explained by its parts
   * and as a whole).
   */
  compose(src: readonly WordUnit[], tgt: readonly WordUnit[]): { comp: number; srcCov: number; tgtCov: number } {
    if (src.length === 0 || tgt.length === 0) return { comp: 0, srcCov: 0, tgtCov: 0 };
    const nT = this.nT;
    const si = this.indices(src, this.sIndex);
    const ti = this.indices(tgt, this.tIndex);
    const massT = (b: string): number => {
      const j = this.tIndex.get(b);
      if (j === undefined) return 0;
      let m = 0;
      let direct = 0;
      for (const i of si) {
        m += this.pST[i * nT + j]!;
        direct = Math.max(direct, this.dir[i * nT + j]!);
      }
      const d = this.dT[j]!;
      return saturate(Math.max(d > 0 ? m / d : 0, direct));
    };
    const massS = (a: string): number => {
      const i = this.sIndex.get(a);
      if (i === undefined) return 0;
      let m = 0;
      let direct = 0;
      for (const j of ti) {
        m += this.pTS[i * nT + j]!;
        direct = Math.max(direct, this.dir[i * nT + j]!);
      }
      const d = this.dS[i]!;
      return saturate(Math.max(d > 0 ? m / d : 0, direct));
    };
    const cover = (u: WordUnit, mass: (k: string) => number): number => {
      const whole = mass(u.key);
      if (u.parts.length === 0) return whole;
      let sum = 0;
      for (const p of u.parts) sum += mass(p);
      // a compound is explained as a whole and part by part (Straf|verfolgung|s|behörden needs `authorities` too)
      return Math.max(sum / u.parts.length, (whole + sum / u.parts.length) / 2);
    };
    let s = 0;
    for (const u of src) s += cover(u, massS);
    let t = 0;
    for (const u of tgt) t += cover(u, massT);
    const srcCov = s / src.length;
    const tgtCov = t / tgt.length;
    const comp = srcCov > 0 && tgtCov > 0 ? (2 * srcCov * tgtCov) / (srcCov + tgtCov) : 0;
    return { comp, srcCov, tgtCov };
  }

  /**
   * How strongly the target words are claimed by source words of the link
   * OUTSIDE the given source term, by evidence that needs no statistics (a
   * cognate, the same string, a dictionary entry): the largest such value
   * over the target's words. `EU` or `international` next to `Bekämpfung` or
   * `Rahmen` belong to `EU-Koordinators` and `internationale` in the same link.
   */
  explainedElsewhere(src: readonly WordUnit[], tgt: readonly WordUnit[]): number {
    const nT = this.nT;
    const own = new Set(this.indices(src, this.sIndex));
    const ti = this.indices(tgt, this.tIndex);
    let best = 0;
    for (const i of this.sIndex.values()) {
      if (own.has(i)) continue;
      for (const j of ti) best = Math.max(best, this.dir[i * nT + j]!);
    }
    return best;
  }
}

function saturate(x: number): number {
  return x >= COVERED ? 1 : Math.min(1, x);
}
