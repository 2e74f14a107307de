import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isParalignError } from '../src/errors.js';
import { parseLadder } from '../src/eval/score.js';
import { ALIGNMENT_JSON_VERSION, ALIGNMENT_SCHEMA_ID, fromJson, stringify, toJson } from '../src/formats/json.js';
import { toLadder } from '../src/formats/ladder.js';
import { TSV_COLUMNS, toTsv } from '../src/formats/tsv.js';
import type { Alignment, Link } from '../src/types.js';
import { alignmentFrom, buildAlignment, buildDocument, sampleAlignment } from './helpers/build.js';
import { validate } from './helpers/jsonschema.js';

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../schema/alignment.schema.json'), 'utf8')) as Record<string, unknown>;

function errorOf(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { code: isParalignError(e) ? e.code : undefined, message: e instanceof Error ? e.message : String(e) };
  }
  return { message: '(no error)' };
}

/** How often each unit index occurs on one side of a list of links. */
function occurrences(links: readonly Pick<Link, 'src' | 'tgt'>[], side: 'src' | 'tgt'): number[] {
  const counts: number[] = [];
  for (const l of links) for (const i of l[side]) counts[i] = (counts[i] ?? 0) + 1;
  return counts;
}

const blocksArb = fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 4 });
const alignmentArb = fc
  .tuple(blocksArb, blocksArb, fc.array(fc.nat(20), { maxLength: 12 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }))
  .map(([s, t, c, conf]) => alignmentFrom(s, t, c, conf));

describe('toJson', () => {
  const a = sampleAlignment();
  const json = JSON.parse(toJson(a)) as Record<string, unknown> & { source: Record<string, unknown>; sentences: Link[]; paragraphs: Link[] };

  it('carries the format version and the generator', () => {
    expect(json['paralign']).toBe(ALIGNMENT_JSON_VERSION);
    expect(json['generator']).toMatch(/^paralign \d+\.\d+\.\d+/);
  });

  it('is valid against schema/alignment.schema.json, which has an $id and the same version', () => {
    expect(schema['$id']).toBe(ALIGNMENT_SCHEMA_ID);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((schema['properties'] as Record<string, { const?: string }>)['paralign']?.const).toBe(ALIGNMENT_JSON_VERSION);
    expect(validate(schema, json)).toEqual([]);
    expect(validate(schema, JSON.parse(toJson(a, { includeText: true, includeLexicon: true })))).toEqual([]);
  });

  it('the schema checker does reject broken output', () => {
    const broken = structuredClone(json) as unknown as Record<string, unknown> & { sentences: Record<string, unknown>[] };
    broken.sentences[0]!['confidence'] = 1.5;
    delete broken.sentences[1]!['paragraph'];
    broken.sentences[2]!['extra'] = true;
    broken['paralign'] = 'alignment/2';
    expect(validate(schema, broken)).toEqual([
      '$.paralign: expected "alignment/1"',
      '$.sentences[0].confidence: above 1',
      '$.sentences[1]: missing paragraph',
      '$.sentences[2]: unexpected property extra',
    ]);
  });

  it('leaves the original text out by default and puts it in with includeText', () => {
    expect(json.source['text']).toBeUndefined();
    expect(json.source['length']).toBe(a.source.text.length);
    const full = JSON.parse(toJson(a, { includeText: true })) as { source: { text: string }; target: { text: string } };
    expect(full.source.text).toBe(a.source.text);
    expect(full.target.text).toBe(a.target.text);
  });

  it('puts every source and target segment in exactly one sentence link, every block in one paragraph link', () => {
    expect(occurrences(json.sentences, 'src')).toEqual(a.source.segments.map(() => 1));
    expect(occurrences(json.sentences, 'tgt')).toEqual(a.target.segments.map(() => 1));
    expect(occurrences(json.paragraphs, 'src')).toEqual(a.source.blocks.map(() => 1));
    expect(occurrences(json.paragraphs, 'tgt')).toEqual(a.target.blocks.map(() => 1));
  });

  it('keeps spans that give the segment source back', () => {
    const segs = json.source['segments'] as { span: { start: number; end: number } }[];
    expect(segs.map((s) => a.source.text.slice(s.span.start, s.span.end))).toEqual(a.source.segments.map((s) => a.source.text.slice(s.span.start, s.span.end)));
  });

  it.each([0, 2, 4])('writes the same value with indent %i', (indent) => {
    expect(JSON.parse(toJson(a, { indent }))).toEqual(json);
  });

  it('writes one line with indent 0', () => {
    expect(toJson(a, { indent: 0 }).trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    [{ includeText: 1 }, /option includeText: expected true or false, found 1/],
    [{ indent: -1 }, /option indent: expected a number from 0 to 8, found -1/],
    [{ indent: 1.5 }, /option indent: expected a number from 0 to 8/],
  ])('checks options: %j', (options, message) => {
    const e = errorOf(() => toJson(a, options as never));
    expect(e.code).toBe('E_OPTION');
    expect(e.message).toMatch(message);
  });
});

describe('stringify', () => {
  it('writes JSON that parses to the same value, whatever the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 4 }), (v, indent) => {
        expect(JSON.parse(stringify(v, indent))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 300 },
    );
  });
  it('keeps short arrays and objects on one line and breaks long ones', () => {
    const out = stringify({ span: { start: 1, end: 2 }, long: Array.from({ length: 60 }, (_, i) => i) }, 2);
    expect(out).toContain('"span": {"start": 1, "end": 2}');
    expect(out.split('\n').length).toBeGreaterThan(60);
  });
});

