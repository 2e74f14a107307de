import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isParalignError } from '../src/errors.js';
import { de } from '../src/lang/de.js';
import { en } from '../src/lang/en.js';
import { fr } from '../src/lang/fr.js';
import { it as italian } from '../src/lang/it.js';
import { findCandidates, lowercaseVocabulary } from '../src/terms/candidates.js';
import { splitCompound } from '../src/terms/compound.js';
import { cognate } from '../src/terms/evidence.js';
import { foldWord, termKey } from '../src/terms/fold.js';
import { extractTerms } from '../src/terms/index.js';
import { tokenize } from '../src/terms/tokens.js';
import type { Term } from '../src/types.js';
import { alignmentFromBlocks, alignmentFromPairs } from './helpers/terms.js';

describe('folding inflected forms', () => {
  it.each([
    ['Kindern', 'Kinder'],
    ['Kindes', 'Kind'],
    ['Mitgliedstaaten', 'Mitgliedstaates'],
    ['Strafverfahrens', 'Strafverfahren'],
    ['Behörden', 'Behörde'],
    ['Missbrauchs', 'Missbrauch'],
  ])('German noun %s folds like %s', (a, b) => {
    expect(foldWord(a, de)).toBe(foldWord(b, de));
  });

  it.each([['sexuelle'], ['sexuellen'], ['sexuellem'], ['sexueller']])('German adjective %s folds to sexuell', (a) => {
    expect(foldWord(a, de)).toBe('sexuell');
  });

  it.each([
    ['authorities', 'authority'],
    ['agencies', 'agency'],
    ['children', 'child'],
    ['Member States', 'member state'],
    ['processes', 'process'],
  ])('English %s folds like %s', (a, b) => {
    expect(termKey(a, en)).toBe(termKey(b, en));
  });

  it.each([
    ['enfants', 'enfant'],
    ['sexuelles', 'sexuel'],
    ['nationaux', 'national'],
    ['européenne', 'européen'],
  ])('French %s folds like %s', (a, b) => {
    expect(foldWord(a, fr)).toBe(foldWord(b, fr));
  });

  it.each([['EC3'], ['ICSE'], ['EU']])('acronym %s does not inflect', (a) => {
    expect(foldWord(a, de)).toBe(a.toLowerCase());
  });

  it('keeps different words apart', () => {
    expect(foldWord('Kinder', de)).not.toBe(foldWord('Kunde', de));
    expect(termKey('data retention', en)).not.toBe(termKey('data protection', en));
  });
});

describe('tokens', () => {
  it('keeps hyphenated words whole and flags a hanging hyphen', () => {
    const toks = tokenize('Online-Liveübertragung und Ermittlungs- und Strafverfolgungsbehörden');
    expect(toks.map((t) => t.text)).toEqual(['Online-Liveübertragung', 'und', 'Ermittlungs', 'und', 'Strafverfolgungsbehörden']);
    expect(toks.map((t) => t.hanging)).toEqual([false, false, true, false, false]);
  });

  it('offsets slice back to the token text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.text);
      }),
    );
  });
});

