#!/usr/bin/env node
/**
 * paralign benchmark runner (`npm run bench` = build + this script).
 *
 *   node bench/run.mjs                 all sections, writes bench/RESULTS.md
 *   node bench/run.mjs --check         quality sections only; exit 1 when a metric
 *                                      falls below its stored floor in bench/targets.json
 *   node bench/run.mjs --record        also store the measured quality (strict F1s, problem counts)
 *                                      as the new floors
 *   node bench/run.mjs --targets=FILE  read (and record into) FILE instead of bench/targets.json
 *   node bench/run.mjs --sizes=1000,20000   scale sizes (default 1000,20000,200000)
 *   node bench/run.mjs --only=quality|scale|<section id>
 *
 * Uses the BUILT library (dist/index.js; PARALIGN_BENCH_LIB=<module> to measure another
 * build, PARALIGN_BENCH_REV=<text> to say what it was built from). The Text+Berg data is read from
 * ../shared/eval/textberg-dev (GPL, never copied into the repository); when
 * ../shared is absent that section says so and is skipped.
 *
 * Sections are entries of SECTIONS below: { id, title, kind, run(ctx) } where
 * run returns { markdown, metrics } (metrics: flat name → number, compared with
 * bench/targets.json under the section id). Add a section by appending one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadLib, readJson, root, shared } from './lib.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const value = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const CHECK = flag('check');
const RECORD = flag('record');
const ONLY = value('only') ?? (CHECK ? 'quality' : undefined);
const SIZES = (value('sizes') ?? '1000,20000,200000').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n <= 0)) {
  process.stderr.write(`bench: --sizes expects positive integers, found ${value('sizes')}\n`);
  process.exit(2);
}

const TARGETS_FILE = value('targets') ?? join(root, 'bench/targets.json');
const RESULTS_FILE = join(root, 'bench/RESULTS.md');
const TEXTBERG = join(shared, 'eval/textberg-dev');
const COUNCIL = join(root, 'corpora/council-conclusions-2019');
const COUNCIL_GOLD = join(root, 'test/gold/council-conclusions-2019.alignment.json');

const f3 = (x) => (typeof x === 'number' && Number.isFinite(x) ? (Number.isInteger(x) && Math.abs(x) > 1.5 ? String(x) : x.toFixed(3)) : '–');
const f1 = (x) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(1) : '–');
const read = (file) => readFileSync(file, 'utf8');

function prfTable(rows) {
  return [
    '| | precision | recall | F1 |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([name, prf]) => `| ${name} | ${f3(prf.precision)} | ${f3(prf.recall)} | ${f3(prf.f1)} |`),
  ].join('\n');
}

/** Parse and align the Council pair once per run; shared by the sections that need it. */
let councilCache;
function council(lib) {
  if (councilCache) return councilCache;
  const source = lib.parseDocument(read(join(COUNCIL, 'de.md')), { lang: 'de', format: 'markdown', file: 'de.md' });
  const target = lib.parseDocument(read(join(COUNCIL, 'en.md')), { lang: 'en', format: 'markdown', file: 'en.md' });
  const t0 = performance.now();
  const alignment = lib.align(source, target, { srcLang: 'de', tgtLang: 'en' });
  const ms = performance.now() - t0;
  const resolved = lib.resolveGold(readJson(COUNCIL_GOLD), alignment.source, alignment.target, { file: COUNCIL_GOLD });
  councilCache = { source, target, alignment, resolved, ms };
  return councilCache;
}

