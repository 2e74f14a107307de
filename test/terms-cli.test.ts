import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { termsCommand } from '../src/cli/commands/terms.js';
import { memoryIo } from '../src/cli/io.js';
import { EXIT, runCli } from '../src/cli/main.js';
import { readGlossary } from '../src/glossary/index.js';

const corpus = path.resolve(__dirname, '../corpora/council-conclusions-2019');
const DE = readFileSync(path.join(corpus, 'de.md'), 'utf8');
const EN = readFileSync(path.join(corpus, 'en.md'), 'utf8');

describe('paralign terms', () => {
  it('writes a TBX termbase to --out and a summary with the top pairs', async () => {
    const io = memoryIo({ 'de.md': DE, 'en.md': EN });
    const code = await runCli(['terms', 'de.md', 'en.md', '--out', 'terms.tbx', '--top', '3'], io);
    expect(code).toBe(0);
    const tbx = new TextDecoder().decode(io.files.get('terms.tbx'));
    expect(tbx).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="de">');
    const tb = readGlossary(tbx, { file: 'terms.tbx' });
    expect(tb.terms.find((t) => t.source === 'Vorratsdatenspeicherung')?.renderings[0]?.term).toBe('data retention');
    expect(io.err()).toMatch(/paralign: \d+ terms \(de → en\)/);
    expect(io.err().split('\n').filter((l) => l.startsWith('  ') && l.includes(' = '))).toHaveLength(3);
    expect(io.err()).toContain('wrote terms.tbx (tbx)');
    expect(io.out()).toBe('');
  });

  it.each([
    ['csv', ['--format', 'csv'], /^id,de,en,status,/],
    ['csv with BOM', ['--format', 'csv', '--bom'], /^\uFEFFid,de,en,/],
    ['json', ['--format', 'json'], /^\{\n {2}"format": "paralign-termbase"/],
  ])('writes %s to standard output', async (_n, extra, start) => {
    const io = memoryIo({ 'de.md': DE, 'en.md': EN });
    expect(await runCli(['terms', 'de.md', 'en.md', '-q', ...extra], io)).toBe(0);
    expect(io.out()).toMatch(start);
    expect(io.err()).toBe('');
  });

  it('honours --min-freq and --max-terms', async () => {
    const io = memoryIo({ 'de.md': DE, 'en.md': EN });
    expect(await runCli(['terms', 'de.md', 'en.md', '-q', '-f', 'json', '--min-freq', '5', '--max-terms', '7'], io)).toBe(0);
    const doc = JSON.parse(io.out()) as { terms: Array<{ frequency: number }> };
    expect(doc.terms.length).toBeLessThanOrEqual(7);
    expect(doc.terms.length).toBeGreaterThan(0);
    for (const t of doc.terms) expect(t.frequency).toBeGreaterThanOrEqual(5);
  });

  it('uses a --dict file as evidence', async () => {
    // Thema is too generic to be kept on co-occurrence alone; the dictionary confirms it
    const run = async (dict: boolean): Promise<Array<{ source: string; renderings: Array<{ term: string }> }>> => {
      const io = memoryIo({ 'de.md': DE, 'en.md': EN, 'dict.tsv': 'Thema\ttopic\n' });
      expect(await runCli(['terms', 'de.md', 'en.md', '-q', '-f', 'json', ...(dict ? ['--dict', 'dict.tsv'] : [])], io)).toBe(0);
      return (JSON.parse(io.out()) as { terms: Array<{ source: string; renderings: Array<{ term: string }> }> }).terms;
    };
    expect((await run(false)).find((t) => t.source === 'Thema')).toBeUndefined();
    expect((await run(true)).find((t) => t.source === 'Thema')?.renderings.map((r) => r.term)).toContain('topic');
  });

  it.each([
    [['terms', 'de.md', 'en.md', '--min-freq', '0'], EXIT.ERROR, /E_OPTION: option --min-freq: expected a whole number >= 1, found "0"/],
    [['terms', 'de.md', 'en.md', '--format', 'tmx'], EXIT.ERROR, /E_FORMAT/],
    [['terms', 'de.md', 'en.md', '--out', 'x.docx'], EXIT.ERROR, /E_FORMAT/],
    [['terms', 'de.md'], EXIT.USAGE, /missing argument/],
  ])('%j fails with a coded message', async (args, code, message) => {
    const io = memoryIo({ 'de.md': DE, 'en.md': EN });
    expect(await runCli(args, io)).toBe(code);
    expect(io.err()).toMatch(message);
  });

  it('prints its usage', async () => {
    const io = memoryIo();
    expect(await runCli(['terms', '--help'], io)).toBe(0);
    expect(io.out()).toBe(termsCommand.usage);
    expect(termsCommand.usage).toMatch(/^Usage: paralign terms <src> <tgt>/);
  });
});
