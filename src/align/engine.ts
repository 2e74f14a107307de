/**
 * The alignment engine shared by the paragraph and the sentence level:
 * features of both sides, the learnt and user translation candidates, the
 * cost parameters, and the bootstrap (align with length and anchors, learn
 * a word-translation table from the confident 1-1 links, realign).
 */
import type { LanguageData } from '../lang/types.js';
import type { TranslationTable } from '../types.js';
import { alignDp, DEFAULT_SHAPES, type Bead, type BeadCost, type Shape } from './dp.js';
import { beadCostWithBound, lengthOnlyCost, PairScorer, type CostParams, type ExtraCost } from './cost.js';
import { concatFeatures, Featurizer, Vocab, type FeatureStore, type UnitFeatures } from './features.js';
import { trainModel1, type SparseTable, type TokenPair } from './lexicon.js';

/** Tuning knobs of the engine (validated by the public entry points). */
export interface EngineParams extends CostParams {
  /** Cognate key prefix length. Default: 4. */
  cognatePrefix: number;
  /** Weight of number tokens. Default: 3. */
  numberWeight: number;
  /** Minimum p(t|s) for a learnt translation to count as a partner. Default: 0.15. */
  candMinProb: number;
  /** At most this many learnt candidates per word. Default: 3. */
  candMax: number;
  /** Learning rounds (0 = length and anchors only). Default: 1. */
  learnRounds: number;
  /** IBM Model 1 EM iterations. Default: 5. */
  emIterations: number;
  /** Minimum bead margin for a 1-1 link to be used as training data. Default: 2. */
  trainMinMargin: number;
  /** At most this many training pairs (spread evenly over the text). Default: 5000. */
  maxTrainPairs: number;
  /** 1: the first (training) pass uses length only, which is much faster; 0: length and anchors. Default: 1. */
  cheapFirstPass: number;
  /** Scale of the margin → confidence transform: confidence = 1 − exp(−margin / confScale). Default: 3. */
  confScale: number;
}

/** Default engine parameters. */
export const DEFAULT_PARAMS: EngineParams = {
  lexWeight: 0,
  lexRatioWeight: 4,
  lexSmoothing: 0,
  lexUnitWeight: 0,
  nullLexFactor: 1,
  lengthWeight: 1,
  lengthCap: 30,
  variance: 9,
  punctWeight: 0.5,
  nullCost: 2.5,
  nullMassCost: 0,
  mergeCost: 2.5,
  weakMergeCost: 1,
  manyManyCost: 0.5,
  cognatePrefix: 4,
  numberWeight: 3,
  candMinProb: 0.15,
  candMax: 3,
  learnRounds: 1,
  emIterations: 5,
  trainMinMargin: 2,
  maxTrainPairs: 5000,
  confScale: 3,
  cheapFirstPass: 1,
};

/** Characters of pseudo-evidence for a 1:1 length ratio. */
const RATIO_PRIOR_CHARS = 1000;

/** A run of the DP over local index lists, with per-bead margins. */
export interface RangeResult {
  beads: Bead[];
  cost: number;
}

/** Both sides' features and the translation candidates. */
export class Engine {
  readonly keys: Vocab;
  readonly srcF: Featurizer;
  readonly tgtF: Featurizer;
  readonly src: UnitFeatures[];
  readonly tgt: UnitFeatures[];
  ratio: number;
  private cand: Array<Int32Array | undefined> = [];
  private candRev: Array<Int32Array | undefined> = [];
  private dictCand = new Map<number, Set<number>>();
  private dictCandRev = new Map<number, Set<number>>();
  private scorer: PairScorer;
  /** Learnt p(t|s) over vocabulary ids (forward). */
  learnt: SparseTable = new Map();
  /** Learnt p(s|t) over vocabulary ids (backward). */
  learntRev: SparseTable = new Map();

