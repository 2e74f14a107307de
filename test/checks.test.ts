import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, checkReport, type CheckName } from '../src/checks/index.js';
import { parseSuppressions } from '../src/checks/suppress.js';
import { isParalignError } from '../src/errors.js';
import type { Flag, Term, Termbase } from '../src/types.js';
import { pairOf } from './helpers/checks.js';

const only = (checks: CheckName[]) => ({ checks });
const types = (flags: Flag[]): string[] => flags.map((f) => `${f.type}:${f.key}:${f.severity}`);

function term(id: string, source: string, renderings: [string, number, string[]][], status: Term['status'] = 'proposed'): Term {
  return {
    id,
    source,
    sourceVariants: [source],
    frequency: renderings.reduce((a, r) => a + r[1], 0),
    score: 1,
    confidence: 1,
    status,
    renderings: renderings.map(([t, count, links]) => ({ term: t, variants: [t], count, contexts: links.map((link) => ({ link })) })),
  };
}
const tb = (terms: Term[]): Termbase => ({ srcLang: 'de', tgtLang: 'en', terms });

describe('numbers check', () => {
  const base = (date: string) =>
    pairOf(
      [{ label: '1', sentences: ['Das Treffen findet am 11./12. Dezember 2019 statt.', 'Siehe Dok. 11855/12 und Richtlinie 2011/93/EU.'] }],
      [{ label: '1', sentences: [`The meeting takes place on ${date}.`, 'See Doc. 11855/12 and Directive 2011/93/EU.'] }],
    );
  it('equal values written in each locale raise nothing', () => {
    expect(check(base('11-12 December 2019'), only(['number']))).toEqual([]);
  });
  it('a changed date is an error naming both forms, with spans on both sides', () => {
    const a = base('11-13 December 2019');
    const flags = check(a, only(['number']));
    expect(types(flags)).toEqual(['number:number.changed:error']);
    const f = flags[0]!;
    expect(a.source.text.slice(f.source.spans[0]!.start, f.source.spans[0]!.end)).toBe('11./12. Dezember 2019');
    expect(a.target.text.slice(f.target.spans[0]!.start, f.target.spans[0]!.end)).toBe('11-13 December 2019');
    expect(f.links).toEqual(['p1.s1']);
  });
  it('a number missing on the target side is an error; one only in the target a warning', () => {
    const a = pairOf([{ sentences: ['Artikel 82 und 83 gelten.'] }, { sentences: ['Zwei Fälle.'] }], [{ sentences: ['Article 82 applies.'] }, { sentences: ['Two cases in 2019.'] }]);
    expect(types(check(a, only(['number'])))).toEqual(['number:number.missing:error', 'number:number.added:warning']);
  });
  it('a date without year agrees with the same date with a year', () => {
    const a = pairOf([{ sentences: ['Am 23. Mai brachen wir auf.'] }], [{ sentences: ['Nous partîmes le 23 mai 1956.'] }], ['de', 'fr']);
    expect(check(a, only(['number']))).toEqual([]);
  });
  it('a number written out as a word on the other side is not missing', () => {
    const a = pairOf([{ sentences: ['Es gibt 3 Prioritäten.'] }], [{ sentences: ['There are three priorities.'] }]);
    expect(check(a, only(['number']))).toEqual([]);
  });
  it('the paragraph number at the start of a segment is not compared', () => {
    const a = pairOf([{ label: '7', sentences: ['7. Der Rat erinnert.'] }], [{ label: '7', sentences: ['The Council recalls.'] }]);
    expect(check(a, only(['number']))).toEqual([]);
  });
});

describe('footnote check', () => {
  it.each([
    ['same markers', ['Der Rat^1 begrüßt.^2'], ['The Council^1 welcomes.^2'], []],
    ['marker missing in target', ['Der Rat^1 begrüßt.^2'], ['The Council^1 welcomes.'], ['footnote:footnote.missing:error']],
    ['extra marker in target', ['Der Rat begrüßt.'], ['The Council welcomes.^4'], ['footnote:footnote.added:warning']],
    ['marker in another sentence', ['Der Rat^1 begrüßt.', 'Er stellt fest.'], ['The Council welcomes.', 'It notes.^1'], ['footnote:footnote.moved:info']],
  ])('%s', (_, src, tgt, expected) => {
    expect(types(check(pairOf([{ sentences: src }], [{ sentences: tgt }]), only(['footnote'])))).toEqual(expected);
  });
});

