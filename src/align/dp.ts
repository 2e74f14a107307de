/**
 * Monotone alignment by dynamic programming over bead shapes, shared by the
 * paragraph and the sentence level.
 *
 * A bead joins `a` consecutive source units starting at `i` with `b`
 * consecutive target units starting at `j`; its cost comes from a callback,
 * so the same search serves any cost model. The search runs either over the
 * whole n×m grid (`band: 'full'`, the reference) or in a corridor around a
 * guide path (`band: number`): first the diagonal (of cumulative unit
 * lengths when given), then the path found, widened locally wherever the
 * path comes near the corridor's edge, until it no longer does; a last round
 * doubles the corridor and keeps the result only if no cheaper path appears.
 * Memory and time grow with the corridor's area, i.e. linearly in n for a
 * fixed width. Backpointers are typed arrays.
 *
 * Ties are broken deterministically: among equal totals the shape listed
 * first wins, so the corridor and the full search agree whenever the optimal
 * path lies inside the corridor.
 */
import { optionError } from '../errors.js';

/** A bead shape `[a, b]`: `a` source units with `b` target units. */
export type Shape = readonly [number, number];

/** One step of an alignment path: source units `[i, i+a)` with target units `[j, j+b)`. */
export interface Bead {
  i: number;
  a: number;
  j: number;
  b: number;
  /** The bead's own cost, as returned by the callback. */
  cost: number;
  /**
   * How much more the best complete path that does not contain this bead
   * costs than the optimal path (≥ 0; `Infinity` when there is no
   * alternative). Present when `margins` was requested.
   */
  margin?: number;
}

/**
 * Cost of the bead (i, a, j, b); `Infinity` forbids it. Must be ≥ 0 for the
 * corridor search to be sound. As a lower bound (`lowerBound`), the function
 * also gets `budget`: the cost above which the bead cannot win; a bound may
 * then skip refining once it knows it reaches the budget.
 */
export type BeadCost = (i: number, a: number, j: number, b: number, budget?: number) => number;

/** Options of {@link alignDp}. */
export interface DpOptions {
  /** Bead shapes allowed, in tie-breaking order. Default: {@link DEFAULT_SHAPES}. */
  shapes?: readonly Shape[];
  /**
   * Corridor half-width in target units around the guide path, or 'full' for
   * the exact search over the whole grid. Default: 16. The corridor covers the
   * whole grid anyway when the input is small.
   */
  band?: number | 'full';
  /**
   * Distance (in units) from the corridor's edge at which the path counts as
   * touching it, which makes the corridor widen there. Default: 3.
   */
  edgeMargin?: number;
  /** Maximum number of corridor rounds (widening, then one check round with the corridor doubled) before the last result is accepted. Default: 12. */
  maxRounds?: number;
  /** Compute each bead's `margin` (a backward pass and a local search). Default: false. */
  margins?: boolean;
  /**
   * Guide path to centre the first corridor on, as beads (e.g. projected from
   * a coarser alignment). Default: the diagonal from (0,0) to (n,m), in the
   * space of `weights` when given.
   */
  guide?: readonly Bead[];
  /**
   * Unit weights (e.g. character lengths) of both sides: the default guide is
   * then the diagonal of cumulative weight, which follows the text much better
   * than the diagonal of unit counts when unit lengths vary or short units are
   * inserted. Default: none (unit counts).
   */
  weights?: { src: ArrayLike<number>; tgt: ArrayLike<number> };
  /**
   * A cheap lower bound of `cost` (never above it): beads whose bound cannot
   * beat the best candidate so far are skipped without calling `cost`.
   * Default: none.
   */
  lowerBound?: BeadCost;
}

/** Result of {@link alignDp}. */
export interface DpResult {
  beads: Bead[];
  /** Total cost of the path. */
  cost: number;
  /** Number of grid cells evaluated in the last round (for diagnostics). */
  cells: number;
  /** Number of corridor rounds run. */
  rounds: number;
}

/** Shapes used by default: 1-1, deletions, insertions, merges and splits up to 1-4 / 4-1, 2-2, 2-3, 3-2. */
export const DEFAULT_SHAPES: readonly Shape[] = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [3, 2], [2, 3], [4, 1], [1, 4],
];

