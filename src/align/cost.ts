/**
 * The bead cost of the aligner: a sum of negative log-likelihood-like terms.
 *
 * - shape prior: how common the bead shape is (1-1 cheapest);
 * - length (Gale & Church 1993): the target length is normally distributed
 *   around `ratio` × source length with variance proportional to the length;
 * - lexical: every content token costs `lexWeight` unless the other side of
 *   the bead holds a partner for it (same number, same word, a cognate key,
 *   or a likely translation from the learnt table / user dictionary). Since
 *   every token lies in exactly one bead, the lexical term compares
 *   segmentations on how many tokens they explain;
 * - punctuation: unequal counts of ? ! : ( and quotes.
 *
 * Token matches are computed per unit pair (i, j) and cached, which gives a
 * 1-1 bead's matches in O(1). A merge counts each token once, wherever in the
 * bead its partner is (the union over its units, computed afresh); summing
 * its cached pair matches instead would count a word found in two partners
 * twice and make merges of sentences that share vocabulary look better than
 * they are. That sum serves as the DP's lower bound of a merge's cost, so
 * the union is computed only for merges that can still win.
 */
import type { BeadCost } from './dp.js';
import { PUNCT_CLASSES, punctCount, type FeatureStore, type UnitFeatures } from './features.js';

/** Tuning knobs of the bead cost (all ≥ 0). */
export interface CostParams {
  /** Cost of a token without partner on the other side. Default: 0. */
  lexWeight: number;
  /**
   * Cost per unit of a bead times the share of its token mass without a
   * partner: `lexRatioWeight · (a + b) · unmatched / (total + lexSmoothing)`.
   * Unlike `lexWeight` it does not grow with the units' length, so long units
   * do not gain merges from incidental matches.
   * Default: 4.
   */
  lexRatioWeight: number;
  /** Pseudo-mass added to a bead's token mass in the ratio, so that units with few tokens weigh little. Default: 0 (paragraph level: blockLexSmoothing). */
  lexSmoothing: number;
  /**
   * Cost per unit times that unit's own share of token mass without a partner
   * in the bead: `lexUnitWeight · Σ_units unmatched_u / (mass_u + lexSmoothing)`.
   * Every unit pays for itself wherever it lies, so absorbing a short
   * unrelated unit into a merge is no cheaper than leaving it unlinked.
   * Default: 0.
   */
  lexUnitWeight: number;
  /**
   * Factor on the lexical cost of a 1-0 / 0-1 bead. Below 1, tokens declared
   * untranslated cost less than tokens left unexplained inside a link, so an
   * unrelated unit is left unlinked rather than absorbed into a merge.
   * Default: 1.
   */
  nullLexFactor: number;
  /** Weight of the Gale–Church length term. Default: 1. */
  lengthWeight: number;
  /**
   * Ceiling of the length term (before `lengthWeight`): lengths that differ
   * wildly (a paragraph with captions inside) are treated as an outlier of
   * bounded cost, so lexical evidence can still link the units.
   * Default: 30 (paragraph level: blockLengthCap).
   */
  lengthCap: number;
  /** Gale–Church variance per character (s²). Default: 9 (paragraph level: blockVariance). */
  variance: number;
  /** Cost of each punctuation-count difference. Default: 0.5. */
  punctWeight: number;
  /**
   * Cost per unit of token mass of a 1-0 / 0-1 bead, so that leaving a long
   * unit unlinked costs more than a short one. Default: 0 (paragraph level:
   * blockNullMassCost).
   */
  nullMassCost: number;
  /** Fixed cost of a 1-0 or 0-1 bead (besides its unexplained tokens). Default: 2.5. */
  nullCost: number;
  /** Extra cost per unit of a merge bead beyond the first on each side: cost(a,b) = mergeCost·(a+b-2). Default: 2.5. */
  mergeCost: number;
  /**
   * `mergeCost` for joining a unit to the one before it when the second
   * starts in lower case (fragments of one sentence on separate lines).
   * Default: 1 (paragraph level: mergeCost).
   */
  weakMergeCost: number;
  /** Extra cost of an m-n bead with both m, n ≥ 2. Default: 0.5. */
  manyManyCost: number;
}