describe('untranslated check', () => {
  it('a German sentence in the English text is an error', () => {
    const a = pairOf(
      [{ sentences: ['Der Rat betont die Bedeutung der Zusammenarbeit zwischen Eurojust und Europol.'] }],
      [{ sentences: ['Der Rat betont die Bedeutung der Zusammenarbeit zwischen Eurojust und Europol.'] }],
    );
    expect(types(check(a, only(['untranslated'])))).toEqual(['untranslated:untranslated.language:error']);
    expect(check(a, only(['untranslated']))[0]!.message).toBe('This sentence appears to be in German, not English');
  });
  it.each([
    ['names stay the same', 'Model National Response', 'Model National Response', 0],
    ['codes stay the same', 'EC3', 'EC3', 0],
    ['a short English phrase copied', 'in full respect of privacy', 'in full respect of privacy', 1],
    ['a real translation', 'Die Täter nutzen Verschlüsselungstechniken und andere Techniken, um ihre Identität zu verschleiern.', 'Offenders use encryption and other anonymisation techniques to conceal their identity.', 0],
  ])('%s', (_, src, tgt, n) => {
    expect(check(pairOf([{ sentences: [src] }], [{ sentences: [tgt] }]), only(['untranslated'])).length).toBe(n);
  });
});

describe('omission check', () => {
  it('1-0 and 0-1 paragraph links are omissions and additions; a 2-1 link is a merge', () => {
    const a = pairOf([{ label: '1', sentences: ['Eins ist hier.'] }, { label: '2', sentences: ['Zwei ist hier.'] }], [{ label: '1', sentences: ['One is here.'] }, { label: '2', sentences: ['Two is here.'] }]);
    a.paragraphs = [
      { ...a.paragraphs[0]!, src: [0, 1], tgt: [0], type: '2-1', labels: { src: ['1', '2'], tgt: ['1'] } },
      { id: 'b2', src: [], tgt: [1], type: '0-1', confidence: 0.5, labels: { src: [], tgt: ['2'] } },
    ];
    a.sentences = [
      { ...a.sentences[0]!, paragraph: 0 },
      { ...a.sentences[1]!, tgt: [], type: '1-0', paragraph: 0 },
      { id: 'b2.s1', src: [], tgt: [1], type: '0-1', confidence: 0.5, labels: { src: [], tgt: ['2'] }, paragraph: 1 },
    ];
    expect(types(check(a, only(['omission']))).sort()).toEqual(['addition:addition.block:error', 'merge:merge.blocks:warning', 'omission:omission.sentence:warning']);
  });
  it('a sentence left out is an error from five words', () => {
    const a = pairOf([{ sentences: ['Der Rat begrüßt den Bericht.', 'Er ersucht die Kommission, weitere Maßnahmen vorzuschlagen.'] }], [{ sentences: ['The Council welcomes the report.'] }]);
    const flags = check(a, only(['omission']));
    expect(types(flags)).toEqual(['omission:omission.sentence:error']);
    expect(flags[0]!.message).toContain('Er ersucht die Kommission');
  });
  it('a paragraph much shorter than the document ratio says is a length outlier', () => {
    const de = 'Der Rat begrüßt die gute Arbeit der zuständigen Behörden in den Mitgliedstaaten und hebt hervor, dass moderne Technologien zur Verfügung stehen müssen.';
    const en = 'The Council welcomes the good work of the competent authorities in the Member States and underlines that modern technologies must be available.';
    const src = Array.from({ length: 8 }, (_, i) => ({ label: String(i + 1), sentences: [de] }));
    const tgt = Array.from({ length: 8 }, (_, i) => ({ label: String(i + 1), sentences: [i === 5 ? 'The Council welcomes the work.' : en] }));
    const flags = check(pairOf(src, tgt), only(['omission']));
    expect(types(flags)).toEqual(['length:length.ratio:warning']);
    expect(flags[0]!.links).toEqual(['p6']);
  });
  it('items out of order on one side only are flagged', () => {
    const src = ['7a', '7b', '7c'].map((l) => ({ kind: 'item' as const, label: l, sentences: [`Punkt ${l} ist hier.`] }));
    const tgt = ['7a', '7c', '7b'].map((l) => ({ kind: 'item' as const, label: l, sentences: [`Item ${l} is here.`] }));
    const flags = check(pairOf(src, tgt), only(['omission']));
    expect(flags.map((f) => f.key)).toContain('order.labels');
    expect(flags.find((f) => f.key === 'order.labels')!.params).toMatchObject({ label: '7b', previous: '7c' });
    expect(check(pairOf(src, src.map((s) => ({ ...s, sentences: [`Item ${s.label}.`] }))), only(['omission']))).toEqual([]);
  });
});

