import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lengthCost } from '../src/align/cost.js';
import { alignDp, DEFAULT_SHAPES, type Bead, type BeadCost } from '../src/align/dp.js';
import { isParalignError } from '../src/errors.js';

/** A length-based cost over two lists of lengths (Gale–Church with fixed priors). */
function lengthModel(src: number[], tgt: number[]): BeadCost {
  const sum = (xs: number[], from: number, n: number): number => {
    let s = 0;
    for (let k = 0; k < n; k++) s += xs[from + k] as number;
    return s;
  };
  return (i, a, j, b) => {
    if (a === 0 || b === 0) return 4 + 0.02 * (sum(src, i, a) + sum(tgt, j, b));
    const prior = a === 1 && b === 1 ? 0 : 2 * (a + b - 2);
    return prior + lengthCost(sum(src, i, a), sum(tgt, j, b), 1, 6.8);
  };
}

function covers(beads: Bead[], n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const bd of beads) {
    expect(bd.i).toBe(i);
    expect(bd.j).toBe(j);
    expect(bd.a + bd.b).toBeGreaterThan(0);
    i += bd.a;
    j += bd.b;
  }
  expect([i, j]).toEqual([n, m]);
}

const shape = (beads: Bead[]): string => beads.map((b) => `${b.a}-${b.b}`).join(' ');

/**
 * A random parallel text as lengths: a source list, and a target made from it
 * with noise, splits, merges, deletions and insertions (long runs included).
 */
const parallelOf = (minLength: number, maxLength: number) =>
  fc
  .record({
    src: fc.array(fc.integer({ min: 5, max: 200 }), { minLength, maxLength }),
    ops: fc.array(fc.constantFrom('keep', 'keep', 'keep', 'keep', 'split', 'merge', 'del', 'ins', 'insrun'), { minLength: maxLength, maxLength }),
    noise: fc.array(fc.double({ min: 0.8, max: 1.25, noNaN: true }), { minLength: maxLength, maxLength }),
  })
  .map(({ src, ops, noise }) => {
    const tgt: number[] = [];
    for (let k = 0; k < src.length; k++) {
      const len = Math.max(1, Math.round((src[k] as number) * (noise[k] as number)));
      const op = ops[k];
      if (op === 'del') continue;
      if (op === 'split') tgt.push(Math.ceil(len / 2), Math.floor(len / 2) || 1);
      else if (op === 'merge' && tgt.length > 0) tgt[tgt.length - 1] = (tgt[tgt.length - 1] as number) + len;
      else tgt.push(len);
      if (op === 'ins') tgt.push(20);
      if (op === 'insrun') tgt.push(15, 30, 12, 40, 22, 9, 17);
    }
    return { src, tgt };
  });
const parallel = parallelOf(0, 60);

