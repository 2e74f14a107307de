import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignmentToGroups, formatLadder, parseLadder, scoreAlignment, scoreAlignments, type Group } from '../src/eval/score.js';
import { ParalignError } from '../src/errors.js';
import { compareToGold, coverageProblems, normalizeForMatch, resolveGold, type GoldAlignment } from '../src/eval/gold.js';
import type { Alignment, BlockKind, Document, Segment, SentenceLink } from '../src/types.js';

/** Write groups compactly: 'a,b:c' per group, groups separated by spaces; '' side = empty. */
function g(spec: string): Group[] {
  if (spec.trim() === '') return [];
  return spec
    .trim()
    .split(/\s+/)
    .map((part) => {
      const [s = '', t = ''] = part.split(':');
      const ids = (x: string) => (x === '' ? [] : x.split(',').map(Number));
      return { src: ids(s), tgt: ids(t) };
    });
}

describe('scoreAlignment: hand-computed cases', () => {
  // columns: name, predicted, gold, strict P, strict R, lax P, lax R
  it.each([
    ['identical', '0:0 1:1 2:2,3', '0:0 1:1 2:2,3', 1, 1, 1, 1],
    ['merged group: strict wrong, lax right', '0,1:0,1', '0:0 1:1', 0, 0, 1, 1],
    ['null groups in prediction count in precision only', '0:0 1: :1', '0:0 1:1', 1 / 3, 1 / 2, 1 / 3, 1 / 2],
    ['correct null group is a correct prediction', '0:0 1:1 :2', '0:0 1:1 :2', 1, 1, 1, 1],
    ['gold null groups are not in the recall denominator', '0:0 1:1', '0:0 1:1 :2 3:', 1, 1, 1, 1],
    ['empty prediction', '', '0:0 1:1', 0, 0, 0, 0],
    ['gold does not cover every line', '0:0 1:1 2:2', '0:0 2:2', 2 / 3, 1, 2 / 3, 1],
    ['split prediction of a 2-1 gold group', '0:0 1:', '0,1:0', 0, 0, 1 / 2, 1],
    ['lax needs a shared source AND target line', '0:1 1:0', '0:0 1:1', 0, 0, 0, 0],
    ['crossing 2-2 against two 1-1', '0:0 1:1', '0,1:0,1', 0, 0, 1, 1],
    ['order of ids and groups does not matter', '3,2:1 0:0', '0:0 2,3:1', 1, 1, 1, 1],
    ['both-empty groups are ignored', '0:0 :', '0:0', 1, 1, 1, 1],
  ])('%s', (_name, pred, gold, sp, sr, lp, lr) => {
    const s = scoreAlignment(g(pred), g(gold));
    expect(s.strict.precision).toBeCloseTo(sp, 10);
    expect(s.strict.recall).toBeCloseTo(sr, 10);
    expect(s.lax.precision).toBeCloseTo(lp, 10);
    expect(s.lax.recall).toBeCloseTo(lr, 10);
    const f = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
    expect(s.strict.f1).toBeCloseTo(f(sp, sr), 10);
    expect(s.lax.f1).toBeCloseTo(f(lp, lr), 10);
  });

  it('reports the counts behind the ratios', () => {
    // recall pass: 0:0 strict; 2:2 lax via 2,3:2; 3:3 shares source 3 but no target → not lax; 1:1 has only a null prediction
    const s = scoreAlignment(g('0:0 1: :1 2,3:2'), g('0:0 1:1 2:2 3:3'));
    expect(s.counts).toEqual({ predicted: 4, predictedStrict: 1, predictedLax: 2, gold: 4, goldStrict: 1, goldLax: 2, documents: 1 });
  });

  it('pools counts over documents instead of averaging', () => {
    // doc A: 1 of 1 right; doc B: 1 of 3 right → pooled 2/4, not mean(1, 1/3)
    const s = scoreAlignments([
      { predicted: g('0:0'), gold: g('0:0') },
      { predicted: g('0:1 1:0 2:2'), gold: g('0:0 1:1 2:2') },
    ]);
    expect(s.strict.precision).toBeCloseTo(2 / 4, 10);
    expect(s.strict.recall).toBeCloseTo(2 / 4, 10);
    expect(s.counts.documents).toBe(2);
  });

  it.each([
    ['not an array', 'x'],
    ['negative id', [{ src: [-1], tgt: [0] }]],
    ['fractional id', [{ src: [0.5], tgt: [0] }]],
    ['missing side', [{ src: [0] }]],
  ])('rejects bad groups (%s) with E_OPTION', (_n, bad) => {
    expect(() => scoreAlignment(bad as unknown as Group[], [])).toThrowError(ParalignError);
    try {
      scoreAlignment(bad as unknown as Group[], []);
    } catch (e) {
      expect((e as ParalignError).code).toBe('E_OPTION');
      expect((e as ParalignError).message).toMatch(/expected .*, found /);
    }
  });
});

