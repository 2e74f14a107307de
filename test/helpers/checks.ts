/**
 * Helpers for the check and report tests: small hand-built alignments (via
 * test/helpers/build.ts, one 1-1 sentence link per sentence), the Council
 * pair run through the real pipeline, and programmatic edits of its English
 * text.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { align } from '../../src/align/index.js';
import { parseDocument } from '../../src/document/index.js';
import type { Alignment } from '../../src/types.js';
import { type BlockSpec, buildAlignment, buildDocument } from './build.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const councilDir = path.join(root, 'corpora/council-conclusions-2019');
export const councilExists = existsSync(path.join(councilDir, 'de.md')) && existsSync(path.join(councilDir, 'en.md'));

/**
 * Two documents with the same number of blocks, linked block by block; within
 * a block, sentence i is linked with sentence i, and sentences left over on
 * either side get 1-0 / 0-1 links.
 */
export function pairOf(src: BlockSpec[], tgt: BlockSpec[], langs: [string, string] = ['de', 'en']): Alignment {
  const s = buildDocument(langs[0], src, { file: `a.${langs[0]}.md` });
  const t = buildDocument(langs[1], tgt, { file: `a.${langs[1]}.md` });
  if (src.length !== tgt.length) throw new Error('pairOf: give the same number of blocks on both sides');
  const sentences: { src: number[]; tgt: number[]; paragraph: number }[] = [];
  src.forEach((_, bi) => {
    const ss = s.blocks[bi]!.segments;
    const ts = t.blocks[bi]!.segments;
    for (let i = 0; i < Math.max(ss.length, ts.length); i++) {
      sentences.push({ src: ss[i] === undefined ? [] : [ss[i]!], tgt: ts[i] === undefined ? [] : [ts[i]!], paragraph: bi });
    }
  });
  return buildAlignment(s, t, src.map((_, i) => ({ src: [i], tgt: [i] })), sentences);
}

/** The shipped German text and the English text (or an edited copy of it). */
export function councilTexts(): { de: string; en: string } {
  return { de: readFileSync(path.join(councilDir, 'de.md'), 'utf8'), en: readFileSync(path.join(councilDir, 'en.md'), 'utf8') };
}

/** Parse and align the German text with `en` (default: the shipped English). */
export function councilAlignment(en?: string): Alignment {
  const texts = councilTexts();
  const de = parseDocument(texts.de, { lang: 'de', file: 'de.md' });
  const tgt = parseDocument(en ?? texts.en, { lang: 'en', file: 'en.md' });
  return align(de, tgt);
}

/** Replace `from` by `to` in `text`, failing loudly when `from` is not there exactly once. */
export function edit(text: string, from: string | RegExp, to: string): string {
  const count = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, from.flags.includes('g') ? from.flags : from.flags + 'g')) ?? []).length;
  if (count !== 1) throw new Error(`edit: expected exactly one match of ${String(from)}, found ${count}`);
  return text.replace(from, to);
}

/** The sentence links whose target text contains `needle`. */
export function linksWithTarget(a: Alignment, needle: string): string[] {
  return a.sentences.filter((s) => s.tgt.some((i) => a.target.segments[i]!.text.includes(needle))).map((s) => s.id);
}

/** The sentence links whose source text contains `needle`. */
export function linksWithSource(a: Alignment, needle: string): string[] {
  return a.sentences.filter((s) => s.src.some((i) => a.source.segments[i]!.text.includes(needle))).map((s) => s.id);
}
