import { describe, expect, it } from 'vitest';
import { readDictionary } from '../src/align/dictionary.js';
import { alignSegments } from '../src/align/index.js';
import { isParalignError } from '../src/errors.js';

// Hand-written lines in the style of Ding's trans-de-en (not taken from it).
const DING = [
  '# Testwörterbuch, selbst geschrieben',
  'Hund {m}; Köter {m} [ugs.] | Hunde {pl} :: dog; hound | dogs',
  'Katze {f} | Katzen {pl} :: cat | cats',
  'Pferd {n} :: horse',
  'Stall {m} (für Pferde) :: stable [Br.]; barn [Am.]',
  'fressen {vt} | frisst :: to eat (of animals) | eats',
  'Vorratsdatenspeicherung {f} :: data retention',
].join('\n');

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return isParalignError(e) ? `${e.code}: ${e.message}` : `bare: ${String(e)}`;
  }
  return 'no error';
}

describe('readDictionary', () => {
  it('reads Ding lines: senses by position, synonyms, annotations removed', () => {
    const t = readDictionary(DING, { srcLang: 'de', tgtLang: 'en' });
    expect(t.get('Hund')).toEqual(new Map([['dog', 0.5], ['hound', 0.5]]));
    expect(t.get('Köter')).toEqual(new Map([['dog', 0.5], ['hound', 0.5]]));
    expect(t.get('Hunde')).toEqual(new Map([['dogs', 1]]));
    expect(t.get('Stall')).toEqual(new Map([['stable', 0.5], ['barn', 0.5]]));
    expect(t.get('fressen')).toEqual(new Map([['to eat', 1]]));
    expect(t.get('Vorratsdatenspeicherung')).toEqual(new Map([['data retention', 1]]));
    expect(t.warnings).toEqual([]);
  });

  it('reverses a Ding dictionary when German is the target', () => {
    const t = readDictionary(DING, { srcLang: 'en', tgtLang: 'de' });
    expect(t.get('dog')).toEqual(new Map([['Hund', 0.5], ['Köter', 0.5]]));
    expect(t.get('data retention')).toEqual(new Map([['Vorratsdatenspeicherung', 1]]));
    expect(t.has('Hund')).toBe(false);
  });

  it.each([
    ['Hund {m} :: dog :: hound', 2, /line 2: expected "German :: translation"/],
    ['Katze | Katzen :: cat', 2, /line 2: expected as many senses/],
    ['{m} :: dog', 2, /line 2: no term left/],
  ])('warns about the malformed Ding line %j with its number', (line, _n, re) => {
    const t = readDictionary(`Pferd :: horse\n${line}\nEsel :: donkey`, { srcLang: 'de', tgtLang: 'en', file: 'd.txt' });
    expect(t.warnings).toHaveLength(1);
    expect(t.warnings[0]?.message).toMatch(re);
    expect(t.warnings[0]?.file).toBe('d.txt');
    expect([...t.keys()]).toEqual(['Pferd', 'Esel']);
  });

  it('reads TSV with comments, and warns about lines without a tab', () => {
    const t = readDictionary('# comment\nRat\tCouncil\nRat\tadvice\n\nKommission Commission\nBericht\treport\textra', { srcLang: 'de', tgtLang: 'en' });
    expect(t.get('Rat')).toEqual(new Map([['Council', 0.5], ['advice', 0.5]]));
    expect(t.get('Bericht')).toEqual(new Map([['report', 1]]));
    expect(t.warnings.map((w) => w.message)).toEqual(['line 5: expected "source<TAB>target", found no tab']);
  });

  it.each([
    ['', 'auto'],
    ['# only a comment\n', 'auto'],
    ['no tab here\nnor here', 'tsv'],
    ['kein Trenner', 'ding'],
  ] as const)('refuses a dictionary without a usable entry: %j', (text, format) => {
    expect(code(() => readDictionary(text, { srcLang: 'de', tgtLang: 'en', format, file: 'x.dict' }))).toMatch(/^E_DICT: x.dict: no usable entry/);
  });

  it('caps the warnings and summarises the rest', () => {
    const text = ['Pferd :: horse', ...Array.from({ length: 30 }, () => 'kaputt')].join('\n');
    const t = readDictionary(text, { srcLang: 'de', tgtLang: 'en', maxWarnings: 5 });
    expect(t.warnings).toHaveLength(6);
    expect(t.warnings[5]?.message).toBe('25 more malformed lines');
  });

  it.each([
    [{ srcLang: 'de', tgtLang: 'en', format: 'csv' }, /^E_OPTION: option format/],
    [{ srcLang: 'german', tgtLang: 'en' }, /^E_LANG_UNKNOWN/],
    [{ srcLang: 'de', tgtLang: 'en', maxWarnings: -1 }, /^E_OPTION: option maxWarnings/],
  ])('refuses bad options %j', (opts, re) => {
    expect(code(() => readDictionary('Pferd :: horse', opts as never))).toMatch(re);
  });
});

describe('the dictionary in the aligner', () => {
  const de = ['Der Hund schläft im Garten.', 'Die Katze frisst den Fisch.', 'Das Pferd steht im Stall.'];
  const en = ['The cat eats the fish.', 'The horse stands in the stable.'];

  it('decides which sentence is missing, and raises the confidence of the links it explains', () => {
    const dict = readDictionary(DING + '\nFisch {m} :: fish\nstehen; steht :: to stand; stands', { srcLang: 'de', tgtLang: 'en' });
    const withDict = alignSegments(de, en, { srcLang: 'de', tgtLang: 'en', dictionary: dict });
    expect(withDict.links.map((l) => `${l.src}:${l.tgt}`)).toEqual(['0:', '1:0', '2:1']);
    const without = alignSegments(de, en, { srcLang: 'de', tgtLang: 'en' });
    const conf = (r: typeof without, key: string) => r.links.find((l) => `${l.src}:${l.tgt}` === key)?.confidence ?? 0;
    expect(conf(withDict, '2:1')).toBeGreaterThan(conf(without, '2:1'));
    // dictionary entries are part of the lexicon handed on to term extraction
    expect(withDict.lexicon.get('Katze')?.get('cat')).toBe(1);
  });
});
