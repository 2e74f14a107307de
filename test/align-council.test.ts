/**
 * The Council pair (German source, English target) aligned end to end and
 * compared with the hand-made gold in test/gold/: every paragraph link, the
 * 2-1 sentence link in paragraph 1, the 1-2 in paragraph 10, every other
 * sentence link 1-1, nothing lost.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import { parseDocument } from '../src/document/index.js';
import { compareToGold, coverageProblems, resolveGold, type GoldAlignment, type ResolvedGold } from '../src/eval/gold.js';
import type { Alignment } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'corpora/council-conclusions-2019');
const files = { de: path.join(corpus, 'de.md'), en: path.join(corpus, 'en.md') };
const goldFile = path.join(root, 'test/gold/council-conclusions-2019.alignment.json');
const exists = existsSync(files.de) && existsSync(files.en);
if (!exists) console.warn(`align-council: skipped, corpus missing: ${files.de} / ${files.en}`);

const keyOf = (g: { src: number[]; tgt: number[] }) => `${[...g.src].sort((a, b) => a - b)}:${[...g.tgt].sort((a, b) => a - b)}`;

describe.skipIf(!exists)('Council conclusions 2019, de → en, against the gold', () => {
  let alignment: Alignment;
  let gold: GoldAlignment;
  let resolved: ResolvedGold;

  beforeAll(() => {
    const source = parseDocument(readFileSync(files.de, 'utf8'), { lang: 'de', format: 'markdown', file: 'de.md' });
    const target = parseDocument(readFileSync(files.en, 'utf8'), { lang: 'en', format: 'markdown', file: 'en.md' });
    alignment = align(source, target, { srcLang: 'de', tgtLang: 'en' });
    gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldAlignment;
    resolved = resolveGold(gold, alignment.source, alignment.target, { file: goldFile });
  });

  it('the gold resolves onto the parsed documents and covers every block and segment', () => {
    expect(resolved.problems).toEqual([]);
    const { source, target } = alignment;
    const cover = (n: number, lists: number[][]) => [...Array(n).keys()].filter((i) => !lists.some((l) => l.includes(i)));
    expect(cover(source.blocks.length, resolved.paragraphs.map((g) => g.src))).toEqual([]);
    expect(cover(target.blocks.length, resolved.paragraphs.map((g) => g.tgt))).toEqual([]);
    const uncoveredSrc = cover(source.segments.length, resolved.sentences.map((g) => g.src)).map((i) => source.segments[i]?.text);
    const uncoveredTgt = cover(target.segments.length, resolved.sentences.map((g) => g.tgt)).map((i) => target.segments[i]?.text);
    expect(uncoveredSrc).toEqual([]);
    expect(uncoveredTgt).toEqual([]);
  });

  it('every block and every segment appears exactly once', () => {
    expect(coverageProblems(alignment)).toEqual([]);
  });

  it('every gold paragraph link is present, and no other', () => {
    const c = compareToGold(alignment, resolved);
    expect(c.report.filter((l) => l.includes('paragraph link'))).toEqual([]);
    expect(alignment.paragraphs.length).toBe(gold.links.length);
    expect(new Set(alignment.paragraphs.map((l) => l.type))).toEqual(new Set(['1-1']));
  });

  it.each([
    ['1', 1, '2-1'],
    ['10', 0, '1-2'],
  ])('paragraph %s: its gold sentence link at index %i is a %s link', (label, nth, type) => {
    const li = gold.links.findIndex((l) => l.src !== null && !Array.isArray(l.src) && l.src.label === label);
    const gi = resolved.sentencesByParagraph[li]?.[nth];
    expect(gi).toBeDefined();
    const want = resolved.sentences[gi!]!;
    const found = alignment.sentences.find((s) => keyOf(s) === keyOf(want));
    expect(found?.type).toBe(type);
    expect(found?.labels).toEqual({ src: [label], tgt: [label] });
  });

  it('every other sentence link is 1-1 and matches the gold', () => {
    const c = compareToGold(alignment, resolved);
    expect(c.report.filter((l) => l.includes('sentence link'))).toEqual([]);
    const types = alignment.sentences.map((s) => s.type);
    expect(types.filter((t) => t === '2-1')).toHaveLength(1);
    expect(types.filter((t) => t === '1-2')).toHaveLength(1);
    expect(types.filter((t) => t !== '1-1' && t !== '2-1' && t !== '1-2')).toEqual([]);
    expect(alignment.sentences).toHaveLength(resolved.sentences.length);
  });

  it('sentence links carry ids of the form <paragraph id>.s<n> and point at their paragraph', () => {
    for (const s of alignment.sentences) {
      const p = alignment.paragraphs[s.paragraph];
      expect(p).toBeDefined();
      expect(s.id.startsWith(`${p!.id}.s`)).toBe(true);
    }
    expect(new Set(alignment.sentences.map((s) => s.id)).size).toBe(alignment.sentences.length);
    expect(new Set(alignment.paragraphs.map((p) => p.id)).size).toBe(alignment.paragraphs.length);
  });
});