describe('glossary check', () => {
  const glossary = tb([term('c1', 'Vorratsdatenspeicherung', [['data retention', 0, []]], 'preferred'), term('c2', 'Branche', [['industry', 0, []]], 'preferred'), term('c3', 'Branche', [['sector', 0, []]], 'deprecated')]);
  it.each([
    ['compound in the source, approved rendering present', 'Die Vorratsdatenspeicherungspflicht gilt.', 'The data retention obligation applies.', []],
    ['approved rendering missing', 'Die Vorratsdatenspeicherung ist wichtig.', 'Storing data is important.', ['glossary:glossary.missing:warning']],
    ['deprecated rendering used', 'Der Rat fordert die Branche auf.', 'The Council urges the sector.', ['glossary:glossary.deprecated:error']],
    ['approved rendering used', 'Der Rat fordert die Branche auf.', 'The Council urges industry.', []],
    ['no glossary term', 'Der Rat tagt.', 'The Council meets.', []],
  ])('%s', (_, src, tgt, expected) => {
    const flags = check(pairOf([{ sentences: [src] }], [{ sentences: [tgt] }]), { checks: ['glossary'], glossary });
    expect(types(flags)).toEqual(expected);
    for (const f of flags) expect(f.suggestion).toBe(f.key === 'glossary.deprecated' ? 'industry' : 'data retention');
  });
});

describe('term-inconsistency check', () => {
  const a = pairOf([{ label: '1', sentences: ['a'] }], [{ label: '1', sentences: ['a'] }]);
  it('a lexically different rendering used once is a warning with every rendering, count and link, and the majority as suggestion', () => {
    const flags = check(a, { checks: ['term-inconsistency'], termbase: tb([term('c1', 'Branche', [['industry', 4, ['p12.s1', 'p13.s1', 'p15.s1', 'p23.s1']], ['the sector', 1, ['p13.s5']]])]) });
    expect(flags).toHaveLength(1);
    const f = flags[0]!;
    expect(f.severity).toBe('warning');
    expect(f.suggestion).toBe('industry');
    expect(f.links).toEqual(['p12.s1', 'p13.s1', 'p15.s1', 'p23.s1', 'p13.s5']);
    expect(f.message).toBe('“Branche” is translated in 2 different ways: industry ×4 (p12.s1, p13.s1, p15.s1, p23.s1); the sector ×1 (p13.s5)');
  });
  it.each([
    ['same content words', [['the sexual abuse of children', 2, ['x.s1', 'x.s2']], ['child sexual abuse', 1, ['x.s3']]], 'info'],
    ['established alternatives', [['implementation', 3, ['x.s1', 'x.s2', 'x.s3']], ['transposition', 2, ['x.s4', 'x.s5']]], 'info'],
    ['two unrelated singletons', [['live streaming of child sexual abuse', 1, ['x.s1']], ['live-distant child abuse', 1, ['x.s2']]], 'warning'],
    ['a different head noun once', [['law enforcement authorities', 3, ['x.s1', 'x.s2', 'x.s3']], ['law enforcement agencies', 1, ['x.s4']]], 'warning'],
  ] as [string, [string, number, string[]][], string][])('%s → %s', (_, renderings, severity) => {
    const flags = check(a, { checks: ['term-inconsistency'], termbase: tb([term('c1', 'X', renderings)]) });
    expect(flags.map((f) => f.severity)).toEqual([severity]);
  });
  it('one target term for two unrelated source terms is reported', () => {
    const flags = check(a, { checks: ['term-inconsistency'], termbase: tb([term('c1', 'Verhütung', [['prevention', 2, ['x.s1', 'x.s2']]]), term('c2', 'Prävention', [['prevention', 3, ['x.s3', 'x.s4', 'x.s5']]])]) });
    expect(types(flags)).toEqual(['term-inconsistency:term.reverse:warning']);
    expect(flags[0]!.params).toMatchObject({ target: 'prevention', count: 2 });
  });
  it('a minority rendering that is another term\'s rendering in the same sentence is a mis-pairing, not a second rendering', () => {
    const terms = [
      term('c1', 'Bekämpfung', [['combating', 3, ['x.s1', 'x.s2', 'x.s3']], ['child', 1, ['x.s4']]]),
      term('c2', 'Kindern', [['children', 3, ['x.s2', 'x.s4', 'x.s5']]]),
    ];
    expect(check(a, { checks: ['term-inconsistency'], termbase: tb(terms) })).toEqual([]);
    // Without `Kindern` in that sentence, `child` is a second rendering (and `children` then stands for two source terms).
    terms[1] = term('c2', 'Kindern', [['children', 3, ['x.s2', 'x.s5', 'x.s6']]]);
    expect(types(check(a, { checks: ['term-inconsistency'], termbase: tb(terms) }))).toEqual(['term-inconsistency:term.inconsistent:warning', 'term-inconsistency:term.reverse:info']);
  });
  it('a single rendering raises nothing', () => {
    expect(check(a, { checks: ['term-inconsistency'], termbase: tb([term('c1', 'Branche', [['industry', 4, ['x.s1']]])]) })).toEqual([]);
  });
});