  constructor(
    srcLang: LanguageData,
    tgtLang: LanguageData,
    srcTexts: readonly string[],
    tgtTexts: readonly string[],
    readonly params: EngineParams,
    dictionary?: TranslationTable,
    base?: { engine: Engine; src: UnitFeatures[]; tgt: UnitFeatures[] },
  ) {
    const fo = { cognatePrefix: params.cognatePrefix, numberWeight: params.numberWeight };
    if (base) {
      // units built from another engine's units: share its vocabulary, dictionary and lexicon
      this.keys = base.engine.keys;
      this.srcF = base.engine.srcF;
      this.tgtF = base.engine.tgtF;
      this.src = base.src;
      this.tgt = base.tgt;
      this.dictCand = base.engine.dictCand;
      this.dictCandRev = base.engine.dictCandRev;
      this.learnt = base.engine.learnt;
      this.learntRev = base.engine.learntRev;
    } else {
      this.keys = new Vocab();
      this.srcF = new Featurizer(srcLang, this.keys, fo);
      this.tgtF = new Featurizer(tgtLang, this.keys, fo);
      this.src = srcTexts.map((t) => this.srcF.features(t));
      this.tgt = tgtTexts.map((t) => this.tgtF.features(t));
      if (dictionary) this.addDictionary(dictionary);
    }
    let ls = 0;
    let lt = 0;
    for (const u of this.src) ls += u.len;
    for (const u of this.tgt) lt += u.len;
    // Length ratio of the pair, shrunk towards 1 for short texts (where an omission would skew it).
    this.ratio = Math.min(3, Math.max(1 / 3, (lt + RATIO_PRIOR_CHARS) / (ls + RATIO_PRIOR_CHARS)));
    this.rebuildCandidates();
    this.scorer = this.newScorer();
  }

  /** An engine over groups of this engine's units (e.g. blocks of sentences), sharing vocabulary and lexicon. */
  grouped(srcGroups: ReadonlyArray<readonly number[]>, tgtGroups: ReadonlyArray<readonly number[]>, params: EngineParams): Engine {
    const src = srcGroups.map((g) => concatFeatures(this.srcF.store, g.map((i) => this.src[i] as UnitFeatures)));
    const tgt = tgtGroups.map((g) => concatFeatures(this.tgtF.store, g.map((j) => this.tgt[j] as UnitFeatures)));
    return new Engine(this.srcF.lang, this.tgtF.lang, [], [], params, undefined, { engine: this, src, tgt });
  }

  private newScorer(): PairScorer {
    return new PairScorer(this.src, this.tgt, this.srcF.store, this.tgtF.store, this.keys.size, this.srcF.vocab.size, this.tgtF.vocab.size, this.cand, this.candRev);
  }

  private addDictionary(dict: TranslationTable): void {
    const tokens = (f: Featurizer, text: string): number[] => {
      const u = f.features(text);
      return [...f.store.tokensOf(u)];
    };
    for (const [s, row] of dict) {
      const sToks = tokens(this.srcF, s);
      if (sToks.length === 0) continue;
      for (const t of row.keys()) {
        const tToks = tokens(this.tgtF, t);
        if (tToks.length === 0) continue;
        // single word ↔ phrase: the single word pairs with each content word of the phrase
        if (sToks.length > 1 && tToks.length > 1) {
          if (sToks.length !== tToks.length) continue;
          sToks.forEach((sw, k) => this.addDictPair(sw, tToks[k] as number));
          continue;
        }
        for (const sw of sToks) for (const tw of tToks) this.addDictPair(sw, tw);
      }
    }
  }

  private addDictPair(s: number, t: number): void {
    let a = this.dictCand.get(s);
    if (!a) this.dictCand.set(s, (a = new Set()));
    a.add(t);
    let b = this.dictCandRev.get(t);
    if (!b) this.dictCandRev.set(t, (b = new Set()));
    b.add(s);
  }

  /** Rebuild candidate lists from the learnt tables and the dictionary. */
  private rebuildCandidates(): void {
    const cand: Array<Int32Array | undefined> = new Array(this.srcF.vocab.size);
    const candRev: Array<Int32Array | undefined> = new Array(this.tgtF.vocab.size);
    const p = this.params;
    const fill = (out: Array<Int32Array | undefined>, table: SparseTable, dict: Map<number, Set<number>>): void => {
      const ids = new Set<number>([...table.keys(), ...dict.keys()]);
      for (const s of ids) {
        const set = new Set<number>(dict.get(s) ?? []);
        const row = table.get(s);
        if (row) {
          for (let k = 0; k < row.t.length && k < p.candMax; k++) if ((row.p[k] as number) >= p.candMinProb) set.add(row.t[k] as number);
        }
        if (set.size > 0) out[s] = Int32Array.from(set);
      }
    };
    fill(cand, this.learnt, this.dictCand);
    fill(candRev, this.learntRev, this.dictCandRev);
    this.cand = cand;
    this.candRev = candRev;
  }

