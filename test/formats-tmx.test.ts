import { existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isParalignError } from '../src/errors.js';
import { toTmx } from '../src/formats/tmx.js';
import { tmxDate, xmlText } from '../src/formats/xml.js';
import { VERSION } from '../src/version.js';
import { buildAlignment, buildDocument, sampleAlignment } from './helpers/build.js';
import { elements, hasXmllint, ownText, parseXml, textOf, xmllintDtd, type XmlElement } from './helpers/xml.js';

const DTD = path.resolve(__dirname, '../../shared/schemas/tmx14.dtd');
const hasDtd = existsSync(DTD);
if (!hasXmllint) console.warn('formats-tmx: xmllint not found (apt-get install libxml2-utils): DTD validation tests skipped');
if (!hasDtd) console.warn(`formats-tmx: ${DTD} not found: DTD validation tests skipped`);

const DATE = '2019-09-27T10:15:00Z';

function units(xml: string): XmlElement[] {
  const body = elements(parseXml(xml), 'body')[0];
  if (!body) throw new Error('no body');
  return elements(body, 'tu');
}

function props(tu: XmlElement): Record<string, string> {
  return Object.fromEntries(elements(tu, 'prop').map((p) => [p.attrs['type'] ?? '', textOf(p)]));
}

function segText(tuv: XmlElement): string {
  const seg = elements(tuv, 'seg')[0];
  if (!seg) throw new Error('no seg');
  return textOf(seg);
}

describe('toTmx: header', () => {
  const root = parseXml(toTmx(sampleAlignment(), { date: DATE }));
  const header = elements(root, 'header')[0]!;

  it('is a TMX 1.4 document with all seven required header attributes', () => {
    expect(root.name).toBe('tmx');
    expect(root.attrs['version']).toBe('1.4');
    expect(header.attrs).toMatchObject({
      creationtool: 'paralign',
      creationtoolversion: VERSION,
      segtype: 'sentence',
      'o-tmf': 'paralign',
      adminlang: 'en',
      srclang: 'de',
      datatype: 'plaintext',
    });
  });

  it('writes creationdate as YYYYMMDDThhmmssZ from the date option', () => {
    expect(header.attrs['creationdate']).toBe('20190927T101500Z');
  });

  it('names the input files in header props', () => {
    expect(props(header)).toEqual({ 'x-source-file': 'de.md', 'x-target-file': 'en.md' });
  });

  it.each([
    ['2019-01-02T03:04:05.678Z', '20190102T030405Z'],
    ['2024-12-31T23:59:59Z', '20241231T235959Z'],
  ])('tmxDate(%s) = %s', (iso, tmx) => {
    expect(tmxDate(new Date(iso))).toBe(tmx);
  });
});

describe('toTmx: translation units', () => {
  const a = sampleAlignment();
  const paired = a.sentences.filter((l) => l.src.length > 0 && l.tgt.length > 0);

  it('writes one tu per paired sentence link, in order, with tuid = link id', () => {
    const tus = units(toTmx(a, { date: DATE }));
    expect(tus.map((t) => t.attrs['tuid'])).toEqual(paired.map((l) => l.id));
    expect(new Set(tus.map((t) => t.attrs['tuid'])).size).toBe(tus.length);
  });

  it('puts the props before the tuvs and gives every tuv its xml:lang', () => {
    for (const tu of units(toTmx(a, { date: DATE }))) {
      const names = elements(tu).map((e) => e.name);
      expect(names.lastIndexOf('prop')).toBeLessThan(names.indexOf('tuv'));
      expect(elements(tu, 'tuv').map((t) => t.attrs['xml:lang'])).toEqual(['de', 'en']);
    }
  });

  it('records paragraph label, confidence and link type as props', () => {
    const tus = units(toTmx(a, { date: DATE }));
    tus.forEach((tu, i) => {
      const link = paired[i]!;
      expect(props(tu)).toEqual({ 'x-paragraph': link.labels.src.join(' '), 'x-confidence': link.confidence.toFixed(3), 'x-link-type': link.type });
    });
  });

  it('joins the segments of a 2-1 link with a space in one tuv', () => {
    const link = a.sentences.find((l) => l.type === '2-1')!;
    const tu = units(toTmx(a, { date: DATE })).find((t) => t.attrs['tuid'] === link.id)!;
    const [de, en] = elements(tu, 'tuv');
    expect(segText(de!)).toBe(link.src.map((i) => a.source.segments[i]!.text).join(' '));
    expect(segText(en!)).toBe(a.target.segments[link.tgt[0]!]!.text);
  });

  it('leaves out 1-0 and 0-1 links by default and writes them with one tuv on request', () => {
    const without = units(toTmx(a, { date: DATE }));
    const withUnpaired = units(toTmx(a, { date: DATE, includeUnpaired: true }));
    expect(without).toHaveLength(paired.length);
    expect(withUnpaired).toHaveLength(a.sentences.length);
    const lone = withUnpaired.filter((t) => elements(t, 'tuv').length === 1);
    expect(lone.map((t) => elements(t, 'tuv')[0]!.attrs['xml:lang']).sort()).toEqual(['de', 'en']);
  });

  it('leaves out links below minConfidence', () => {
    const tus = units(toTmx(a, { date: DATE, minConfidence: 0.8 }));
    expect(tus.map((t) => t.attrs['tuid'])).toEqual(paired.filter((l) => l.confidence >= 0.8).map((l) => l.id));
  });

  it('writes footnote markers as ph placeholders, or drops them', () => {
    const link = a.sentences.find((l) => a.source.segments[l.src[0] ?? -1]?.markers.length)!;
    const find = (xml: string) => units(xml).find((t) => t.attrs['tuid'] === link.id)!;
    const seg = elements(elements(find(toTmx(a, { date: DATE })), 'tuv')[0]!, 'seg')[0]!;
    const ph = elements(seg, 'ph');
    expect(ph).toHaveLength(1);
    expect(ph[0]!.attrs).toEqual({ type: 'fnote', x: '3' });
    expect(textOf(ph[0]!)).toBe('<sup>3</sup>');
    expect(ownText(seg)).toBe(a.source.segments[link.src[0]!]!.text);
    const omitted = elements(elements(find(toTmx(a, { date: DATE, markers: 'omit' })), 'tuv')[0]!, 'seg')[0]!;
    expect(elements(omitted, 'ph')).toHaveLength(0);
    expect(textOf(omitted)).toBe(a.source.segments[link.src[0]!]!.text);
  });

  it('escapes &, <, > and quotes so that they read back unchanged', () => {
    const link = a.sentences.find((l) => a.source.segments[l.src[0] ?? -1]?.text.includes('&'))!;
    const tu = units(toTmx(a, { date: DATE })).find((t) => t.attrs['tuid'] === link.id)!;
    const [de, en] = elements(tu, 'tuv');
    expect(segText(de!)).toBe('Die Mitgliedstaaten werden ersucht, „Daten“ & <Angaben> zu liefern.');
    expect(segText(en!)).toBe('Member States are invited to supply "data" & <details>.');
  });

  it('is reproducible with a fixed date', () => {
    expect(toTmx(a, { date: DATE })).toBe(toTmx(sampleAlignment(), { date: new Date(DATE) }));
  });
});

