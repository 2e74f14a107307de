#!/usr/bin/env node
// Regenerate the approved Council glossary (glossaries/council-conclusions-2019.de-en.tbx
// and .csv) from the extraction plus the committed review file, so that it is
// reproducible: `npm run build && node scripts/make-glossary.mjs`.
//
// It uses the BUILT library (dist/index.js), or the module named by PARALIGN_LIB.
// Needs the library exports align, extractTerms, applyReview, toTbx, toTermsCsv.
// Review lines that match nothing (the extraction changed) are listed on stderr
// and make the script exit 1, so that the review is brought up to date.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'corpora', 'council-conclusions-2019');
const dir = path.join(root, 'glossaries');
const base = 'council-conclusions-2019';
const libPath = process.env.PARALIGN_LIB ? pathToFileURL(path.resolve(process.env.PARALIGN_LIB)).href : '../dist/index.js';

const lib = await import(libPath).catch((e) => {
  console.error(`make-glossary: cannot load ${libPath} (${e.message}); run "npm run build" first`);
  process.exit(1);
});
const needs = ['align', 'extractTerms', 'applyReview', 'toTbx', 'toTermsCsv'];
const missing = needs.filter((n) => typeof lib[n] !== 'function');
if (missing.length > 0) {
  console.error(`make-glossary: the library does not export ${missing.join(', ')} (src/index.ts)`);
  process.exit(1);
}

const de = await readFile(path.join(corpus, 'de.md'), 'utf8');
const en = await readFile(path.join(corpus, 'en.md'), 'utf8');
const alignment = lib.align(de, en, { srcLang: 'de', tgtLang: 'en', srcFile: 'corpora/council-conclusions-2019/de.md', tgtFile: 'corpora/council-conclusions-2019/en.md' });
const extracted = lib.extractTerms(alignment);
const reviewFile = path.join(dir, `${base}.review.tsv`);
const { termbase, unmatched } = lib.applyReview(extracted, await readFile(reviewFile, 'utf8'), { file: path.relative(root, reviewFile) });

// contexts as references (link, paragraph, spans), not sentences: the files stay small and diffable
const tbx = lib.toTbx(termbase, {
  title: 'Council conclusions on combating the sexual abuse of children (12326/19): approved German–English glossary',
  sourceDesc: `Extracted by paralign from corpora/council-conclusions-2019 (de.md, en.md) and reviewed (glossaries/${base}.review.tsv); made by scripts/make-glossary.mjs.`,
});
await writeFile(path.join(dir, `${base}.de-en.tbx`), tbx);
await writeFile(path.join(dir, `${base}.de-en.csv`), lib.toTermsCsv(termbase));
const deprecated = termbase.terms.flatMap((t) => t.renderings.filter((r) => r.status === 'deprecated').map((r) => `${t.source} ≠ ${r.term}`));
console.log(`make-glossary: ${extracted.terms.length} extracted, ${termbase.terms.length} kept; deprecated: ${deprecated.join('; ')}`);
console.log(`wrote glossaries/${base}.de-en.tbx, glossaries/${base}.de-en.csv`);
if (unmatched.length > 0) {
  console.error(`make-glossary: ${unmatched.length} review line(s) matched nothing:\n  ${unmatched.join('\n  ')}`);
  process.exit(1);
}
