import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_MIN_LETTERS, checkLanguages, detectLanguage } from '../src/document/detect.js';
import { detectFormat } from '../src/document/format.js';
import { parseDocument } from '../src/document/parse.js';
import { paralignError } from './helpers/errors.js';

const GERMAN =
  'Der Rat ersucht die Mitgliedstaaten, die Wirksamkeit der Rechtsvorschriften regelmäßig zu bewerten. ' +
  'Die zuständigen Behörden sollen die bestehenden Werkzeuge und Mechanismen möglichst umfassend nutzen. ' +
  'Darüber hinaus sollte die Zusammenarbeit zwischen den nationalen Behörden verstärkt werden.';
const ENGLISH =
  'The Council invites the Member States to regularly assess the effectiveness of the legislation. ' +
  'The competent authorities should make the fullest possible use of the existing tools and mechanisms. ' +
  'Furthermore, cooperation between the national authorities should be strengthened.';
const FRENCH =
  'Le Conseil invite les États membres à évaluer régulièrement l’efficacité de la législation. ' +
  'Les autorités compétentes devraient utiliser le plus largement possible les outils et mécanismes existants. ' +
  'En outre, la coopération entre les autorités nationales devrait être renforcée.';

const doc = (text: string, lang: string, file?: string) => parseDocument(text, { lang, format: 'plain', ...(file ? { file } : {}) });

const error = paralignError;

describe('detectLanguage', () => {
  it.each([
    [GERMAN, 'de'],
    [ENGLISH, 'en'],
    [FRENCH, 'fr'],
  ])('%#: detects %s among all languages', (text, lang) => {
    const r = detectLanguage(text, ['de', 'en', 'fr']);
    expect(r.lang).toBe(lang);
    expect(r.letters).toBeGreaterThanOrEqual(CHECK_MIN_LETTERS);
    expect(r.score).toBeGreaterThan(0.5);
  });

  it('defaults to every language paralign knows', () => {
    expect(detectLanguage(FRENCH).lang).toBe('fr');
  });

  it('only answers with a candidate', () => {
    expect(detectLanguage(FRENCH, ['de', 'en']).lang).toMatch(/^(de|en)$/);
    expect(detectLanguage(GERMAN, ['en'])).toMatchObject({ lang: 'en', score: 1 });
  });

  it.each(['', 'Der Rat', '12326/19 ENFOPOL 405 — 2019', '<sup>1</sup> [x](#) 123 456'])('too little text to tell: %j', (text) => {
    const r = detectLanguage(text, ['de', 'en', 'fr']);
    expect(r.lang).toBeUndefined();
    expect(r.score).toBe(0);
  });

  it('short text gets a low score', () => {
    const r = detectLanguage('Der Rat ersucht die Kommission, Maßnahmen vorzuschlagen.', ['de', 'en', 'fr']);
    expect(r.lang).toBe('de');
    expect(r.score).toBeLessThan(0.5);
  });

  it('a long text is sampled over its whole length', () => {
    // English first, then much more German: the sample must see the German
    const text = ENGLISH + '\n' + (GERMAN + '\n').repeat(200);
    expect(text.length).toBeGreaterThan(20_000);
    expect(detectLanguage(text, ['de', 'en']).lang).toBe('de');
  });

  it('rejects bad candidates', () => {
    expect(error(() => detectLanguage(GERMAN, ['xx'])).code).toBe('E_LANG_UNKNOWN');
    expect(error(() => detectLanguage(GERMAN, [])).code).toBe('E_OPTION');
  });
});

describe('checkLanguages', () => {
  it('a correct pair gives no warning', () => {
    expect(checkLanguages(doc(GERMAN, 'de', 'de.txt'), doc(ENGLISH, 'en', 'en.txt'))).toEqual([]);
  });

  it('swapped languages give a loud W_LANG_SWAPPED', () => {
    const w = checkLanguages(doc(ENGLISH, 'de', 'a.txt'), doc(GERMAN, 'en', 'b.txt'));
    expect(w.map((x) => x.code)).toEqual(['W_LANG_SWAPPED']);
    expect(w[0]!.message).toMatch(/SWAPPED.*a\.txt.*German.*English.*b\.txt/);
  });

  it('one side in the wrong language gives W_LANG_MISMATCH naming file, declared and detected language', () => {
    const w = checkLanguages(doc(GERMAN, 'de', 'de.txt'), doc(FRENCH, 'en', 'en.txt'));
    expect(w).toEqual([{ code: 'W_LANG_MISMATCH', message: 'en.txt is declared English (en) but looks French (fr)', file: 'en.txt' }]);
  });

  it('both sides in the same language throw E_LANG_SAME', () => {
    const e = error(() => checkLanguages(doc(GERMAN, 'de', 'a.txt'), doc(GERMAN, 'en', 'b.txt')));
    expect(e.code).toBe('E_LANG_SAME');
    expect(e.message).toMatch(/both files look like German: a\.txt .*b\.txt/);
  });

  it('the same declared language throws E_LANG_SAME', () => {
    expect(error(() => checkLanguages(doc(GERMAN, 'de'), doc(ENGLISH, 'de'))).code).toBe('E_LANG_SAME');
  });

  it('too little text is not acted on', () => {
    expect(checkLanguages(doc('Der Rat.', 'en'), doc('The Council.', 'de'))).toEqual([]);
  });
});

