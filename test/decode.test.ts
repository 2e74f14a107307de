import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/parse.js';
import { splitSentences } from '../src/document/sentences.js';
import { decodeText, firstInvalidUtf8 } from '../src/io/decode.js';
import { paralignError } from './helpers/errors.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array | string>): Uint8Array => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

const error = paralignError;

describe('decodeText', () => {
  it('reads UTF-8 and strips a BOM', () => {
    const r = decodeText(bytes([0xef, 0xbb, 0xbf], 'Brüssel, den 27. September'));
    expect(r).toEqual({ text: 'Brüssel, den 27. September', encoding: 'utf-8', warnings: [] });
  });

  it('leaves CRLF and CR line ends as they are', () => {
    expect(decodeText(utf8('a\r\nb\rc\n')).text).toBe('a\r\nb\rc\n');
  });

  it('falls back to Latin-1 with a warning naming the first bad byte', () => {
    // "Größe" in Latin-1: ö = 0xF6, ß = 0xDF
    const r = decodeText(bytes('Gr', [0xf6, 0xdf], 'e und ', [0x80], ' Euro'), { file: 'de.txt' });
    expect(r.text).toBe('Größe und € Euro');
    expect(r.encoding).toBe('latin1');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'W_LATIN1', file: 'de.txt' });
    expect(r.warnings[0]!.message).toContain('offset 2');
    expect(r.warnings[0]!.message).toContain('de.txt');
  });

  it('with encoding utf-8, invalid bytes throw E_ENCODING naming file and offset', () => {
    const e = error(() => decodeText(bytes('abc', [0xe9], 'x'), { file: 'fr.txt', encoding: 'utf-8' }));
    expect(e.code).toBe('E_ENCODING');
    expect(e.message).toMatch(/^fr\.txt: .*offset 3/);
    expect(e.file).toBe('fr.txt');
  });

  it('with encoding latin1, reads the bytes as Windows-1252 without a warning', () => {
    const r = decodeText(bytes([0x43, 0x61, 0x66, 0xe9]), { encoding: 'latin1' });
    expect(r).toEqual({ text: 'Café', encoding: 'latin1', warnings: [] });
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['BOM only', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['whitespace only', utf8(' \n\r\n\t  \n')],
  ])('%s input throws E_EMPTY', (_, input) => {
    const e = error(() => decodeText(input, { file: 'a.txt' }));
    expect(e.code).toBe('E_EMPTY');
    expect(e.message).toMatch(/^a\.txt: .*is empty/);
  });

  it.each([
    ['NUL bytes', bytes('text', [0, 0, 1, 2], 'more'), /binary data \(NUL bytes/],
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /looks like a PDF; convert it to text first/],
    ['ZIP/docx', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /ZIP archive/],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG image/],
    ['gzip', bytes([0x1f, 0x8b, 0x08, 0x00]), /gzip/],
    ['control characters', bytes(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /control characters/],
    ['UTF-16 without BOM', bytes(...Array.from('Hallo Welt', (ch) => [ch.charCodeAt(0), 0])), /UTF-16 text without a byte-order mark/],
  ])('%s throws E_BINARY saying what it looks like', (_, input, what) => {
    const e = error(() => decodeText(input, { file: 'x.bin' }));
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toMatch(what);
    expect(e.message.startsWith('x.bin: ')).toBe(true);
  });

  it.each([
    ['utf-16le', [0xff, 0xfe] as number[], (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])],
    ['utf-16be', [0xfe, 0xff] as number[], (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])],
  ] as const)('decodes %s with a BOM, with a warning', (enc, bom, encode) => {
    const r = decodeText(bytes(bom, encode('Größe – Ça va')), { file: 'u16.txt' });
    expect(r.text).toBe('Größe – Ça va');
    expect(r.encoding).toBe(enc);
    expect(r.warnings.map((w) => w.code)).toEqual(['W_UTF16']);
  });

  it('rejects bad options with E_OPTION', () => {
    expect(error(() => decodeText(utf8('x'), { encoding: 'cp1252' as 'latin1' })).message).toMatch(/expected 'auto', 'utf-8' or 'latin1', found "cp1252"/);
    expect(error(() => decodeText('text' as unknown as Uint8Array)).code).toBe('E_OPTION');
  });

  it.each([
    ['valid', [0x41, 0xc3, 0xa4, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], -1],
    ['truncated', [0x41, 0xe2, 0x82], 1],
    ['overlong', [0xc0, 0xaf], 0],
    ['surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['stray continuation', [0x41, 0x42, 0x80], 2],
  ])('firstInvalidUtf8: %s', (_, input, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(expected);
    if (expected < 0) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(input))).not.toThrow();
    else expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(input))).toThrow();
  });
});

describe('a 5 MB single line', () => {
  const unit = 'Der Rat ersucht die Mitgliedstaaten gemäß Art. 3 am 27. September, Dok. 12326/19 zu prüfen. ';
  const big = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
  const input = utf8(big);

  it('decodes', () => {
    const r = decodeText(input, { file: 'big.txt' });
    expect(r.text.length).toBe(big.length);
    expect(r.encoding).toBe('utf-8');
  });

  it('splits into sentences covering every character', () => {
    const spans = splitSentences(big, 'de');
    expect(spans.length).toBe(big.length / unit.length);
    let covered = 0;
    let prev = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(prev);
      covered += s.end - s.start;
      prev = s.end;
    }
    // everything but the single space after each sentence
    expect(covered).toBe(big.length - spans.length);
  });

  it('parses as plain text into one paragraph whose segments cover every character', () => {
    const doc = parseDocument(big, { lang: 'de', format: 'plain' });
    expect(doc.blocks).toHaveLength(1);
    expect(doc.segments.length).toBe(big.length / unit.length);
    expect(doc.segments.map((s) => s.text + ' ').join('')).toBe(big);
  });

  it('parses as markdown (auto) with the same coverage', () => {
    const doc = parseDocument(big, { lang: 'de' });
    expect(doc.segments.length).toBe(big.length / unit.length);
    expect(doc.segments[doc.segments.length - 1]!.span.end).toBe(big.length - 1);
  });
});
