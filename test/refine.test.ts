import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../src/align/index.js';
import type { Bead } from '../src/align/dp.js';
import { Engine } from '../src/align/engine.js';
import { DEFAULT_TUNING } from '../src/align/options.js';
import { DEFAULT_REFINE, joinCrossing, type RefineParams } from '../src/align/refine.js';
import { getLanguage } from '../src/lang/index.js';

/** An engine over two sentence lists, with no learnt lexicon: only shared words, cognates and numbers match. */
function engineOf(de: string[], en: string[]): Engine {
  return new Engine(getLanguage('de'), getLanguage('en'), de, en, { ...DEFAULT_TUNING });
}

/** Beads from shapes written `a-b`, laid end to end from (0, 0). */
function path(shapes: string[]): Bead[] {
  let i = 0;
  let j = 0;
  return shapes.map((s) => {
    const [a, b] = s.split('-').map(Number) as [number, number];
    const bd: Bead = { i, a, j, b, cost: 1, margin: 5 };
    i += a;
    j += b;
    return bd;
  });
}

const shapesOf = (beads: readonly Bead[]): string[] => beads.map((b) => `${b.a}-${b.b}`);

describe('joinCrossing', () => {
  it.each([
    {
      name: 'a clause on the other side of the boundary (shared number) joins two 1-1 links into a 2-2',
      de: ['Die ersten Seillängen am 7. Juli kosteten Stunden , 250 Meter erforderten zwei Tage .', 'Sechs Stunden Arbeit auf verglasten Platten folgten .'],
      en: ['The first rope lengths on 7 July cost hours .', 'Climbing 250 metres took two days , then six hours of work on glazed slabs followed .'],
      beads: ['1-1', '1-1'],
      want: ['2-2'],
    },
    {
      name: 'two independent 1-1 links stay apart',
      de: ['Das Basislager stand 1953 auf 4500 m Höhe am Gletscher .', 'Der Leiter der Gruppe hiess Guido Magnone .'],
      en: ['The base camp stood at 4500 m on the glacier in 1953 .', 'The leader of the party was Guido Magnone .'],
      beads: ['1-1', '1-1'],
      want: ['1-1', '1-1'],
    },
    {
      name: 'an unrelated caption (0-1) stays unlinked',
      de: ['Der Lhotse misst 8501 m .'],
      en: ['Photo Indian Air Force', 'The Lhotse measures 8501 m .'],
      beads: ['0-1', '1-1'],
      want: ['0-1', '1-1'],
    },
    {
      name: 'a 0-1 line that renders part of its neighbour joins it',
      de: ['Die Expedition bestand 1955 aus Erwin Schneider , Fritz Müller und Arthur Durst .'],
      en: ['The expedition consisted of', '1955 Erwin Schneider , Fritz Müller and Arthur Durst .'],
      beads: ['1-1', '0-1'],
      want: ['1-2'],
    },
  ])('$name', ({ de, en, beads, want }) => {
    const engine = engineOf(de, en);
    const r = { src: de.map((_, i) => i), tgt: en.map((_, j) => j) };
    expect(shapesOf(joinCrossing(engine, r, path(beads), DEFAULT_REFINE))).toEqual(want);
  });

  it('does nothing when both thresholds are 0, and never exceeds crossMergeMax', () => {
    const de = ['Am 7. Juli 250 Meter , zwei Tage .', 'Sechs Stunden Arbeit 1956 .', 'Dann 8848 m am Gipfel .'];
    const en = ['On 7 July', '250 metres , two days , six hours of work', '1956 , then 8848 m on the summit .'];
    const engine = engineOf(de, en);
    const r = { src: [0, 1, 2], tgt: [0, 1, 2] };
    const beads = path(['1-1', '1-1', '1-1']);
    const off: RefineParams = { ...DEFAULT_REFINE, crossMergeMass: 0, nullMergeMass: 0 };
    expect(shapesOf(joinCrossing(engine, r, beads, off))).toEqual(['1-1', '1-1', '1-1']);
    // with the defaults, the content crosses both boundaries: all three join
    expect(shapesOf(joinCrossing(engine, r, beads, DEFAULT_REFINE))).toEqual(['3-3']);
    expect(shapesOf(joinCrossing(engine, r, beads, { ...DEFAULT_REFINE, crossMergeMax: 2 }))).toEqual(['2-2', '1-1']);
  });

  it('is applied by alignSegments: a 2-2 crossing found end to end', () => {
    const de = ['Der Rat tagte am 5. Juni 2019 in Luxemburg und beschloss 12 Massnahmen .', 'Diese betreffen Syrien und den Irak bis 2021 .'];
    const en = ['The Council met in Luxembourg on 5 June 2019 .', 'It decided 12 measures concerning Syria and Iraq until 2021 .'];
    const links = alignSegments(de, en, { srcLang: 'de', tgtLang: 'en' }).links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);
    expect(links).toEqual(['0,1:0,1']);
    const off = alignSegments(de, en, { srcLang: 'de', tgtLang: 'en', tuning: { crossMergeMass: 0 } }).links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);
    expect(off).toEqual(['0:0', '1:1']);
  });
});