/** Check rounds (corridor doubled to look for a cheaper path) at most. */
const MAX_CHECKS = 3;
/** No check round for corridors larger than this (cells), to keep memory linear with a small constant on long texts. */
const MAX_CHECK_CELLS = 4_000_000;

/** A corridor: for each row i (0..n), the inclusive target range [lo[i], hi[i]]. */
interface Corridor {
  lo: Int32Array;
  hi: Int32Array;
  off: Int32Array; // off[i] = index of cell (i, lo[i]); off[n+1] = total cells
}

function makeCorridor(n: number, m: number, lo: Int32Array, hi: Int32Array): Corridor {
  // Make the corridor monotone and connected: lo and hi non-decreasing, rows overlapping.
  lo[0] = 0;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) if ((lo[i] as number) > (lo[i + 1] as number)) lo[i] = lo[i + 1] as number;
  for (let i = 1; i <= n; i++) if ((hi[i] as number) < (hi[i - 1] as number)) hi[i] = hi[i - 1] as number;
  for (let i = 1; i <= n; i++) {
    if ((lo[i] as number) > (hi[i - 1] as number)) lo[i] = hi[i - 1] as number;
  }
  const off = new Int32Array(n + 2);
  let total = 0;
  for (let i = 0; i <= n; i++) {
    off[i] = total;
    total += (hi[i] as number) - (lo[i] as number) + 1;
  }
  off[n + 1] = total;
  return { lo, hi, off };
}

function fullCorridor(n: number, m: number): Corridor {
  return makeCorridor(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m));
}

/** Per-row [min j, max j] of a path given as beads (rows skipped by a ≥ 2 bead get the interpolated range). */
function pathRanges(n: number, beads: readonly Bead[]): [Int32Array, Int32Array] {
  const pmin = new Int32Array(n + 1).fill(0x7fffffff);
  const pmax = new Int32Array(n + 1).fill(-1);
  const touch = (i: number, j: number): void => {
    if (j < (pmin[i] as number)) pmin[i] = j;
    if (j > (pmax[i] as number)) pmax[i] = j;
  };
  touch(0, 0);
  for (const bd of beads) {
    touch(bd.i, bd.j);
    for (let k = 1; k <= bd.a; k++) {
      touch(bd.i + k, bd.j + Math.floor((bd.b * (k - 1)) / bd.a));
      touch(bd.i + k, bd.j + Math.ceil((bd.b * k) / bd.a));
    }
    if (bd.a === 0) touch(bd.i, bd.j + bd.b);
  }
  return [pmin, pmax];
}

/** The corridor of `width` around a path, united with the previous corridor (so that rounds only grow it). */
function corridorAround(n: number, m: number, beads: readonly Bead[], width: Int32Array, prev?: Corridor): Corridor {
  const [pmin, pmax] = pathRanges(n, beads);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const w = width[i] as number;
    lo[i] = Math.max(0, (pmin[i] as number) - w);
    hi[i] = Math.min(m, (pmax[i] as number) + w);
    if (prev) {
      lo[i] = Math.min(lo[i] as number, prev.lo[i] as number);
      hi[i] = Math.max(hi[i] as number, prev.hi[i] as number);
    }
  }
  return makeCorridor(n, m, lo, hi);
}

