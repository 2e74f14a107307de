import { describe, expect, it } from 'vitest';
import { isParalignError } from '../src/errors.js';
import { parseCommandArgs, resolveOutputFormat, oneOf } from '../src/cli/options.js';
import { runCli, EXIT } from '../src/cli/main.js';
import { memoryIo } from '../src/cli/io.js';
import { VERSION } from '../src/version.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isParalignError(e) ? e.code : 'not-paralign';
  }
  return undefined;
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return '';
}

describe('parseCommandArgs', () => {
  it('reads common options, long and short, and positionals', () => {
    const p = parseCommandArgs('align', ['a.md', '-s', 'de', '--tgt-lang=en', '-o', 'x.tmx', '--quiet', 'b.md'], { encoding: { type: 'string' } }, { names: ['src', 'tgt'] });
    expect(p.positionals).toEqual(['a.md', 'b.md']);
    expect(p.common).toMatchObject({ srcLang: 'de', tgtLang: 'en', out: 'x.tmx', quiet: true, help: false });
    expect(p.options['encoding']).toBeUndefined();
  });

  it('reads command-specific options', () => {
    const p = parseCommandArgs('align', ['a', 'b', '--encoding', 'latin1'], { encoding: { type: 'string' } }, { names: ['src', 'tgt'] });
    expect(p.options['encoding']).toBe('latin1');
  });

  it.each([
    [['a', 'b', '--bogus'], /unknown option --bogus/],
    [['a', 'b', '--src-lnag', 'de'], /did you mean --src-lang/],
    [['a'], /missing argument: <tgt>/],
    [[], /missing arguments: <src> <tgt>/],
    [['a', 'b', 'c'], /unexpected argument "c"/],
    [['a', 'b', '--out'], /--out needs a value/],
    [['a', 'b', '--quiet=yes'], /--quiet does not take a value/],
    [['a', 'b', '--out='], /--out: expected a value/],
    [['a', 'b', '--out', '-x'], /--out: a value starting with "-" must be written --out=VALUE/],
  ])('%j is a usage error (%s)', (args, message) => {
    const run = () => parseCommandArgs('align', args, {}, { names: ['src', 'tgt'] });
    expect(codeOf(run)).toBe('E_USAGE');
    expect(messageOf(run)).toMatch(message);
    expect(messageOf(run)).toContain("paralign align --help");
  });

  it('does not check positionals when --help is given', () => {
    expect(parseCommandArgs('align', ['--help'], {}, { names: ['src', 'tgt'] }).common.help).toBe(true);
  });

  it('refuses a command option that redefines a common one', () => {
    expect(codeOf(() => parseCommandArgs('x', [], { out: { type: 'string' } }))).toBe('E_OPTION');
  });
});

describe('resolveOutputFormat', () => {
  const allowed = ['json', 'tmx', 'tsv', 'ladder'] as const;
  const ext = { '.json': 'json', '.tmx': 'tmx', '.tsv': 'tsv', '.txt': 'ladder', '.ladder': 'ladder' } as const;
  it.each([
    [undefined, undefined, 'json'],
    ['tsv', undefined, 'tsv'],
    ['tsv', 'x.tmx', 'tsv'],
    [undefined, 'out/x.TMX', 'tmx'],
    [undefined, 'x.ladder', 'ladder'],
    [undefined, 'dir.v2/result', 'json'],
    [undefined, '-', 'json'],
  ])('format %s, out %s → %s', (format, out, expected) => {
    expect(resolveOutputFormat(format, out, allowed, ext, 'json')).toBe(expected);
  });
  it.each([
    ['xml', undefined],
    [undefined, 'x.xml'],
  ])('format %s, out %s → E_FORMAT', (format, out) => {
    expect(codeOf(() => resolveOutputFormat(format, out, allowed, ext, 'json'))).toBe('E_FORMAT');
  });
  it('oneOf names the option, the choices and the value', () => {
    expect(messageOf(() => oneOf('encoding', 'ebcdic', ['auto', 'utf-8']))).toBe('option --encoding: expected one of auto, utf-8, found "ebcdic"');
  });
});

describe('runCli dispatcher', () => {
  it('prints the version', async () => {
    const io = memoryIo();
    expect(await runCli(['--version'], io)).toBe(EXIT.OK);
    expect(io.out()).toBe(`${VERSION}\n`);
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });
  it('prints help to stdout with --help, to stderr (exit 2) with no arguments', async () => {
    const a = memoryIo();
    expect(await runCli(['--help'], a)).toBe(EXIT.OK);
    expect(a.out()).toContain('Usage: paralign <command>');
    const b = memoryIo();
    expect(await runCli([], b)).toBe(EXIT.USAGE);
    expect(b.out()).toBe('');
    expect(b.err()).toContain('Usage: paralign <command>');
  });
  it.each([['frobnicate'], ['--frob']])('%s is a usage error with exit 2', async (word) => {
    const io = memoryIo();
    expect(await runCli([word], io)).toBe(EXIT.USAGE);
    expect(io.err()).toMatch(/^paralign: error E_USAGE: /);
  });
});
