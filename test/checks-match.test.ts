import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyRendering } from '../src/checks/terms.js';
import { compoundRelated, contentSubsumes, findTerm, sameContent, stem } from '../src/checks/match.js';
import { getLanguage } from '../src/lang/index.js';

const de = getLanguage('de');
const en = getLanguage('en');
const found = (text: string, term: string, lang: typeof de): string[] => findTerm(text, term, lang).map((s) => text.slice(s.start, s.end));

describe('findTerm: inflection- and compound-aware matches', () => {
  it.each([
    ['Die Vorratsdatenspeicherungspflicht gilt.', 'Vorratsdatenspeicherung', 'Vorratsdatenspeicherungspflicht'],
    ['Regelungen für die Vorratsdatenspeicherung vorsehen', 'Vorratsdatenspeicherung', 'Vorratsdatenspeicherung'],
    ['Schutz von Kindern', 'Kinder', 'Kindern'],
    ['die Rechte des Kindes', 'Kind', 'Kindes'],
    ['zwischen den nationalen Strafverfolgungsbehörden', 'Strafverfolgungsbehörde', 'Strafverfolgungsbehörden'],
    ['zwischen den nationalen Strafverfolgungsbehörden', 'Behörde', 'Strafverfolgungsbehörden'],
    ['Bekämpfung des sexuellen Missbrauchs von Kindern', 'sexueller Missbrauch von Kindern', 'sexuellen Missbrauchs von Kindern'],
    ['Der Rat fordert die Branche auf', 'Branche', 'Branche'],
  ])('de: %s ∋ %s', (text, term, expected) => {
    expect(found(text, term, de)).toEqual([expected]);
  });
  it.each([
    ['investigations by law enforcement authorities are hampered', 'law enforcement authority', 'law enforcement authorities'],
    ['a law enforcement authority', 'law enforcement authorities', 'law enforcement authority'],
    ['the rights of children', 'child', 'children'],
    ['child sexual abuse material online', 'child sexual abuse material', 'child sexual abuse material'],
    ['the Member States', 'Member State', 'Member States'],
    ["the Commission's reports", 'Commission', 'Commission'],
    ['data retention schemes', 'data retention', 'data retention'],
    ['lists of prohibited sites', 'site', 'sites'],
    ['the live-streaming of abuse', 'live streaming', 'live-streaming'],
  ])('en: %s ∋ %s', (text, term, expected) => {
    expect(found(text, term, en)).toEqual([expected]);
  });
  it.each([
    ['fr', "le budget de l'Union", 'Union', 'Union'],
    ['fr', 'la protection d’enfants vulnérables', 'enfant', 'enfants'],
    ['fr', "la Cour de justice de l'Union européenne", 'Union européenne', 'Union européenne'],
    ['it', "il bilancio dell'Unione", 'Unione', 'Unione'],
    ['it', "la Corte di giustizia dell’Unione europea", 'Unione europea', 'Unione europea'],
  ])('%s: an elided article or preposition does not hide the word after it: %s ∋ %s', (lang, text, term, expected) => {
    expect(found(text, term, getLanguage(lang))).toEqual([expected]);
  });
});

describe('findTerm: no false hits inside unrelated words', () => {
  it.each([
    ['the website of the Council', 'site', en],
    ['a campsite', 'site', en],
    ['Die Ratifizierung des Übereinkommens', 'Rat', de],
    ['The Council considers', 'Council consideration', en],
    ['law and enforcement authorities', 'law enforcement authorities', en],
    ['enforcement of the law', 'law enforcement', en],
    ['Die Kinder und der Rathausplatz', 'Rat', de],
    ['Priorität und Identität', 'Täter', de],
  ])('%s ∌ %s', (text, term, lang) => {
    expect(found(text, term, lang)).toEqual([]);
  });
  it('German terms whose stem has five or more letters also match as the first part of a compound', () => {
    expect(found('die Missbrauchsdarstellungen', 'Missbrauch', de)).toEqual(['Missbrauchsdarstellungen']);
    expect(found('die Kinderprostitution', 'Kinder', de)).toEqual([]);
  });
  it('whole words only when compounds are off', () => {
    expect(findTerm('Vorratsdatenspeicherungspflicht', 'Vorratsdatenspeicherung', de, { compounds: false })).toEqual([]);
  });
});

describe('stem and content comparison', () => {
  it.each([
    ['Kindern', 'Kinder', de],
    ['Branchen', 'Branche', de],
    ['authorities', 'authority', en],
    ['processes', 'process', en],
    ['children', 'child', en],
    ['combating', 'combat', en],
  ])('%s and %s share a stem', (a, b, lang) => {
    expect(stem(a, lang)).toBe(stem(b, lang));
  });
  it('same content words in another order and form', () => {
    expect(sameContent('the sexual abuse of children', 'child sexual abuse', en)).toBe(true);
    expect(sameContent('live streaming of child sexual abuse', 'live-distant child abuse', en)).toBe(false);
    expect(contentSubsumes('law enforcement', 'law enforcement authorities', en)).toBe(true);
    expect(contentSubsumes('law enforcement agencies', 'law enforcement authorities', en)).toBe(false);
    expect(compoundRelated('Gipfel', 'Gipfeltreffen', de)).toBe(true);
    expect(compoundRelated('Verpflichtung', 'Zusage', de)).toBe(false);
    expect(compoundRelated('site', 'website', en)).toBe(false);
  });
  it.each([
    [{ term: 'the sector', count: 1 }, [{ term: 'industry', count: 4 }], 'slip'],
    [{ term: 'live-distant child abuse', count: 1 }, [{ term: 'live streaming of child sexual abuse', count: 1 }], 'slip'],
    [{ term: 'law enforcement agencies', count: 1 }, [{ term: 'law enforcement authorities', count: 3 }], 'slip'],
    [{ term: 'child sexual abuse', count: 1 }, [{ term: 'the sexual abuse of children', count: 3 }], 'variant'],
    [{ term: 'transposition', count: 2 }, [{ term: 'implementation', count: 3 }], 'established'],
    [{ term: 'law enforcement', count: 1 }, [{ term: 'law enforcement authorities', count: 3 }], 'variant'],
  ] as const)('classifyRendering(%o) = %s', (r, others, expected) => {
    expect(classifyRendering(r, [...others], en)).toBe(expected);
  });
});

describe('findTerm properties', () => {
  it('every match is a span of the text that starts and ends at word boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('law', 'enforcement', 'authorities', 'the', 'site', 'website', ',', 'Kinder', '-'), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        for (const term of ['law enforcement authority', 'site']) {
          for (const s of findTerm(text, term, en)) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(/[\p{L}\p{N}]/u.test(text[s.start - 1] ?? ' ')).toBe(false);
            expect(/[\p{L}\p{N}]/u.test(text[s.end] ?? ' ')).toBe(false);
          }
        }
      }),
    );
  });
});