function diagonalBeads(n: number, m: number, weights?: { src: ArrayLike<number>; tgt: ArrayLike<number> }): Bead[] {
  // A path along the scaled diagonal (of unit counts or cumulative weights), as 1-b steps.
  let pos: (i: number) => number = (i) => Math.round((i * m) / n);
  if (weights && weights.src.length === n && weights.tgt.length === m) {
    const cs = new Float64Array(n + 1);
    const ct = new Float64Array(m + 1);
    for (let i = 0; i < n; i++) cs[i + 1] = (cs[i] as number) + Math.max(0, Number(weights.src[i]) || 0) + 1;
    for (let j = 0; j < m; j++) ct[j + 1] = (ct[j] as number) + Math.max(0, Number(weights.tgt[j]) || 0) + 1;
    const scale = (cs[n] as number) > 0 ? (ct[m] as number) / (cs[n] as number) : 0;
    pos = (i) => {
      // first target boundary at or beyond the scaled source boundary
      const want = (cs[i] as number) * scale;
      let lo = 0;
      let hi = m;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((ct[mid] as number) < want) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
  }
  const beads: Bead[] = [];
  let j = 0;
  for (let i = 0; i < n; i++) {
    const target = i + 1 === n ? m : Math.max(j, pos(i + 1));
    const b = Math.max(0, target - j);
    beads.push({ i, a: 1, j, b, cost: 0 });
    j += b;
  }
  if (n === 0 && m > 0) beads.push({ i: 0, a: 0, j: 0, b: m, cost: 0 });
  return beads;
}

interface Pass {
  D: Float64Array;
  back: Uint8Array;
}

function forward(n: number, m: number, cor: Corridor, shapes: readonly Shape[], cost: BeadCost, bound?: BeadCost): Pass {
  const { lo, hi, off } = cor;
  const total = off[n + 1] as number;
  const D = new Float64Array(total).fill(Infinity);
  const back = new Uint8Array(total).fill(255);
  const ns = shapes.length;
  const sa = new Int32Array(ns);
  const sb = new Int32Array(ns);
  shapes.forEach(([a, b], k) => {
    sa[k] = a;
    sb[k] = b;
  });
  D[0] = 0;
  for (let i = 0; i <= n; i++) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    const o = off[i] as number;
    for (let j = l; j <= h; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bk = 255;
      for (let k = 0; k < ns; k++) {
        const a = sa[k] as number;
        const b = sb[k] as number;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0) continue;
        const pl = lo[pi] as number;
        if (pj < pl || pj > (hi[pi] as number)) continue;
        const prev = D[(off[pi] as number) + pj - pl] as number;
        if (prev === Infinity || prev >= best) continue;
        if (bound !== undefined && prev + bound(pi, a, pj, b, best - prev) >= best) continue;
        const c = cost(pi, a, pj, b);
        const t = prev + c;
        if (t < best) {
          best = t;
          bk = k;
        }
      }
      D[o + j - l] = best;
      back[o + j - l] = bk;
    }
  }
  return { D, back };
}

function backward(n: number, m: number, cor: Corridor, shapes: readonly Shape[], cost: BeadCost, bound?: BeadCost): Float32Array {
  const { lo, hi, off } = cor;
  // single precision: B only serves the margins (confidence), and halves their memory
  const B = new Float32Array(off[n + 1] as number).fill(Infinity);
  B[(off[n] as number) + m - (lo[n] as number)] = 0;
  for (let i = n; i >= 0; i--) {
    const l = lo[i] as number;
    const h = hi[i] as number;
    const o = off[i] as number;
    for (let j = h; j >= l; j--) {
      if (i === n && j === m) continue;
      let best = Infinity;
      for (const [a, b] of shapes) {
        const ni = i + a;
        const nj = j + b;
        if (ni > n || nj > m) continue;
        const nl = lo[ni] as number;
        if (nj < nl || nj > (hi[ni] as number)) continue;
        const next = B[(off[ni] as number) + nj - nl] as number;
        if (next === Infinity || next >= best) continue;
        if (bound !== undefined && next + bound(i, a, j, b, best - next) >= best) continue;
        const t = next + cost(i, a, j, b);
        if (t < best) best = t;
      }
      B[o + j - l] = best;
    }
  }
  return B;
}

function trace(n: number, m: number, cor: Corridor, shapes: readonly Shape[], pass: Pass, cost: BeadCost): Bead[] {
  const { lo, off } = cor;
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = pass.back[(off[i] as number) + j - (lo[i] as number)] as number;
    const shape = shapes[k];
    if (!shape) throw new RangeError('alignDp: broken backpointer chain');
    const [a, b] = shape;
    i -= a;
    j -= b;
    beads.push({ i, a, j, b, cost: cost(i, a, j, b) });
  }
  beads.reverse();
  return beads;
}

/**
 * For each bead on the optimal path, the extra cost of the best path that
 * avoids it: any such path covers the bead's first source unit (or, for an
 * insertion, its first target unit) with a different bead, so the minimum of
 * forward + bead + backward over those beads is exact within the corridor.
 */