describe('joinCrossing properties', () => {
  const deWords = ['Rat', 'Kommission', 'Bericht', 'Wasser', 'Gipfel', 'Lager', 'Expedition', 'Berg', 'Magnone', '1956', '8848', '250'];
  const enWords = ['Council', 'Commission', 'report', 'water', 'summit', 'camp', 'expedition', 'mountain', 'Magnone', '1956', '8848', '250'];
  const sentences = (words: string[]) => fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') + ' .'), { minLength: 1, maxLength: 9 });
  /** A monotone path over n × m: random shapes up to 2-2, closed by nulls. */
  const pathOver = (n: number, m: number, picks: number[]): Bead[] => {
    const beads: Bead[] = [];
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < n || j < m) {
      const pick = picks[k++ % picks.length] ?? 0;
      const a = Math.min(n - i, pick % 3);
      const b = Math.min(m - j, Math.floor(pick / 3) % 3);
      if (a + b === 0) {
        if (i < n) beads.push({ i: i++, a: 1, j, b: 0, cost: 1 });
        else beads.push({ i, a: 0, j: j++, b: 1, cost: 1 });
        continue;
      }
      beads.push({ i, a, j, b, cost: 1, margin: pick });
      i += a;
      j += b;
    }
    return beads;
  };

  it('keeps every unit once, in order, each output bead a run of input beads, within crossMergeMax', () => {
    fc.assert(
      fc.property(sentences(deWords), sentences(enWords), fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 5 }), (de, en, picks, max) => {
        const engine = engineOf(de, en);
        const r = { src: de.map((_, i) => i), tgt: en.map((_, j) => j) };
        const input = pathOver(de.length, en.length, picks);
        const p = { ...DEFAULT_REFINE, crossMergeMax: max };
        const out = joinCrossing(engine, r, input, p);
        let k = 0;
        let i = 0;
        let j = 0;
        for (const bd of out) {
          expect([bd.i, bd.j]).toEqual([i, j]);
          // the bead is the union of input beads k..k2
          let a = 0;
          let b = 0;
          const from = k;
          while (a < bd.a || b < bd.b) {
            const x = input[k++] as Bead;
            a += x.a;
            b += x.b;
          }
          expect([a, b]).toEqual([bd.a, bd.b]);
          if (k - from > 1) expect(bd.a <= max && bd.b <= max).toBe(true);
          i += bd.a;
          j += bd.b;
        }
        expect([i, j, k]).toEqual([de.length, en.length, input.length]);
      }),
      { numRuns: 80 },
    );
  });

  it('Engine.specificWeights scales each weight by ln(N/df)/ln(N), df counted naively', () => {
    fc.assert(
      fc.property(sentences(deWords), sentences(enWords), (de, en) => {
        const engine = engineOf(de, en);
        const spec = engine.specificWeights();
        for (const [f, feats, w] of [[engine.srcF, engine.src, spec.src], [engine.tgtF, engine.tgt, spec.tgt]] as const) {
          const lists = feats.map((u) => [...f.store.tokensOf(u)]);
          const n = Math.max(2, lists.length);
          for (const tok of new Set(lists.flat())) {
            const df = lists.filter((l) => l.includes(tok)).length;
            expect(w[tok]).toBeCloseTo(f.store.weightOf(tok) * Math.max(0, Math.log(n / df) / Math.log(n)), 5);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('Engine.beadMatched equals a naive count over shared keys (plain and specificity weights)', () => {
    fc.assert(
      fc.property(sentences(deWords), sentences(enWords), fc.integer({ min: 0, max: 100 }), (de, en, seed) => {
        const engine = engineOf(de, en);
        const sI = seed % de.length;
        const tI = (seed * 7) % en.length;
        const src = [...Array(Math.min(3, de.length - sI)).keys()].map((x) => sI + x);
        const tgt = [...Array(Math.min(2, en.length - tI)).keys()].map((x) => tI + x);
        const keysOf = (store: Engine['srcF']['store'], tok: number): number[] => [...store.keys.subarray(store.keyStart[tok] as number, store.keyEnd(tok))];
        const naiveSide = (f: Engine['srcF'], units: number[], g: Engine['srcF'], others: number[], feats: Engine['src'], otherFeats: Engine['src'], w: (t: number) => number): number => {
          const there = new Set(others.flatMap((o) => [...g.store.tokensOf(otherFeats[o] as (typeof feats)[number])].flatMap((t) => keysOf(g.store, t))));
          let m = 0;
          for (const u of units) for (const t of f.store.tokensOf(feats[u] as (typeof feats)[number])) if (keysOf(f.store, t).some((key) => there.has(key))) m += w(t);
          return m;
        };
        const spec = engine.specificWeights();
        for (const specific of [false, true]) {
          const wS = (t: number): number => (specific ? (spec.src[t] as number) : engine.srcF.store.weightOf(t));
          const wT = (t: number): number => (specific ? (spec.tgt[t] as number) : engine.tgtF.store.weightOf(t));
          const naive = naiveSide(engine.srcF, src, engine.tgtF, tgt, engine.src, engine.tgt, wS) + naiveSide(engine.tgtF, tgt, engine.srcF, src, engine.tgt, engine.src, wT);
          expect(engine.beadMatched(src, tgt, specific)).toBeCloseTo(naive, 4);
        }
      }),
      { numRuns: 100 },
    );
  });
});