/** Translation candidates per token id (target ids for source tokens, source ids for target tokens). */
export type Candidates = ReadonlyArray<Int32Array | undefined>;

/** -ln erfc(x) for x ≥ 0, stable for large x (Chebyshev fit of erfc, |rel. error| < 1.2e-7). */
export function negLogErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return x * x - poly - Math.log(t);
}

/** Gale–Church length cost: −ln P(|δ| ≥ observed) for source length ls and target length lt. */
export function lengthCost(ls: number, lt: number, ratio: number, variance: number): number {
  const mean = (ls + lt / ratio) / 2;
  if (mean <= 0) return 0;
  const delta = (lt - ls * ratio) / Math.sqrt(variance * mean * ratio);
  return negLogErfc(Math.abs(delta) / Math.SQRT2);
}

/** Pairs cached at most (two Float32 values each): 4M pairs, 32 MB. */
const CACHE_BUDGET = 4_000_000;

/** Per-pair token matches between source and target units, cached by rows (the rows cached longest ago are forgotten first). */
export class PairScorer {
  private readonly rowBase: Int32Array;
  private readonly rowM: Array<Float32Array | undefined>;
  private readonly stampKey: Int32Array;
  private readonly stampWordT: Int32Array;
  private readonly stampWordS: Int32Array;
  private stamp = 0;
  private cached = 0;
  private queue: number[] = [];
  private head = 0;
  private readonly rowStamp: Int32Array;
  /** Scratch for {@link beadMatched}: per-unit coverage of the bead. */
  private coverBuf = new Float64Array(16);

  constructor(
    readonly src: readonly UnitFeatures[],
    readonly tgt: readonly UnitFeatures[],
    readonly srcStore: FeatureStore,
    readonly tgtStore: FeatureStore,
    keyCount: number,
    srcVocab: number,
    tgtVocab: number,
    readonly cand: Candidates,
    readonly candRev: Candidates,
  ) {
    this.rowBase = new Int32Array(src.length);
    this.rowStamp = new Int32Array(src.length).fill(-1);
    this.rowM = new Array(src.length);
    this.stampKey = new Int32Array(keyCount);
    this.stampWordT = new Int32Array(tgtVocab);
    this.stampWordS = new Int32Array(srcVocab);
  }

  /** Matched token mass of source unit i in target unit j, and of j in i. */
  private compute(i: number, j: number, out: Float32Array, at: number, atT: number): void {
    const s = this.src[i] as UnitFeatures;
    const t = this.tgt[j] as UnitFeatures;
    out[at] = this.covered(this.srcStore, s, this.tgtStore, t, this.cand, this.stampWordT);
    out[atT] = this.covered(this.tgtStore, t, this.srcStore, s, this.candRev, this.stampWordS);
  }

  /**
   * Weight of unit `a`'s tokens that are found in unit `b`: a shared key
   * (word, number, cognate) or a translation candidate among `b`'s words.
   * `stampWordB` is the stamp array over `b`'s vocabulary.
   */
  private covered(A: FeatureStore, a: UnitFeatures, B: FeatureStore, b: UnitFeatures, cand: Candidates, stampWordB: Int32Array): number {
    const st = ++this.stamp;
    this.mark(B, b, st, stampWordB);
    return this.count(A, a, st, cand, stampWordB);
  }

  /**
   * Matched token mass of a whole bead, both sides: source tokens of units
   * `srcUnits` with a partner anywhere in `tgtUnits`, plus the converse
   * (exact for the union, where summing pair masses counts a token matched
   * in two partners twice).
   */
  beadMatched(srcUnits: ArrayLike<number>, tgtUnits: ArrayLike<number>, weights?: { src: ArrayLike<number>; tgt: ArrayLike<number> }): number {
    const n = srcUnits.length + tgtUnits.length;
    if (this.coverBuf.length < n) this.coverBuf = new Float64Array(2 * n);
    const out = this.coverBuf;
    this.beadCoverage(srcUnits, tgtUnits, out, weights);
    let m = 0;
    for (let k = 0; k < n; k++) m += out[k] as number;
    return m;
  }

