// Shared by bench/run.mjs and bench/scale-worker.mjs: load the BUILT library
// (dist/index.js) and, when this build does not export the evaluation helpers
// (src/eval), bundle src/eval/index.ts on its own into a temporary file.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = resolve(root, '../shared');

const EVAL_NAMES = ['scoreAlignment', 'parseLadder', 'alignmentToGroups', 'resolveGold', 'coverageProblems'];

/** The library's public API, plus the eval helpers; `notes` says how they were found. */
export async function loadLib() {
  // PARALIGN_BENCH_LIB: another build of the library to measure (a path to an ES module)
  const dist = process.env.PARALIGN_BENCH_LIB ? resolve(process.env.PARALIGN_BENCH_LIB) : join(root, 'dist/index.js');
  if (!existsSync(dist)) {
    throw new Error(`bench: ${dist} is missing: run "npm run build" first (npm run bench does)`);
  }
  const lib = { ...(await import(pathToFileURL(dist).href)) };
  const notes = [];
  for (const name of ['align', 'parseDocument']) {
    if (typeof lib[name] !== 'function') throw new Error(`bench: ${dist} does not export ${name}()`);
  }
  if (!EVAL_NAMES.every((n) => typeof lib[n] === 'function')) {
    const { build } = await import('esbuild');
    const out = join(mkdtempSync(join(tmpdir(), 'paralign-bench-')), 'eval.mjs');
    await build({ entryPoints: [join(root, 'src/eval/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'silent' });
    Object.assign(lib, await import(pathToFileURL(out).href));
    notes.push(`${dist.startsWith(root) ? dist.slice(root.length + 1) : dist} does not export the evaluation helpers (src/eval); they were bundled separately for this run.`);
  }
  return { lib, notes };
}

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Synthetic sentence-per-line input with `<p>` paragraph marks: sentence
 * pairs drawn in shuffled order (reshuffled each round), paragraphs of 3–8
 * sentences, and about 1% of sentences deleted on each side, until the source has `size`
 * sentences. Returns both texts, the sentence counts and the true alignment as groups of physical line numbers.
 */
export function synthesize(pairs, size, seed = 1) {
  const random = rng(seed);
  const src = [];
  const tgt = [];
  const gold = [];
  let order = [];
  let nSrc = 0;
  let nTgt = 0;
  let inPara = 0;
  let paraLen = 3;
  const emitMark = () => {
    src.push('<p>');
    tgt.push('<p>');
  };
  emitMark();
  while (nSrc < size) {
    if (order.length === 0) {
      order = pairs.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
    }
    const [s, t] = pairs[order.pop()];
    const r = random();
    if (r < 0.01) {
      gold.push({ src: [src.length], tgt: [] });
      src.push(s);
      nSrc++;
    } else if (r < 0.02) {
      gold.push({ src: [], tgt: [tgt.length] });
      tgt.push(t);
      nTgt++;
    } else {
      gold.push({ src: [src.length], tgt: [tgt.length] });
      src.push(s);
      tgt.push(t);
      nSrc++;
      nTgt++;
    }
    if (++inPara >= paraLen) {
      emitMark();
      inPara = 0;
      paraLen = 3 + Math.floor(random() * 6);
    }
  }
  // a final empty element gives the closing line end: one flat string per side (appending '\n' to
  // the joined string would make a cons string that parsing flattens into a second full copy)
  src.push('');
  tgt.push('');
  return { src: src.join('\n'), tgt: tgt.join('\n'), gold, srcSentences: nSrc, tgtSentences: nTgt };
}
