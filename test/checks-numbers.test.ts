import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../src/checks/numbers.js';
import { getLanguage } from '../src/lang/index.js';

const de = getLanguage('de');
const en = getLanguage('en');
const fr = getLanguage('fr');
const keys = (text: string, lang = de): string[] => extractNumbers(text, lang).map((t) => t.key).sort();

describe('extractNumbers: the same value written the German and the English way gives the same keys', () => {
  it.each([
    ['27. September 2019', '27 September 2019'],
    ['am 11./12. Dezember 2019 in Addis Abeba', 'on 11-12 December 2019 in Addis Ababa'],
    ['vom 6./7. Juni 2019', 'of 6-7 June 2019'],
    ['6./7. Juni', '6-7 June'],
    ['24. Mai 2019', 'May 24, 2019'],
    ['1.000,5 Euro', 'EUR 1,000.5'],
    ['12.345.678 Fälle', '12,345,678 cases'],
    ['0,25 Prozent', '0.25 per cent'],
    ['Artikel 82 und 83', 'Articles 82 and 83'],
    ['Richtlinie 2011/93/EU', 'Directive 2011/93/EU'],
    ['Richtlinie 95/46/EG', 'Directive 95/46/EC'],
    ['Verordnung (EWG) Nr. 1408/71', 'Regulation (EEC) No 1408/71'],
    ['COM(2015) 185 final', 'COM(2015) 185 final'],
    ['KOM(2015) 185 endgültig', 'COM(2015) 185 final'],
    ['[COM/2016/0871](#)', 'COM/2016/0871'],
    ['Dok. 11855/12', 'Doc. 11855/12'],
    ['(Dok. ST 9798/15)', '(doc. ST 9798/15)'],
    ['CELEX-Nummer 32011L0093', 'CELEX number 32011L0093'],
    ['das EC3 unterstützt', 'EC3 supports'],
    ['im Jahre 2017', 'in 2017'],
    ['am 27.09.2019', 'on 2019-09-27'],
    ['im Mai 2019', 'in May 2019'],
    ['(2015-2020)', '(2015-2020)'],
  ])('%s ≙ %s', (g, e) => {
    const a = keys(g, de);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(keys(e, en));
  });
});

describe('extractNumbers: dates with joiner words (Spanish, Portuguese `de`)', () => {
  it.each([
    ['es', '14 de noviembre de 2019', '14 November 2019'],
    ['es', 'el 11-12 de diciembre de 2019', 'on 11-12 December 2019'],
    ['es', 'en mayo de 2019', 'in May 2019'],
    ['pt', 'em 27 de setembro de 2019', 'on 27 September 2019'],
    ['pt', 'setembro de 2019', 'September 2019'],
  ])('%s: %s ≙ %s', (lang, text, english) => {
    const a = keys(text, getLanguage(lang));
    expect(a.length).toBeGreaterThan(0);
    for (const k of a) expect(k).toMatch(/^date:/);
    expect(a).toEqual(keys(english, en));
  });

  it('a joiner is not a wildcard: another word between day and month leaves two numbers', () => {
    expect(keys('14 días de noviembre de 2019', getLanguage('es'))).not.toContain('date:2019-11-14');
  });
});

describe('extractNumbers: a changed value gives different keys', () => {
  it.each([
    ['27. September 2019', '28 September 2019'],
    ['11./12. Dezember 2019', '11-13 December 2019'],
    ['27. September 2019', '27 October 2019'],
    ['1.000,5', '1,000.6'],
    ['1.000', '1.000'], // German thousand, English one
    ['Artikel 82 und 83', 'Articles 82 and 84'],
    ['2011/93/EU', '2011/92/EU'],
    ['2011/93/EU', '2011/93/EC'],
    ['Dok. 11855/12', 'Doc. 11855/13'],
    ['COM(2015) 185 final', 'COM(2015) 186 final'],
    ['32011L0093', '32011L0092'],
    ['EC3', 'EC4'],
  ])('%s ≠ %s', (g, e) => {
    expect(keys(g, de)).not.toEqual(keys(e, en));
  });
});

describe('extractNumbers: details', () => {
  it('a date range yields one key per day, with the year', () => {
    expect(keys('11./12. Dezember 2019')).toEqual(['date:2019-12-11', 'date:2019-12-12']);
  });
  it('a day and month without year keeps the year open', () => {
    expect(keys('6./7. Juni')).toEqual(['date:--06-06', 'date:--06-07']);
  });
  it('French dates and number grouping', () => {
    expect(keys('le 1er mai 2019, 1 000,5 euros', fr)).toEqual(keys('1 May 2019, EUR 1,000.5', en));
  });
  it('spans point at the text as written', () => {
    const text = 'Siehe Dok. 11855/12 vom 27. September 2019.';
    for (const t of extractNumbers(text, de)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(extractNumbers(text, de).map((t) => t.text)).toEqual(['11855/12', '27. September 2019']);
  });
  it('digits inside words are codes, not numbers, and text without digits has none', () => {
    expect(keys('G20 und EC3')).toEqual(['code:EC3', 'code:G20']);
    expect(keys('Der Rat begrüßt den Bericht.')).toEqual([]);
  });
  it('English "may" is a month only next to a day or year', () => {
    expect(keys('Member States may act', en)).toEqual([]);
  });
});
