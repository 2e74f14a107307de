// One scale measurement in a fresh process (run by bench/run.mjs as
// `node --expose-gc bench/scale-worker.mjs <size> <pairs.json>`): build the
// synthetic input in memory, align it with format 'lines', print one JSON line
// with time, memory and the synthetic alignment's own score.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadLib, synthesize } from './lib.mjs';

const size = Number(process.argv[2]);
const pairsFile = process.argv[3];
if (!Number.isInteger(size) || size <= 0 || !pairsFile) {
  process.stderr.write('usage: node --expose-gc bench/scale-worker.mjs <sentences> <pairs.json>\n');
  process.exit(2);
}

const { lib } = await loadLib();
const pairs = JSON.parse(readFileSync(pairsFile, 'utf8'));
const input = synthesize(pairs, size, 7);
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
let rssPeak = rssBefore;
const sample = () => {
  const r = process.memoryUsage().rss;
  if (r > rssPeak) rssPeak = r;
};

const t0 = performance.now();
const source = lib.parseDocument(input.src, { lang: 'de', format: 'lines' });
const target = lib.parseDocument(input.tgt, { lang: 'en', format: 'lines' });
const parseMs = performance.now() - t0;
sample();
const rssAfterParse = process.memoryUsage().rss;
const alignment = lib.align(source, target, {
  srcLang: 'de',
  tgtLang: 'en',
  format: 'lines',
  // the aligner is synchronous: sample memory whenever it reports progress
  progress: sample,
});
const ms = performance.now() - t0;
sample();
const maxRssKb = process.resourceUsage().maxRSS;

const score = lib.scoreAlignment(lib.alignmentToGroups(alignment), input.gold);
process.stdout.write(
  JSON.stringify({
    size,
    srcSentences: input.srcSentences,
    tgtSentences: input.tgtSentences,
    srcChars: input.src.length,
    tgtChars: input.tgt.length,
    ms,
    parseMs,
    rssAfterParseMB: rssAfterParse / 2 ** 20,
    rssBeforeMB: rssBefore / 2 ** 20,
    rssPeakSampledMB: rssPeak / 2 ** 20,
    maxRssMB: maxRssKb / 1024,
    links: alignment.sentences.length,
    strictF1: score.strict.f1,
    laxF1: score.lax.f1,
  }) + '\n',
);
