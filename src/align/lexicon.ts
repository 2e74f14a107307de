/**
 * Word-translation probabilities learnt from the pair itself with IBM
 * Model 1 (Brown et al. 1993): expectation–maximisation of p(t|s) over
 * sentence pairs believed to be translations, with an empty word on the
 * source side for target words that translate nothing.
 */

/** A sentence pair as token ids (source side, target side). */
export interface TokenPair {
  src: Int32Array;
  tgt: Int32Array;
}

/** Sparse p(t|s): for each source id, target ids with their probability, most probable first. */
export type SparseTable = Map<number, { t: Int32Array; p: Float64Array }>;

/** Options of {@link trainModel1}. */
export interface Model1Options {
  /** EM iterations. Default: 5. */
  iterations: number;
  /** Entries below this probability are dropped from the result. Default: 0.05. */
  minProb: number;
  /** Words seen in fewer training pairs than this get no entry. Default: 2. */
  minCount: number;
}

/**
 * Train IBM Model 1 p(t|s) on `pairs`. Ids are non-negative integers; the
 * empty word is internal. Returns only entries of words seen at least
 * `minCount` times whose partner was also seen that often.
 */
export function trainModel1(pairs: readonly TokenPair[], options: Model1Options): SparseTable {
  const NULL = -1;
  const srcCount = new Map<number, number>();
  const tgtCount = new Map<number, number>();
  for (const { src, tgt } of pairs) {
    for (const s of new Set(src)) srcCount.set(s, (srcCount.get(s) ?? 0) + 1);
    for (const t of new Set(tgt)) tgtCount.set(t, (tgtCount.get(t) ?? 0) + 1);
  }
  // t(t|s) as nested maps, initialised uniformly over co-occurring targets.
  const prob = new Map<number, Map<number, number>>();
  for (const { src, tgt } of pairs) {
    for (const s of [NULL, ...src]) {
      let row = prob.get(s);
      if (!row) prob.set(s, (row = new Map()));
      for (const t of tgt) row.set(t, 1);
    }
  }
  for (const row of prob.values()) {
    const u = 1 / row.size;
    for (const t of row.keys()) row.set(t, u);
  }
  for (let it = 0; it < options.iterations; it++) {
    const counts = new Map<number, Map<number, number>>();
    for (const { src, tgt } of pairs) {
      const sources = [NULL, ...src];
      for (const t of tgt) {
        let denom = 0;
        for (const s of sources) denom += prob.get(s)?.get(t) ?? 0;
        if (denom <= 0) continue;
        for (const s of sources) {
          const p = prob.get(s)?.get(t) ?? 0;
          if (p === 0) continue;
          let row = counts.get(s);
          if (!row) counts.set(s, (row = new Map()));
          row.set(t, (row.get(t) ?? 0) + p / denom);
        }
      }
    }
    for (const [s, row] of counts) {
      let total = 0;
      for (const c of row.values()) total += c;
      const prow = prob.get(s);
      if (!prow) continue;
      for (const t of prow.keys()) prow.set(t, (row.get(t) ?? 0) / total);
    }
  }
  const table: SparseTable = new Map();
  for (const [s, row] of prob) {
    if (s === NULL || (srcCount.get(s) ?? 0) < options.minCount) continue;
    const entries = [...row].filter(([t, p]) => p >= options.minProb && (tgtCount.get(t) ?? 0) >= options.minCount);
    if (entries.length === 0) continue;
    entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    table.set(s, { t: Int32Array.from(entries.map((e) => e[0])), p: Float64Array.from(entries.map((e) => e[1])) });
  }
  return table;
}
