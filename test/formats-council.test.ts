/**
 * The serialisers on a real alignment: the German and English Council
 * conclusions (corpora/, in the repository) aligned by the aligner.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import { parseDocument } from '../src/document/parse.js';
import { parseLadder } from '../src/eval/score.js';
import { fromJson, toJson } from '../src/formats/json.js';
import { toLadder } from '../src/formats/ladder.js';
import { toTmx } from '../src/formats/tmx.js';
import { toTsv } from '../src/formats/tsv.js';
import type { Alignment } from '../src/types.js';
import { validate } from './helpers/jsonschema.js';
import { elements, hasXmllint, parseXml, textOf, xmllintDtd } from './helpers/xml.js';

const corpus = path.resolve(__dirname, '../corpora/council-conclusions-2019');
const DTD = path.resolve(__dirname, '../../shared/schemas/tmx14.dtd');
const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../schema/alignment.schema.json'), 'utf8')) as Record<string, unknown>;
const DATE = '2019-09-27T00:00:00Z';

let a: Alignment;
beforeAll(() => {
  const de = parseDocument(readFileSync(path.join(corpus, 'de.md'), 'utf8'), { lang: 'de', file: 'de.md' });
  const en = parseDocument(readFileSync(path.join(corpus, 'en.md'), 'utf8'), { lang: 'en', file: 'en.md' });
  a = align(de, en);
});

describe('Council alignment: TMX', () => {
  it('has one unit per paired sentence link, unique tuids equal to the link ids, de → en', () => {
    const root = parseXml(toTmx(a, { date: DATE }));
    expect(elements(root, 'header')[0]!.attrs['srclang']).toBe('de');
    const tus = elements(elements(root, 'body')[0]!, 'tu');
    const paired = a.sentences.filter((l) => l.src.length > 0 && l.tgt.length > 0);
    expect(tus.map((t) => t.attrs['tuid'])).toEqual(paired.map((l) => l.id));
    expect(new Set(tus.map((t) => t.attrs['tuid'])).size).toBe(tus.length);
    for (const tu of tus) expect(elements(tu, 'tuv').map((t) => t.attrs['xml:lang'])).toEqual(['de', 'en']);
  });

  it('keeps the footnote markers of the text as ph placeholders', () => {
    const withMarkers = a.source.segments.filter((s) => s.markers.length > 0).length;
    expect(withMarkers).toBeGreaterThan(0);
    const ph = [...toTmx(a, { date: DATE, includeUnpaired: true }).matchAll(/<ph type="fnote" x="(\d+)">&lt;sup&gt;\1&lt;\/sup&gt;<\/ph>/g)];
    const markers = [...a.source.segments, ...a.target.segments].reduce((n, s) => n + s.markers.length, 0);
    expect(ph).toHaveLength(markers);
  });

  it('writes the 2-1 and 1-2 links with the segments joined in one tuv', () => {
    const merged = a.sentences.filter((l) => l.src.length > 1 || l.tgt.length > 1);
    expect(merged.length).toBeGreaterThan(0);
    const tus = elements(elements(parseXml(toTmx(a, { date: DATE, markers: 'omit' })), 'body')[0]!, 'tu');
    for (const link of merged) {
      const tu = tus.find((t) => t.attrs['tuid'] === link.id)!;
      const [de, en] = elements(tu, 'tuv').map((t) => textOf(elements(t, 'seg')[0]!));
      expect(de).toBe(link.src.map((i) => a.source.segments[i]!.text).join(' '));
      expect(en).toBe(link.tgt.map((i) => a.target.segments[i]!.text).join(' '));
    }
  });

  it.skipIf(!hasXmllint || !existsSync(DTD))('is valid against the TMX 1.4 DTD (xmllint)', () => {
    expect(xmllintDtd(toTmx(a, { date: DATE }), DTD).messages).toBe('');
    expect(xmllintDtd(toTmx(a, { date: DATE, includeUnpaired: true, doctype: true }), DTD).messages).toBe('');
  });
});

describe('Council alignment: JSON, TSV, ladder', () => {
  it('JSON is schema-valid, covers every segment exactly once, and reads back', () => {
    const json = toJson(a);
    expect(validate(schema, JSON.parse(json))).toEqual([]);
    const parsed = JSON.parse(json) as { sentences: { src: number[]; tgt: number[] }[] };
    expect(parsed.sentences.flatMap((l) => l.src).sort((x, y) => x - y)).toEqual(a.source.segments.map((s) => s.index));
    expect(parsed.sentences.flatMap((l) => l.tgt).sort((x, y) => x - y)).toEqual(a.target.segments.map((s) => s.index));
    const back = fromJson(json, { sourceText: a.source.text, targetText: a.target.text });
    expect(back.sentences).toEqual(a.sentences);
    expect(back.source).toEqual(a.source);
  });

  it('TSV has a row per sentence link; the ladder a group per link', () => {
    expect(toTsv(a, { header: false }).trimEnd().split('\n')).toHaveLength(a.sentences.length);
    expect(parseLadder(toLadder(a))).toEqual(a.sentences.map((l) => ({ src: l.src, tgt: l.tgt })));
  });
});