const shared = path.resolve(__dirname, '../../shared');
const council = path.join(shared, 'corpora/council-conclusions-2019');
const textberg = path.join(shared, 'eval/textberg-dev');
const haveCouncil = existsSync(path.join(council, 'de.md')) && existsSync(path.join(council, 'en.md'));
const haveTextberg = existsSync(path.join(textberg, 'dev.de')) && existsSync(path.join(textberg, 'dev.fr'));
if (!haveCouncil) console.warn(`detect tests on the Council files skipped: ${council}/{de,en}.md is missing`);
if (!haveTextberg) console.warn(`detect tests on Text+Berg skipped: ${textberg}/dev.{de,fr} is missing`);

describe.skipIf(!haveCouncil)('detection on the Council files', () => {
  it.each(['de', 'en'])('%s.md: markdown, and its language', (lang) => {
    const text = readFileSync(path.join(council, `${lang}.md`), 'utf8');
    expect(detectFormat(text)).toBe('markdown');
    const r = detectLanguage(text, ['de', 'en', 'fr']);
    expect(r.lang).toBe(lang);
    expect(r.score).toBeGreaterThan(0.9);
  });

  it('the pair checks clean, and swapped files are reported', () => {
    const de = parseDocument(readFileSync(path.join(council, 'de.md'), 'utf8'), { lang: 'de', file: 'de.md' });
    const en = parseDocument(readFileSync(path.join(council, 'en.md'), 'utf8'), { lang: 'en', file: 'en.md' });
    expect(checkLanguages(de, en)).toEqual([]);
    const deAsEn = { ...de, lang: 'en' };
    const enAsDe = { ...en, lang: 'de' };
    expect(checkLanguages(enAsDe, deAsEn).map((w) => w.code)).toEqual(['W_LANG_SWAPPED']);
  });
});

describe.skipIf(!haveTextberg)('detection on Text+Berg (one sentence per line)', () => {
  it.each([
    ['dev.de', 'de'],
    ['dev.fr', 'fr'],
  ])('%s: lines, and its language', (file, lang) => {
    const text = readFileSync(path.join(textberg, file), 'utf8');
    expect(detectFormat(text)).toBe('lines');
    expect(detectLanguage(text, ['de', 'en', 'fr']).lang).toBe(lang);
    const d = parseDocument(text, { lang });
    expect(d.format).toBe('lines');
    expect(d.blocks).toHaveLength(1);
    expect(d.segments).toHaveLength(text.split('\n').filter((l) => l.trim() !== '').length);
    d.segments.forEach((s, i) => expect(s.line).toBe(i));
  });
});

describe('detectFormat on small texts', () => {
  const sentences = (n: number) => Array.from({ length: n }, (_, i) => `This is sentence number ${i + 1} of the file.`);
  it.each([
    ['a <p> line', 'First sentence.\n<p>\nSecond one.', 'lines'],
    ['footnote markers', 'A text with a note<sup>1</sup> in it.', 'markdown'],
    ['a page rule', 'Some text.\n\n---\n\nMore text.', 'markdown'],
    ['a heading', '## NOTE\n\nSome text.', 'markdown'],
    ['a bold title line', '**DRAFT COUNCIL CONCLUSIONS**\n\nSome text.', 'markdown'],
    ['a From/To/Subject table', 'From:\tPresidency\nTo:\tCouncil\nSubject:\tDraft', 'markdown'],
    ['a German table', 'Absender:\tVorsitz\nEmpfänger:\tRat', 'markdown'],
    ['a pipe table', '| Objet : | Projet |\n| --- | --- |', 'markdown'],
    ['numbered paragraphs with lettered items', '1. The Council recalls:\n- (a) the Directive;\n- (b) the Agenda.', 'markdown'],
    ['numbered paragraphs alone', '1. The Council recalls the Directive.\n\n2. It welcomes the Agenda.', 'plain'],
    ['one sentence per line', sentences(12).join('\n'), 'lines'],
    ['one sentence per line, CRLF', sentences(12).join('\r\n') + '\r\n', 'lines'],
    ['too few lines', sentences(4).join('\n'), 'plain'],
    ['a blank line between', [...sentences(6), '', ...sentences(6)].join('\n'), 'plain'],
    ['lines holding several sentences', Array.from({ length: 12 }, () => 'First sentence here. Second sentence there. Third one.').join('\n'), 'plain'],
    ['wrapped paragraphs', 'This paragraph is wrapped\nover several lines\nlike an e-mail.\n\nAnother paragraph\nfollows here.', 'plain'],
  ])('%s → %s', (_, text, expected) => {
    expect(detectFormat(text)).toBe(expected);
  });
});
