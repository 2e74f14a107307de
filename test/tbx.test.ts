import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isParalignError } from '../src/errors.js';
import { toTermsCsv } from '../src/formats/csv.js';
import { toTbx } from '../src/formats/tbx.js';
import { readGlossary } from '../src/glossary/index.js';
import { extractTerms } from '../src/terms/index.js';
import { toTermsJson } from '../src/terms/json.js';
import type { Rendering, Term, Termbase, TermStatus } from '../src/types.js';
import { alignmentFromBlocks } from './helpers/terms.js';

const schemas = path.resolve(__dirname, '../../shared/schemas');
const rng = path.join(schemas, 'TBXcoreStructV03.rng');
const haveSchema = existsSync(rng);
let haveJing = false;
try {
  execFileSync('jing', [], { stdio: 'ignore' });
  haveJing = true;
} catch (e) {
  // jing prints usage and exits non-zero without arguments: it is there when the error is not ENOENT
  haveJing = (e as NodeJS.ErrnoException).code !== 'ENOENT';
}
if (!haveSchema) console.warn(`tbx.test: ${rng} is missing; TBX schema validation skipped`);
if (!haveJing) console.warn('tbx.test: jing is not installed (apt-get install -y jing); TBX schema validation skipped');

/** Validate TBX text with jing against the TBX 2019 core RELAX NG schema; returns jing's complaints ('' when valid). */
function jing(xml: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'paralign-tbx-'));
  const file = path.join(dir, 'out.tbx');
  writeFileSync(file, xml);
  try {
    execFileSync('jing', [rng, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    return `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`.split('\n').filter((l) => !l.includes('[warning]')).join('\n') || 'jing failed';
  }
}

function rendering(term: string, count: number, extra: Partial<Rendering> = {}): Rendering {
  return { term, variants: [term], count, contexts: [], ...extra };
}

function termOf(id: string, source: string, status: TermStatus, renderings: Rendering[], extra: Partial<Term> = {}): Term {
  return { id, source, sourceVariants: [source], pos: 'noun', frequency: renderings.reduce((a, r) => a + r.count, 0), score: 0.5, confidence: 0.5, renderings, status, ...extra };
}

/** A termbase with every status, odd characters and contexts. */
const sample: Termbase = {
  srcLang: 'de',
  tgtLang: 'en',
  terms: [
    termOf('c1', 'Branche', 'preferred', [
      rendering('industry', 4, { contexts: [{ link: 'p12.s1', label: '12', src: { start: 10, end: 17 }, tgt: { start: 20, end: 28 } }] }),
      rendering('sector', 1, { status: 'deprecated', note: 'slip: use "industry"', contexts: [{ link: 'p13.s5', label: '13', src: { start: 40, end: 47 }, tgt: { start: 50, end: 56 } }] }),
    ]),
    termOf('c2', 'Strafverfolgungsbehörden', 'proposed', [rendering('law enforcement authorities', 4, { variants: ['law enforcement authorities', 'law enforcement'] })], { pos: 'noun', note: 'A & B <C> "D"' }),
    termOf('c3', 'Kinderpornografie', 'forbidden', [rendering('child pornography', 2)], { sourceVariants: ['Kinderpornografie', 'Kinderpornographie'] }),
    termOf('c4', 'Europol', 'admitted', [rendering('Europol', 3)], { pos: 'name' }),
    termOf('c5', 'Rat', 'preferred', [], { frequency: 2 }),
  ],
};

describe('toTbx', () => {
  const xml = toTbx(sample);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['conceptEntry', 'langSec', 'termSec', 'termNote', 'note'].includes(n) }).parse(xml);

  it('writes a TBX-Basic DCA document with the required header', () => {
    expect(doc.tbx['@type']).toBe('TBX-Basic');
    expect(doc.tbx['@style']).toBe('dca');
    expect(doc.tbx['@xml:lang']).toBe('de');
    expect(doc.tbx['@xmlns']).toBe('urn:iso:std:iso:30042:ed-2');
    expect(String(doc.tbx.tbxHeader.fileDesc.sourceDesc.p)).toMatch(/paralign/);
    expect(doc.tbx.text.body.conceptEntry.map((e: Record<string, string>) => e['@id'])).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it.each([
    ['c1', 'en', 'sector', 'deprecatedTerm-admn-sts', undefined],
    ['c1', 'en', 'industry', 'preferredTerm-admn-sts', undefined],
    ['c2', 'de', 'Strafverfolgungsbehörden', undefined, 'status: proposed'],
    ['c3', 'de', 'Kinderpornografie', 'deprecatedTerm-admn-sts', 'status: forbidden'],
    ['c4', 'de', 'Europol', 'admittedTerm-admn-sts', undefined],
  ])('%s %s %s: administrativeStatus %s, note %s', (id, lang, term, admn, note) => {
    const entry = doc.tbx.text.body.conceptEntry.find((e: Record<string, string>) => e['@id'] === id);
    const sec = entry.langSec.find((l: Record<string, string>) => l['@xml:lang'] === lang).termSec.find((t: Record<string, unknown>) => t.term === term);
    const status = sec.termNote.find((n: Record<string, string>) => n['@type'] === 'administrativeStatus')?.['#text'];
    expect(status).toBe(admn);
    const notes: string[] = sec.note.map(String);
    if (note) expect(notes).toContain(note);
    else expect(notes.some((n) => n.startsWith('status:'))).toBe(false);
    expect(sec.termNote.find((n: Record<string, string>) => n['@type'] === 'partOfSpeech')['#text']).toBe('noun');
  });

  it('escapes markup characters and drops characters XML cannot hold', () => {
    const tb: Termbase = { srcLang: 'de', tgtLang: 'en', terms: [termOf('c1', 'A&B <x> "q"\u0001', 'proposed', [rendering('tab\there 😀', 1)])] };
    const out = toTbx(tb);
    expect(out).toContain('A&amp;B &lt;x&gt; "q"</term>');
    expect(out).not.toContain('\u0001');
    expect(readGlossary(out).terms[0]!.renderings[0]!.term).toBe('tab\there 😀');
  });

  it('makes term ids valid XML ids', () => {
    const tb: Termbase = { srcLang: 'de', tgtLang: 'en', terms: [termOf('1', 'A', 'proposed', []), termOf('1', 'B', 'proposed', [])] };
    const ids = [...toTbx(tb).matchAll(/conceptEntry id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
    expect(new Set(ids).size).toBe(2);
  });

  it('writes the context sentence when the documents are given', () => {
    const al = alignmentFromBlocks([
      [['Der Rat prüft die Vorratsdatenspeicherung.', 'The Council examines data retention.']],
      [['Die Vorratsdatenspeicherung ist wichtig.', 'Data retention is important.']],
    ]);
    const tb = extractTerms(al);
    const out = toTbx(tb, { source: al.source, target: al.target });
    expect(out).toContain('<descrip type="context">Die Vorratsdatenspeicherung ist wichtig.</descrip>');
    expect(out).toMatch(/<admin type="source">link p2\.s1; label 2; src \d+-\d+; tgt \d+-\d+<\/admin>/);
    expect(toTbx(tb, { maxContexts: 0 })).not.toContain('descripGrp');
  });

  it.each([[{ maxContexts: -1 }], [{ title: 3 }], [{ source: 'x' }], [{ bogus: true }]])('rejects bad options %j', (o) => {
    expect(() => toTbx(sample, o as never)).toThrow(/expected/);
    try {
      toTbx(sample, o as never);
    } catch (e) {
      expect(isParalignError(e) && e.code).toBe('E_OPTION');
    }
  });
});

describe.skipIf(!haveSchema || !haveJing)('TBX output validates against TBXcoreStructV03.rng (jing)', () => {
  it('the sample termbase', () => {
    expect(jing(toTbx(sample))).toBe('');
  });

  it('an empty termbase', () => {
    expect(jing(toTbx({ srcLang: 'fr', tgtLang: 'de', terms: [] }))).toBe('');
  });

  it('an extracted termbase with contexts', () => {
    const al = alignmentFromBlocks([
      [['Der Rat fordert die Branche auf, die Vorratsdatenspeicherung zu prüfen.', 'The Council calls on industry to examine data retention.']],
      [['Der Rat begrüßt die Arbeit der Branche bei der Vorratsdatenspeicherung.', 'The Council welcomes the work of industry on data retention.']],
    ]);
    expect(jing(toTbx(extractTerms(al), { source: al.source, target: al.target }))).toBe('');
  });

  it('jing does reject an invalid file (the check can fail)', () => {
    expect(jing(toTbx(sample).replace(' style="dca"', ''))).not.toBe('');
  });
});

// ---- round trips

const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9&<>"'\-]{1,8}$/);
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const note = fc.option(fc.stringMatching(/^[A-Z][A-Za-z ,;&<>"']{0,20}[a-z]$/), { nil: undefined });
const status = fc.constantFrom<TermStatus>('proposed', 'preferred', 'admitted', 'deprecated', 'forbidden');
const span = fc.nat({ max: 5000 }).chain((s) => fc.nat({ max: 40 }).map((l) => ({ start: s, end: s + l })));
const context = fc.record({ link: fc.stringMatching(/^p[0-9]{1,2}[a-z]?\.s[1-9]$/), label: fc.option(fc.stringMatching(/^[0-9]{1,2}[a-z]?$/), { nil: undefined }), src: span, tgt: span }).map((c) => {
  const { label, ...rest } = c;
  return label === undefined ? rest : { ...rest, label };
});

const termbaseArb = fc
  .array(
    fc.record({
      source: phrase,
      variants: fc.uniqueArray(phrase, { maxLength: 2 }),
      status,
      pos: fc.constantFrom('noun', 'np', 'name'),
      frequency: fc.nat({ max: 50 }),
      score: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
      note,
      renderings: fc.array(fc.record({ term: phrase, variants: fc.uniqueArray(phrase, { maxLength: 2 }), count: fc.nat({ max: 9 }), status: fc.option(status, { nil: undefined }), note, contexts: fc.array(context, { maxLength: 2 }) }), { maxLength: 3 }),
    }),
    { maxLength: 5 },
  )
  .map((rows): Termbase => ({
    srcLang: 'de',
    tgtLang: 'en',
    terms: rows.map((r, i) => {
      const t: Term = {
        id: `c${i + 1}`,
        source: r.source,
        sourceVariants: [r.source, ...r.variants.filter((v) => v !== r.source)],
        pos: r.pos,
        frequency: r.frequency,
        score: r.score,
        confidence: r.score,
        status: r.status,
        renderings: r.renderings.map((x) => {
          const out: Rendering = { term: x.term, variants: [x.term, ...x.variants.filter((v) => v !== x.term)], count: x.count, contexts: x.contexts };
          if (x.status !== undefined && x.status !== r.status) out.status = x.status;
          if (x.note !== undefined) out.note = x.note;
          return out;
        }),
      };
      if (r.note !== undefined) t.note = r.note;
      return t;
    }),
  }));

describe('round trips through readGlossary', () => {
  it.each([
    ['TBX', (tb: Termbase) => readGlossary(toTbx(tb), { file: 'x.tbx' })],
    ['CSV', (tb: Termbase) => readGlossary(toTermsCsv(tb), { file: 'x.csv' })],
    ['CSV with BOM and semicolons', (tb: Termbase) => readGlossary(toTermsCsv(tb, { bom: true, separator: ';' }))],
    ['JSON', (tb: Termbase) => readGlossary(toTermsJson(tb))],
  ])('%s keeps sources, renderings, counts, statuses, notes and contexts', (_name, trip) => {
    expect(trip(sample)).toEqual(sample);
    fc.assert(
      fc.property(termbaseArb, (tb) => {
        expect(trip(tb)).toEqual(tb);
      }),
      { numRuns: 60 },
    );
  });
});

describe('toTermsCsv', () => {
  it('writes RFC 4180: CRLF rows, quoted fields with separators, quotes and line breaks', () => {
    const tb: Termbase = { srcLang: 'de', tgtLang: 'en', terms: [termOf('c1', 'a, b', 'proposed', [rendering('say "hi"', 1, { note: 'two\nlines' })])] };
    const csv = toTermsCsv(tb);
    expect(csv.split('\r\n')[0]).toBe('id,de,en,status,count,frequency,score,confidence,pos,source_variants,target_variants,links,note,rendering_note,term_status');
    expect(csv).toContain('"a, b","say ""hi"""');
    expect(csv).toContain('"two\nlines"');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(toTermsCsv(tb, { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('writes one row per rendering and one for a term without renderings', () => {
    const rows = toTermsCsv(sample).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 2 + 1 + 1 + 1 + 1);
    expect(rows[2]).toMatch(/^c1,Branche,sector,deprecated,1,/);
    expect(rows[6]).toMatch(/^c5,Rat,,preferred,0,/);
  });

  it.each([[{ bom: 'yes' }], [{ separator: '|' }], [{ other: 1 }]])('rejects bad options %j', (o) => {
    expect(() => toTermsCsv(sample, o as never)).toThrow(/expected/);
  });
});

describe('toTermsJson', () => {
  it('writes a versioned document', () => {
    const doc = JSON.parse(toTermsJson(sample)) as Record<string, unknown>;
    expect(doc.format).toBe('paralign-termbase');
    expect(doc.version).toBe(1);
    expect(doc.terms).toEqual(sample.terms);
  });
});

describe('the shipped glossary files', () => {
  const dir = path.resolve(__dirname, '../glossaries');
  it.skipIf(!existsSync(path.join(dir, 'council-conclusions-2019.de-en.tbx')))('TBX and CSV hold the same termbase', () => {
    const tbx = readGlossary(readFileSync(path.join(dir, 'council-conclusions-2019.de-en.tbx'), 'utf8'), { file: 'council.tbx' });
    const csv = readGlossary(readFileSync(path.join(dir, 'council-conclusions-2019.de-en.csv'), 'utf8'), { file: 'council.csv' });
    expect(csv).toEqual(tbx);
    expect(tbx.terms.length).toBeGreaterThan(30);
  });
});
