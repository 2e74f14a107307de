import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanInline, textOffsetToSource, textSpanToSource } from '../src/document/inline.js';
import { parseDocument } from '../src/document/parse.js';
import type { Document } from '../src/types.js';

const corpus = path.resolve(__dirname, '../../shared/corpora/council-conclusions-2019');
const exists = existsSync(path.join(corpus, 'de.md')) && existsSync(path.join(corpus, 'en.md'));
if (!exists) console.warn(`document-council tests skipped: ${corpus}/{de,en}.md is missing`);

function load(lang: 'de' | 'en'): Document {
  return parseDocument(readFileSync(path.join(corpus, `${lang}.md`), 'utf8'), { lang, file: `${lang}.md` });
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const letters = 'abcdefghij'.split('');

describe.skipIf(!exists)('Council conclusions 2019 (markdown)', () => {
  const docs = exists ? { de: load('de'), en: load('en') } : undefined;
  const langs = ['de', 'en'] as const;
  const get = (lang: 'de' | 'en'): Document => docs![lang];
  const block = (doc: Document, kind: string, label: string) => {
    const found = doc.blocks.filter((b) => b.kind === kind && b.label === label);
    expect(found, `${kind} ${label}`).toHaveLength(1);
    return found[0]!;
  };
  const texts = (doc: Document, kind: string, label: string): string[] => block(doc, kind, label).segments.map((i) => doc.segments[i]!.text);

  it.each(langs)('%s: read as markdown without warnings', (lang) => {
    const doc = get(lang);
    expect(doc.format).toBe('markdown');
    expect(doc.warnings).toEqual([]);
    expect(doc.file).toBe(`${lang}.md`);
  });

  it.each(langs)('%s: header furniture, heading, fields and intro in order', (lang) => {
    const doc = get(lang);
    const head = doc.blocks.slice(0, 15).map((b) => `${b.kind}:${b.label ?? ''}`);
    expect(head).toEqual([
      'header:date', 'header:origin', 'header:docno', 'header:limite', 'header:codes',
      'heading:', 'field:from', 'field:to', 'field:subject',
      'paragraph:', 'paragraph:', 'paragraph:',
      'heading:title1', 'heading:title2', 'heading:title3',
    ]);
    expect(texts(doc, 'header', 'codes')).toEqual(['ENFOPOL 405', 'JAI 1005', 'COSI 203', 'CATS 114', 'JAIEX 145']);
    expect(texts(doc, 'header', 'origin')).toEqual(['(OR. en)']);
    expect(texts(doc, 'header', 'docno')).toEqual(['12326/19']);
    expect(doc.segments[doc.blocks[5]!.segments[0]!]!.text).toBe(lang === 'de' ? 'VERMERK' : 'NOTE');
    expect(texts(doc, 'field', 'from')).toEqual([lang === 'de' ? 'Vorsitz' : 'Presidency']);
    expect(texts(doc, 'heading', 'title1')).toEqual([lang === 'de' ? 'ENTWURF VON SCHLUSSFOLGERUNGEN DES RATES' : 'DRAFT COUNCIL CONCLUSIONS']);
  });

  it.each(langs)('%s: date line without its Markdown line break', (lang) => {
    const doc = get(lang);
    expect(texts(doc, 'header', 'date')).toEqual([lang === 'de' ? 'Brüssel, den 27. September 2019' : 'Brussels, 27 September 2019']);
    const seg = doc.segments[block(doc, 'header', 'date').segments[0]!]!;
    expect(doc.text.slice(seg.span.start, seg.span.end)).toBe(seg.text);
  });

  it.each(langs)('%s: paragraphs 1-25, items 7a-7j and footnotes fn1-fn15 each exactly once', (lang) => {
    const doc = get(lang);
    const labels = (kind: string) => doc.blocks.filter((b) => b.kind === kind && b.label !== undefined).map((b) => b.label);
    expect(labels('paragraph')).toEqual(range(1, 25).map(String));
    expect(labels('item')).toEqual(letters.map((l) => `7${l}`));
    expect(labels('footnote')).toEqual(range(1, 15).map((n) => `fn${n}`));
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.label === undefined)).toHaveLength(3);
  });

  it('footnote blocks sit where the page broke, differently in the two languages', () => {
    const order = (doc: Document) => doc.blocks.filter((b) => b.kind === 'footnote' || b.kind === 'item').map((b) => b.label).join(' ');
    expect(order(get('de'))).toContain('7f fn3 fn4 fn5 fn6 7g');
    expect(order(get('en'))).toContain('7e fn3 fn4 7f');
    expect(order(get('en'))).toContain('7j fn5 fn6 fn7 fn8 fn9 fn10');
  });

  it.each([
    ['de', '1', 3],
    ['en', '1', 2],
    ['de', '10', 4],
    ['en', '10', 5],
    ['de', '13', 5],
    ['en', '13', 5],
  ] as const)('%s paragraph %s has %i sentences', (lang, label, count) => {
    expect(texts(get(lang), 'paragraph', label)).toHaveLength(count);
  });

  it('the first German sentence of paragraph 10 ends in a semicolon clause, split in two in English', () => {
    const de = texts(get('de'), 'paragraph', '10');
    const en = texts(get('en'), 'paragraph', '10');
    expect(de[0]).toContain('zu retten; gleichzeitig ersucht er');
    expect(de[2]).toContain('vom 6./7. Juni 2019');
    expect(en[0]).toMatch(/from ongoing situations of danger\.$/);
    expect(en[1]).toMatch(/^At the same time/);
  });

  it.each(langs)('%s: the paragraph number is not part of the first segment', (lang) => {
    const doc = get(lang);
    for (const b of doc.blocks.filter((x) => x.kind === 'paragraph' && x.label !== undefined)) {
      const first = doc.segments[b.segments[0]!]!;
      expect(first.text).not.toMatch(/^\d+\./);
      expect(doc.text.slice(b.span.start, first.span.start)).toBe(`${b.label}. `);
    }
  });

  it('footnote markers are kept aside and removed from the text', () => {
    const de = get('de');
    const p5 = de.segments[block(de, 'paragraph', '5').segments[0]!]!;
    expect(p5.markers.map((m) => m.label)).toEqual(['1']);
    expect(p5.text).not.toContain('<sup>');
    const m = p5.markers[0]!;
    expect(de.text.slice(m.span.start, m.span.end)).toBe('<sup>1</sup>');
    expect(p5.text.slice(0, m.at)).toMatch(/Besitzstand der EU$/);
    for (const doc of [de, get('en')]) {
      const all = doc.segments.flatMap((s) => s.markers.map((x) => Number(x.label)));
      expect(all).toEqual(range(1, 15));
      for (const s of doc.segments) expect(s.text).not.toMatch(/<\/?sup>|\]\(#\)|\\[()[\]]|\*\*/);
    }
    const en7f = texts(get('en'), 'item', '7f')[0]!;
    expect(en7f).toContain('Sustainable Development and the Council of Europe Convention');
  });

  it.each(langs)('%s: link residue and escapes are cleaned', (lang) => {
    const doc = get(lang);
    expect(texts(doc, 'footnote', 'fn3')[0]).toMatch(/^COM\(2015\) 185 final (und|and) /);
    expect(texts(doc, 'footnote', 'fn4')).toEqual([lang === 'de' ? 'Dok. 11855/12.' : 'Doc. 11855/12.']);
    expect(texts(doc, 'footnote', 'fn2')).toEqual([lang === 'de' ? 'COM/2016/0871 und COM/2016/0872.' : 'COM/2016/0871 and COM/2016/0872.']);
    expect(texts(doc, 'footnote', 'fn11')).toHaveLength(2);
  });

  it.each(langs)('%s: Segment.text === cleanInline(raw span).text, markers included', (lang) => {
    const doc = get(lang);
    for (const s of doc.segments) {
      const c = cleanInline(doc.text.slice(s.span.start, s.span.end), { format: doc.format, offset: s.span.start });
      expect(c.text).toBe(s.text);
      expect(c.markers).toEqual(s.markers);
    }
  });

  it.each(langs)('%s: spans in bounds, in order, non-overlapping; indices consistent', (lang) => {
    const doc = get(lang);
    let prev = 0;
    doc.segments.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.span.start).toBeGreaterThanOrEqual(prev);
      expect(s.span.end).toBeGreaterThan(s.span.start);
      expect(s.span.end).toBeLessThanOrEqual(doc.text.length);
      prev = s.span.end;
      const b = doc.blocks[s.block]!;
      expect(b.segments[s.ordinal - 1]).toBe(i);
      expect(s.span.start).toBeGreaterThanOrEqual(b.span.start);
      expect(s.span.end).toBeLessThanOrEqual(b.span.end);
    });
    doc.blocks.forEach((b, i) => {
      expect(b.index).toBe(i);
      expect(b.segments.length).toBeGreaterThan(0);
      if (i > 0) expect(b.span.start).toBeGreaterThanOrEqual(doc.blocks[i - 1]!.span.end);
    });
  });

  it.each(langs)('%s: every word of the file outside furniture is in some segment', (lang) => {
    const doc = get(lang);
    const furniture = /^(?:-{3,}|\s*)$/;
    const covered = new Uint8Array(doc.text.length);
    for (const s of doc.segments) covered.fill(1, s.span.start, s.span.end);
    // words (letters/digits) of the raw text that no segment covers: only structural labels may be left
    const left: string[] = [];
    for (const m of doc.text.matchAll(/[\p{L}\p{N}]+/gu)) if (covered[m.index] === 0) left.push(m[0]);
    const lines = doc.text.split('\n').filter((l) => !furniture.test(l));
    expect(lines.length).toBeGreaterThan(0);
    const labelWords = new Set([...range(1, 25).map(String), ...letters, 'sup', 'Absender', 'Empfänger', 'Betr', 'From', 'To', 'Subject']);
    expect(left.filter((w) => !labelWords.has(w))).toEqual([]);
  });

  it('textOffsetToSource and textSpanToSource point into the original around markup', () => {
    const de = get('de');
    const fn3 = de.segments[block(de, 'footnote', 'fn3').segments[0]!]!;
    const at = fn3.text.indexOf('185 final');
    const src = textOffsetToSource(de, fn3, at);
    expect(de.text.slice(src, src + 9)).toBe('185 final');
    const paren = fn3.text.indexOf('(2015)');
    const span = textSpanToSource(de, fn3, { start: paren, end: paren + 6 });
    expect(de.text.slice(span.start, span.end)).toBe('\\(2015\\)');
    expect(textOffsetToSource(de, fn3, fn3.text.length)).toBe(fn3.span.end);
    expect(() => textOffsetToSource(de, fn3, fn3.text.length + 1)).toThrow(/E_OPTION|expected an integer/);
  });
});
