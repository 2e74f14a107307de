/**
 * End-to-end tests of the built executable (dist/cli.js, made by `npm run
 * build`): the shebang, real process exit codes, stdin, and a large input
 * in its own process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLadder } from '../src/eval/score.js';
import { hasXmllint, xmllintDtd } from './helpers/xml.js';

const root = path.resolve(__dirname, '..');
const cliPath = path.join(root, 'dist', 'cli.js');
const built = existsSync(cliPath);
const DTD = path.resolve(root, '../shared/schemas/tmx14.dtd');
if (!built) console.warn('cli-e2e: dist/cli.js is missing (run "npm run build" first): end-to-end CLI tests skipped');

/** Newest modification time of the files under src/. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}
if (built && statSync(cliPath).mtimeMs < newestSource(path.join(root, 'src'))) {
  console.warn('cli-e2e: dist/cli.js is older than src/ (run "npm run build"): testing the stale build');
}

const corpus = path.join(root, 'corpora', 'council-conclusions-2019');
const deFile = path.join(corpus, 'de.md');
const enFile = path.join(corpus, 'en.md');

const dir = mkdtempSync(path.join(tmpdir(), 'paralign-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function paralign(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(!built)('dist/cli.js', () => {
  it('starts with a shebang and is executable', () => {
    expect(readFileSync(cliPath, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cliPath).mode & 0o111).not.toBe(0);
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(paralign(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it('aligns the Council pair to a TMX file that is valid against the TMX 1.4 DTD', () => {
    const out = path.join(dir, 'council.tmx');
    const r = paralign(['align', deFile, enFile, '-s', 'de', '-t', 'en', '-o', out, '--date', '2019-09-27T00:00:00Z']);
    expect(r.err).toMatch(/^sentence links: \d+/m);
    expect(r.code).toBe(0);
    const tmx = readFileSync(out, 'utf8');
    const tuids = [...tmx.matchAll(/<tu tuid="([^"]+)"/g)].map((m) => m[1]);
    expect(tuids.length).toBeGreaterThan(50);
    expect(new Set(tuids).size).toBe(tuids.length);
    expect(tmx).toContain('srclang="de"');
    if (hasXmllint && existsSync(DTD)) expect(xmllintDtd(tmx, DTD).messages).toBe('');
    else console.warn('cli-e2e: xmllint or the TMX DTD missing: Council TMX not validated');
  });

  it('reads one side from standard input', () => {
    const r = paralign(['align', '-', enFile, '-s', 'de', '-t', 'en', '-f', 'tsv', '-q'], readFileSync(deFile));
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('source\ttarget\tconfidence\ttype\tsource_label\ttarget_label\tid');
    expect(r.out.split('\n').length).toBeGreaterThan(50);
  });

  it.each([
    [['align', path.join(dir, 'missing.md'), enFile], 1, /^paralign: error E_IO: .*missing\.md: cannot read/],
    [['align', deFile], 2, /^paralign: error E_USAGE: missing argument: <tgt>/],
    [['frobnicate'], 2, /^paralign: error E_USAGE: unknown command "frobnicate"/],
    [['align', deFile, enFile, '-f', 'xliff'], 1, /^paralign: error E_FORMAT: option --format/],
  ])('%j exits %i with a one-line message and no stack', (args, code, message) => {
    const r = paralign(args);
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('handles a 5 MB single line without crashing', () => {
    const sentence = 'Der Rat begrüßt den Bericht über die Lage und ersucht die Mitgliedstaaten, weiter zu handeln. ';
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, sentence.repeat(Math.ceil(5_000_000 / sentence.length)));
    const en = path.join(dir, 'en.txt');
    writeFileSync(en, 'The Council welcomes the report on the situation and invites the Member States to act further.\n');
    const r = paralign(['align', big, en, '-s', 'de', '-t', 'en', '-f', 'ladder']);
    expect(r.err).not.toMatch(/internal error|\n\s+at /);
    expect(r.code).toBe(0);
    // every German sentence is in the output exactly once
    const groups = parseLadder(r.out);
    const src = groups.flatMap((g) => g.src);
    expect(src).toEqual(Array.from({ length: Math.ceil(5_000_000 / sentence.length) }, (_, i) => i));
    expect(groups.flatMap((g) => g.tgt)).toEqual([0]);
    expect(r.err).toMatch(/^sentence links: \d+ \(1-0 \d+/m);
  });

  it('refuses inputs too large for the heap with E_TOO_LARGE and what to do, before aligning', () => {
    const sentence = 'Der Rat begrüßt den Bericht über die Lage und ersucht die Mitgliedstaaten, weiter zu handeln.\n';
    const de = path.join(dir, 'large.de.txt');
    const en = path.join(dir, 'large.en.txt');
    writeFileSync(de, sentence.repeat(30_000));
    writeFileSync(en, 'The Council welcomes the report on the situation and invites the Member States to act further.\n'.repeat(30_000));
    // a 40 MB heap cannot hold the alignment of 6 million characters (about 120 MB)
    const r = paralign(['align', de, en, '-s', 'de', '-t', 'en', '-f', 'ladder'], undefined, { NODE_OPTIONS: '--max-old-space-size=40' });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/E_TOO_LARGE/);
    expect(r.err).toContain('large.de.txt and ');
    expect(r.err).toContain('large.en.txt');
    expect(r.err).toMatch(/--max-old-space-size=\d+/);
    expect(r.err).not.toMatch(/FATAL|heap out of memory|\n\s+at /);
  });
});
