/**
 * A rendering the extractor chose in a link without word evidence is kept
 * only when something speaks for it (src/terms/index.ts, dropUnsupported);
 * otherwise the occurrence stays unrendered. Checked on the shipped Council
 * pair, through the real parser and aligner.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { de } from '../src/lang/de.js';
import { en } from '../src/lang/en.js';
import { extractTerms, termKey } from '../src/terms/index.js';
import type { Alignment, Term, Termbase } from '../src/types.js';
import { councilAlignment } from './helpers/checks.js';


let alignment: Alignment;
let tb: Termbase;

beforeAll(() => {
  alignment = councilAlignment();
  tb = extractTerms(alignment);
});

const term = (source: string): Term => {
  const t = tb.terms.find((x) => termKey(x.source, de) === termKey(source, de));
  if (!t) throw new Error(`no term ${source}`);
  return t;
};
const keys = (t: Term): string[] => t.renderings.map((r) => termKey(r.term, en));

describe('renderings without word evidence (Council pair)', () => {
  it.each([
    ['Bekämpfung', ['child', 'training', 'eu', 'providing']],
    ['Umsetzung', ['made', 'required']],
    ['Rechte', ['emphasis on violence', 'guarantees in accordance']],
    ['Verhütung', ['gender-sensitive assessment']],
    ['Einklang', ['applicable']],
    ['Fällen', ['managing']],
    ['Rahmen', ['international', 'eu gender']],
  ])('%s has none of the position-only renderings %j', (source, junk) => {
    const found = keys(term(source));
    for (const j of junk) expect(found).not.toContain(termKey(j, en));
  });

  it('a dropped rendering leaves the occurrence unrendered: frequency stays, the rendering counts are smaller', () => {
    const t = term('Bekämpfung');
    const rendered = t.renderings.reduce((n, r) => n + r.count, 0);
    expect(rendered).toBeLessThan(t.frequency);
    // every rendering left is a form of `combat`
    for (const r of t.renderings) expect(r.term.toLowerCase()).toMatch(/^combat/);
  });

  it('keeps the real one-off renderings: sector for Branche, law enforcement agencies, live-distant child abuse', () => {
    expect(keys(term('Branche'))).toEqual(expect.arrayContaining([termKey('industry', en), termKey('sector', en)]));
    expect(keys(term('Strafverfolgungsbehörden'))).toContain(termKey('law enforcement agencies', en));
    expect(keys(term('Online-Liveübertragung von Kindesmissbrauch'))).toContain(termKey('live-distant child abuse', en));
  });
});
