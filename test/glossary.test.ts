import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isParalignError } from '../src/errors.js';
import { toTermsCsv } from '../src/formats/csv.js';
import { toTbx } from '../src/formats/tbx.js';
import { readGlossary } from '../src/glossary/index.js';
import type { Termbase } from '../src/types.js';

/** The ParalignError code (and message) thrown by `f`. */
function codeOf(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isParalignError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a ParalignError');
}

const TBX_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const minimal = (body: string): string =>
  `${TBX_HEAD}<tbx type="TBX-Basic" style="dca" xml:lang="de" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>${body}</body></text></tbx>`;

describe('XML safety', () => {
  it.each([
    ['external entity (XXE)', `${TBX_HEAD}<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<tbx xml:lang="de"><text><body><conceptEntry id="c1"><langSec xml:lang="de"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>`],
    [
      'billion laughs',
      `${TBX_HEAD}<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n]>\n<tbx xml:lang="de"><text><body><conceptEntry id="c1"><note>&lol9;</note></conceptEntry></body></text></tbx>`,
    ],
    ['a bare DOCTYPE', `${TBX_HEAD}<!doctype tbx SYSTEM "tbx.dtd"><tbx xml:lang="de"/>`],
    ['an entity declaration without DOCTYPE', `${TBX_HEAD}<tbx xml:lang="de"><!ENTITY a "b"></tbx>`],
  ])('refuses %s with E_XML naming the line', (_name, xml) => {
    const e = codeOf(() => readGlossary(xml, { file: 'evil.tbx' }));
    expect(e.code).toBe('E_XML');
    expect(e.message).toMatch(/^evil\.tbx: line \d+: /);
  });

  it('decodes the predefined entities and character references only', () => {
    const tb = readGlossary(minimal('<conceptEntry id="c1"><langSec xml:lang="de"><termSec><term>A &amp; B &lt;C&gt; &#228;&#x00FC;</term></termSec></langSec><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>'));
    expect(tb.terms[0]!.source).toBe('A & B <C> äü');
  });
});

describe('malformed glossaries', () => {
  it.each([
    ['unclosed element', `${TBX_HEAD}<tbx xml:lang="de">\n<text>\n<body>\n</tbx>`, 'E_XML', /line \d+/],
    ['not XML at all after <', '<tbx xml:lang="de"><term>a</term', 'E_XML', /line \d+/],
    ['no tbx root', `${TBX_HEAD}<martif><text/></martif>`, 'E_GLOSSARY', /<tbx>/],
    ['termSec without term', minimal('<conceptEntry id="c7"><langSec xml:lang="de"><termSec><note>x</note></termSec></langSec></conceptEntry>'), 'E_GLOSSARY', /conceptEntry c7/],
    ['langSec without xml:lang', minimal('<conceptEntry id="c8"><langSec><termSec><term>a</term></termSec></langSec></conceptEntry>'), 'E_GLOSSARY', /conceptEntry c8: langSec without xml:lang/],
  ])('%s → %s', (_name, xml, code, message) => {
    const e = codeOf(() => readGlossary(xml, { format: 'tbx' }));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a CSV without language names', 'Quelle,Ziel\nRat,Council\n', /line 1: the header must name the languages/],
    ['an unterminated quote', 'de,en\nRat,"Council\n', /line 2: a quoted field is not closed/],
    ['a bad status', 'de,en,status\nRat,Council,great\n', /line 2: status: expected one of/],
    ['an empty source', 'de,en\n,Council\n', /line 2: empty source term/],
    ['not a termbase JSON', '{"a":1}', /paralign-termbase/],
  ])('%s → E_GLOSSARY', (_name, text, message) => {
    const e = codeOf(() => readGlossary(text, { file: 'g' }));
    expect(e.code).toBe('E_GLOSSARY');
    expect(e.message).toMatch(message);
    expect(e.message.startsWith('g: ')).toBe(true);
  });

  it('reports the line of a paralign CSV row with a wrong field count', () => {
    const tb: Termbase = { srcLang: 'de', tgtLang: 'en', terms: [{ id: 'c1', source: 'Rat', sourceVariants: ['Rat'], frequency: 1, score: 1, confidence: 1, status: 'preferred', renderings: [{ term: 'Council', variants: ['Council'], count: 1, contexts: [] }] }] };
    const csv = toTermsCsv(tb) + 'c2,Kommission\r\n';
    expect(codeOf(() => readGlossary(csv)).message).toMatch(/line 3: expected 15 fields, found 2/);
  });

  it.each([[{ format: 'xlsx' }], [{ srcLang: 'German' }], [{ file: 3 }], [{ other: true }]])('rejects bad options %j with E_OPTION', (o) => {
    expect(codeOf(() => readGlossary('de,en\nRat,Council\n', o as never)).code).toBe('E_OPTION');
  });
});