/** A one-paragraph alignment of single sentences with the given texts. */
function pairOf(src: string[], tgt: string[]) {
  const de = buildDocument('de', [{ label: '1', sentences: src }]);
  const en = buildDocument('en', [{ label: '1', sentences: tgt }]);
  const n = Math.min(src.length, tgt.length);
  const sentences = Array.from({ length: n }, (_, i) => ({ src: [i], tgt: [i], paragraph: 0 }));
  return buildAlignment(de, en, [{ src: [0], tgt: [0] }], sentences);
}

describe('toTmx: hostile text', () => {
  it('strips characters XML 1.0 does not allow and keeps the rest', () => {
    const a = pairOf(['Nul\u0000l \u0007bell\u001b esc\uFFFE \uD800lone 😀 tab\tend'], ['ok']);
    const tu = units(toTmx(a, { date: DATE }))[0]!;
    expect(segText(elements(tu, 'tuv')[0]!)).toBe('Null bell esc lone 😀 tab\tend');
  });

  it('round-trips any text through XML, up to the characters XML cannot hold', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 4 }), (texts) => {
        const a = pairOf(texts, texts.map((t) => t + '.'));
        const tus = units(toTmx(a, { date: DATE, markers: 'omit' }));
        expect(tus).toHaveLength(texts.length);
        tus.forEach((tu, i) => {
          const [de, en] = elements(tu, 'tuv');
          expect(segText(de!)).toBe(xmlText(texts[i]!));
          expect(segText(en!)).toBe(xmlText(texts[i]! + '.'));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('toTmx: options are checked', () => {
  it.each([
    [{ date: 'yesterday' }, /option date: expected a Date or an ISO 8601 date string/],
    [{ includeUnpaired: 'yes' }, /option includeUnpaired: expected true or false, found "yes"/],
    [{ minConfidence: 2 }, /option minConfidence: expected a number from 0 to 1, found 2/],
    [{ markers: 'keep' }, /option markers: expected one of "ph", "omit", found "keep"/],
    [{ adminLang: 'english language' }, /option adminLang: expected a language tag/],
  ])('%j → E_OPTION', (options, message) => {
    let caught: unknown;
    try {
      toTmx(sampleAlignment(), options as never);
    } catch (e) {
      caught = e;
    }
    expect(isParalignError(caught) && caught.code).toBe('E_OPTION');
    expect((caught as Error).message).toMatch(message);
  });

  it('refuses something that is not an alignment', () => {
    expect(() => toTmx({} as never)).toThrow(/option alignment\.source: expected a Document/);
  });
});

describe.skipIf(!hasXmllint || !hasDtd)('toTmx: valid against the TMX 1.4 DTD (xmllint)', () => {
  it.each([
    ['default options', {}],
    ['unpaired, no markers, DOCTYPE', { includeUnpaired: true, markers: 'omit', doctype: true }],
  ] as const)('sample alignment, %s', (_name, options) => {
    const result = xmllintDtd(toTmx(sampleAlignment(), { date: DATE, ...options }), DTD);
    expect(result.messages).toBe('');
    expect(result.ok).toBe(true);
  });

  it('an alignment with hostile text and an empty document side', () => {
    const a = pairOf(['A & B <c> "d" \'e\' \u0001\u0002 ]]> 😀', '\uDC00', ''], ['x']);
    const result = xmllintDtd(toTmx(a, { date: DATE, includeUnpaired: true }), DTD);
    expect(result.messages).toBe('');
  });

  it('an alignment with no links at all', () => {
    const a = pairOf([], []);
    expect(units(toTmx(a, { date: DATE }))).toHaveLength(0);
    expect(xmllintDtd(toTmx(a, { date: DATE }), DTD).messages).toBe('');
  });
});
