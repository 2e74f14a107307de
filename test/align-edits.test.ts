/**
 * The German Council text aligned with edited copies of the English one
 * (made by scripts/make-edits.mjs, expectations in the .expect.json next to
 * each copy): the 1-0 / 0-1 / 2-1 paragraph links where the edit put them,
 * the untouched paragraphs still linked to their counterparts, the sentence
 * links the expectation gives, and nothing lost.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import { parseDocument } from '../src/document/index.js';
import { compareToGold, coverageProblems, resolveGold, type GoldAlignment } from '../src/eval/gold.js';
import type { Alignment, Document } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const deFile = path.join(root, 'corpora/council-conclusions-2019/de.md');
const editsDir = path.join(root, 'test/fixtures/edits');
const exists = existsSync(deFile) && existsSync(editsDir);
if (!exists) console.warn(`align-edits: skipped, missing ${existsSync(deFile) ? editsDir : deFile}`);

/** The edits and what kind of link each must produce where it edited. */
const EDITS: [name: string, types: Record<string, number>][] = [
  ['delete-16', { '1-0': 1 }],
  ['delete-16-renumbered', { '1-0': 1 }],
  ['merge-20-21', { '2-1': 1 }],
  ['merge-20-21-renumbered', { '2-1': 1 }],
  ['unnumbered', {}],
  ['reorder-items', {}],
  ['extra-paragraph', { '0-1': 1 }],
  ['split-sentence', {}],
  ['half', { '1-0': 17 }],
];

let german: Document | undefined;
function run(name: string): { alignment: Alignment; expected: GoldAlignment } {
  german ??= parseDocument(readFileSync(deFile, 'utf8'), { lang: 'de', format: 'markdown', file: 'de.md' });
  const enFile = path.join(editsDir, `en-${name}.md`);
  const english = parseDocument(readFileSync(enFile, 'utf8'), { lang: 'en', format: 'markdown', file: `en-${name}.md` });
  const expected = JSON.parse(readFileSync(path.join(editsDir, `en-${name}.expect.json`), 'utf8')) as GoldAlignment;
  return { alignment: align(german, english, { srcLang: 'de', tgtLang: 'en' }), expected };
}

const keyOf = (g: { src: number[]; tgt: number[] }) => `${[...g.src].sort((a, b) => a - b)}:${[...g.tgt].sort((a, b) => a - b)}`;

describe.skipIf(!exists)('edited copies', () => {
  it('are what scripts/make-edits.mjs makes from the shipped en.md (re-run it after changing either)', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/make-edits.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe.skipIf(!exists)('Council pair with edited English copies', () => {
  describe.each(EDITS)('%s', (name, types) => {
    // one alignment per edit, shared by the assertions below
    let cached: ReturnType<typeof run> | undefined;
    const get = () => (cached ??= run(name));

    it('every block and segment appears exactly once', () => {
      expect(coverageProblems(get().alignment)).toEqual([]);
    });

    it('the paragraph links are the expected ones (edited links where the edit put them, the rest 1-1 to their counterparts)', () => {
      const { alignment, expected } = get();
      const gold = resolveGold(expected, alignment.source, alignment.target);
      expect(gold.problems).toEqual([]);
      const c = compareToGold(alignment, gold);
      let report = c.report.filter((l) => l.includes('paragraph link'));
      if (name === 'reorder-items') {
        // A monotone aligner cannot cross links: accept one 2-2 link over both
        // swapped items in place of the two crossing 1-1 links.
        const swapped = c.missingParagraphs;
        const merged = { src: swapped.flatMap((g) => g.src), tgt: swapped.flatMap((g) => g.tgt) };
        if (swapped.length === 2 && alignment.paragraphs.some((p) => keyOf(p) === keyOf(merged))) {
          report = report.filter((l) => !/\[7[cd]\]/.test(l));
        }
      }
      expect(report).toEqual([]);
    });

    it('has exactly the non-1-1 paragraph links the edit calls for', () => {
      const { alignment } = get();
      const counts: Record<string, number> = {};
      for (const p of alignment.paragraphs) if (p.type !== '1-1') counts[p.type] = (counts[p.type] ?? 0) + 1;
      if (name === 'reorder-items' && counts['2-2'] === 1) delete counts['2-2'];
      expect(counts).toEqual(types);
    });

    it('the sentence links given in the expectation are present', () => {
      const { alignment, expected } = get();
      const gold = resolveGold(expected, alignment.source, alignment.target);
      expect(gold.problems).toEqual([]);
      const have = new Set(alignment.sentences.map(keyOf));
      // sentence links of links the aligner may legitimately group otherwise (reorder-items) are not required
      const optional = new Set<number>();
      if (name === 'reorder-items') {
        expected.links.forEach((l, i) => {
          const lab = l.src !== null && !Array.isArray(l.src) ? l.src.label : undefined;
          if (lab === '7c' || lab === '7d') for (const gi of gold.sentencesByParagraph[i] ?? []) optional.add(gi);
        });
      }
      const missing = gold.sentences
        .map((g, i) => [g, i] as const)
        .filter(([g, i]) => !optional.has(i) && !have.has(keyOf(g)))
        .map(([g]) => `${g.src.map((i) => alignment.source.segments[i]?.text.slice(0, 30)).join(' + ')} ⇔ ${g.tgt.map((i) => alignment.target.segments[i]?.text.slice(0, 30)).join(' + ')}`);
      expect(missing).toEqual([]);
    });
  });

  it('the split sentence of paragraph 17 is a 1-2 link', () => {
    const { alignment } = run('split-sentence');
    const oneTwo = alignment.sentences.filter((s) => s.type === '1-2');
    const texts = oneTwo.map((s) => s.tgt.map((i) => alignment.target.segments[i]?.text.slice(0, 20)));
    expect(texts).toContainEqual(['It strongly urges th', 'This applies in part']);
  });
});