describe('flag ids, suppressions, options', () => {
  const make = (prefix: string[]) =>
    pairOf(
      [...prefix.map((s) => ({ sentences: [s] })), { label: '9', sentences: ['Am 27. September 2019 tagte der Rat^1.'] }],
      [...prefix.map((s) => ({ sentences: [s] })), { label: '9', sentences: ['The Council met on 28 September 2019.'] }],
    );
  it('ids are stable across reruns and do not depend on offsets', () => {
    const a = check(make([]));
    const b = check(make([]));
    const c = check(make(['Ein neuer Absatz davor.']));
    expect(a.map((f) => f.id)).toEqual(b.map((f) => f.id));
    expect(a.map((f) => f.id).sort()).toEqual(c.filter((f) => f.type !== 'untranslated').map((f) => f.id).sort());
    for (const f of a) expect(f.id).toMatch(/^[0-9a-f]{10}$/);
  });
  it('suppressed flags are counted, not shown; stale ids are listed', () => {
    const all = check(make([]));
    expect(all.length).toBe(2);
    const text = `# reviewed\n${all[0]!.id}  accepted by the reviewer\n0123456789 an old flag\n`;
    const r = checkReport(make([]), { suppressions: text });
    expect(r.flags.map((f) => f.id)).toEqual([all[1]!.id]);
    expect(r.counts).toMatchObject({ total: 2, shown: 1, suppressed: 1 });
    expect(r.suppressed[0]).toMatchObject({ reason: 'accepted by the reviewer' });
    expect(r.staleSuppressions).toEqual(['0123456789']);
    expect(check(make([]), { suppressions: [{ id: all[1]!.id, reason: 'ok' }] }).map((f) => f.id)).toEqual([all[0]!.id]);
  });
  it.each([
    ['abc reason', 1],
    ['# c\n\n0123456789 fine\nzzzzzzzzzz bad id', 4],
    ['0123456789', 1],
    ['{\n "suppress": [\n  {"id": "0123456789", "reason": "ok"},\n  {"id": "xyz", "reason": "ok"}\n ]\n}', 4],
    ['{ "suppress": [ }', 1],
    ['{\n "suppress": [\n  {"id": "0123456789" "reason": "x"}\n ]\n}', 3],
  ])('a malformed suppression file is E_FORMAT naming the line: %j', (text, line) => {
    let err: unknown;
    try {
      parseSuppressions(text, { file: 'paralign-suppress.txt' });
    } catch (e) {
      err = e;
    }
    expect(isParalignError(err)).toBe(true);
    expect((err as { code: string }).code).toBe('E_FORMAT');
    expect((err as Error).message).toContain('paralign-suppress.txt');
    expect((err as Error).message).toContain(`line ${line}:`);
  });
  it.each([
    [{ checks: ['spelling'] }, /option checks: expected check names from .*, found "spelling"/],
    [{ uiLang: 'fr' }, /option uiLang: expected one of en, de, found "fr"/],
    [{ glossary: 'x.tbx' }, /option glossary: expected a Termbase/],
    [{ suppressions: 3 }, /option suppressions: expected .*, found 3/],
  ])('bad options throw E_OPTION: %j', (options, message) => {
    expect(() => check(make([]), options as never)).toThrow(message);
  });
});

describe('check invariants (property)', () => {
  const sentence = fc.array(fc.constantFrom('Der', 'Rat', 'the', 'Council', '2019', '11855/12', '27. September', 'Kinder', 'x^1', 'EC3', '1.000,5', 'Branche'), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') + '.');
  const block = fc.array(sentence, { minLength: 1, maxLength: 3 });
  it('flags have unique ids, valid segment indices and spans inside the documents', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(block, block), { minLength: 1, maxLength: 5 }), (blocks) => {
        const a = pairOf(blocks.map(([s]) => ({ sentences: s })), blocks.map(([, t]) => ({ sentences: t })));
        const flags = check(a);
        expect(new Set(flags.map((f) => f.id)).size).toBe(flags.length);
        for (const f of flags) {
          for (const [doc, side] of [[a.source, f.source], [a.target, f.target]] as const) {
            for (const s of side.segments) expect(doc.segments[s]).toBeDefined();
            for (const sp of side.spans) {
              expect(0 <= sp.start && sp.start <= sp.end && sp.end <= doc.text.length).toBe(true);
            }
          }
          expect(f.message).not.toBe(f.key);
        }
      }),
      { numRuns: 60 },
    );
  });
});