describe('candidates', () => {
  const surfaces = (text: string, lang = de): string[] => findCandidates(text, lang, { lowercaseWords: lowercaseVocabulary([text]) }).map((c) => c.surface);

  it.each([
    ['die Vorratsdatenspeicherung ist wichtig', 'Vorratsdatenspeicherung'],
    ['ein Multi-Stakeholder-Ansatz wird verfolgt', 'Multi-Stakeholder-Ansatz'],
    ['gegen die sexuelle Ausbeutung von Kindern vorgehen', 'sexuelle Ausbeutung von Kindern'],
    ['zu digitalen Beweismitteln', 'digitalen Beweismitteln'],
    ['den Schutz von Darstellungen von sexuellem Missbrauch von Kindern', 'Darstellungen von sexuellem Missbrauch von Kindern'],
    ['die Charta der Grundrechte der Europäischen Union', 'Charta der Grundrechte der Europäischen Union'],
  ])('German: %s yields %s', (text, cand) => {
    expect(surfaces(text)).toContain(cand);
  });

  it.each([
    ['the rules on data retention apply', 'data retention'],
    ['combating trafficking in human beings', 'trafficking in human beings'],
    ['the Member States agree', 'Member States'],
    ['for law enforcement authorities.', 'law enforcement authorities'],
    ['the Convention on the Rights of the Child', 'Convention on the Rights of the Child'],
  ])('English: %s yields %s', (text, cand) => {
    expect(surfaces(text, en)).toContain(cand);
  });

  it.each([
    ["l'exploitation sexuelle des enfants", 'exploitation sexuelle des enfants'],
    ['les autorités répressives nationales', 'autorités répressives nationales'],
    ["la protection d'enfants vulnérables", "protection d'enfants vulnérables"],
    ["le droit de l'Union s'applique", "droit de l'Union"],
    ["la Cour de justice de l’Union européenne", "Cour de justice de l’Union européenne"],
  ])('French: %s yields %s', (text, cand) => {
    expect(surfaces(text, fr)).toContain(cand);
  });

  it.each([
    ["la Corte di giustizia dell'Unione europea ha deciso", "Corte di giustizia dell'Unione europea"],
    ['il bilancio dell’Unione', 'bilancio dell’Unione'],
  ])('Italian: an elided joiner holds a term together: %s yields %s', (text, cand) => {
    expect(surfaces(text, italian)).toContain(cand);
  });

  it("an apostrophe that is no elision still breaks a term: the Commission's report", () => {
    expect(surfaces("the Commission's report on data retention", en).filter((c) => c.includes("'"))).toEqual([]);
  });

  it.each([
    ['German stop word', 'und der die', de],
    ['English stop words and adverbs', 'the and firmly of', en],
    ['document numbers and months', 'COM(2015) 185 am 27. September', de],
  ])('no candidate from %s', (_name, text, lang) => {
    expect(surfaces(text, lang)).toEqual([]);
  });

  it('does not take a sentence-initial capital for a noun when the word is written in lower case elsewhere', () => {
    const text = 'Sexueller Missbrauch ist schlimm. Der sexuelle Missbrauch.';
    const c = findCandidates(text, de, { lowercaseWords: lowercaseVocabulary([text], de) });
    expect(c.some((x) => x.surface === 'Sexueller')).toBe(false);
    expect(c.filter((x) => x.key === 'sexuell missbrauch')).toHaveLength(2);
  });

  it('candidate spans slice to their surface', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Der', 'Rat', 'der', 'sexuellen', 'Ausbeutung', 'von', 'Kindern', 'und', ',', 'Europol', 'des'), { maxLength: 14 }), (words) => {
        const text = words.join(' ');
        for (const c of findCandidates(text, de)) {
          expect(text.slice(c.start, c.end)).toBe(c.surface);
          expect(c.size).toBe(c.words.length);
        }
      }),
    );
  });
});

describe('compound splitting', () => {
  const vocab = new Set(['daten', 'dat', 'behörden', 'behörd', 'verfolgung', 'missbrauch', 'kind', 'kinder', 'rates', 'rat']);
  it.each([
    ['Vorratsdatenspeicherung', ['vorrat', 'daten', 'speicherung']],
    ['Strafverfolgungsbehörden', ['straf', 'verfolgung', 'behörden']],
    ['Kindesmissbrauch', ['kind', 'missbrauch']],
    ['Europarates', ['europa', 'rates']],
    ['Online-Liveübertragung', ['online', 'liveübertragung']],
  ])('%s → %j', (word, parts) => {
    expect(splitCompound(word, de, vocab)).toEqual(parts);
  });

  it.each([['Mitgliedstaaten'], ['Branche'], ['Rat']])('%s stays whole (no known part)', (word) => {
    expect(splitCompound(word, de, vocab)).toEqual([word.toLowerCase()]);
  });

  it('English words split at hyphens only', () => {
    expect(splitCompound('live-distant', en, vocab)).toEqual(['live', 'distant']);
    expect(splitCompound('database', en, new Set(['data', 'base']))).toEqual(['database']);
  });
});

