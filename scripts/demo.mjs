#!/usr/bin/env node
// `npm run demo`: align the German and English Council conclusions through
// the BUILT library (dist/, as a user would get it) and write the results to
// out/. The work is a list of steps; the termbase and checks add theirs at
// the end of STEPS (each step names the library exports it needs, so a
// missing export is reported clearly instead of crashing).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.join(root, 'corpora', 'council-conclusions-2019');
const outDir = path.join(root, 'out');
const base = 'council-conclusions-2019';
// A fixed date keeps the demo output byte-for-byte reproducible.
const DATE = '2019-09-27T00:00:00Z';

const lib = await import('../dist/index.js').catch((e) => {
  console.error(`demo: cannot load dist/index.js (${e.message}); run "npm run build" first`);
  process.exit(1);
});

/** Write a result under out/ and say so. */
async function save(ctx, ext, data) {
  const file = path.join(outDir, `${base}.${ext}`);
  await writeFile(file, data);
  ctx.written.push(path.relative(root, file));
}

/**
 * The steps, in order. Each: { name, needs: [library exports], run(ctx) }.
 * ctx: { lib, source, target, alignment, written, say }.
 */
const STEPS = [
  {
    name: 'read and parse the two versions',
    needs: ['decodeText', 'parseDocument'],
    async run(ctx) {
      for (const [side, lang] of [['source', 'de'], ['target', 'en']]) {
        const file = path.join(corpus, `${lang}.md`);
        const { text, warnings } = lib.decodeText(new Uint8Array(await readFile(file)), { file: path.relative(root, file) });
        ctx[side] = lib.parseDocument(text, { lang, file: path.relative(root, file) });
        for (const w of [...warnings, ...ctx[side].warnings]) ctx.say(`warning ${w.code}: ${w.message}`);
      }
    },
  },
  {
    name: 'align by paragraph and sentence',
    needs: ['align'],
    async run(ctx) {
      ctx.alignment = lib.align(ctx.source, ctx.target);
    },
  },
  {
    name: 'write the alignment as TMX, JSON and TSV',
    needs: ['toTmx', 'toJson', 'toTsv'],
    async run(ctx) {
      await save(ctx, 'tmx', lib.toTmx(ctx.alignment, { date: DATE }));
      await save(ctx, 'json', lib.toJson(ctx.alignment));
      await save(ctx, 'tsv', lib.toTsv(ctx.alignment));
    },
  },
  {
    name: 'summarise the alignment',
    needs: [],
    async run(ctx) {
      const { alignment: a } = ctx;
      const byType = (links) => {
        const n = new Map();
        for (const l of links) n.set(l.type, (n.get(l.type) ?? 0) + 1);
        return [...n].sort((x, y) => y[1] - x[1]).map(([t, c]) => `${t} ${c}`).join(', ');
      };
      const text = (doc, ids) => ids.map((i) => doc.segments[i].text).join(' ');
      const cut = (s) => (s.length > 60 ? s.slice(0, 59) + '…' : s) || '—';
      console.log(`\nparagraph links: ${a.paragraphs.length} (${byType(a.paragraphs)})`);
      console.log(`sentence links: ${a.sentences.length} (${byType(a.sentences)})`);
      console.log('lowest confidence:');
      for (const l of [...a.sentences].sort((x, y) => x.confidence - y.confidence).slice(0, 5)) {
        console.log(`  ${l.confidence.toFixed(2)}  ${l.id}  ${l.type}  ${cut(text(a.source, l.src))} → ${cut(text(a.target, l.tgt))}`);
      }
    },
  },
  {
    name: 'extract the termbase and write it as TBX and CSV',
    needs: ['extractTerms', 'toTbx', 'toTermsCsv'],
    async run(ctx) {
      ctx.termbase = lib.extractTerms(ctx.alignment);
      await save(ctx, 'tbx', lib.toTbx(ctx.termbase, { source: ctx.alignment.source, target: ctx.alignment.target }));
      await save(ctx, 'csv', lib.toTermsCsv(ctx.termbase));
      process.stdout.write(`\n${ctx.termbase.terms.length} terms; the 15 most confident pairs, with every rendering used:\n`);
      for (const t of ctx.termbase.terms.slice(0, 15)) process.stdout.write(`  ${t.source} = ${t.renderings.map((r) => `${r.term} ×${r.count}`).join('; ')}\n`);
      const slips = ctx.termbase.terms.filter((t) => ['Branche', 'Online-Liveübertragung von Kindesmissbrauch', 'Strafverfolgungsbehörden'].includes(t.source));
      process.stdout.write(`the terms with a deliberate second rendering:\n${slips.map((t) => `  ${t.source} = ${t.renderings.map((r) => `${r.term} ×${r.count}`).join('; ')}\n`).join('')}`);
    },
  },
  {
    name: 'check the translation and write the reviewer\'s report',
    needs: ['checkReport', 'toText', 'toHtmlReport', 'toXlsx', 'toReportJson'],
    async run(ctx) {
      // The term check uses the termbase when the library can extract one.
      const termbase = ctx.termbase ?? (typeof lib.extractTerms === 'function' ? lib.extractTerms(ctx.alignment) : undefined);
      const result = lib.checkReport(ctx.alignment, termbase ? { termbase } : {});
      await save(ctx, 'report.html', lib.toHtmlReport(ctx.alignment, result));
      await save(ctx, 'report.xlsx', await lib.toXlsx(ctx.alignment, result));
      await save(ctx, 'report.json', lib.toReportJson(result));
      process.stdout.write('\n' + lib.toText(result, { top: 10 }));
    },
  },
];

await mkdir(outDir, { recursive: true });
const ctx = { lib, written: [], say: (msg) => console.log(`  ${msg}`) };
for (const [i, step] of STEPS.entries()) {
  const missing = step.needs.filter((name) => typeof lib[name] !== 'function');
  if (missing.length > 0) {
    console.error(`demo: step "${step.name}" needs ${missing.join(', ')} from the library, which dist/index.js does not export (src/index.ts)`);
    process.exit(1);
  }
  console.log(`[${i + 1}/${STEPS.length}] ${step.name}`);
  try {
    await step.run(ctx);
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? ` ${e.code}` : '';
    console.error(`demo: step "${step.name}" failed:${code} ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
console.log(`\nwrote ${ctx.written.join(', ')}`);