const SECTIONS = [
  {
    id: 'textberg-dev',
    title: 'Quality: Text+Berg dev set (German–French, sentence level)',
    kind: 'quality',
    run({ lib }) {
      if (!existsSync(join(TEXTBERG, 'dev.defr'))) {
        return { markdown: `Skipped: ${TEXTBERG} is absent (the shared evaluation data is not on this machine).`, metrics: {}, skipped: true };
      }
      const de = read(join(TEXTBERG, 'dev.de'));
      const fr = read(join(TEXTBERG, 'dev.fr'));
      const gold = lib.parseLadder(read(join(TEXTBERG, 'dev.defr')), { file: 'dev.defr' });
      const t0 = performance.now();
      const source = lib.parseDocument(de, { lang: 'de', format: 'lines', file: 'dev.de' });
      const target = lib.parseDocument(fr, { lang: 'fr', format: 'lines', file: 'dev.fr' });
      const alignment = lib.align(source, target, { format: 'lines', srcLang: 'de', tgtLang: 'fr' });
      const ms = performance.now() - t0;
      const s = lib.scoreAlignment(lib.alignmentToGroups(alignment), gold);
      const c = s.counts;
      const types = {};
      for (const l of alignment.sentences) types[l.type] = (types[l.type] ?? 0) + 1;
      const markdown = [
        `dev.de ${alignment.source.segments.length} lines, dev.fr ${alignment.target.segments.length} lines, ${gold.length} gold groups; parsed (format 'lines') and aligned in ${f1(ms)} ms.`,
        '',
        prfTable([
          ['strict', s.strict],
          ['lax', s.lax],
        ]),
        '',
        `Target: strict F1 ≥ 0.90 (published on the test half: vecalign 0.902, bertalign 0.936, both with neural embeddings). Measured strict F1 ${f3(s.strict.f1)}: ${s.strict.f1 >= 0.9 ? 'met' : 'not met'}.`,
        '',
        `Counts: ${c.predictedStrict}/${c.predicted} predicted groups strictly right (${c.predictedLax} laxly); ${c.goldStrict}/${c.gold} two-sided gold groups found strictly (${c.goldLax} laxly).`,
        `Predicted link types: ${Object.entries(types)
          .sort((a, b) => b[1] - a[1])
          .map(([t, n]) => `${t} ×${n}`)
          .join(', ')}.`,
      ].join('\n');
      return { markdown, metrics: { strictF1: s.strict.f1, laxF1: s.lax.f1, strictPrecision: s.strict.precision, strictRecall: s.strict.recall } };
    },
  },
  {
    id: 'council',
    title: 'Quality: Council conclusions 2019 (German–English) against the hand-made gold',
    kind: 'quality',
    run({ lib }) {
      if (!existsSync(join(COUNCIL, 'de.md'))) return { markdown: `Skipped: ${COUNCIL} is absent.`, metrics: {}, skipped: true };
      const { alignment, resolved, ms } = council(lib);
      const sort = (g) => ({ src: [...g.src].sort((a, b) => a - b), tgt: [...g.tgt].sort((a, b) => a - b) });
      const para = lib.scoreAlignment(alignment.paragraphs.map(sort), resolved.paragraphs);
      const sent = lib.scoreAlignment(alignment.sentences.map(sort), resolved.sentences);
      const diff = lib.compareToGold(alignment, resolved);
      const coverage = lib.coverageProblems(alignment);
      const lines = [
        `${alignment.source.blocks.length}/${alignment.target.blocks.length} blocks, ${alignment.source.segments.length}/${alignment.target.segments.length} segments (de/en); gold: ${resolved.paragraphs.length} paragraph links, ${resolved.sentences.length} sentence links; aligned in ${f1(ms)} ms.`,
        '',
        prfTable([
          ['paragraph links, strict', para.strict],
          ['sentence links, strict', sent.strict],
          ['sentence links, lax', sent.lax],
        ]),
        '',
        `Target: 1.000 (the gold is exact). Gold resolution problems: ${resolved.problems.length}; coverage problems (a unit lost or doubled): ${coverage.length}.`,
      ];
      const shown = [...resolved.problems.map((p) => `gold: ${p}`), ...coverage, ...diff.report];
      if (shown.length > 0) {
        lines.push('', 'Differences (first 20):', '', ...shown.slice(0, 20).map((l) => `- ${l.replace(/\|/g, '\\|')}`));
      }
      return {
        markdown: lines.join('\n'),
        metrics: {
          paragraphStrictF1: para.strict.f1,
          sentenceStrictF1: sent.strict.f1,
          goldProblems: resolved.problems.length,
          coverageProblems: coverage.length,
        },
      };
    },
  },
  {
    id: 'scale',
    title: 'Scale: synthetic sentence-per-line input',
    kind: 'scale',
    run({ lib, targets }) {
      if (!existsSync(join(COUNCIL, 'de.md'))) return { markdown: `Skipped: ${COUNCIL} is absent.`, metrics: {}, skipped: true };
      const { alignment, resolved } = council(lib);
      const pairs = resolved.sentences
        .filter((g) => g.src.length === 1 && g.tgt.length === 1)
        .map((g) => [alignment.source.segments[g.src[0]].text, alignment.target.segments[g.tgt[0]].text])
        .filter(([s, t]) => s.trim() !== '' && t.trim() !== '' && !s.includes('\n') && !t.includes('\n'));
      const dir = mkdtempSync(join(os.tmpdir(), 'paralign-scale-'));
      const pairsFile = join(dir, 'pairs.json');
      writeFileSync(pairsFile, JSON.stringify(pairs));
      const rows = [];
      for (const size of SIZES) {
        const t0 = performance.now();
        const child = spawnSync(process.execPath, ['--expose-gc', join(root, 'bench/scale-worker.mjs'), String(size), pairsFile], {
          encoding: 'utf8',
          timeout: 30 * 60 * 1000,
          maxBuffer: 1 << 20,
        });
        const wall = performance.now() - t0;
        const line = child.stdout?.trim().split('\n').pop();
        if (child.status === 0 && line) {
          rows.push({ ...JSON.parse(line), ok: true });
        } else {
          const why = child.error ? String(child.error.message) : `exit ${child.status ?? child.signal}: ${(child.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}`;
          rows.push({ size, ok: false, why: `${why} (after ${f1(wall / 1000)} s)` });
        }
        process.stderr.write(`bench: scale ${size}: ${rows.at(-1).ok ? `${f1(rows.at(-1).ms)} ms` : rows.at(-1).why}\n`);
      }
      const at = (n) => rows.find((r) => r.size === n && r.ok);
      const r20 = at(20000);
      const r200 = at(200000);
      const growth = r20 && r200 ? r200.ms / r20.ms : undefined;
      const maxGrowth = targets.scale?.growth200kOver20k?.max ?? 12;
      const maxRss = targets.scale?.maxRss200kMB?.max ?? 1024;
      const markdown = [
        `Input: ${pairs.length} distinct Council sentence pairs (German–English, from the gold's 1-1 links), drawn in shuffled order, \`<p>\` paragraph marks every 3–8 sentences, about 1% of sentences deleted on each side; built in memory in a fresh \`node --expose-gc\` process per size and aligned with format 'lines' (parsing included in the time). Memory: maxRSS of the process (\`process.resourceUsage().maxRSS\`, input strings included) and the largest RSS sampled at progress callbacks.`,
        '',
        '| sentences per side (de/en) | characters (de/en) | time (of which parsing) | maxRSS | RSS before aligning / sampled peak | strict F1 vs. synthetic truth |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        ...rows.map((r) =>
          r.ok
            ? `| ${r.srcSentences} / ${r.tgtSentences} | ${r.srcChars} / ${r.tgtChars} | ${f1(r.ms / 1000)} s (${f1(r.parseMs / 1000)} s) | ${f1(r.maxRssMB)} MB | ${f1(r.rssAfterParseMB)} / ${f1(r.rssPeakSampledMB)} MB | ${f3(r.strictF1)} |`
            : `| ${r.size} | – | failed | – | – | ${r.why.replace(/\|/g, '\\|')} |`,
        ),
        '',
        growth !== undefined
          ? `Growth time(200k)/time(20k) = ${f1(growth)} (target ≤ ${maxGrowth}, linear would be 10): ${growth <= maxGrowth ? 'met' : 'not met'}.`
          : 'Growth time(200k)/time(20k): not measured (a size failed or was not run).',
        r200 ? `Memory at 200k: ${f1(r200.maxRssMB)} MB maxRSS (target < ${maxRss} MB): ${r200.maxRssMB < maxRss ? 'met' : 'not met'}.` : 'Memory at 200k: not measured.',
      ].join('\n');
      const metrics = {};
      if (growth !== undefined) metrics.growth200kOver20k = growth;
      if (r200) metrics.maxRss200kMB = r200.maxRssMB;
      for (const r of rows) if (r.ok) metrics[`seconds${r.size}`] = r.ms / 1000;
      return { markdown, metrics };
    },
  },
  {
    id: 'terms-council',
    title: 'Quality: term extraction on the Council pair against test/gold/council-terms.tsv',
    kind: 'quality',
    run({ lib }) {
      if (typeof lib.extractTerms !== 'function' || typeof lib.termKey !== 'function') {
        return { markdown: 'Skipped: the library does not export extractTerms and termKey (src/index.ts).', metrics: {}, skipped: true };
      }
      const { alignment } = council(lib);
      const t0 = performance.now();
      const tb = lib.extractTerms(alignment);
      const ms = performance.now() - t0;
      // gold: de<TAB>en lines, '#@ core' / '#@ also' tiers, '#' comments
      let tier = 'core';
      const gold = [];
      for (const line of read(join(root, 'test/gold/council-terms.tsv')).split('\n')) {
        const d = /^#@\s*(core|also)\b/.exec(line);
        if (d) {
          tier = d[1];
          continue;
        }
        const [de, en] = line.replace(/#.*$/, '').trim().split('\t').map((x) => x?.trim());
        if (de && en) gold.push({ de, en, tier });
      }
      const key = (de, en) => `${lib.termKey(de, lib.getLanguage('de'))}\t${lib.termKey(en, lib.getLanguage('en'))}`;
      const all = new Set(gold.map((g) => key(g.de, g.en)));
      const top = tb.terms.slice(0, 40).filter((t) => t.renderings.length > 0);
      const wrong = top.filter((t) => !all.has(key(t.source, t.renderings[0].term)));
      const found = new Set(tb.terms.flatMap((t) => t.renderings.map((r) => key(t.source, r.term))));
      const core = gold.filter((g) => g.tier === 'core');
      const missing = core.filter((g) => !found.has(key(g.de, g.en)));
      const precision = (top.length - wrong.length) / Math.max(1, top.length);
      const recall = (core.length - missing.length) / Math.max(1, core.length);
      const markdown = [
        `${tb.terms.length} terms extracted in ${f1(ms)} ms (alignment not counted). Gold: ${core.length} core pairs (recall), ${gold.length} pairs in all (precision).`,
        '',
        '| precision among the top 40 pairs | recall of the core gold pairs |',
        '| ---: | ---: |',
        `| ${f3(precision)} | ${f3(recall)} |`,
        '',
        `Target: both ≥ 0.9. Wrong in the top 40: ${wrong.map((t) => `${t.source} = ${t.renderings[0].term}`).join('; ') || 'none'}. Missing: ${missing.map((g) => `${g.de} = ${g.en}`).join('; ') || 'none'}.`,
      ].join('\n');
      return { markdown, metrics: { precisionAt40: precision, recall } };
    },
  },
  {
    id: 'terms-scale',
    title: 'Scale: term extraction on the Council pair repeated to about 100,000 sentence pairs',
    kind: 'scale',
    run({ lib }) {
      if (typeof lib.extractTerms !== 'function') return { markdown: 'Skipped: the library does not export extractTerms.', metrics: {}, skipped: true };
      const { alignment } = council(lib);
      const times = Math.ceil(100_000 / alignment.sentences.length);
      // the aligned pair, copied `times` times one after the other (offsets, blocks, segments and links shifted)
      const repeat = (doc) => {
        const step = doc.text.length + 2;
        const nb = doc.blocks.length;
        const ns = doc.segments.length;
        const blocks = [];
        const segments = [];
        for (let k = 0; k < times; k++) {
          for (const b of doc.blocks) blocks.push({ ...b, index: b.index + k * nb, span: { start: b.span.start + k * step, end: b.span.end + k * step }, segments: b.segments.map((x) => x + k * ns) });
          for (const x of doc.segments) segments.push({ ...x, index: x.index + k * ns, block: x.block + k * nb, span: { start: x.span.start + k * step, end: x.span.end + k * step } });
        }
        return { ...doc, text: Array(times).fill(doc.text).join('\n\n'), blocks, segments };
      };
      const ns = alignment.source.segments.length;
      const nt = alignment.target.segments.length;
      const np = alignment.paragraphs.length;
      const sentences = [];
      for (let k = 0; k < times; k++) {
        for (const l of alignment.sentences) sentences.push({ ...l, id: `${l.id}.r${k}`, src: l.src.map((x) => x + k * ns), tgt: l.tgt.map((x) => x + k * nt), paragraph: l.paragraph + k * np });
      }
      const big = { ...alignment, source: repeat(alignment.source), target: repeat(alignment.target), sentences };
      const rss0 = process.memoryUsage().rss;
      const t0 = performance.now();
      const tb = lib.extractTerms(big);
      const ms = performance.now() - t0;
      const rss = process.memoryUsage().rss;
      const markdown = [
        `${sentences.length} sentence links (the ${alignment.sentences.length} Council links ×${times}), ${big.source.text.length} / ${big.target.text.length} characters (de/en); ${tb.terms.length} terms.`,
        '',
        `Extraction time ${f1(ms / 1000)} s; RSS ${f1(rss0 / 2 ** 20)} MB before, ${f1(rss / 2 ** 20)} MB after (alignment input included).`,
        '',
        'Identical sentence pairs are paired once and weighted, so this repeated input measures candidate finding, statistics and context mapping over all links, and the pairing of the distinct ones; a text of 100,000 distinct sentence pairs costs more (not measured here).',
      ].join('\n');
      return { markdown, metrics: { seconds100k: ms / 1000, rssAfterMB: rss / 2 ** 20 } };
    },
  },
];