describe('cognates', () => {
  it.each([
    ['europol', 'europol', true],
    ['plattform', 'platform', true],
    ['kriminalität', 'criminality', true],
    ['abeba', 'ababa', true],
    ['branche', 'industry', false],
    ['rat', 'council', false],
  ])('%s ~ %s: %s', (a, b, yes) => {
    expect(cognate(a, b) > 0).toBe(yes);
  });
});

/** A small parallel text where Branche is "industry" three times and "sector" once. */
function brancheAlignment() {
  return alignmentFromBlocks([
    [
      ['Der Rat fordert die Branche auf, die Vorratsdatenspeicherung zu prüfen.', 'The Council calls on industry to examine data retention.'],
      ['Die Branche und die Mitgliedstaaten arbeiten zusammen.', 'Industry and the Member States work together.'],
    ],
    [
      ['Der Rat begrüßt die Arbeit der Branche bei der Vorratsdatenspeicherung.', 'The Council welcomes the work of industry on data retention.'],
      ['Die Mitgliedstaaten unterstützen Europol.', 'The Member States support Europol.'],
    ],
    [
      ['Der Rat fordert die Branche nachdrücklich auf, mit Europol zusammenzuarbeiten.', 'The Council strongly urges the sector to cooperate with Europol.'],
      ['Die Mitgliedstaaten und der Rat handeln.', 'The Member States and the Council act.'],
    ],
  ]);
}