  /**
   * Per unit of a bead, the mass of its tokens with a partner on the other
   * side of the bead: `out[x]` for source unit x (0-based in `srcUnits`),
   * `out[a + y]` for target unit y.
   */
  beadCoverage(srcUnits: ArrayLike<number>, tgtUnits: ArrayLike<number>, out: Float64Array, weights?: { src: ArrayLike<number>; tgt: ArrayLike<number> }): void {
    const a = srcUnits.length;
    let st = ++this.stamp;
    const wS = weights?.src ?? this.srcStore.weight;
    const wT = weights?.tgt ?? this.tgtStore.weight;
    for (let y = 0; y < tgtUnits.length; y++) this.mark(this.tgtStore, this.tgt[tgtUnits[y] as number] as UnitFeatures, st, this.stampWordT);
    for (let x = 0; x < a; x++) out[x] = this.count(this.srcStore, this.src[srcUnits[x] as number] as UnitFeatures, st, this.cand, this.stampWordT, wS);
    st = ++this.stamp;
    for (let x = 0; x < a; x++) this.mark(this.srcStore, this.src[srcUnits[x] as number] as UnitFeatures, st, this.stampWordS);
    for (let y = 0; y < tgtUnits.length; y++) out[a + y] = this.count(this.tgtStore, this.tgt[tgtUnits[y] as number] as UnitFeatures, st, this.candRev, this.stampWordS, wT);
  }

  /** Stamp unit `b`'s words and keys with `st`. */
  private mark(B: FeatureStore, b: UnitFeatures, st: number, stampWordB: Int32Array): void {
    const stampKey = this.stampKey;
    for (let k = b.from; k < b.to; k++) {
      const tok = B.toks[k] as number;
      stampWordB[tok] = st;
      for (let y = B.keyStart[tok] as number, e = B.keyEnd(tok); y < e; y++) stampKey[B.keys[y] as number] = st;
    }
  }

  /** Weight of unit `a`'s tokens with a key or a translation candidate stamped `st`. */
  private count(A: FeatureStore, a: UnitFeatures, st: number, cand: Candidates, stampWordB: Int32Array, weight: ArrayLike<number> = A.weight): number {
    const stampKey = this.stampKey;
    let m = 0;
    for (let x = a.from; x < a.to; x++) {
      let hit = false;
      const tok = A.toks[x] as number;
      for (let y = A.keyStart[tok] as number, e = A.keyEnd(tok); y < e; y++) {
        if (stampKey[A.keys[y] as number] === st) {
          hit = true;
          break;
        }
      }
      if (!hit) {
        const c = cand[tok];
        if (c) for (const w of c) if (stampWordB[w] === st) { hit = true; break; }
      }
      if (hit) m += weight[tok] as number;
    }
    return m;
  }

  /** Matched masses [source side, target side] for the unit pair (i, j). */
  pair(i: number, j: number, res: Float64Array): void {
    // one array per cached row: source-side masses in its first half, target-side in its second
    let row = this.rowM[i];
    let base = this.rowBase[i] as number;
    if (!row) {
      base = Math.max(0, j - 8);
      row = new Float32Array(48).fill(NaN);
      this.rowBase[i] = base;
      this.rowM[i] = row;
      this.remember(i, 24);
    }
    let cap = row.length >> 1;
    if (j < base || j >= base + cap) {
      // grow towards j with slack, so that a row sweeping left or right reallocates O(log) times
      const ncap = Math.max(cap * 2, base + cap - j + 1, j - base + 1);
      const lo = j < base ? Math.max(0, base + cap - ncap) : base;
      const nrow = new Float32Array(2 * ncap).fill(NaN);
      nrow.set(row.subarray(0, cap), base - lo);
      nrow.set(row.subarray(cap), ncap + base - lo);
      const grown = ncap - cap;
      row = nrow;
      cap = ncap;
      base = lo;
      this.rowBase[i] = base;
      this.rowM[i] = row;
      this.remember(i, grown);
    }
    const at = j - base;
    if (Number.isNaN(row[at] as number)) this.compute(i, j, row, at, cap + at);
    res[0] = row[at] as number;
    res[1] = row[cap + at] as number;
  }