function computeMargins(n: number, m: number, cor: Corridor, shapes: readonly Shape[], D: Float64Array, B: Float32Array, beads: Bead[], cost: BeadCost, total: number, bound?: BeadCost): void {
  const { lo, hi, off } = cor;
  const at = (arr: Float64Array | Float32Array, i: number, j: number): number => {
    if (i < 0 || i > n || j < 0 || j > m) return Infinity;
    const l = lo[i] as number;
    if (j < l || j > (hi[i] as number)) return Infinity;
    return arr[(off[i] as number) + j - l] as number;
  };
  for (const bd of beads) {
    let best = Infinity;
    const consider = (i: number, a: number, j: number, b: number): void => {
      if (i === bd.i && a === bd.a && j === bd.j && b === bd.b) return;
      const f = at(D, i, j);
      if (f === Infinity) return;
      const g = at(B, i + a, j + b);
      if (g === Infinity) return;
      if (f + g >= best) return;
      if (bound !== undefined && f + g + bound(i, a, j, b, best - f - g) >= best) return;
      const t = f + cost(i, a, j, b) + g;
      if (t < best) best = t;
    };
    if (bd.a > 0) {
      // beads covering source unit bd.i
      for (const [a, b] of shapes) {
        if (a === 0) continue;
        for (let s = bd.i - a + 1; s <= bd.i; s++) {
          if (s < 0 || s + a > n) continue;
          const l = lo[s] as number;
          const h = hi[s] as number;
          for (let j = l; j <= h; j++) consider(s, a, j, b);
        }
      }
    } else {
      // beads covering target unit bd.j
      for (const [a, b] of shapes) {
        if (b === 0) continue;
        for (let t = bd.j - b + 1; t <= bd.j; t++) {
          if (t < 0 || t + b > m) continue;
          // rows whose range contains t form an interval (lo and hi are non-decreasing)
          let x = 0;
          let y = n;
          while (x < y) {
            const mid = (x + y) >> 1;
            if ((hi[mid] as number) < t) x = mid + 1;
            else y = mid;
          }
          for (let i = x; i <= n - a; i++) {
            if (t < (lo[i] as number)) break;
            consider(i, a, t, b);
          }
        }
      }
    }
    bd.margin = best === Infinity ? Infinity : Math.max(0, best - total);
  }
}

function checkShapes(shapes: unknown): readonly Shape[] {
  if (!Array.isArray(shapes) || shapes.length === 0 || shapes.length > 254) {
    optionError('shapes', 'a non-empty array of [a, b] pairs', shapes);
  }
  let hasDel = false;
  let hasIns = false;
  for (const s of shapes as unknown[]) {
    if (!Array.isArray(s) || s.length !== 2 || !s.every((x) => Number.isInteger(x) && x >= 0 && x <= 16) || (s[0] === 0 && s[1] === 0)) {
      optionError('shapes', 'pairs [a, b] of integers 0..16, not both 0', s);
    }
    if (s[0] === 1 && s[1] === 0) hasDel = true;
    if (s[0] === 0 && s[1] === 1) hasIns = true;
  }
  if (!hasDel || !hasIns) optionError('shapes', 'a list including [1, 0] and [0, 1] (so that every input can be aligned)', shapes);
  return shapes as Shape[];
}

/**
 * Find the cheapest monotone path of beads from (0, 0) to (n, m).
 *
 * @param n number of source units
 * @param m number of target units
 * @param cost bead cost callback (≥ 0; `Infinity` forbids a bead). 1-0 and 0-1 beads should have a finite cost.
 */