  /** Take over another engine's learnt lexicon and length ratio (the engines must share their vocabulary). */
  adoptLexicon(other: Engine): void {
    this.ratio = other.ratio;
    this.learnt = other.learnt;
    this.learntRev = other.learntRev;
    this.rebuildCandidates();
    this.scorer = this.newScorer();
  }

  /** The bead cost and its lower bound over source units `srcIdx` and target units `tgtIdx` (global indices), as the DP uses them. */
  beadCosts(srcIdx: ArrayLike<number>, tgtIdx: ArrayLike<number>, extra?: ExtraCost): { cost: BeadCost; bound: BeadCost } {
    return beadCostWithBound(this.scorer, srcIdx, tgtIdx, this.ratio, this.params, extra);
  }

  /** Run the DP over source units `srcIdx` and target units `tgtIdx` (global indices). */
  alignRange(srcIdx: ArrayLike<number>, tgtIdx: ArrayLike<number>, opts: { band: number | 'full'; shapes?: readonly Shape[]; extra?: ExtraCost; guide?: readonly Bead[]; lengthOnly?: boolean }): RangeResult {
    if (opts.lengthOnly) {
      const w = (units: UnitFeatures[], idx: ArrayLike<number>): Float64Array => Float64Array.from({ length: idx.length }, (_, k) => (units[idx[k] as number] as UnitFeatures).len);
      const ws = w(this.src, srcIdx);
      const wt = w(this.tgt, tgtIdx);
      const res = alignDp(srcIdx.length, tgtIdx.length, lengthOnlyCost(ws, wt, this.ratio, this.params), { shapes: opts.shapes ?? DEFAULT_SHAPES, band: opts.band, margins: true, weights: { src: ws, tgt: wt } });
      return { beads: res.beads, cost: res.cost };
    }
    const { cost, bound } = this.beadCosts(srcIdx, tgtIdx, opts.extra);
    const lens = (units: UnitFeatures[], idx: ArrayLike<number>): Float64Array => Float64Array.from({ length: idx.length }, (_, k) => (units[idx[k] as number] as UnitFeatures).len);
    const weights = { src: lens(this.src, srcIdx), tgt: lens(this.tgt, tgtIdx) };
    const shapes = opts.shapes ?? DEFAULT_SHAPES;
    let guide = opts.guide;
    if (!guide && opts.band !== 'full' && tgtIdx.length > 2 * opts.band) {
      // A cheap length-only alignment first: the full cost then searches a corridor around it.
      guide = alignDp(srcIdx.length, tgtIdx.length, lengthOnlyCost(weights.src, weights.tgt, this.ratio, this.params), { shapes, band: opts.band, weights }).beads;
    }
    const res = alignDp(srcIdx.length, tgtIdx.length, cost, {
      shapes,
      band: opts.band,
      margins: true,
      weights,
      lowerBound: bound,
      ...(guide ? { guide } : {}),
    });
    return { beads: res.beads, cost: res.cost };
  }

  /**
   * Learn p(t|s) (and p(s|t)) with IBM Model 1 from confident 1-1 links,
   * given as pairs of global unit indices; then rebuild the scorer.
   */
  learn(pairs: ReadonlyArray<readonly [number, number]>): void {
    const p = this.params;
    let chosen = pairs;
    if (pairs.length > p.maxTrainPairs) {
      const step = pairs.length / p.maxTrainPairs;
      chosen = Array.from({ length: p.maxTrainPairs }, (_, k) => pairs[Math.floor(k * step)] as readonly [number, number]);
    }
    const fw: TokenPair[] = [];
    const bw: TokenPair[] = [];
    let ls = 0;
    let lt = 0;
    for (const [i, j] of chosen) {
      const s = this.src[i];
      const t = this.tgt[j];
      if (!s || !t) continue;
      ls += s.len;
      lt += t.len;
      if (s.to === s.from || t.to === t.from) continue;
      const st = this.srcF.store.tokensOf(s);
      const tt = this.tgtF.store.tokensOf(t);
      fw.push({ src: st, tgt: tt });
      bw.push({ src: tt, tgt: st });
    }
    const mo = { iterations: p.emIterations, minProb: 0.05, minCount: 2 };
    // The length ratio of confident links is a better estimate than that of
    // the whole texts, which an omitted half would skew.
    if (ls > 0) this.ratio = Math.min(3, Math.max(1 / 3, (lt + RATIO_PRIOR_CHARS) / (ls + RATIO_PRIOR_CHARS)));
    this.learnt = trainModel1(fw, mo);
    this.learntRev = trainModel1(bw, mo);
    this.rebuildCandidates();
    this.scorer = this.newScorer();
  }

