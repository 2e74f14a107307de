/**
 * Term extraction German → French on the Text+Berg dev article (GPL data,
 * read from ../shared, never copied into the repository): French noun phrases
 * (NOUN ADJ, NOUN de NOUN) pair with German compounds and noun phrases.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import { de } from '../src/lang/de.js';
import { fr } from '../src/lang/fr.js';
import { extractTerms, termKey } from '../src/terms/index.js';

const dir = path.resolve(__dirname, '../../shared/eval/textberg-dev');
const exists = existsSync(path.join(dir, 'dev.de')) && existsSync(path.join(dir, 'dev.fr'));
if (!exists) console.warn(`terms-textberg.test: ${dir} (dev.de, dev.fr) is missing; the German–French term test is skipped`);

describe.skipIf(!exists)('Text+Berg dev, de → fr', () => {
  const tb = exists
    ? extractTerms(align(readFileSync(path.join(dir, 'dev.de'), 'utf8'), readFileSync(path.join(dir, 'dev.fr'), 'utf8'), { srcLang: 'de', tgtLang: 'fr', format: 'lines' }))
    : { srcLang: 'de', tgtLang: 'fr', terms: [] };

  it.each([
    ['Verbindungsoffizier', 'officier de liaison'],
    ['fixe Seile', 'cordes fixes'],
    ['Wasserscheide', 'ligne de partage des eaux'],
    ['Österreicher', 'Autrichiens'],
    ['Nanga Parbat', 'Nanga Parbat'],
  ])('%s = %s', (s, t) => {
    const term = tb.terms.find((x) => termKey(x.source, de) === termKey(s, de));
    expect(term?.renderings.map((r) => termKey(r.term, fr))).toContain(termKey(t, fr));
  });
});
