import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPES } from '../src/align/dp.js';
import { Engine } from '../src/align/engine.js';
import { DEFAULT_TUNING } from '../src/align/options.js';
import { getLanguage } from '../src/lang/index.js';

const deWords = ['Rat', 'Kommission', 'Bericht', 'Wasser', 'Gipfel', 'Lager', 'Expedition', 'Berg', 'Kinder', 'Magnone', '1956', '8848', '250'];
const enWords = ['Council', 'Commission', 'report', 'water', 'summit', 'camp', 'expedition', 'mountain', 'children', 'Magnone', '1956', '8848', '250'];
const sentences = (words: string[]) => fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') + ' .'), { minLength: 1, maxLength: 7 });

/** Every bead of every default shape over an n × m grid. */
function* beads(n: number, m: number): Generator<[number, number, number, number]> {
  for (const [a, b] of DEFAULT_SHAPES) for (let i = 0; i + a <= n; i++) for (let j = 0; j + b <= m; j++) yield [i, a, j, b];
}

describe('bead cost', () => {
  it('the bound never exceeds the cost, whatever the budget', () => {
    fc.assert(
      fc.property(sentences(deWords), sentences(enWords), fc.boolean(), (de, en, learn) => {
        const engine = new Engine(getLanguage('de'), getLanguage('en'), de, en, { ...DEFAULT_TUNING });
        if (learn) engine.learn(de.map((_, k) => [k, Math.min(k, en.length - 1)] as const));
        const { cost, bound } = engine.beadCosts(de.map((_, k) => k), en.map((_, k) => k));
        for (const [i, a, j, b] of beads(de.length, en.length)) {
          const c = cost(i, a, j, b);
          for (const budget of [undefined, 0, c / 2, c, Infinity]) expect(bound(i, a, j, b, budget)).toBeLessThanOrEqual(c + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a merge counts each token once: its matched share is the exact union of the bead', () => {
    fc.assert(
      fc.property(sentences(deWords), sentences(enWords), (de, en) => {
        const engine = new Engine(getLanguage('de'), getLanguage('en'), de, en, { ...DEFAULT_TUNING });
        let sim = NaN;
        const { cost } = engine.beadCosts(de.map((_, k) => k), en.map((_, k) => k), (_i, _a, _j, _b, s) => {
          sim = s;
          return 0;
        });
        for (const [i, a, j, b] of beads(de.length, en.length)) {
          if (a === 0 || b === 0) continue;
          cost(i, a, j, b);
          const src = [...Array(a).keys()].map((x) => i + x);
          const tgt = [...Array(b).keys()].map((y) => j + y);
          const mass = engine.unitMass('src', src) + engine.unitMass('tgt', tgt);
          expect(sim).toBeCloseTo(mass > 0 ? engine.beadMatched(src, tgt) / mass : 0, 6);
        }
      }),
      { numRuns: 60 },
    );
  });
});