// ---- driver ----

function machine() {
  const cpus = os.cpus();
  const load = os.loadavg()[0];
  return `${os.type()} ${os.release()} (${os.arch()}), ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${f1(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; 1-minute load average at start ${load.toFixed(2)} (other work on the machine slows the timings)`;
}

function libLabel() {
  const p = process.env.PARALIGN_BENCH_LIB;
  const rev = process.env.PARALIGN_BENCH_REV;
  return p ? `${p} (PARALIGN_BENCH_LIB, not dist/${rev ? `; built from ${rev}` : ''})` : 'dist/index.js (npm run build)';
}

function gitState() {
  const git = (...a) => spawnSync('git', a, { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'an unknown commit (git unavailable)';
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src').stdout.trim() !== '';
  return `commit ${head.stdout.trim()}${dirty ? ' (src/ has uncommitted changes)' : ''}`;
}

/** Compare metrics with targets.json: floors (quality must not drop) and max (resource ceilings). */
function judge(targets, id, metrics) {
  const out = [];
  for (const [name, t] of Object.entries(targets[id] ?? {})) {
    const v = metrics[name];
    if (typeof v !== 'number') continue;
    if (typeof t.floor === 'number' && v < t.floor - 1e-6) out.push({ id, name, value: v, bound: `floor ${t.floor}`, ok: false });
    else if (typeof t.floor === 'number') out.push({ id, name, value: v, bound: `floor ${t.floor}`, ok: true });
    if (typeof t.max === 'number') out.push({ id, name, value: v, bound: `max ${t.max}`, ok: v <= t.max });
  }
  return out;
}

const { lib, notes } = await loadLib();
const targets = existsSync(TARGETS_FILE) ? readJson(TARGETS_FILE) : {};
const chosen = SECTIONS.filter((s) => !ONLY || s.kind === ONLY || s.id === ONLY);
const results = [];
for (const section of chosen) {
  process.stderr.write(`bench: ${section.id}…\n`);
  let result;
  try {
    result = await section.run({ lib, targets });
  } catch (e) {
    result = { markdown: `Failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, metrics: {}, failed: true };
  }
  results.push({ section, ...result });
}

const verdicts = results.flatMap((r) => judge(targets, r.section.id, r.metrics));
const failedSections = results.filter((r) => r.failed);

if (RECORD) {
  for (const r of results) {
    if (r.section.kind !== 'quality' || r.skipped || r.failed) continue;
    for (const [name, v] of Object.entries(r.metrics)) {
      // gate strict F1 and problem counts only: precision, recall and lax F1 may trade
      // against strict F1 while tuning, and strict F1 is the benchmark's headline figure
      if (!/(^strict|Strict)F1$|Problems$/.test(name)) continue;
      const t = ((targets[r.section.id] ??= {})[name] ??= {});
      if (/Problems$/.test(name)) t.max = v;
      else t.floor = Math.floor(v * 1000) / 1000;
    }
  }
  writeFileSync(TARGETS_FILE, JSON.stringify(targets, null, 2) + '\n');
  process.stderr.write(`bench: floors recorded in ${TARGETS_FILE}\n`);
}

if (CHECK) {
  for (const v of verdicts) process.stdout.write(`${v.ok ? 'ok  ' : 'DROP'} ${v.id}.${v.name} = ${/Problems$/.test(v.name) ? v.value : f3(v.value)} (${v.bound})\n`);
  for (const r of failedSections) process.stdout.write(`FAIL ${r.section.id}: ${r.markdown}\n`);
  const bad = verdicts.filter((v) => !v.ok).length + failedSections.length;
  process.stdout.write(bad ? `bench --check: ${bad} regression(s)\n` : 'bench --check: no regression\n');
  process.exit(bad ? 1 : 0);
}

const md = [
  '# paralign benchmark results',
  '',
  `Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString()}.`,
  '',
  `Machine: ${machine()}.`,
  '',
  `Library: ${libLabel()}; repository at ${gitState()}.`,
  ...notes.map((n) => `\nNote: ${n}`),
  '',
  ...results.flatMap((r) => [`## ${r.section.title}`, '', r.markdown, '']),
  '## Targets (bench/targets.json)',
  '',
  verdicts.length
    ? ['| metric | value | bound | |', '| --- | ---: | --- | --- |', ...verdicts.map((v) => `| ${v.id}.${v.name} | ${/Problems$/.test(v.name) ? v.value : f3(v.value)} | ${v.bound} | ${v.ok ? 'ok' : '**not met**'} |`)].join('\n')
    : 'No stored targets apply to this run.',
  '',
].join('\n');
if (ONLY && !flag('write')) {
  process.stdout.write(md);
} else {
  writeFileSync(RESULTS_FILE, md);
  process.stderr.write(`bench: wrote ${RESULTS_FILE}\n`);
}
