import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isParalignError } from '../src/errors.js';
import { applyReview, readGlossary } from '../src/glossary/index.js';
import type { Rendering, Term, Termbase } from '../src/types.js';

function r(term: string, count: number): Rendering {
  return { term, variants: [term], count, contexts: [] };
}
function t(id: string, source: string, renderings: Rendering[]): Term {
  return { id, source, sourceVariants: [source], frequency: renderings.reduce((a, x) => a + x.count, 0), score: 0.8, confidence: 0.8, renderings, status: 'proposed' };
}
const tb: Termbase = {
  srcLang: 'de',
  tgtLang: 'en',
  terms: [
    t('c1', 'Branche', [r('industry', 4), r('sector', 1)]),
    t('c2', 'Hinsicht', [r('respect', 2)]),
    t('c3', 'sexuellen Ausbeutung', [r('sexual exploitation', 18), r('sexual exploitation violate', 1)]),
    t('c4', 'Kinder', [r('children', 30)]),
  ],
};

describe('applyReview', () => {
  const review = [
    '# comment',
    'default\tpreferred',
    'status\tBranche\tsector\tdeprecated\tSlip: use "industry".',
    'drop\tHinsicht',
    'drop-rendering\tsexuelle Ausbeutung\tsexual exploitation violate',
    'status\tKindern\t*\tadmitted\tgeneral word',
    '',
  ].join('\n');
  const { termbase, unmatched } = applyReview(tb, review, { file: 'r.tsv' });

  it('drops entries and renderings, renumbers ids, keeps frequencies honest', () => {
    expect(termbase.terms.map((x) => [x.id, x.source])).toEqual([
      ['c1', 'Branche'],
      ['c2', 'sexuellen Ausbeutung'],
      ['c3', 'Kinder'],
    ]);
    expect(termbase.terms[1]!.renderings.map((x) => x.term)).toEqual(['sexual exploitation']);
    expect(termbase.terms[1]!.frequency).toBe(18);
    expect(unmatched).toEqual([]);
  });

  it('sets statuses and notes, the default for the rest, matching inflected forms', () => {
    const b = termbase.terms[0]!;
    expect(b.status).toBe('preferred');
    expect(b.renderings.map((x) => [x.term, x.status, x.note])).toEqual([
      ['industry', undefined, undefined],
      ['sector', 'deprecated', 'Slip: use "industry".'],
    ]);
    expect(termbase.terms[2]!.status).toBe('admitted');
    expect(termbase.terms[2]!.note).toBe('general word');
  });

  it('does not change its input', () => {
    expect(tb.terms).toHaveLength(4);
    expect(tb.terms[0]!.status).toBe('proposed');
  });

  it('lists review lines that match nothing', () => {
    const res = applyReview(tb, 'drop\tGibtsnicht\nstatus\tBranche\tbusiness\tadmitted\n');
    expect(res.unmatched).toEqual(['line 1: no entry "Gibtsnicht"', 'line 2: no rendering "business" of "Branche"']);
  });

  it.each([
    ['remove\tBranche', /line 1: expected one of drop/],
    ['status\tBranche\tsector\tobsolete', /line 1: status: expected one of proposed/],
    ['drop-rendering\tBranche', /line 1: drop-rendering: expected 2 tab-separated fields, found 1/],
  ])('rejects %j with E_GLOSSARY', (text, message) => {
    try {
      applyReview(tb, text, { file: 'r.tsv' });
      expect.unreachable();
    } catch (e) {
      expect(isParalignError(e) && e.code).toBe('E_GLOSSARY');
      expect((e as Error).message).toMatch(message);
      expect((e as Error).message.startsWith('r.tsv: ')).toBe(true);
    }
  });
});

const dir = path.resolve(__dirname, '../glossaries');
const tbxFile = path.join(dir, 'council-conclusions-2019.de-en.tbx');

describe.skipIf(!existsSync(tbxFile))('the approved Council glossary', () => {
  const g = readGlossary(readFileSync(tbxFile, 'utf8'), { file: tbxFile });
  const entry = (s: string): Term => g.terms.find((x) => x.source === s)!;
  const status = (s: string, target: string): string | undefined => {
    const e = entry(s);
    const rendering = e.renderings.find((x) => x.term === target);
    return rendering ? (rendering.status ?? e.status) : undefined;
  };

  it.each([
    ['Branche', 'industry', 'preferred'],
    ['Branche', 'sector', 'deprecated'],
    ['Online-Liveübertragung von Kindesmissbrauch', 'live streaming of child sexual abuse', 'preferred'],
    ['Online-Liveübertragung von Kindesmissbrauch', 'live-distant child abuse', 'deprecated'],
    ['Strafverfolgungsbehörden', 'law enforcement authorities', 'preferred'],
    ['Strafverfolgungsbehörden', 'law enforcement agencies', 'deprecated'],
    ['Vorratsdatenspeicherung', 'data retention', 'preferred'],
    ['Darstellungen von sexuellem Missbrauch von Kindern', 'child sexual abuse material', 'preferred'],
  ])('%s = %s is %s', (s, target, st) => {
    expect(status(s, target)).toBe(st);
  });

  it('explains every deprecated rendering in a note and holds no proposed entry', () => {
    for (const e of g.terms) {
      expect(e.status).not.toBe('proposed');
      for (const x of e.renderings) if ((x.status ?? e.status) === 'deprecated') expect(x.note).toMatch(/approved rendering is/);
    }
  });
});
