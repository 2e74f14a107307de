/**
 * Regression guard for sentence-alignment quality on real data: the Text+Berg
 * German–French development set (read from ../shared, GPL, never copied into
 * the repository), aligned through `align` with format 'lines' and scored with
 * the benchmark's strict F1. The floor lives in bench/targets.json,
 * slightly below what the aligner reaches, so that a drop fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { align } from '../src/align/index.js';
import { alignmentToGroups, parseLadder, scoreAlignment } from '../src/eval/score.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, '../../shared/eval/textberg-dev');
const files = ['dev.de', 'dev.fr', 'dev.defr'].map((f) => path.join(dir, f));
const missing = files.filter((f) => !existsSync(f));
if (missing.length > 0) console.warn(`align-textberg: skipped, missing ${missing.join(', ')}`);
// One store of quality floors for the tests and `node bench/run.mjs --check`.
const stored = JSON.parse(readFileSync(path.join(here, '../bench/targets.json'), 'utf8')) as {
  'textberg-dev': { strictF1: { floor: number }; laxF1: { floor: number } };
};
const targets = { 'textberg-dev': { strictF1: stored['textberg-dev'].strictF1.floor, laxF1: stored['textberg-dev'].laxF1.floor } };

describe.skipIf(missing.length > 0)('Text+Berg dev (de–fr), sentence per line', () => {
  it('keeps strict and lax F1 at or above the stored targets, losing no line', () => {
    const [de, fr, gold] = files.map((f) => readFileSync(f, 'utf8')) as [string, string, string];
    const a = align(de, fr, { srcLang: 'de', tgtLang: 'fr', format: 'lines' });
    expect(a.source.segments).toHaveLength(468);
    expect(a.target.segments).toHaveLength(554);
    const groups = alignmentToGroups(a);
    expect(groups.flatMap((g) => g.src).sort((x, y) => x - y)).toEqual([...Array(468).keys()]);
    expect(groups.flatMap((g) => g.tgt).sort((x, y) => x - y)).toEqual([...Array(554).keys()]);
    const score = scoreAlignment(groups, parseLadder(gold, { file: 'dev.defr' }));
    console.info(`Text+Berg dev strict F1 ${score.strict.f1.toFixed(4)} (P ${score.strict.precision.toFixed(3)}, R ${score.strict.recall.toFixed(3)}), lax F1 ${score.lax.f1.toFixed(4)}`);
    expect(score.strict.f1).toBeGreaterThanOrEqual(targets['textberg-dev'].strictF1);
    expect(score.lax.f1).toBeGreaterThanOrEqual(targets['textberg-dev'].laxF1);
  });

  it('scores as well with the languages the other way round (French source, German target)', () => {
    const [de, fr, gold] = files.map((f) => readFileSync(f, 'utf8')) as [string, string, string];
    const a = align(fr, de, { srcLang: 'fr', tgtLang: 'de', format: 'lines' });
    const groups = alignmentToGroups(a).map((g) => ({ src: g.tgt, tgt: g.src }));
    const score = scoreAlignment(groups, parseLadder(gold, { file: 'dev.defr' }));
    console.info(`Text+Berg dev fr→de strict F1 ${score.strict.f1.toFixed(4)}, lax F1 ${score.lax.f1.toFixed(4)}`);
    expect(score.strict.f1).toBeGreaterThanOrEqual(targets['textberg-dev'].strictF1);
    expect(score.lax.f1).toBeGreaterThanOrEqual(targets['textberg-dev'].laxF1);
  });
});
