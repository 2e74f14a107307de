import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/checks/index.js';
import { reportJson, toHtmlReport, toMarkdown, toReportJson, toText, toXlsx } from '../src/report/index.js';
import type { Term, Termbase } from '../src/types.js';
import { pairOf } from './helpers/checks.js';

function sample() {
  const a = pairOf(
    [
      { label: '1', sentences: ['Am 27. September 2019 tagte der Rat^1.', 'Die Branche muss handeln.'] },
      { label: '2', sentences: ['Die Vorratsdatenspeicherung ist wichtig | <script>alert(1)</script>.'] },
    ],
    [
      { label: '1', sentences: ['The Council met on 28 September 2019.', 'The sector must act.'] },
      { label: '2', sentences: ['Data retention is important | <script>alert(1)</script>.'] },
    ],
  );
  const term: Term = { id: 'c1', source: 'Vorratsdatenspeicherung', sourceVariants: [], frequency: 1, score: 1, confidence: 1, status: 'preferred', renderings: [{ term: 'data retention', variants: [], count: 0, contexts: [] }] };
  const bad: Term = { id: 'c2', source: 'Branche', sourceVariants: [], frequency: 1, score: 1, confidence: 1, status: 'deprecated', renderings: [{ term: 'sector', variants: [], count: 0, contexts: [] }] };
  const glossary: Termbase = { srcLang: 'de', tgtLang: 'en', terms: [term, bad] };
  return { a, glossary };
}

describe('text, JSON and Markdown reports', () => {
  const { a, glossary } = sample();
  const r = checkReport(a, { glossary, checks: ['glossary', 'number', 'footnote', 'untranslated', 'omission'] });
  it('the check found what the sample holds', () => {
    expect(r.flags.map((f) => f.key).sort()).toEqual(['footnote.missing', 'glossary.forbidden', 'number.changed']);
  });
  it('text: counts by severity and type, the flags, re-localised to German on request', () => {
    const en = toText(r);
    expect(en).toContain('3 flags (3 error, 0 warning, 0 info)');
    expect(en).toContain('“27. September 2019” appears as “28 September 2019” in the translation');
    const de = toText(r, { uiLang: 'de', top: 1 });
    expect(de).toContain('3 Meldungen (3 Fehler, 0 Warnung, 0 Hinweis)');
    expect(de).toContain('… und 2 weitere');
    expect(de.split('\n').filter((l) => l.startsWith('  Fehler')).length).toBe(1);
  });
  it('JSON: versioned schema with counts and flags', () => {
    const j = JSON.parse(toReportJson(r, { uiLang: 'de' }));
    expect(j).toMatchObject({ schema: 'paralign-check-report', version: 1, srcLang: 'de', tgtLang: 'en', uiLang: 'de' });
    expect(j.counts.bySeverity).toEqual({ error: 3, warning: 0, info: 0 });
    expect(j.flags).toHaveLength(3);
    expect(j.flags[0].message).toBe(reportJson(r, { uiLang: 'de' }).flags[0]!.message);
    expect(j.flags.map((f: { message: string }) => f.message).join(' ')).toContain('Fußnotenzeichen');
  });
  it('Markdown: a table row per flag, pipes escaped', () => {
    const md = toMarkdown(r);
    expect(md.split('\n').filter((l) => /^\| (error|warning|info) \|.*`[0-9a-f]{10}` \|$/.test(l))).toHaveLength(3);
    expect(md).toContain('# Translation check: de → en');
  });
  it('an empty result says so', () => {
    const ok = checkReport(pairOf([{ sentences: ['Der Rat tagt.'] }], [{ sentences: ['The Council meets.'] }]));
    expect(toText(ok)).toContain('No flags.');
    expect(toMarkdown(ok, { uiLang: 'de' })).toContain('Keine Meldungen.');
  });
  it('HTML escapes the documents', () => {
    const html = toHtmlReport(a, r);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
  it('bad report options throw E_OPTION', () => {
    expect(() => toText(r, { uiLang: 'xx' as never })).toThrow(/option uiLang: expected one of en, de, found "xx"/);
    expect(() => toText(r, { top: -1 })).toThrow(/option top: expected a number ≥ 0, found -1/);
  });
});

describe('XLSX report', () => {
  it('has the flags, the aligned segments and the terms, and reads back', async () => {
    const { a, glossary } = sample();
    const r = checkReport(a, { glossary, checks: ['glossary', 'number', 'footnote', 'untranslated', 'omission'] });
    const bytes = await toXlsx(a, r, { uiLang: 'de' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Meldungen', 'Segmente', 'Termini']);
    const flags = wb.worksheets[0]!;
    expect(flags.rowCount).toBe(1 + r.flags.length);
    const ids = flags.getColumn(1).values.slice(2).map(String);
    expect(ids.sort()).toEqual(r.flags.map((f) => f.id).sort());
    const segs = wb.worksheets[1]!;
    expect(segs.rowCount).toBe(1 + a.sentences.length);
    expect(String(segs.getRow(2).getCell(4).value)).toBe('Am 27. September 2019 tagte der Rat.');
    expect(String(segs.getRow(2).getCell(6).value)).not.toBe('');
    const terms = wb.worksheets[2]!;
    expect(String(terms.getRow(2).getCell(2).value)).toBe('Vorratsdatenspeicherung');
  });
});