describe('extractTerms on a hand-built alignment', () => {
  const tb = extractTerms(brancheAlignment());
  const find = (source: string): Term | undefined => tb.terms.find((t) => termKey(t.source, de) === termKey(source, de));

  it('pairs terms and keeps every rendering with its count', () => {
    const branche = find('Branche');
    expect(branche).toBeDefined();
    const counts = Object.fromEntries(branche!.renderings.map((r) => [termKey(r.term, en), r.count]));
    expect(counts[termKey('industry', en)]).toBe(3);
    expect(counts[termKey('sector', en)]).toBe(1);
    expect(branche!.frequency).toBe(4);
  });

  it.each([
    ['Vorratsdatenspeicherung', 'data retention'],
    ['Mitgliedstaaten', 'Member States'],
    ['Rat', 'Council'],
    ['Europol', 'Europol'],
  ])('%s = %s', (s, t) => {
    const term = find(s);
    expect(term?.renderings[0] && termKey(term.renderings[0].term, en)).toBe(termKey(t, en));
  });

  it('gives ids c1… in order, status proposed, scores in [0, 1]', () => {
    expect(tb.terms.map((t) => t.id)).toEqual(tb.terms.map((_, i) => `c${i + 1}`));
    for (const t of tb.terms) {
      expect(t.status).toBe('proposed');
      expect(t.confidence).toBeGreaterThanOrEqual(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
      expect(t.score).toBeGreaterThan(0);
    }
  });

  it('contexts point at the forms in both documents', () => {
    const al = brancheAlignment();
    for (const t of extractTerms(al).terms) {
      for (const r of t.renderings) {
        expect(r.contexts).toHaveLength(r.count);
        for (const c of r.contexts) {
          expect(t.sourceVariants).toContain(al.source.text.slice(c.src!.start, c.src!.end));
          expect(r.variants).toContain(al.target.text.slice(c.tgt!.start, c.tgt!.end));
          expect(al.sentences.some((l) => l.id === c.link)).toBe(true);
        }
      }
    }
  });

  it('maps contexts through markup that the parser removed', () => {
    const al = alignmentFromPairs([
      [{ text: 'Die Vorratsdatenspeicherung ist wichtig.', raw: 'Die <sup>1</sup>Vorratsdatenspeicherung ist wichtig.' }, 'Data retention is important.'],
      [{ text: 'Die Vorratsdatenspeicherung hilft.', raw: 'Die [Vorratsdatenspeicherung](#) hilft.' }, 'Data retention helps.'],
    ]);
    const t = extractTerms(al).terms.find((x) => x.source === 'Vorratsdatenspeicherung');
    expect(t).toBeDefined();
    for (const c of t!.renderings.flatMap((r) => r.contexts)) expect(al.source.text.slice(c.src!.start, c.src!.end)).toBe('Vorratsdatenspeicherung');
  });

  it('respects minFreq and maxTerms', () => {
    const al = brancheAlignment();
    const all = extractTerms(al, { minFreq: 1 });
    const strict = extractTerms(al, { minFreq: 4 });
    expect(all.terms.length).toBeGreaterThanOrEqual(tb.terms.length);
    for (const t of strict.terms) expect(t.frequency).toBeGreaterThanOrEqual(4);
    expect(extractTerms(al, { maxTerms: 2 }).terms).toHaveLength(2);
  });

  it('uses the user dictionary as evidence', () => {
    // one co-occurrence only: without the dictionary the pair is too weak to pair a single word
    const al = alignmentFromPairs([
      ['Die Datenbank wird geprüft. Das Gremium tagt.', 'The database is checked. The board meets.'],
      ['Das Gremium prüft die Datenbank.', 'The panel checks the database.'],
    ]);
    const dict = new Map([['Gremium', new Map([['board', 1]])]]);
    const withDict = extractTerms(al, { dictionary: dict, minFreq: 1 });
    const g = withDict.terms.find((t) => t.source === 'Gremium');
    expect(g?.renderings.map((r) => r.term)).toContain('board');
  });

  it('returns an empty termbase for an alignment without sentence links', () => {
    const al = brancheAlignment();
    expect(extractTerms({ ...al, sentences: [] }).terms).toEqual([]);
  });

  it.each([
    [{ minFreq: 0 }, 'minFreq'],
    [{ minFreq: 1.5 }, 'minFreq'],
    [{ maxTerms: -1 }, 'maxTerms'],
    [{ minScore: 2 }, 'minScore'],
    [{ dictionary: {} }, 'dictionary'],
    [{ keepNames: 'yes' }, 'keepNames'],
    [{ bogus: 1 }, 'bogus'],
  ])('rejects bad options %j with E_OPTION', (opts, name) => {
    try {
      extractTerms(brancheAlignment(), opts as never);
      expect.unreachable();
    } catch (e) {
      expect(isParalignError(e) && e.code).toBe('E_OPTION');
      expect((e as Error).message).toContain(name);
      expect((e as Error).message).toMatch(/expected .*, found /);
    }
  });
});

describe('extractTerms invariants', () => {
  const vocab = ['Rat', 'Branche', 'Europol', 'Mitgliedstaaten', 'Kommission'];
  const eng = ['Council', 'industry', 'Europol', 'Member States', 'Commission'];
  it('rendering counts add up to at most the frequency, and every context lies in its link', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const pairs: Array<[string, string]> = rows.map((ids) => [`Die ${ids.map((i) => vocab[i]).join(' und die ')} handeln.`, `The ${ids.map((i) => eng[i]).join(' and the ')} act.`]);
        const al = alignmentFromPairs(pairs);
        const tb = extractTerms(al, { minFreq: 1 });
        for (const t of tb.terms) {
          const sum = t.renderings.reduce((a, r) => a + r.count, 0);
          expect(sum).toBeLessThanOrEqual(t.frequency);
          for (const r of t.renderings) {
            for (const c of r.contexts) {
              const link = al.sentences.find((l) => l.id === c.link)!;
              const seg = al.source.segments[link.src[0]!]!;
              expect(c.src!.start).toBeGreaterThanOrEqual(seg.span.start);
              expect(c.src!.end).toBeLessThanOrEqual(seg.span.end);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
