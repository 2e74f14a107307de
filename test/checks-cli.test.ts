import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/main.js';
import { councilExists, councilTexts, edit } from './helpers/checks.js';

if (!councilExists) console.warn('checks-cli: skipped, corpora/council-conclusions-2019/{de,en}.md missing');

describe.skipIf(!councilExists)('paralign check', () => {
  const { de, en } = councilExists ? councilTexts() : { de: '', en: '' };
  const changedDate = councilExists ? edit(en, 'Working Party on 17 September 2019', 'Working Party on 18 September 2019') : '';

  it('a changed date: JSON report with the error, exit status 1 (fail on error by default)', async () => {
    const io = memoryIo({ 'de.md': de, 'en.md': changedDate });
    const code = await runCli(['check', 'de.md', 'en.md', '--format', 'json', '--out', 'r.json', '--checks', 'number,footnote'], io);
    expect(code).toBe(1);
    const report = JSON.parse(new TextDecoder().decode(io.files.get('r.json')));
    expect(report.version).toBe(1);
    const f = report.flags.find((x: { key: string }) => x.key === 'number.changed');
    expect(f.params).toEqual({ from: '17. September 2019', to: '18 September 2019' });
    expect(io.err()).toContain('Translation check: de → en');
  });

  it('--fail-on never exits 0; --ui-lang de localises the text report; suppressing the flag makes it pass', async () => {
    const io = memoryIo({ 'de.md': de, 'en.md': changedDate });
    expect(await runCli(['check', 'de.md', 'en.md', '--ui-lang', 'de', '--fail-on', 'never', '--checks', 'number,omission'], io)).toBe(0);
    const text = io.out();
    expect(text).toContain('steht in der Übersetzung als „18 September 2019“');
    const id = /(\w{10}) {2}Zahlen/.exec(text)?.[1];
    expect(id).toBeDefined();
    const io2 = memoryIo({ 'de.md': de, 'en.md': changedDate, 's.txt': `${id} the meeting was moved\n` });
    const code = await runCli(['check', 'de.md', 'en.md', '--suppress', 's.txt', '--format', 'json', '--checks', 'number,omission'], io2);
    const report = JSON.parse(io2.out());
    expect(report.counts.suppressed).toBe(1);
    expect(report.flags.some((x: { id: string }) => x.id === id)).toBe(false);
    expect(code).toBe(report.counts.bySeverity.error > 0 ? 1 : 0);
  });

  it('shares the two-file options of align and terms: --dict is read (bad lines warned), --out may not overwrite an input', async () => {
    const io = memoryIo({ 'de.md': de, 'en.md': en, 'd.tsv': 'Branche\tindustry\nno tab on this line\n' });
    const code = await runCli(['check', 'de.md', 'en.md', '--dict', 'd.tsv', '--format', 'json', '--checks', 'number', '-q'], io);
    expect(code).toBe(0);
    expect(JSON.parse(io.out()).counts.total).toBe(0);
    expect(io.err()).toMatch(/warning W_DICT_LINE: d\.tsv/);
    const io2 = memoryIo({ 'de.md': de, 'en.md': en });
    expect(await runCli(['check', 'de.md', 'en.md', '--out', 'en.md'], io2)).toBe(2);
    expect(io2.err()).toContain('refusing to overwrite');
  });

  it('--glossary: a deprecated rendering in the shipped pair is an error, approved renderings pass', async () => {
    const glossary = 'de,en,status\nBranche,industry,preferred\nBranche,sector,deprecated\nVorratsdatenspeicherung,data retention,preferred\n';
    const io = memoryIo({ 'de.md': de, 'en.md': en, 'g.csv': glossary });
    const code = await runCli(['check', 'de.md', 'en.md', '--glossary', 'g.csv', '--format', 'json', '--checks', 'glossary'], io);
    const report = JSON.parse(io.out());
    const g = report.flags.filter((f: { type: string }) => f.type === 'glossary');
    expect(g.map((f: { key: string; params: { found?: string } }) => `${f.key} ${f.params.found ?? ''}`)).toEqual(['glossary.deprecated sector']);
    expect(g[0].suggestion).toBe('industry');
    expect(code).toBe(1);
  });

  it('writes HTML and XLSX', async () => {
    const io = memoryIo({ 'de.md': de, 'en.md': en });
    await runCli(['check', 'de.md', 'en.md', '--out', 'r.html', '--fail-on', 'never'], io);
    expect(new TextDecoder().decode(io.files.get('r.html'))).toMatch(/^<!DOCTYPE html>/);
    await runCli(['check', 'de.md', 'en.md', '--out', 'r.xlsx', '--fail-on', 'never', '-q', '--checks', 'number'], io);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(io.files.get('r.xlsx')!) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Flags', 'Segments', 'Terms']);
    expect(io.err().split('Translation check').length - 1).toBe(1); // a summary for the HTML run, none with -q
  });

  it.each([
    [['check', 'de.md'], 2, /E_USAGE: missing argument: <tgt>/],
    [['check', 'de.md', 'en.md', '--frobnicate'], 2, /E_USAGE: unknown option --frobnicate/],
    [['check', 'de.md', 'en.md', '--ui-lang', 'fr'], 1, /E_OPTION: option --ui-lang: expected one of en, de, found "fr"/],
    [['check', 'de.md', 'en.md', '--fail-on', 'sometimes'], 1, /E_OPTION: option --fail-on: expected one of error, warning, info, never/],
    [['check', 'de.md', 'en.md', '--format', 'pdf'], 1, /E_FORMAT/],
    [['check', 'de.md', 'en.md', '--suppress', 'bad.txt'], 1, /E_FORMAT: bad.txt: line 2: expected a flag id/],
    [['check', 'de.md', 'missing.md'], 1, /E_IO/],
    [['check', 'de.md', 'en.md', '--checks', 'number,spelling'], 1, /E_OPTION: option --checks: expected one of term-inconsistency, glossary/],
  ])('%j → exit %i', async (args, code, message) => {
    const io = memoryIo({ 'de.md': de, 'en.md': en, 'bad.txt': '# ok\nnot-an-id because\n' });
    expect(await runCli(args, io)).toBe(code);
    expect(io.err()).toMatch(message);
  });
});