describe('fromJson', () => {
  it('reads back exactly what toJson wrote (with text and lexicon)', () => {
    const a = sampleAlignment();
    a.lexicon = new Map([['rat', new Map([['council', 0.8], ['board', 0.1]])], ['bericht', new Map([['report', 0.9]])]]);
    a.warnings = [{ code: 'W_TEST', message: 'a warning', file: 'de.md' }];
    a.source.warnings = [{ code: 'W_DOC', message: 'x' }];
    expect(fromJson(toJson(a, { includeText: true, includeLexicon: true }))).toEqual(a);
  });

  it('round-trips random alignments', () => {
    fc.assert(
      fc.property(alignmentArb, (a) => {
        const back = fromJson(toJson(a, { includeText: true }));
        expect(back).toEqual(a);
        expect(validate(schema, JSON.parse(toJson(a)))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('takes the original texts from options when the JSON has none, and warns when it has neither', () => {
    const a = sampleAlignment();
    const json = toJson(a);
    expect(fromJson(json, { sourceText: a.source.text, targetText: a.target.text })).toEqual(a);
    const bare = fromJson(json);
    expect(bare.source.text).toBe('');
    expect(bare.sentences).toEqual(a.sentences);
    expect(bare.warnings.map((w) => w.code)).toEqual(['W_NO_TEXT', 'W_NO_TEXT']);
    const e = errorOf(() => fromJson(json, { sourceText: 'too short', file: 'x.json' }));
    expect(e.code).toBe('E_FORMAT');
    expect(e.message).toMatch(/^x\.json: alignment JSON, source\.text: expected a text of length \d+/);
  });

  const good = (): Record<string, unknown> & { source: Record<string, unknown>; sentences: Record<string, unknown>[] } => JSON.parse(toJson(sampleAlignment()));
  it.each<[string, (j: ReturnType<typeof good>) => unknown, RegExp]>([
    ['not JSON', () => '{"paralign": ', /not valid JSON/],
    ['an array', () => [], /\(root\): expected an object, found an array/],
    ['no version', (j) => ({ ...j, paralign: undefined }), /expected "paralign": "alignment\/1", found undefined/],
    ['a future version', (j) => ({ ...j, paralign: 'alignment/2' }), /found "alignment\/2"/],
    ['no source', (j) => ({ ...j, source: undefined }), /source: expected an object/],
    ['a bad format', (j) => ({ ...j, source: { ...j.source, format: 'docx' } }), /source\.format: expected markdown \| plain \| lines, found "docx"/],
    ['a span beyond the text', (j) => { (j.source['segments'] as { span: { end: number } }[])[0]!.span.end = 1e6; return j; }, /source\.segments\[0\]\.span\.end: expected an integer from \d+ to \d+, found 1000000/],
    ['an index out of range', (j) => { j.sentences[0]!['src'] = [99]; j.sentences[0]!['type'] = '1-1'; return j; }, /sentences\[0\]\.src\[0\]: expected an integer from 0 to 5, found 99/],
    ['a segment in two links', (j) => { j.sentences[1]!['src'] = [0]; return j; }, /sentences\[1\]\.src: expected each source unit in one link only, found "unit 0 again/],
    ['a segment in no link', (j) => { j.sentences[4]!['src'] = []; j.sentences[4]!['type'] = '0-0'; return j; }, /sentences: expected every source unit in a link, found "unit 5 in none"/],
    ['a type that does not match', (j) => { j.sentences[0]!['type'] = '2-1'; return j; }, /sentences\[0\]\.type: expected "1-1"/],
    ['a confidence above 1', (j) => { j.sentences[0]!['confidence'] = 1.2; return j; }, /sentences\[0\]\.confidence: expected a number from 0 to 1, found 1\.2/],
    ['a missing paragraph index', (j) => { delete j.sentences[0]!['paragraph']; return j; }, /sentences\[0\]\.paragraph: expected an integer from 0 to 2, found undefined/],
  ])('refuses %s with E_FORMAT naming the file and the path', (_name, edit, message) => {
    const value = edit(good());
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const e = errorOf(() => fromJson(text, { file: 'in.json' }));
    expect(e.code).toBe('E_FORMAT');
    expect(e.message).toMatch(/^in\.json: /);
    expect(e.message).toMatch(message);
  });
});

describe('toTsv', () => {
  const a = sampleAlignment();
  it('writes a header and one row of seven fields per sentence link', () => {
    const lines = toTsv(a).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(TSV_COLUMNS.join('\t'));
    expect(lines).toHaveLength(a.sentences.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(7);
  });

  it('fills the columns from the link', () => {
    const rows = toTsv(a, { header: false }).trimEnd().split('\n').map((l) => l.split('\t'));
    const i = a.sentences.findIndex((l) => l.type === '2-1');
    const link = a.sentences[i]!;
    expect(rows[i]).toEqual([
      link.src.map((s) => a.source.segments[s]!.text).join(' '),
      a.target.segments[link.tgt[0]!]!.text,
      link.confidence.toFixed(3),
      '2-1',
      '1',
      '1',
      link.id,
    ]);
    const unpaired = rows.find((r) => r[3] === '0-1')!;
    expect(unpaired[0]).toBe('');
  });

  it('leaves out unpaired links and low-confidence links on request', () => {
    const rows = toTsv(a, { header: false, includeUnpaired: false, minConfidence: 0.8 }).trimEnd().split('\n');
    expect(rows.map((r) => r.split('\t')[6])).toEqual(a.sentences.filter((l) => l.src.length && l.tgt.length && l.confidence >= 0.8).map((l) => l.id));
  });

  it('writes nothing for an alignment without links when there is no header', () => {
    const empty = buildAlignment(buildDocument('de', []), buildDocument('en', []), [], []);
    expect(toTsv(empty, { header: false })).toBe('');
    expect(toTsv(empty)).toBe(TSV_COLUMNS.join('\t') + '\n');
  });

  it('replaces tabs, line breaks and control characters by spaces, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 1, maxLength: 4 }), (texts) => {
        const alignment = alignmentFrom([texts], [texts], [0]);
        const lines = toTsv(alignment, { header: false }).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines).toHaveLength(alignment.sentences.length);
        for (const line of lines) {
          expect(line.split('\t')).toHaveLength(7);
          expect(line).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('toLadder', () => {
  /** Sentence-per-line documents: one block of `n` lines each. */
  function linesAlignment(nSrc: number, nTgt: number, groups: { src: number[]; tgt: number[] }[]): Alignment {
    const de = buildDocument('de', [{ sentences: Array.from({ length: nSrc }, (_, i) => `Satz ${i}.`) }], { format: 'lines' });
    const en = buildDocument('en', [{ sentences: Array.from({ length: nTgt }, (_, i) => `Sentence ${i}.`) }], { format: 'lines' });
    return buildAlignment(de, en, [{ src: [0], tgt: [0] }], groups.map((g) => ({ ...g, paragraph: 0 })));
  }

  it('writes one group per sentence link in the Text+Berg form', () => {
    const a = linesAlignment(4, 5, [{ src: [0], tgt: [0] }, { src: [1, 2], tgt: [1, 2, 3] }, { src: [], tgt: [4] }, { src: [3], tgt: [] }]);
    expect(toLadder(a)).toBe('[0]:[0]\n[1, 2]:[1, 2, 3]\n[]:[4]\n[3]:[]\n');
  });

  it('uses the input line numbers, not the segment indices, when segments have them', () => {
    const a = linesAlignment(2, 2, [{ src: [0], tgt: [0] }, { src: [1], tgt: [1] }]);
    a.source.segments[1]!.line = 7;
    a.target.segments[1]!.line = 9;
    expect(toLadder(a)).toBe('[0]:[0]\n[7]:[9]\n');
  });

  it('reads back with the scorer to the same groups, for any alignment', () => {
    fc.assert(
      fc.property(alignmentArb, (a) => {
        expect(parseLadder(toLadder(a))).toEqual(a.sentences.map((l) => ({ src: l.src, tgt: l.tgt })));
      }),
      { numRuns: 100 },
    );
  });
});