  /** Matched token mass of the bead joining global source units `src` and target units `tgt` (both sides, see {@link PairScorer.beadMatched}). */
  beadMatched(src: ArrayLike<number>, tgt: ArrayLike<number>, specific = false): number {
    return this.scorer.beadMatched(src, tgt, specific ? this.specificWeights() : undefined);
  }

  private specific?: { src: Float32Array; tgt: Float32Array };

  /**
   * Token weights scaled by specificity, ln(N/df) / ln(N) over the N units of
   * each side (1 for a word found in one unit, near 0 for one found in all):
   * a rare word or number shared across a boundary says more than a common one.
   */
  specificWeights(): { src: Float32Array; tgt: Float32Array } {
    if (!this.specific) {
      const side = (store: FeatureStore, units: readonly UnitFeatures[]): Float32Array => {
        const df = new Int32Array(store.weight.length);
        const last = new Int32Array(store.weight.length).fill(-1);
        units.forEach((u, k) => {
          for (let x = u.from; x < u.to; x++) {
            const t = store.toks[x] as number;
            if (last[t] !== k) {
              last[t] = k;
              df[t] = (df[t] as number) + 1;
            }
          }
        });
        const n = Math.max(2, units.length);
        const w = new Float32Array(store.weight.length);
        for (let t = 0; t < w.length; t++) if ((df[t] as number) > 0) w[t] = (store.weight[t] as number) * Math.max(0, Math.log(n / (df[t] as number)) / Math.log(n));
        return w;
      };
      this.specific = { src: side(this.srcF.store, this.src), tgt: side(this.tgtF.store, this.tgt) };
    }
    return this.specific;
  }

  /** Sum of the (specificity-scaled, if asked) token weights of the given units of one side. */
  unitMass(side: 'src' | 'tgt', units: ArrayLike<number>, specific = false): number {
    const feats = side === 'src' ? this.src : this.tgt;
    const store = side === 'src' ? this.srcF.store : this.tgtF.store;
    const w = specific ? this.specificWeights()[side] : store.weight;
    let m = 0;
    for (let k = 0; k < units.length; k++) {
      const u = feats[units[k] as number] as UnitFeatures;
      for (let x = u.from; x < u.to; x++) m += w[store.toks[x] as number] as number;
    }
    return m;
  }

  /** Confidence of a bead from its margin. */
  confidence(bead: Bead): number {
    const m = bead.margin ?? 0;
    let c = m === Infinity ? 1 : 1 - Math.exp(-m / this.params.confScale);
    if (bead.a === 0 || bead.b === 0) c *= 0.5;
    return Math.min(1, Math.max(0, c));
  }

  /** The learnt table (plus dictionary entries) as words: source word → target word → p(t|s). */
  lexicon(dictionary?: TranslationTable): TranslationTable {
    const out: TranslationTable = new Map();
    const sw = this.srcF.vocab.words;
    const tw = this.tgtF.vocab.words;
    for (const [s, row] of this.learnt) {
      const sWord = sw[s];
      if (sWord === undefined || sWord.startsWith('#')) continue;
      const m = new Map<string, number>();
      for (let k = 0; k < row.t.length; k++) {
        const tWord = tw[row.t[k] as number];
        if (tWord === undefined || tWord.startsWith('#')) continue;
        m.set(tWord, row.p[k] as number);
      }
      if (m.size > 0) out.set(sWord, m);
    }
    if (dictionary) {
      for (const [s, row] of dictionary) {
        let m = out.get(s);
        if (!m) out.set(s, (m = new Map()));
        for (const [t, p] of row) m.set(t, Math.max(p, m.get(t) ?? 0));
      }
    }
    return out;
  }
}