/** Arbitrary alignment: consecutive groups covering 0..n-1 on each side, never both sides empty. */
const arbGroups = fc
  .array(
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).filter(([a, b]) => a + b > 0),
    { minLength: 1, maxLength: 40 },
  )
  .map((sizes) => {
    let s = 0;
    let t = 0;
    return sizes.map(([a, b]) => {
      const grp = { src: Array.from({ length: a }, () => s++), tgt: Array.from({ length: b }, () => t++) };
      return grp;
    });
  });

describe('scoreAlignment: properties', () => {
  it('gold scored against itself is 1.0 strict (precision always, recall when a two-sided group exists)', () => {
    fc.assert(
      fc.property(arbGroups, (gold) => {
        const s = scoreAlignment(gold, gold);
        expect(s.strict.precision).toBe(1);
        const full = gold.some((x) => x.src.length > 0 && x.tgt.length > 0);
        expect(s.strict.recall).toBe(full ? 1 : 0);
        if (full) expect(s.strict.f1).toBe(1);
      }),
    );
  });

  it('lax is never below strict, and all ratios lie in [0, 1]', () => {
    fc.assert(
      fc.property(arbGroups, arbGroups, (pred, gold) => {
        const s = scoreAlignment(pred, gold);
        expect(s.lax.precision).toBeGreaterThanOrEqual(s.strict.precision);
        expect(s.lax.recall).toBeGreaterThanOrEqual(s.strict.recall);
        for (const v of [s.strict.precision, s.strict.recall, s.strict.f1, s.lax.precision, s.lax.recall, s.lax.f1]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('formatLadder and parseLadder round-trip', () => {
    fc.assert(
      fc.property(arbGroups, (groups) => {
        expect(parseLadder(formatLadder(groups))).toEqual(groups);
      }),
    );
  });
});

describe('parseLadder', () => {
  it.each([
    ['[0]:[0]', [{ src: [0], tgt: [0] }]],
    ['[8, 9]:[10, 11, 12]', [{ src: [8, 9], tgt: [10, 11, 12] }]],
    ['[]:[22]', [{ src: [], tgt: [22] }]],
    ['[3]:[]', [{ src: [3], tgt: [] }]],
    ['[1]:[1]\r\n\r\n[2,3]:[2]\n', [{ src: [1], tgt: [1] }, { src: [2, 3], tgt: [2] }]],
    ['  [ 4 ,5 ] : [ 6 ]  ', [{ src: [4, 5], tgt: [6] }]],
  ])('parses %j', (text, expected) => {
    expect(parseLadder(text)).toEqual(expected);
  });

  it.each([
    ['[0]:[0]\n[1]-[1]', 2],
    ['[0]:[0]\n\n[1]:[1]\n[a]:[2]', 4],
    ['[0, ]:[0]', 1],
    ['[0]:[0] extra', 1],
    ['0:0', 1],
    ['[-1]:[0]', 1],
  ])('rejects %j with E_FORMAT naming line %i', (text, line) => {
    let err: unknown;
    try {
      parseLadder(text, { file: 'dev.defr' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ParalignError);
    expect((err as ParalignError).code).toBe('E_FORMAT');
    expect((err as ParalignError).message).toContain(`line ${line}:`);
    expect((err as ParalignError).message).toContain('dev.defr');
  });

  it('rejects a non-string input and bad options with E_OPTION', () => {
    expect(() => parseLadder(42 as unknown as string)).toThrow(/E_OPTION|expected a string/);
    expect(() => parseLadder('', { file: 3 as unknown as string })).toThrow(/option file: expected a string, found 3/);
  });
});

describe('alignmentToGroups', () => {
  function doc(n: number, lines: boolean): Document {
    const segments: Segment[] = Array.from({ length: n }, (_, i) => ({
      index: i,
      block: 0,
      ordinal: i + 1,
      span: { start: i * 2, end: i * 2 + 1 },
      text: 'x',
      markers: [],
      ...(lines ? { line: i + 10 } : {}),
    }));
    return {
      lang: 'de',
      text: 'x\n'.repeat(n),
      format: lines ? 'lines' : 'plain',
      blocks: [{ index: 0, kind: 'paragraph', span: { start: 0, end: n * 2 }, segments: segments.map((s) => s.index) }],
      segments,
      warnings: [],
    };
  }
  function link(src: number[], tgt: number[]): SentenceLink {
    return {
      id: 'b0.s1',
      src,
      tgt,
      type: `${src.length}-${tgt.length}`,
      confidence: 1,
      labels: { src: [], tgt: [] },
      paragraph: 0,
    };
  }

  it('uses Segment.line when present, else the segment index', () => {
    const a: Alignment = {
      source: doc(3, true),
      target: doc(3, false),
      paragraphs: [],
      sentences: [link([0, 1], [0]), link([2], []), link([], [1, 2])],
      lexicon: new Map(),
      warnings: [],
    };
    expect(alignmentToGroups(a)).toEqual([
      { src: [10, 11], tgt: [0] },
      { src: [12], tgt: [] },
      { src: [], tgt: [1, 2] },
    ]);
  });
});

describe('gold resolution (resolveGold, compareToGold)', () => {
  /** A document from blocks given as [kind, label | undefined, sentences[]]. */
  function mk(lang: string, blocks: [BlockKind, string | undefined, string[]][]): Document {
    let text = '';
    const doc: Document = { lang, text: '', format: 'markdown', blocks: [], segments: [], warnings: [] };
    blocks.forEach(([kind, label, sents], bi) => {
      const start = text.length;
      const segs: number[] = [];
      sents.forEach((s, k) => {
        if (k > 0) text += ' ';
        const index = doc.segments.length;
        doc.segments.push({ index, block: bi, ordinal: k + 1, span: { start: text.length, end: text.length + s.length }, text: s, markers: [] });
        text += s;
        segs.push(index);
      });
      doc.blocks.push({ index: bi, kind, ...(label ? { label } : {}), span: { start, end: text.length }, segments: segs });
      text += '\n\n';
    });
    doc.text = text;
    return doc;
  }
  const de = mk('de', [
    ['heading', undefined, ['VERMERK']],
    ['paragraph', '1', ['Erster Satz hier.', 'Zweiter Satz.', 'Dritter Satz.']],
    ['item', '7a', ['die Annahme der Richtlinie.']],
    ['paragraph', undefined, ['Ein freier Absatz.']],
  ]);
  const en = mk('en', [
    ['heading', undefined, ['NOTE']],
    ['paragraph', '1', ['First sentence here.', 'Second and third sentence.']],
    ['item', '7a', ['the adoption of the Directive.']],
    ['paragraph', undefined, ['A free paragraph.']],
  ]);
  const gold: GoldAlignment = {
    links: [
      { src: { kind: 'heading', prefix: 'VERMERK' }, tgt: { kind: 'heading', prefix: 'NOTE' }, sentences: [{ src: ['VERMERK'], tgt: ['NOTE'] }] },
      {
        src: { label: '1' },
        tgt: { label: '1' },
        sentences: [
          { src: ['Erster Satz'], tgt: ['First sentence'] },
          { src: ['Zweiter', 'Dritter'], tgt: ['Second and'] },
        ],
      },
      { src: { label: '7a' }, tgt: { label: '7a' }, sentences: [{ src: ['die Annahme'], tgt: ['the adoption'] }] },
      { src: { prefix: 'Ein freier' }, tgt: { prefix: 'a free' } },
    ],
  };

  it('maps labels and prefixes to block and segment indices', () => {
    const r = resolveGold(gold, de, en);
    expect(r.problems).toEqual([]);
    expect(r.paragraphs).toEqual([
      { src: [0], tgt: [0] },
      { src: [1], tgt: [1] },
      { src: [2], tgt: [2] },
      { src: [3], tgt: [3] },
    ]);
    expect(r.sentences).toEqual([
      { src: [0], tgt: [0] },
      { src: [1], tgt: [1] },
      { src: [2, 3], tgt: [2] },
      { src: [4], tgt: [3] },
    ]);
    expect(r.sentencesByParagraph).toEqual([[0], [1, 2], [3], []]);
  });

  it('reports what does not resolve instead of throwing', () => {
    const bad: GoldAlignment = {
      links: [
        { src: { label: '9' }, tgt: { label: '1' }, sentences: [{ src: ['x'], tgt: ['First'] }] },
        { src: { label: '1' }, tgt: null, sentences: [{ src: ['Nirgends'], tgt: [] }] },
      ],
    };
    const r = resolveGold(bad, de, en);
    expect(r.problems).toEqual([
      'links[0].src: no block with label "9"',
      'links[0].sentences[0].src: no segment starts with "x" in label "9"',
      'links[1].sentences[0].src: no segment starts with "Nirgends" in label "1"',
    ]);
    expect(r.paragraphs).toEqual([
      { src: [], tgt: [1] },
      { src: [1], tgt: [] },
    ]);
  });

  it.each([
    ['not an object', 3],
    ['links missing', {}],
    ['a ref without label or prefix', { links: [{ src: { kind: 'item' }, tgt: null }] }],
    ['bad sentences', { links: [{ src: null, tgt: null, sentences: [{ src: 'a', tgt: [] }] }] }],
  ])('rejects a malformed gold (%s) with E_FORMAT', (_n, bad) => {
    expect(() => resolveGold(bad as unknown as GoldAlignment, de, en, { file: 'g.json' })).toThrow(/g\.json: gold alignment: expected/);
  });

  it.each([
    ['1. Sexual abuse', 'sexual abuse'],
    ['  - (a) the adoption', 'the adoption'],
    ['- a. die Annahme', 'die annahme'],
    ['## NOTE', 'note'],
    ['**DRAFT COUNCIL**', 'draft council'],
    ['EU acquis<sup>1</sup>, the', 'eu acquis, the'],
    ['[COM\\(2015\\) 185 final](#) and', 'com(2015) 185 final and'],
    ['Brüssel,\tden  27.', 'brüssel, den 27.'],
  ])('normalizeForMatch(%j) = %j', (input, out) => {
    expect(normalizeForMatch(input)).toBe(out);
  });

  it('compareToGold lists missing and unexpected links with their texts', () => {
    const r = resolveGold(gold, de, en);
    const link = (src: number[], tgt: number[], paragraph = 0): SentenceLink => ({
      id: 'x',
      src,
      tgt,
      type: `${src.length}-${tgt.length}`,
      confidence: 1,
      labels: { src: [], tgt: [] },
      paragraph,
    });
    const a: Alignment = {
      source: de,
      target: en,
      paragraphs: [link([0], [0]), link([1], [1]), link([2], [2]), link([3], [3])],
      // paragraph 1 aligned 1-1 + 1-1 + 1-0 instead of 1-1 + 2-1
      sentences: [link([0], [0]), link([1], [1]), link([2], [2]), link([3], []), link([4], [3])],
      lexicon: new Map(),
      warnings: [],
    };
    const c = compareToGold(a, r);
    expect(c.missingParagraphs).toEqual([]);
    expect(c.extraParagraphs).toEqual([]);
    expect(c.missingSentences).toEqual([{ src: [2, 3], tgt: [2] }]);
    expect(c.extraSentences).toEqual([
      { src: [2], tgt: [2] },
      { src: [3], tgt: [] },
    ]);
    expect(c.report).toContain('missing sentence link "Zweiter Satz." + "Dritter Satz." ⇔ "Second and third sentence."');
  });

  it('coverageProblems finds lost, doubled and misplaced units', () => {
    const link = (src: number[], tgt: number[], paragraph = 0, type?: string): SentenceLink => ({
      id: `l${src.join('_')}`,
      src,
      tgt,
      type: (type ?? `${src.length}-${tgt.length}`) as SentenceLink['type'],
      confidence: 1,
      labels: { src: [], tgt: [] },
      paragraph,
    });
    const sound: Alignment = {
      source: de,
      target: en,
      paragraphs: [link([0], [0]), link([1], [1]), link([2], [2]), link([3], [3])],
      sentences: [link([0], [0], 0), link([1], [1], 1), link([2, 3], [2], 1), link([4], [3], 2), link([5], [4], 3)],
      lexicon: new Map(),
      warnings: [],
    };
    expect(coverageProblems(sound)).toEqual([]);
    const broken: Alignment = {
      ...sound,
      paragraphs: [link([0], [0]), link([1, 1], [1]), link([2], [2], 0, '2-1')],
      sentences: [link([0], [0], 0), link([1], [1], 2), link([2, 3], [2], 1), link([4], [3], 2), link([9], [4], 7)],
    };
    expect(coverageProblems(broken)).toEqual([
      'source block 1 appears 2 times',
      'source block 3 appears 0 times',
      'target block 3 appears 0 times',
      'source segment 9 out of range (0..5)',
      'source segment 5 appears 0 times',
      'link l2 has type 2-1 but 1-1 units',
      'sentence link l1 has segments outside paragraph link l2',
      'sentence link l9 points to paragraph link 7, which does not exist',
    ]);
  });
});