describe('alignDp', () => {
  it.each([
    { name: 'equal lengths → all 1-1', src: [50, 80, 30], tgt: [50, 80, 30], want: '1-1 1-1 1-1' },
    { name: 'a target split', src: [50, 160, 30], tgt: [50, 80, 80, 30], want: '1-1 1-2 1-1' },
    { name: 'a source merge', src: [50, 80, 80, 30], tgt: [50, 160, 30], want: '1-1 2-1 1-1' },
    { name: 'a deletion', src: [50, 120, 80, 30], tgt: [50, 80, 30], want: '1-1 1-0 1-1 1-1' },
    { name: 'an insertion', src: [50, 80, 30], tgt: [50, 120, 80, 30], want: '1-1 0-1 1-1 1-1' },
    { name: 'empty source', src: [], tgt: [10, 20], want: '0-1 0-1' },
    { name: 'empty target', src: [10], tgt: [], want: '1-0' },
    { name: 'both empty', src: [], tgt: [], want: '' },
  ])('$name', ({ src, tgt, want }) => {
    for (const band of ['full', 1] as const) {
      const res = alignDp(src.length, tgt.length, lengthModel(src, tgt), { band });
      expect(shape(res.beads)).toBe(want);
      covers(res.beads, src.length, tgt.length);
    }
  });

  it('the corridor search finds the same path as the full search', () => {
    let narrowed = 0;
    let runs = 0;
    fc.assert(
      fc.property(parallelOf(30, 90), fc.constantFrom(8, 16), ({ src, tgt }, band) => {
        const cost = lengthModel(src, tgt);
        const full = alignDp(src.length, tgt.length, cost, { band: 'full', margins: true });
        const fast = alignDp(src.length, tgt.length, cost, { band, weights: { src, tgt } });
        runs++;
        if (fast.cells < full.cells) narrowed++;
        expect(fast.cost).toBeCloseTo(full.cost, 9);
        // Where the optimum is unique (every bead has a positive margin), the path is the same;
        // with ties (e.g. where an insertion goes next to a split) any optimal path is right.
        if (full.beads.every((b) => (b.margin ?? 0) > 1e-3)) {
          expect(shape(fast.beads)).toBe(shape(full.beads));
          expect(fast.beads.map((b) => [b.i, b.j])).toEqual(full.beads.map((b) => [b.i, b.j]));
        }
      }),
      { numRuns: 400 },
    );
    // the corridor was really narrower than the grid in most runs
    expect(narrowed / runs).toBeGreaterThan(0.5);
  });

  it('covers every unit once, in order; total = sum of bead costs; margins ≥ 0; deterministic', () => {
    fc.assert(
      fc.property(parallel, fc.constantFrom<number | 'full'>(2, 16, 'full'), ({ src, tgt }, band) => {
        const cost = lengthModel(src, tgt);
        const res = alignDp(src.length, tgt.length, cost, { band, margins: true });
        covers(res.beads, src.length, tgt.length);
        const sum = res.beads.reduce((s, b) => s + b.cost, 0);
        expect(res.cost).toBeCloseTo(sum, 6);
        for (const b of res.beads) {
          expect(b.margin).toBeGreaterThanOrEqual(0);
          expect(b.cost).toBe(cost(b.i, b.a, b.j, b.b));
        }
        const again = alignDp(src.length, tgt.length, cost, { band, margins: true });
        expect(again.beads).toEqual(res.beads);
      }),
      { numRuns: 150 },
    );
  });

  it('a margin is the extra cost of the best path avoiding the bead', () => {
    // Two equally good readings of the middle: 1-2 or 1-1 + 0-1 cost the same → margin 0.
    const tie: BeadCost = (i, a, j, b) => (a === 1 && b === 2 ? 2 : a === 1 && b === 1 ? 1 : a === 0 && b === 1 ? 1 : 10);
    const res = alignDp(1, 2, tie, { band: 'full', margins: true, shapes: [[1, 1], [1, 0], [0, 1], [1, 2]] });
    expect(res.beads.every((b) => b.margin === 0)).toBe(true);
    // A clear 1-1 against 1-0 + 0-1 (cost 10 + 10): margin 19.
    const clear: BeadCost = (i, a, j, b) => (a === 1 && b === 1 ? 1 : 10);
    const r2 = alignDp(1, 1, clear, { band: 'full', margins: true, shapes: [[1, 1], [1, 0], [0, 1]] });
    expect(r2.beads[0]?.margin).toBe(19);
  });

  it('only the first shape wins a tie', () => {
    const flat: BeadCost = () => 1;
    const a = alignDp(2, 2, flat, { band: 'full', shapes: [[1, 1], [1, 0], [0, 1], [2, 2]] });
    const b = alignDp(2, 2, flat, { band: 'full', shapes: [[2, 2], [1, 0], [0, 1], [1, 1]] });
    expect(shape(a.beads)).toBe('2-2'); // one bead of cost 1 beats two
    expect(shape(b.beads)).toBe('2-2');
  });

  it('grows its corridor where the path leaves the guide (an insertion run)', () => {
    const src = Array.from({ length: 1000 }, (_, k) => 20 + ((k * 37) % 90));
    const tgt = [...src.slice(0, 500), ...Array.from({ length: 40 }, (_, k) => 10 + (k % 7)), ...src.slice(500)];
    const cost = lengthModel(src, tgt);
    const full = alignDp(src.length, tgt.length, cost, { band: 'full' });
    const fast = alignDp(src.length, tgt.length, cost, { band: 4, weights: { src, tgt } });
    expect(fast.rounds).toBeGreaterThan(1);
    expect(shape(fast.beads)).toBe(shape(full.beads));
    expect(fast.cells).toBeLessThan(((src.length + 1) * (tgt.length + 1)) / 4);
  });

  it.each([
    [{ band: 0 }, /option band: expected a positive integer or 'full', found 0/],
    [{ band: 'wide' as never }, /option band/],
    [{ shapes: [] }, /option shapes: expected a non-empty array/],
    [{ shapes: [[1, 1], [0, 1]] }, /option shapes: expected a list including \[1, 0\] and \[0, 1\]/],
    [{ shapes: [[0, 0], [1, 0], [0, 1]] }, /option shapes: expected pairs/],
    [{ edgeMargin: -1 }, /option edgeMargin/],
    [{ maxRounds: 0 }, /option maxRounds/],
  ])('refuses %j', (opts, re) => {
    let msg = '';
    try {
      alignDp(2, 2, () => 1, opts as never);
    } catch (e) {
      expect(isParalignError(e) && e.code).toBe('E_OPTION');
      msg = (e as Error).message;
    }
    expect(msg).toMatch(re);
  });

  it('uses the default shapes when none are given', () => {
    expect(DEFAULT_SHAPES.length).toBeGreaterThanOrEqual(10);
    const res = alignDp(3, 1, lengthModel([40, 40, 40], [120]), {});
    expect(shape(res.beads)).toBe('3-1');
  });
});