  /** Account for `cells` more cached pairs in row i; forget the oldest rows beyond the budget (memory stays bounded). */
  private remember(i: number, cells: number): void {
    this.cached += cells;
    this.rowStamp[i] = this.queue.length;
    this.queue.push(i);
    while (this.cached > CACHE_BUDGET && this.head < this.queue.length - 1) {
      const at = this.head++;
      const r = this.queue[at] as number;
      const arr = this.rowM[r];
      if (arr && this.rowStamp[r] === at && r !== i) {
        this.cached -= arr.length >> 1;
        this.rowM[r] = undefined;
      }
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      // compact the queue; stamps are positions in it
      const old = this.queue;
      const fresh: number[] = [];
      for (let k = this.head; k < old.length; k++) {
        const r = old[k] as number;
        if (this.rowStamp[r] === k && this.rowM[r]) {
          this.rowStamp[r] = fresh.length;
          fresh.push(r);
        }
      }
      this.queue = fresh;
      this.head = 0;
    }
  }
}

/** A length-only bead cost (shape prior and Gale–Church), cheap enough to find a guide path for the full cost. */
export function lengthOnlyCost(srcLens: ArrayLike<number>, tgtLens: ArrayLike<number>, ratio: number, p: CostParams): BeadCost {
  const ps = new Float64Array(srcLens.length + 1);
  const pt = new Float64Array(tgtLens.length + 1);
  for (let k = 0; k < srcLens.length; k++) ps[k + 1] = (ps[k] as number) + (srcLens[k] as number);
  for (let k = 0; k < tgtLens.length; k++) pt[k + 1] = (pt[k] as number) + (tgtLens[k] as number);
  const nullUnit = p.lexUnitWeight + p.lexRatioWeight;
  return (i, a, j, b) => {
    if (a === 0 || b === 0) return p.nullCost + nullUnit * (a + b);
    const ls = (ps[i + a] as number) - (ps[i] as number) + a - 1;
    const lt = (pt[j + b] as number) - (pt[j] as number) + b - 1;
    return shapeCost(a, b, p) + p.lengthWeight * Math.min(p.lengthCap, lengthCost(ls, lt, ratio, p.variance));
  };
}

/** Shape prior: cost of a bead shape. */
export function shapeCost(a: number, b: number, p: CostParams): number {
  if (a === 0 || b === 0) return p.nullCost;
  return p.mergeCost * (a + b - 2) + (a >= 2 && b >= 2 ? p.manyManyCost : 0);
}

/**
 * Extra per-bead cost hook (e.g. paragraph labels), over local indices;
 * `sim` is the share of the bead's token mass that found a partner (0 for 1-0 / 0-1).
 */
export type ExtraCost = (i: number, a: number, j: number, b: number, sim: number) => number;

/**
 * A bead cost over local unit lists: local source index k is global unit
 * `srcIdx[k]` of the scorer (same for target).
 */
export function beadCost(scorer: PairScorer, srcIdx: ArrayLike<number>, tgtIdx: ArrayLike<number>, ratio: number, p: CostParams, extra?: ExtraCost): BeadCost {
  return beadCostWithBound(scorer, srcIdx, tgtIdx, ratio, p, extra).cost;
}

/**
 * {@link beadCost} with a cheap lower bound of it (shape prior and length
 * only: every other term is ≥ 0), which lets the DP skip hopeless beads
 * without computing their lexical term.
 */