export function alignDp(n: number, m: number, cost: BeadCost, options: DpOptions = {}): DpResult {
  if (!Number.isInteger(n) || n < 0) optionError('n', 'a non-negative integer', n);
  if (!Number.isInteger(m) || m < 0) optionError('m', 'a non-negative integer', m);
  if (typeof cost !== 'function') optionError('cost', 'a function', cost);
  const shapes = checkShapes(options.shapes ?? DEFAULT_SHAPES);
  const band = options.band ?? 16;
  if (band !== 'full' && (typeof band !== 'number' || !Number.isInteger(band) || band < 1)) {
    optionError('band', "a positive integer or 'full'", band);
  }
  const edgeMargin = options.edgeMargin ?? 3;
  if (!Number.isInteger(edgeMargin) || edgeMargin < 0) optionError('edgeMargin', 'a non-negative integer', edgeMargin);
  const maxRounds = options.maxRounds ?? 12;
  const bound = options.lowerBound;
  if (bound !== undefined && typeof bound !== 'function') optionError('lowerBound', 'a function', bound);
  if (!Number.isInteger(maxRounds) || maxRounds < 1) optionError('maxRounds', 'a positive integer', maxRounds);

  let cor: Corridor;
  let rounds = 1;
  let pass: Pass;
  let beads: Bead[];
  if (band === 'full' || m <= 2 * band) {
    cor = fullCorridor(n, m);
    pass = forward(n, m, cor, shapes, cost, bound);
    beads = trace(n, m, cor, shapes, pass, cost);
  } else {
    const width = new Int32Array(n + 1).fill(band);
    let guide: readonly Bead[] = options.guide ?? diagonalBeads(n, m, options.weights);
    let prev: Corridor | undefined;
    let checks = 0;
    const endOf = (c: Corridor, p: Pass): number => p.D[(c.off[n] as number) + m - (c.lo[n] as number)] as number;
    /** Widen `width` to `nw` (at least) over groups of `rows`, each group padded by twice the new width. */
    const widenRegions = (rows: number[], nwOf: (w: number) => number): void => {
      const old = width.slice();
      let start = 0;
      while (start < rows.length) {
        let end = start;
        let w = old[rows[start] as number] as number;
        while (end + 1 < rows.length && (rows[end + 1] as number) - (rows[end] as number) <= 2 * Math.max(w, old[rows[end + 1] as number] as number)) {
          end++;
          w = Math.max(w, old[rows[end] as number] as number);
        }
        const nw = Math.min(nwOf(w), m + 1);
        const from = Math.max(0, (rows[start] as number) - 2 * nw);
        const to = Math.min(n, (rows[end] as number) + 2 * nw);
        for (let k = from; k <= to; k++) if ((width[k] as number) < nw) width[k] = nw;
        start = end + 1;
      }
    };
    for (;;) {
      cor = corridorAround(n, m, guide, width, prev);
      pass = forward(n, m, cor, shapes, cost, bound);
      if (endOf(cor, pass) === Infinity) {
        // Forbidden costs cut the corridor: fall back to the whole grid.
        cor = fullCorridor(n, m);
        pass = forward(n, m, cor, shapes, cost, bound);
        beads = trace(n, m, cor, shapes, pass, cost);
        break;
      }
      beads = trace(n, m, cor, shapes, pass, cost);
      if (rounds >= maxRounds) break;
      rounds++;
      // Rows where the path comes near the corridor's edge: widen there and go again.
      const hits: number[] = [];
      const [pmin, pmax] = pathRanges(n, beads);
      for (let i = 0; i <= n; i++) {
        const l = cor.lo[i] as number;
        const h = cor.hi[i] as number;
        if ((l > 0 && (pmin[i] as number) - l < edgeMargin) || (h < m && h - (pmax[i] as number) < edgeMargin)) hits.push(i);
      }
      if (hits.length > 0) {
        widenRegions(hits, (w) => 2 * w);
        guide = beads;
        prev = cor;
        continue;
      }
      // Check round: search a corridor twice as wide; if it holds no cheaper
      // path, the result stands. Otherwise take the cheaper path and widen
      // only where it differs from the old one (keeping memory linear).
      if (checks >= MAX_CHECKS || (cor.off[n + 1] as number) > MAX_CHECK_CELLS) break;
      checks++;
      const wide = width.map((w) => Math.min(2 * w, m + 1));
      const chk = corridorAround(n, m, beads, wide, cor);
      const cpass = forward(n, m, chk, shapes, cost, bound);
      if (!(endOf(chk, cpass) < endOf(cor, pass) - 1e-9)) break;
      const better = trace(n, m, chk, shapes, cpass, cost);
      const [qmin, qmax] = pathRanges(n, better);
      const changed: number[] = [];
      for (let i = 0; i <= n; i++) if (qmin[i] !== pmin[i] || qmax[i] !== pmax[i]) changed.push(i);
      widenRegions(changed, (w) => 2 * w);
      guide = better;
      prev = cor;
    }
  }
  const total = pass.D[(cor.off[n] as number) + m - (cor.lo[n] as number)] as number;
  if (options.margins) {
    const B = backward(n, m, cor, shapes, cost, bound);
    computeMargins(n, m, cor, shapes, pass.D, B, beads, cost, total, bound);
  }
  return { beads, cost: total, cells: cor.off[n + 1] as number, rounds };
}