describe('simple CSV glossaries', () => {
  it.each([
    ['de,en\nRat,Council\n', 'de', 'en'],
    ['German;English\nRat;Council\n', 'de', 'en'],
    ['source (de)\ttarget (en)\nRat\tCouncil\n', 'de', 'en'],
    ['\uFEFFfr,de\r\nConseil,Rat\r\n', 'fr', 'de'],
  ])('reads %j', (text, src, tgt) => {
    const tb = readGlossary(text);
    expect([tb.srcLang, tb.tgtLang]).toEqual([src, tgt]);
    expect(tb.terms).toHaveLength(1);
    expect(tb.terms[0]!.renderings).toHaveLength(1);
    expect(tb.terms[0]!.status).toBe('admitted');
  });

  it('groups the renderings of one source term, with status and note columns', () => {
    const tb = readGlossary('de,en,status,note\nBranche,industry,preferred,\nBranche,sector,deprecated,"slip, p13"\n"Darstellungen von sexuellem Missbrauch von Kindern","child sexual abuse material",preferred,\n');
    expect(tb.terms.map((t) => t.source)).toEqual(['Branche', 'Darstellungen von sexuellem Missbrauch von Kindern']);
    const b = tb.terms[0]!;
    expect(b.status).toBe('preferred');
    expect(b.renderings.map((r) => [r.term, r.status, r.note])).toEqual([
      ['industry', undefined, undefined],
      ['sector', 'deprecated', 'slip, p13'],
    ]);
  });

  it('takes the languages from the options when the header does not name them', () => {
    const tb = readGlossary('term,translation\nRat,Council\n', { srcLang: 'de', tgtLang: 'en' });
    expect(tb.terms[0]!.renderings[0]!.term).toBe('Council');
  });
});

describe('format detection', () => {
  const tb: Termbase = { srcLang: 'de', tgtLang: 'en', terms: [{ id: 'c1', source: 'Rat', sourceVariants: ['Rat'], pos: 'noun', frequency: 1, score: 1, confidence: 1, status: 'preferred', renderings: [{ term: 'Council', variants: ['Council'], count: 1, contexts: [] }] }] };
  it.each([
    ['by content: TBX', toTbx(tb), {}],
    ['by content: CSV', toTermsCsv(tb), {}],
    ['by extension: .tbx', toTbx(tb), { file: 'a.TBX' }],
    ['by extension: .csv', toTermsCsv(tb), { file: 'a.csv' }],
  ])('%s', (_n, text, o) => {
    expect(readGlossary(text, o)).toEqual(tb);
  });
});

const example = path.resolve(__dirname, '../../shared/schemas/TBX-Basic-example-DCA.tbx');
if (!existsSync(example)) console.warn(`glossary.test: ${example} is missing; the TBX-Basic example test is skipped`);

describe.skipIf(!existsSync(example))('the TBX-Basic example of the dialect authors', () => {
  // Read lazily: a describe body runs at collection time even when it is skipped.
  let tb: ReturnType<typeof readGlossary>;
  beforeAll(() => {
    tb = readGlossary(readFileSync(example, 'utf8'), { file: 'TBX-Basic-example-DCA.tbx' });
  });
  it('reads its English–Spanish entries', () => {
    expect([tb.srcLang, tb.tgtLang]).toEqual(['en', 'es']);
    expect(tb.terms.length).toBe(39);
    expect(tb.terms.every((t) => t.source !== '')).toBe(true);
  });

  it.each([
    ['c1', 'open cluster', 'preferred', ['cúmulo abierto']],
    ['c3', 'black hole', 'admitted', ['agujero negro']],
    ['c4', 'gamma-ray burst', 'admitted', ['explosión de rayos gamma', 'brote de rayos gamma']],
    ['c8', 'star cluster', 'admitted', ['cúmulo estelar', 'cúmulo de estrellas']],
  ])('%s: %s (%s) → %j', (id, source, status, targets) => {
    const t = tb.terms.find((x) => x.id === id)!;
    expect(t.source).toBe(source);
    expect(t.status).toBe(status);
    expect(t.renderings.map((r) => r.term)).toEqual(targets);
  });

  it('keeps definitions and synonyms in the note, and the part of speech', () => {
    const t = tb.terms.find((x) => x.id === 'c1')!;
    expect(t.note).toContain('definition: A group of stars formed together in the spiral arms of a galaxy.');
    expect(t.note).toContain('synonym: galactic cluster (deprecated)');
    expect(t.pos).toBe('noun');
    expect(tb.terms.find((x) => x.source === 'main-sequence')?.pos).toBe('adjective');
  });

  it('reads another target language on request', () => {
    const zu = readGlossary(readFileSync(example, 'utf8'), { srcLang: 'en', tgtLang: 'zu' });
    expect(zu.tgtLang).toBe('zu');
    expect(zu.terms.length).toBe(tb.terms.length);
  });
});