export function beadCostWithBound(scorer: PairScorer, srcIdx: ArrayLike<number>, tgtIdx: ArrayLike<number>, ratio: number, p: CostParams, extra?: ExtraCost): { cost: BeadCost; bound: BeadCost } {
  const res = new Float64Array(2);
  const colT = new Float64Array(16);
  // Per-range prefix sums of lengths, masses and punctuation counts.
  const n = srcIdx.length;
  const m = tgtIdx.length;
  const sUnits = Array.from({ length: n }, (_, k) => scorer.src[srcIdx[k] as number] as UnitFeatures);
  const tUnits = Array.from({ length: m }, (_, k) => scorer.tgt[tgtIdx[k] as number] as UnitFeatures);
  const prefix = (units: UnitFeatures[], f: (u: UnitFeatures) => number): Float64Array => {
    const out = new Float64Array(units.length + 1);
    units.forEach((u, k) => (out[k + 1] = (out[k] as number) + f(u)));
    return out;
  };
  const sLen = prefix(sUnits, (u) => u.len);
  const tLen = prefix(tUnits, (u) => u.len);
  const sMass = prefix(sUnits, (u) => u.mass);
  const tMass = prefix(tUnits, (u) => u.mass);
  // share of a unit's mass as null: mass / (mass + smoothing)
  const sNull = prefix(sUnits, (u) => (u.mass > 0 ? u.mass / (u.mass + p.lexSmoothing) : 0));
  const tNull = prefix(tUnits, (u) => (u.mass > 0 ? u.mass / (u.mass + p.lexSmoothing) : 0));
  const sPunct = Array.from({ length: PUNCT_CLASSES }, (_, c) => prefix(sUnits, (u) => punctCount(u.punct, c)));
  const tPunct = Array.from({ length: PUNCT_CLASSES }, (_, c) => prefix(tUnits, (u) => punctCount(u.punct, c)));
  // weak boundaries: wS[k + 1] - wS[i + 1] counts the weak joints between units i..k
  const weakPrefix = (units: UnitFeatures[]): Float64Array => {
    const out = new Float64Array(units.length + 1);
    for (let k = 0; k < units.length; k++) {
      const weak = k > 0 && (units[k] as UnitFeatures).startsLower;
      out[k + 1] = (out[k] as number) + (weak ? 1 : 0);
    }
    return out;
  };
  const sWeak = weakPrefix(sUnits);
  const tWeak = weakPrefix(tUnits);
  const sM = Float64Array.from(sUnits, (u) => u.mass);
  const tM = Float64Array.from(tUnits, (u) => u.mass);
  const sGlobal = Int32Array.from({ length: n }, (_, k) => srcIdx[k] as number);
  const tGlobal = Int32Array.from({ length: m }, (_, k) => tgtIdx[k] as number);
  const { weakMergeCost } = p;
  const { nullMassCost } = p;
  const { nullCost, mergeCost, manyManyCost, nullLexFactor, lexWeight, lexRatioWeight, lexSmoothing, lexUnitWeight, lengthWeight, lengthCap, variance, punctWeight } = p;
  const joinCost = (i: number, a: number, j: number, b: number): number => {
    const weak = (a > 1 ? (sWeak[i + a] as number) - (sWeak[i + 1] as number) : 0) + (b > 1 ? (tWeak[j + b] as number) - (tWeak[j + 1] as number) : 0);
    return mergeCost * (a + b - 2 - weak) + weakMergeCost * weak;
  };
  /** Shape prior and length term of a link bead (a, b ≥ 1): the cheap part, and a lower bound of the rest. */
  const base = (i: number, a: number, j: number, b: number): number => {
    const lenS = (sLen[i + a] as number) - (sLen[i] as number) + a - 1;
    const lenT = (tLen[j + b] as number) - (tLen[j] as number) + b - 1;
    return joinCost(i, a, j, b) + (a >= 2 && b >= 2 ? manyManyCost : 0) + lengthWeight * Math.min(lengthCap, lengthCost(lenS, lenT, ratio, variance));
  };
  // Matched masses of the bead's last evaluation: [source side, target side, summed unit shares of unmatched mass].
  const lex = new Float64Array(3);
  let cover = new Float64Array(16);
  /**
   * Token matches from the cached unit pairs. Exact for a 1-1 bead; for a
   * merge, a token matched in two partners counts twice (capped by its unit's
   * mass), so this over-counts matches and gives a lower bound of the cost.
   */
  const pairMatches = (i: number, a: number, j: number, b: number): void => {
    let matchedS = 0;
    let share = 0;
    for (let y = 0; y < b; y++) colT[y] = 0;
    for (let x = 0; x < a; x++) {
      const gi = sGlobal[i + x] as number;
      let row = 0;
      for (let y = 0; y < b; y++) {
        scorer.pair(gi, tGlobal[j + y] as number, res);
        row += res[0] as number;
        colT[y] = (colT[y] as number) + (res[1] as number);
      }
      const mass = sM[i + x] as number;
      const got = row < mass ? row : mass;
      matchedS += got;
      if (mass > got) share += (mass - got) / (mass + lexSmoothing);
    }
    let matchedT = 0;
    for (let y = 0; y < b; y++) {
      const mass = tM[j + y] as number;
      const c = colT[y] as number;
      const got = c < mass ? c : mass;
      matchedT += got;
      if (mass > got) share += (mass - got) / (mass + lexSmoothing);
    }
    lex[0] = matchedS;
    lex[1] = matchedT;
    lex[2] = share;
  };
  /** Exact token matches of a merge bead: each token counts once, wherever in the bead its partner is. */
  const unionMatches = (i: number, a: number, j: number, b: number): void => {
    if (cover.length < a + b) cover = new Float64Array(2 * (a + b));
    scorer.beadCoverage(sGlobal.subarray(i, i + a), tGlobal.subarray(j, j + b), cover);
    let matchedS = 0;
    let matchedT = 0;
    let share = 0;
    for (let x = 0; x < a; x++) {
      const mass = sM[i + x] as number;
      const got = cover[x] as number;
      matchedS += got;
      if (mass > got) share += (mass - got) / (mass + lexSmoothing);
    }
    for (let y = 0; y < b; y++) {
      const mass = tM[j + y] as number;
      const got = cover[a + y] as number;
      matchedT += got;
      if (mass > got) share += (mass - got) / (mass + lexSmoothing);
    }
    lex[0] = matchedS;
    lex[1] = matchedT;
    lex[2] = share;
  };
  /** Lexical and punctuation cost of a link bead from the matches in `lex`. */
  const rest = (i: number, a: number, j: number, b: number, massS: number, massT: number): number => {
    let cost = lexUnitWeight * (lex[2] as number);
    const unmatched = massS + massT - (lex[0] as number) - (lex[1] as number);
    cost += lexWeight * unmatched;
    if (lexRatioWeight > 0) cost += lexRatioWeight * (a + b) * (unmatched > 0 ? unmatched / (massS + massT + lexSmoothing) : 0);
    if (punctWeight > 0) {
      let diff = 0;
      for (let c = 0; c < PUNCT_CLASSES; c++) {
        const sp = sPunct[c] as Float64Array;
        const tp = tPunct[c] as Float64Array;
        const d = (sp[i + a] as number) - (sp[i] as number) - ((tp[j + b] as number) - (tp[j] as number));
        diff += d < 0 ? -d : d;
      }
      cost += punctWeight * diff;
    }
    return cost;
  };
  // The bound: shape and length; for a merge that may still win, also the
  // lexical cost from the pair sums (never above the exact one).
  const bound: BeadCost = (i, a, j, b, budget) => {
    if (a === 0 || b === 0) return nullCost;
    const cheap = base(i, a, j, b);
    if (a + b <= 2 || budget === undefined || cheap >= budget) return cheap;
    pairMatches(i, a, j, b);
    return cheap + rest(i, a, j, b, (sMass[i + a] as number) - (sMass[i] as number), (tMass[j + b] as number) - (tMass[j] as number));
  };
  const cost: BeadCost = (i: number, a: number, j: number, b: number): number => {
    const massS = (sMass[i + a] as number) - (sMass[i] as number);
    const massT = (tMass[j + b] as number) - (tMass[j] as number);
    if (a === 0 || b === 0) {
      let cost = nullCost;
      const mass = massS + massT;
      const f = nullLexFactor;
      cost += nullMassCost * mass;
      cost += f * (lexWeight * mass + lexRatioWeight * (a + b) * (mass > 0 ? mass / (mass + lexSmoothing) : 0));
      if (lexUnitWeight > 0) {
        const share = (sNull[i + a] as number) - (sNull[i] as number) + (tNull[j + b] as number) - (tNull[j] as number);
        cost += f * lexUnitWeight * share;
      }
      return extra ? cost + extra(i, a, j, b, 0) : cost;
    }
    if (a + b <= 2) pairMatches(i, a, j, b);
    else unionMatches(i, a, j, b);
    const cost = base(i, a, j, b) + rest(i, a, j, b, massS, massT);
    return extra ? cost + extra(i, a, j, b, massS + massT > 0 ? ((lex[0] as number) + (lex[1] as number)) / (massS + massT) : 0) : cost;
  };
  return { cost, bound };
}
