import { describe, expect, it } from 'vitest';
import { CATALOGS, t, translator, uiLangOption, UI_LANGS } from '../src/i18n/index.js';
import { LANGUAGES } from '../src/lang/index.js';

describe('catalogs', () => {
  it('German and English have the same keys, none empty', () => {
    expect(Object.keys(CATALOGS.de).sort()).toEqual(Object.keys(CATALOGS.en).sort());
    for (const c of [CATALOGS.en, CATALOGS.de]) for (const v of Object.values(c)) expect(v.trim()).not.toBe('');
  });
  it('every text language paralign reads has a name in every UI language', () => {
    for (const ui of UI_LANGS) {
      for (const code of LANGUAGES.keys()) {
        const name = t(ui, `lang.${code}`);
        expect(name).not.toBe(`lang.${code}`);
        expect(name).toBe(CATALOGS[ui][`lang.${code}`]);
      }
    }
    expect(t('de', 'untranslated.language', { found: 'es', expected: 'en' })).toBe('Dieser Satz scheint Spanisch zu sein, nicht Englisch');
  });
  it('every key has the same placeholders in both languages', () => {
    const ph = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
    for (const k of Object.keys(CATALOGS.en)) expect([k, ph(CATALOGS.de[k]!)]).toEqual([k, ph(CATALOGS.en[k]!)]);
  });
});

describe('messages in both languages, with plurals', () => {
  it.each([
    ['en', 'number.missing', { count: 1, values: ['2019'] }, 'Number missing in the translation: 2019'],
    ['en', 'number.missing', { count: 2, values: ['2019', '11855/12'] }, '2 numbers missing in the translation: 2019; 11855/12'],
    ['de', 'number.missing', { count: 1, values: ['2019'] }, 'Zahl fehlt in der Übersetzung: 2019'],
    ['de', 'number.missing', { count: 2, values: ['2019', '11855/12'] }, '2 Zahlen fehlen in der Übersetzung: 2019; 11855/12'],
    ['en', 'footnote.missing', { count: 1, labels: ['3'] }, 'Footnote marker 3 is missing in the translation'],
    ['de', 'footnote.missing', { count: 3, labels: ['3', '4', '5'] }, '3 Fußnotenzeichen fehlen in der Übersetzung: 3; 4; 5'],
    ['en', 'omission.block', { count: 1, kind: 'paragraph', labels: ['16'] }, 'Paragraph 16 has no counterpart in the translation'],
    ['de', 'omission.block', { count: 1, kind: 'item', labels: ['7b'] }, 'Punkt 7b hat keine Entsprechung in der Übersetzung'],
    ['de', 'untranslated.language', { found: 'de', expected: 'en' }, 'Dieser Satz scheint Deutsch zu sein, nicht Englisch'],
    ['en', 'report.summary', { count: 0 }, '0 flags'],
    ['de', 'report.summary', { count: 1 }, '1 Meldung'],
    ['de', 'report.summary', { count: 7 }, '7 Meldungen'],
  ] as const)('%s %s %j', (lang, key, params, expected) => {
    expect(t(lang, key, { ...params })).toBe(expected);
  });
});

describe('escaping', () => {
  const params = { source: '<b>Rat & "Co"</b>', approved: 'x' };
  it('plain text is not escaped', () => {
    expect(translator('en')('glossary.missing', params)).toBe('Glossary term “<b>Rat & "Co"</b>” is not translated with the approved “x”');
  });
  it('HTML interpolation is escaped', () => {
    const s = translator('de', { html: true })('glossary.missing', params);
    expect(s).not.toContain('<b>');
    expect(s).toContain('&lt;b&gt;Rat &amp; &quot;Co&quot;&lt;&#x2F;b&gt;');
  });
  it('uiLang is checked', () => {
    expect(uiLangOption(undefined)).toBe('en');
    expect(uiLangOption('de')).toBe('de');
    expect(() => uiLangOption('fr')).toThrow(/expected one of en, de, found "fr"/);
  });
});
