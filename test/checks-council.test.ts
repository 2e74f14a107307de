/**
 * Acceptance on the shipped Council pair (corpora/council-conclusions-2019),
 * through the real parser and aligner: the unedited pair raises no error,
 * and each edit of the English text, made here by string replacement so it
 * can be reviewed, raises the flag it should and only at the place edited.
 */
import { describe, expect, it } from 'vitest';
import { checkReport, type CheckName } from '../src/checks/index.js';
import type { Alignment, Flag } from '../src/types.js';
import { councilAlignment, councilExists, councilTexts, edit } from './helpers/checks.js';

if (!councilExists) console.warn('checks-council: skipped, corpora/council-conclusions-2019/{de,en}.md missing');

const STRUCTURAL: CheckName[] = ['number', 'footnote', 'untranslated', 'omission'];

/** One line of en.md starting with `prefix`. */
function line(en: string, prefix: string): string {
  const found = en.split('\n').filter((l) => l.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one line starting with ${prefix}, found ${found.length}`);
  return found[0]!;
}

type Edit = [name: string, make: (en: string) => string, expect: (flags: Flag[], a: Alignment) => void];

const EDITS: Edit[] = [
  [
    'a deleted paragraph',
    (en) => edit(en, line(en, '16. ') + '\n', ''),
    (flags) => {
      const f = flags.find((x) => x.key === 'omission.block');
      expect(f).toMatchObject({ type: 'omission', severity: 'error' });
      expect(f!.source.labels).toEqual(['16']);
    },
  ],
  [
    'two paragraphs merged',
    (en) => edit(en, line(en, '20. ') + '\n' + line(en, '21. '), line(en, '20. ') + ' ' + line(en, '21. ').slice(4)),
    (flags) => {
      const f = flags.find((x) => x.type === 'merge' || (x.type === 'omission' && x.source.labels.includes('21')));
      expect(f).toBeDefined();
      expect(f!.source.labels).toContain('21');
    },
  ],
  [
    'a changed reference number',
    (en) => edit(en, '[Doc. 11855/12]', '[Doc. 11856/12]'),
    (flags) => {
      const f = flags.find((x) => x.key === 'number.changed');
      expect(f).toMatchObject({ severity: 'error', params: { from: '11855/12', to: '11856/12' } });
    },
  ],
  [
    'a changed date',
    (en) => edit(en, 'Working Party on 17 September 2019', 'Working Party on 18 September 2019'),
    (flags, a) => {
      const f = flags.find((x) => x.key === 'number.changed');
      expect(f).toMatchObject({ severity: 'error', params: { from: '17. September 2019', to: '18 September 2019' } });
      expect(a.target.text.slice(f!.target.spans[0]!.start, f!.target.spans[0]!.end)).toBe('18 September 2019');
    },
  ],
  [
    'a sentence left in German',
    (en) =>
      edit(
        en,
        'It stresses the importance of cooperation between Eurojust and Europol and of improvements and initiatives in the field of digital criminal justice.',
        'Er unterstreicht, wie wichtig die Zusammenarbeit zwischen Eurojust und Europol sowie die Verbesserungen und Initiativen im Bereich der digitalen Strafjustiz sind.',
      ),
    (flags, a) => {
      const f = flags.find((x) => x.key === 'untranslated.language');
      expect(f).toMatchObject({ severity: 'error' });
      expect(a.target.segments[f!.target.segments[0]!]!.text).toMatch(/^Er unterstreicht/);
    },
  ],
  [
    'a missing footnote marker',
    (en) => edit(en, 'European Agenda on Security<sup>3</sup>', 'European Agenda on Security'),
    (flags) => {
      const f = flags.find((x) => x.key === 'footnote.missing');
      expect(f).toMatchObject({ severity: 'error', params: { labels: ['3'] } });
    },
  ],
  [
    'reordered items',
    (en) => edit(en, line(en, '- (b)') + '\n' + line(en, '- (c)'), line(en, '- (c)') + '\n' + line(en, '- (b)')),
    (flags) => {
      const f = flags.find((x) => x.key === 'order.labels');
      expect(f).toMatchObject({ type: 'order', params: { label: '7b', previous: '7c', side: 'tgt' } });
    },
  ],
  [
    'an added paragraph',
    (en) =>
      edit(
        en,
        line(en, '16. ') + '\n',
        line(en, '16. ') + '\n\nThe Council notes that an annual report on the protection of children online will be presented to it each autumn and looks forward to discussing it with the Member States.\n\n',
      ),
    (flags) => {
      const f = flags.find((x) => x.type === 'addition');
      expect(f).toBeDefined();
      expect(f!.severity).toBe('error');
      expect(f!.message).toMatch(/annual report|16/);
    },
  ],
];

describe.skipIf(!councilExists)('checks on the Council pair', () => {
  const { en } = councilExists ? councilTexts() : { en: '' };
  const base = councilExists ? checkReport(councilAlignment(), { checks: STRUCTURAL }) : undefined;

  it('the unedited pair raises no structural, number, footnote or language flag', () => {
    expect(base!.flags.map((f) => `${f.severity} ${f.message}`)).toEqual([]);
  });

  it.each(EDITS)('%s raises the right flag, and the unedited pair does not', (_, make, check) => {
    const a = councilAlignment(make(en));
    const flags = checkReport(a, { checks: STRUCTURAL }).flags;
    check(flags, a);
    // Only the edit is flagged: no error elsewhere.
    const ids = new Set(base!.flags.map((f) => f.id));
    expect(flags.filter((f) => !ids.has(f.id)).length).toBeLessThanOrEqual(3);
  });
});
