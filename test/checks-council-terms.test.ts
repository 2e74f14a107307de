/**
 * The term-consistency check on the shipped Council pair, through the real
 * parser, aligner and term extractor: the three deliberate slips named in
 * corpora/council-conclusions-2019/README.md are flagged with every
 * rendering (each occurrence's sentence link is in the flag), no term flag
 * is an error, and an edit that renders a consistent term a second way raises
 * a new flag at the edited sentence.
 */
import { describe, expect, it } from 'vitest';
import { checkReport } from '../src/checks/index.js';
import type { Alignment, Flag } from '../src/types.js';
import { councilAlignment, councilExists, councilTexts, edit, linksWithSource, linksWithTarget } from './helpers/checks.js';

if (!councilExists) console.warn('checks-council-terms: skipped, corpora/council-conclusions-2019/{de,en}.md missing');

function termFlags(a: Alignment): Flag[] {
  return checkReport(a, { checks: ['term-inconsistency'] }).flags;
}

/** The flag about source term `source` (matched on its first word), with severity warning or error. */
function flagFor(flags: Flag[], source: RegExp): Flag | undefined {
  return flags.find((f) => f.key === 'term.inconsistent' && source.test(String(f.params['source'])));
}

describe.skipIf(!councilExists)('term consistency on the Council pair', () => {
  const a = councilExists ? councilAlignment() : (undefined as unknown as Alignment);
  const flags = councilExists ? termFlags(a) : [];

  it.each([
    ['Branche', /^Branche$/, ['industry', 'the sector'], ['industry', 'sector']],
    ['Online-Liveübertragung von Kindesmissbrauch', /Liveübertragung/, ['live streaming of child sexual abuse', 'live-distant child abuse'], ['live streaming', 'live-distant']],
    ['Strafverfolgungsbehörden', /Strafverfolgungsbehörden/, ['law enforcement agencies', 'investigations by law enforcement authorities'], ['agencies', 'authorities']],
  ])('%s: flagged as a warning with every rendering', (_, source, targets, renderingWords) => {
    const f = flagFor(flags, source);
    expect(f, `no term.inconsistent flag for ${source}`).toBeDefined();
    expect(f!.severity).toBe('warning');
    // Every sentence where the English uses one of the renderings is in the flag's evidence.
    for (const t of targets) {
      const links = linksWithTarget(a, t);
      expect(links.length).toBeGreaterThan(0);
      expect(links.some((l) => f!.links.includes(l)), `${t} (${links.join(', ')}) not in ${f!.links.join(', ')}`).toBe(true);
    }
    const described = (f!.params['list'] as { term: string }[]).map((r) => r.term).join(' | ');
    for (const w of renderingWords) expect(described).toContain(w);
  });

  it('no term flag is an error, and the natural variation of the README is not a warning', () => {
    expect(flags.filter((f) => f.severity === 'error')).toEqual([]);
    // `sexueller Missbrauch von Kindern`: the sexual abuse of children / child sexual abuse (same content words).
    const variation = flags.filter((f) => /^sexuelle[nr]? Missbrauch(s)? von Kindern$/.test(String(f.params['source'])));
    for (const f of variation) expect(f.severity).toBe('info');
  });

  it('a consistently translated term rendered a second way raises a new flag at the edited sentence', () => {
    const { en } = councilTexts();
    const edited = edit(en, 'strong engagement in existing cooperation with third countries', 'strong engagement in existing cooperation with non-EU countries');
    const b = councilAlignment(edited);
    const after = termFlags(b);
    const before = new Set(flags.map((f) => f.id));
    const link = linksWithTarget(b, 'non-EU countries');
    expect(link).toHaveLength(1);
    expect(linksWithSource(b, 'Drittländern').length).toBeGreaterThan(1);
    const f = after.find((x) => !before.has(x.id) && x.severity !== 'info' && x.links.includes(link[0]!) && /Drittl/.test(String(x.params['source'])));
    expect(f, after.filter((x) => !before.has(x.id)).map((x) => x.message).join('\n')).toBeDefined();
  });
});

describe.skipIf(!councilExists)('occurrences rendered in none of the known ways', () => {
  it.each([
    ['en', '(another wording)'],
    ['de', '(andere Wiedergabe)'],
  ] as const)('are named in the %s message, not left as a bare ellipsis', (uiLang, words) => {
    const a = councilAlignment();
    const flags = checkReport(a, { checks: ['term-inconsistency'], uiLang }).flags;
    const withOther = flags.filter((f) => (f.params['list'] as Array<{ term: string }> | undefined)?.some((r) => r.term === '…'));
    expect(withOther.length).toBeGreaterThan(0);
    for (const f of withOther) {
      expect(f.message).toContain(words);
      expect(f.message).not.toMatch(/: … ×|; … ×/);
    }
  });
});
