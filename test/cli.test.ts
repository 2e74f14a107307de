import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileIo, memoryIo } from '../src/cli/io.js';
import { EXIT, runCli } from '../src/cli/main.js';
import { progressBar, renderBar, PROGRESS_MIN_CHARS } from '../src/cli/progress.js';
import type { CliIo } from '../src/cli/types.js';
import { fromJson } from '../src/formats/json.js';
import { parseLadder } from '../src/eval/score.js';

const corpus = path.resolve(__dirname, '../corpora/council-conclusions-2019');
const DE = readFileSync(path.join(corpus, 'de.md'), 'utf8');
const EN = readFileSync(path.join(corpus, 'en.md'), 'utf8');

/** German and English body text for small inputs (enough letters for language detection). */
const DE_TEXT = 'Der Rat begrüßt den Bericht der Kommission über die Bekämpfung des sexuellen Missbrauchs von Kindern.\n\nDie Mitgliedstaaten werden ersucht, ihre Zusammenarbeit mit der Branche zu verstärken.\n';
const EN_TEXT = 'The Council welcomes the report of the Commission on combating the sexual abuse of children.\n\nThe Member States are invited to strengthen their cooperation with industry.\n';

const dir = mkdtempSync(path.join(tmpdir(), 'paralign-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write a temporary file and return its path. */
function tmp(name: string, data: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
}

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Run the CLI in-process over the real file system, capturing the streams. */
async function cli(args: string[], extra: Partial<Pick<CliIo, 'stderrIsTTY' | 'env' | 'columns'>> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io = fileIo({
    stdout: (d) => void out.push(typeof d === 'string' ? d : new TextDecoder().decode(d)),
    stderr: (t) => void err.push(t),
    stderrIsTTY: extra.stderrIsTTY ?? false,
    columns: extra.columns ?? 80,
    env: extra.env ?? {},
  });
  const code = await runCli(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

const deFile = tmp('de.md', DE);
const enFile = tmp('en.md', EN);

describe('paralign align on the Council pair', () => {
  it('writes JSON to stdout and a summary to stderr', async () => {
    const r = await cli(['align', deFile, enFile, '-s', 'de', '-t', 'en']);
    expect(r.err).not.toMatch(/error/);
    expect(r.code).toBe(EXIT.OK);
    const a = fromJson(r.out, { sourceText: DE, targetText: EN });
    expect(a.source.lang).toBe('de');
    expect(a.target.lang).toBe('en');
    expect(a.sentences.length).toBeGreaterThan(50);
    expect(r.err).toMatch(/^paragraph links: \d+ \(1-1 \d+/m);
    expect(r.err).toMatch(/^sentence links: \d+ \(1-1 \d+/m);
    expect(r.err).toMatch(/^lowest confidence:\n {2}\d\.\d\d {2}\S+ {2}\d+-\d+ {2}/m);
  });

  it('detects the languages when they are not given', async () => {
    const r = await cli(['align', deFile, enFile, '--quiet']);
    expect(r.code).toBe(EXIT.OK);
    const a = fromJson(r.out);
    expect([a.source.lang, a.target.lang]).toEqual(['de', 'en']);
  });

  it.each([
    ['x.tmx', /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<tmx version="1\.4">/],
    ['x.tsv', /^source\ttarget\tconfidence\ttype\tsource_label\ttarget_label\tid\n/],
    ['x.json', /^\{\n {2}"paralign": "alignment\/1"/],
    ['x.ladder', /^\[\d+(, \d+)*\]:\[\d+(, \d+)*\]\n/],
  ])('infers the format from --out %s and writes the file, not stdout', async (name, start) => {
    const out = path.join(dir, name);
    const r = await cli(['align', deFile, enFile, '-s', 'de', '-t', 'en', '--out', out]);
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(start);
    expect(r.err).toContain(`wrote ${out}`);
  });

  it('--format wins over the extension; --quiet silences the summary', async () => {
    const out = path.join(dir, 'forced.txt');
    const r = await cli(['align', deFile, enFile, '-s', 'de', '-t', 'en', '-f', 'tsv', '-o', out, '-q']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.err).toBe('');
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('source\ttarget\tconfidence\ttype\tsource_label\ttarget_label\tid');
  });

  it('writes a reproducible TMX with --date or SOURCE_DATE_EPOCH', async () => {
    const a = await cli(['align', deFile, enFile, '-f', 'tmx', '-q', '--date', '2019-09-27T00:00:00Z']);
    const b = await cli(['align', deFile, enFile, '-f', 'tmx', '-q'], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2019, 8, 27) / 1000) } });
    expect(a.out).toContain('creationdate="20190927T000000Z"');
    expect(b.out).toBe(a.out);
  });

  it('writes the ladder with one group per sentence link', async () => {
    const json = fromJson((await cli(['align', deFile, enFile, '-q'])).out);
    const ladder = parseLadder((await cli(['align', deFile, enFile, '-q', '-f', 'ladder'])).out);
    expect(ladder).toHaveLength(json.sentences.length);
  });
});

describe('paralign align: awkward input', () => {
  it('an empty file is E_EMPTY naming it (exit 1)', async () => {
    const empty = tmp('empty.md', '');
    const r = await cli(['align', empty, enFile, '-s', 'de', '-t', 'en']);
    expect(r.code).toBe(EXIT.ERROR);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^paralign: error E_EMPTY: ${escape(empty)}: `));
  });

  it('a PNG is E_BINARY naming it', async () => {
    const png = tmp('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const r = await cli(['align', deFile, png, '-s', 'de', '-t', 'en']);
    expect(r.code).toBe(EXIT.ERROR);
    expect(r.err).toMatch(new RegExp(`^paralign: error E_BINARY: ${escape(png)}: .*PNG`));
  });

  it('a Latin-1 file works, with a warning naming it', async () => {
    const latin = tmp('latin1.txt', Buffer.from(DE_TEXT, 'latin1'));
    const r = await cli(['align', latin, tmp('en.txt', EN_TEXT), '-s', 'de', '-t', 'en']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.err).toMatch(new RegExp(`^paralign: warning W_LATIN1: ${escape(latin)}: `, 'm'));
    expect(fromJson(r.out).source.segments[0]?.text).toContain('begrüßt');
  });

  it('a file with a BOM and CRLF line ends works like the plain one', async () => {
    const bom = tmp('bom.txt', '\uFEFF' + DE_TEXT.replace(/\n/g, '\r\n'));
    const plain = tmp('plain.txt', DE_TEXT);
    const en = tmp('en2.txt', EN_TEXT);
    const a = await cli(['align', bom, en, '-s', 'de', '-t', 'en', '-f', 'tsv', '-q']);
    const b = await cli(['align', plain, en, '-s', 'de', '-t', 'en', '-f', 'tsv', '-q']);
    expect(a.code).toBe(EXIT.OK);
    expect(a.err).toBe('');
    expect(a.out).toBe(b.out);
    expect(a.out.split('\n')).toHaveLength(4);
  });

  it('a file that does not exist is E_IO naming it', async () => {
    const missing = path.join(dir, 'no-such-file.md');
    const r = await cli(['align', missing, enFile]);
    expect(r.code).toBe(EXIT.ERROR);
    expect(r.err).toBe(`paralign: error E_IO: ${missing}: cannot read: no such file or directory\n`);
  });

  it('--dict reads a TSV dictionary, warns about bad lines and aligns', async () => {
    const dict = tmp('dict.tsv', '# German\tEnglish\nBericht\treport\nBranche\tindustry\nno tab on this line\n');
    const r = await cli(['align', tmp('de4.txt', DE_TEXT), tmp('en4.txt', EN_TEXT), '-s', 'de', '-t', 'en', '--dict', dict, '-f', 'tsv']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.err).toMatch(new RegExp(`^paralign: warning W_[A-Z_]+: ${escape(dict)}: .*line 4`, 'm'));
    expect(r.out.trimEnd().split('\n')).toHaveLength(3);
  });

  it('--dict with no usable entry is E_DICT naming the file; a missing one E_IO', async () => {
    const dict = tmp('empty-dict.tsv', '# nothing here\n\n');
    const bad = await cli(['align', tmp('de5.txt', DE_TEXT), tmp('en5.txt', EN_TEXT), '-s', 'de', '-t', 'en', '-d', dict]);
    expect(bad.code).toBe(EXIT.ERROR);
    expect(bad.err).toMatch(new RegExp(`^paralign: error E_DICT: ${escape(dict)}: `));
    const missing = path.join(dir, 'no-dict.tsv');
    const gone = await cli(['align', tmp('de6.txt', DE_TEXT), tmp('en6.txt', EN_TEXT), '-s', 'de', '-t', 'en', '-d', missing]);
    expect(gone.err).toBe(`paralign: error E_IO: ${missing}: cannot read: no such file or directory\n`);
  });

  it('a directory given as input is E_IO naming it', async () => {
    const r = await cli(['align', dir, enFile]);
    expect(r.code).toBe(EXIT.ERROR);
    expect(r.err).toBe(`paralign: error E_IO: ${dir}: cannot read: is a directory\n`);
  });

  it('an output file that cannot be written is E_IO naming it', async () => {
    const bad = path.join(dir, 'no-such-dir', 'x.json');
    const r = await cli(['align', deFile, enFile, '-o', bad, '-q']);
    expect(r.code).toBe(EXIT.ERROR);
    expect(r.err).toBe(`paralign: error E_IO: ${bad}: cannot write: no such file or directory\n`);
  });

  it.each([
    [['-s', 'xx'], 'E_LANG_UNKNOWN', /--src-lang: expected one of de, en, es, fr, it, nl, pl, pt, found "xx"/],
    [['-t', 'english'], 'E_LANG_UNKNOWN', /--tgt-lang: expected one of de, en, es, fr, it, nl, pl, pt, found "english"/],
    [['-f', 'docx'], 'E_FORMAT', /option --format: expected one of json, tmx, tsv, ladder, found "docx"/],
    [['-o', 'out.xml'], 'E_FORMAT', /extension "\.xml" of out\.xml/],
    [['--input-format', 'html'], 'E_FORMAT', /option --input-format: expected one of auto, markdown, plain, lines, found "html"/],
    [['--encoding', 'ebcdic'], 'E_OPTION', /option --encoding: expected one of auto, utf-8, latin1, found "ebcdic"/],
    [['--min-confidence', '2'], 'E_OPTION', /--min-confidence: expected a number from 0 to 1, found "2"/],
    [['--date', 'soon'], 'E_OPTION', /--date: expected an ISO 8601 date/],
  ])('%j is %s (exit 1) before any file is read', async (extra, code, message) => {
    const r = await cli(['align', path.join(dir, 'never-read.md'), enFile, ...extra]);
    expect(r.code).toBe(EXIT.ERROR);
    expect(r.err).toMatch(new RegExp(`^paralign: error ${code}: `));
    expect(r.err).toMatch(message);
  });

  it('both sides in the same language is E_LANG_SAME', async () => {
    const r = await cli(['align', enFile, enFile, '-s', 'en', '-t', 'en']);
    expect(r.code).toBe(EXIT.ERROR);
    expect(r.err).toMatch(/^paralign: error E_LANG_SAME: /);
  });

  it('too little text to tell the language asks for --src-lang', async () => {
    const tiny = tmp('tiny.txt', 'Ja.\n');
    const r = await cli(['align', tiny, enFile]);
    expect(r.code).toBe(EXIT.ERROR);
    expect(r.err).toMatch(/E_LANG_UNKNOWN: .*tiny\.txt: cannot tell the language.*pass --src-lang/);
  });

  it('one side far shorter works and shows the unpaired links', async () => {
    const short = tmp('short.md', EN.slice(0, EN.indexOf('2.')));
    const r = await cli(['align', deFile, short, '-s', 'de', '-t', 'en', '-f', 'tsv']);
    expect(r.code).toBe(EXIT.OK);
    expect(r.err).toMatch(/^sentence links: .*\b1-0 \d+/m);
    const rows = r.out.trimEnd().split('\n').slice(1).map((l) => l.split('\t'));
    expect(rows.filter((row) => row[3] === '1-0').length).toBeGreaterThan(20);
  });
});

const textberg = path.resolve(__dirname, '../../shared/eval/textberg-dev');
const hasTextberg = existsSync(path.join(textberg, 'dev.de')) && existsSync(path.join(textberg, 'dev.fr'));
if (!hasTextberg) console.warn(`cli: ${textberg}/dev.{de,fr} not found: the sentence-per-line ladder test is skipped`);

describe.skipIf(!hasTextberg)('paralign align on sentence-per-line input (Text+Berg dev, read from ../shared)', () => {
  it('writes a ladder in which every input line appears exactly once', async () => {
    const lines = (f: string) => readFileSync(path.join(textberg, f), 'utf8').split('\n').filter((l) => l.trim() !== '').length;
    const r = await cli(['align', path.join(textberg, 'dev.de'), path.join(textberg, 'dev.fr'), '-s', 'de', '-t', 'fr', '--input-format', 'lines', '-f', 'ladder', '-q']);
    expect(r.code).toBe(EXIT.OK);
    const groups = parseLadder(r.out);
    const sorted = (ids: number[]) => [...ids].sort((x, y) => x - y);
    expect(sorted(groups.flatMap((g) => g.src))).toEqual(Array.from({ length: lines('dev.de') }, (_, i) => i));
    expect(sorted(groups.flatMap((g) => g.tgt))).toEqual(Array.from({ length: lines('dev.fr') }, (_, i) => i));
  });
});

describe('paralign: usage and internal errors', () => {
  it.each([
    [['align'], /missing arguments: <src> <tgt>/],
    [['align', 'a.md'], /missing argument: <tgt>/],
    [['align', 'a', 'b', 'c'], /unexpected argument "c"/],
    [['align', 'a', 'b', '--colour'], /unknown option --colour/],
    [['align', 'a', 'b', '--out'], /option --out needs a value/],
    [['aling', 'a', 'b'], /unknown command "aling"/],
    [['align', '-', '-'], /only one of <src> and <tgt> can be standard input/],
    [['align', 'a.md', 'b.md', '-f', 'json', '-o', './b.md'], /--out \.\/b\.md is also an input file; refusing to overwrite it/],
  ])('%j is a usage error: exit 2 with a pointer to --help', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^paralign: error E_USAGE: /);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/\(see 'paralign( align)? --help'\)\n$/);
  });

  it.each([[['align', '--help']], [['align', '-h', 'x']], [['help', 'align']]])('%j prints the align usage to stdout', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(EXIT.OK);
    expect(r.out).toMatch(/^Usage: paralign align <src> <tgt> \[options\]/);
    expect(r.out).toContain('--input-format');
    expect(r.out).toContain('--src-lang');
  });

  it('--help lists the commands', async () => {
    const r = await cli(['--help']);
    expect(r.out).toMatch(/^ {2}align {2}align two language versions/m);
  });

  it('an unexpected exception is an internal error: exit 70, no stack unless PARALIGN_DEBUG=1', async () => {
    const broken = (env: Record<string, string>) => {
      const io = memoryIo({}, { env });
      io.readFile = async () => {
        throw new TypeError('boom');
      };
      return io;
    };
    const quiet = broken({});
    expect(await runCli(['align', 'a', 'b'], quiet)).toBe(EXIT.INTERNAL);
    expect(quiet.err()).toMatch(/^paralign: internal error: boom\n/);
    expect(quiet.err()).not.toMatch(/\n\s+at /);
    const debug = broken({ PARALIGN_DEBUG: '1' });
    expect(await runCli(['align', 'a', 'b'], debug)).toBe(EXIT.INTERNAL);
    expect(debug.err()).toMatch(/^paralign: internal error: boom\nTypeError: boom\n\s+at /);
  });

  it('works on an in-memory io too (no file system)', async () => {
    const io = memoryIo({ 'de.txt': DE_TEXT, 'en.txt': EN_TEXT });
    expect(await runCli(['align', 'de.txt', 'en.txt', '-o', 'out.tsv', '-q'], io)).toBe(EXIT.OK);
    expect(new TextDecoder().decode(io.files.get('out.tsv'))).toMatch(/^source\ttarget/);
  });
});

describe('progress bar', () => {
  it.each([
    [0, 100, 40, /^aligning \[-+\] {3}0%$/],
    [50, 100, 40, /^aligning \[#+-+\] {2}50%$/],
    [100, 100, 40, /^aligning \[#+\] 100%$/],
    [7, 0, 40, / {3}0%$/],
  ])('renders %i of %i', (done, total, columns, re) => {
    expect(renderBar('aligning', done, total, columns)).toMatch(re);
  });

  it('is shown only on a terminal, for large input, without --quiet', () => {
    const tty = memoryIo({}, { stderrIsTTY: true });
    expect(progressBar(memoryIo(), 'x', PROGRESS_MIN_CHARS, false)).toBeUndefined();
    expect(progressBar(tty, 'x', PROGRESS_MIN_CHARS - 1, false)).toBeUndefined();
    expect(progressBar(tty, 'x', PROGRESS_MIN_CHARS, true)).toBeUndefined();
    const bar = progressBar(tty, 'x', PROGRESS_MIN_CHARS, false)!;
    for (let i = 0; i <= 1000; i++) bar.update(i, 1000);
    bar.done();
    const frames = tty.err().split('\r').filter((f) => f !== '');
    expect(frames).toHaveLength(102);
    expect(frames[100]).toMatch(/100%$/);
    expect(frames[101]).toBe('\u001b[2K');
  });

  it('draws while aligning a large input on a terminal and erases itself', async () => {
    const para = DE.split('\n\n').slice(10).join('\n\n');
    const big = tmp('big-de.md', (para + '\n\n').repeat(Math.ceil(PROGRESS_MIN_CHARS / para.length)));
    const r = await cli(['align', big, enFile, '-s', 'de', '-t', 'en', '-f', 'tsv'], { stderrIsTTY: true });
    expect(r.code).toBe(EXIT.OK);
    expect(r.err).toMatch(/\raligning \[[#-]+\] +\d+%/);
    expect(r.err).toContain('\r\u001b[2K');
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
