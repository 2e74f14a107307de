#!/usr/bin/env node
/**
 * Derive edited copies of the English Council text, for alignment tests
 * (and later the checks), with the expected paragraph alignment of each
 * against the unchanged German text.
 *
 *   node scripts/make-edits.mjs           # (re)write test/fixtures/edits/
 *   node scripts/make-edits.mjs --check   # exit 1 if the committed files differ
 *
 * Input: corpora/council-conclusions-2019/en.md and the hand-made gold
 * test/gold/council-conclusions-2019.alignment.json. Output, per edit NAME:
 * test/fixtures/edits/en-NAME.md (the edited text) and
 * test/fixtures/edits/en-NAME.expect.json (the gold alignment German →
 * edited English in the gold format of src/eval/gold.ts; `sentences` is
 * left out where the edit makes sentence links a matter of choice, e.g. the
 * sentences of a deleted paragraph may be 1-0 each or one 2-0 link).
 *
 * The edits are deterministic string edits on whole lines of en.md; each
 * anchor must be found exactly once, else the script stops:
 *
 *   delete-16              paragraph 16 deleted; later numbers kept (15, 17, …)
 *                          → German 16 is a 1-0 link
 *   delete-16-renumbered   paragraph 16 deleted and 17–25 renumbered 16–24, as
 *                          auto-numbering does → 1-0, and German n ⇔ English n-1
 *   merge-20-21            paragraph 21 appended to paragraph 20 (one numbered
 *                          paragraph "20."); 22–25 keep their numbers → 2-1
 *   merge-20-21-renumbered the same, 22–25 renumbered 21–24
 *   unnumbered             the "N. " numbers removed from all numbered paragraphs
 *                          (items, footnotes, header untouched), a blank line put
 *                          before each so that it stays a paragraph → all links as
 *                          in the gold; English paragraphs now unlabelled and the
 *                          items of paragraph 7 no longer "7a"… (named by text)
 *   reorder-items          the contents of items (c) and (d) swapped, letters
 *                          left in place (as auto-lettering would) → German 7c ⇔
 *                          English "(d)", German 7d ⇔ English "(c)" (crossing)
 *   extra-paragraph        an unnumbered paragraph added after paragraph 12 → 0-1
 *   split-sentence         the second sentence of paragraph 17 split in two →
 *                          a 1-2 sentence link inside the 1-1 paragraph link
 *   half                   every even-numbered paragraph (2–24) and items (b),
 *                          (d), (f), (h), (j) deleted, numbers kept: the English
 *                          side far shorter → 17 1-0 links
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EN = join(root, 'corpora/council-conclusions-2019/en.md');
const GOLD = join(root, 'test/gold/council-conclusions-2019.alignment.json');
const OUT = join(root, 'test/fixtures/edits');

const en = readFileSync(EN, 'utf8');
const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
const eol = en.includes('\r\n') ? '\r\n' : '\n';
const baseLines = en.split(/\r?\n/);

function fail(msg) {
  process.stderr.write(`make-edits: ${msg}\n`);
  process.exit(2);
}

/** Index of the one line matching `re`. */
function findLine(lines, re) {
  const hits = [];
  lines.forEach((l, i) => {
    if (re.test(l)) hits.push(i);
  });
  if (hits.length !== 1) fail(`expected one line matching ${re}, found ${hits.length}`);
  return hits[0];
}

const para = (n) => new RegExp(`^${n}\\. `);
const item = (c) => new RegExp(`^\\s*- \\(${c}\\) `);

/** Renumber numbered paragraphs from..to by `delta`. */
function renumber(lines, from, to, delta) {
  return lines.map((l) => {
    const m = /^(\d+)\. /.exec(l);
    if (!m) return l;
    const n = Number(m[1]);
    return n >= from && n <= to ? `${n + delta}. ${l.slice(m[0].length)}` : l;
  });
}

// ---- expectations, derived from the gold ----

const clone = (x) => JSON.parse(JSON.stringify(x));
const baseLinks = () => clone(gold.links);
const hasSrc = (link, label) => link.src && !Array.isArray(link.src) && link.src.label === label;
function linkOf(links, label) {
  const l = links.find((x) => hasSrc(x, label));
  if (!l) fail(`gold has no link for German ${label}`);
  return l;
}
/** German `label` has no English counterpart: a 1-0 link, sentences left open. */
function dropTarget(links, label) {
  const l = linkOf(links, label);
  l.tgt = null;
  delete l.sentences;
}
function relabelTargets(links, from, to, delta) {
  for (const l of links) {
    const t = l.tgt;
    if (t && !Array.isArray(t) && /^\d+$/.test(t.label ?? '')) {
      const n = Number(t.label);
      if (n >= from && n <= to) t.label = String(n + delta);
    }
  }
}

function expectFile(name, edit, links) {
  return {
    description: `Gold alignment of the German Council text with the edited English copy en-${name}.md (${edit}). Derived by scripts/make-edits.mjs from test/gold/council-conclusions-2019.alignment.json; same format.`,
    source: gold.source,
    target: { file: `test/fixtures/edits/en-${name}.md`, lang: 'en' },
    edit,
    links,
  };
}

const edits = [];

{
  const lines = [...baseLines];
  lines.splice(findLine(lines, para(16)), 1);
  const links = baseLinks();
  dropTarget(links, '16');
  edits.push(['delete-16', 'paragraph 16 deleted, later numbers kept', lines, links]);
}
{
  let lines = [...baseLines];
  lines.splice(findLine(lines, para(16)), 1);
  lines = renumber(lines, 17, 25, -1);
  const links = baseLinks();
  dropTarget(links, '16');
  relabelTargets(links, 17, 25, -1);
  edits.push(['delete-16-renumbered', 'paragraph 16 deleted, 17-25 renumbered 16-24', lines, links]);
}
function merged(renumbered) {
  let lines = [...baseLines];
  const i20 = findLine(lines, para(20));
  const i21 = findLine(lines, para(21));
  if (i21 !== i20 + 1) fail('paragraphs 20 and 21 are not on adjacent lines');
  lines[i20] = `${lines[i20]} ${lines[i21].replace(para(21), '')}`;
  lines.splice(i21, 1);
  if (renumbered) lines = renumber(lines, 22, 25, -1);
  const links = baseLinks();
  const l20 = linkOf(links, '20');
  const l21 = linkOf(links, '21');
  l20.src = [l20.src, l21.src];
  l20.sentences = [...l20.sentences, ...l21.sentences];
  links.splice(links.indexOf(l21), 1);
  if (renumbered) relabelTargets(links, 22, 25, -1);
  return [lines, links];
}
edits.push(['merge-20-21', 'paragraph 21 appended to paragraph 20, later numbers kept', ...merged(false)]);
edits.push(['merge-20-21-renumbered', 'paragraph 21 appended to paragraph 20, 22-25 renumbered 21-24', ...merged(true)]);
{
  let count = 0;
  const lines = [];
  for (const l of baseLines) {
    if (!/^\d+\. /.test(l)) {
      lines.push(l);
      continue;
    }
    count++;
    // keep each paragraph a paragraph: without its number a line that follows
    // another text line would read as a continuation in Markdown
    if (lines.length > 0 && lines[lines.length - 1].trim() !== '') lines.push('');
    lines.push(l.replace(/^\d+\. /, ''));
  }
  if (count !== 25) fail(`expected 25 numbered paragraphs, found ${count}`);
  const links = baseLinks();
  for (const l of links) {
    const t = l.tgt;
    // numbered paragraphs lose their label, and the items of paragraph 7 the
    // "7" of theirs: name them by text
    const m = t && !Array.isArray(t) ? /^\d+([a-z]?)$/.exec(t.label ?? '') : null;
    if (m) {
      const first = l.sentences?.[0]?.tgt?.[0];
      if (!first) fail(`gold link ${t.label} has no first English sentence`);
      l.tgt = { kind: m[1] ? 'item' : 'paragraph', prefix: first };
    }
  }
  edits.push(['unnumbered', 'numbers removed from all numbered paragraphs', lines, links]);
}
{
  const lines = [...baseLines];
  const ic = findLine(lines, item('c'));
  const id = findLine(lines, item('d'));
  const head = (l) => /^\s*- \([a-z]\) /.exec(l)[0];
  const bodyC = lines[ic].slice(head(lines[ic]).length);
  const bodyD = lines[id].slice(head(lines[id]).length);
  lines[ic] = head(lines[ic]) + bodyD;
  lines[id] = head(lines[id]) + bodyC;
  const links = baseLinks();
  linkOf(links, '7c').tgt = { label: '7d' };
  linkOf(links, '7d').tgt = { label: '7c' };
  edits.push(['reorder-items', 'contents of items (c) and (d) swapped, letters in place', lines, links]);
}
const EXTRA =
  'The Council also notes that the exchange of information between hotlines and law enforcement authorities should be further improved.';
{
  const lines = [...baseLines];
  const i12 = findLine(lines, para(12));
  lines.splice(i12 + 1, 0, '', EXTRA);
  const links = baseLinks();
  const at = links.indexOf(linkOf(links, '12')) + 1;
  links.splice(at, 0, { src: null, tgt: { kind: 'paragraph', prefix: EXTRA.slice(0, 40) } });
  edits.push(['extra-paragraph', 'an unnumbered paragraph added after paragraph 12', lines, links]);
}
{
  const lines = [...baseLines];
  const i17 = findLine(lines, para(17));
  const from = ', including in the EMPACT priority';
  const from2 = 'and in the Europol Victim Identification Taskforce.';
  if (lines[i17].split(from).length !== 2 || lines[i17].split(from2).length !== 2) fail('paragraph 17 anchors not found once');
  lines[i17] = lines[i17]
    .replace(from, '. This applies in particular to the EMPACT priority')
    .replace(from2, 'and to the Europol Victim Identification Taskforce.');
  const links = baseLinks();
  const l17 = linkOf(links, '17');
  if (l17.sentences.length !== 2) fail('gold paragraph 17 should have two sentence links');
  l17.sentences[1].tgt = [...l17.sentences[1].tgt, 'This applies in particular to the EMPACT'];
  edits.push(['split-sentence', 'second sentence of paragraph 17 split in two', lines, links]);
}
{
  const lines = [...baseLines];
  const drop = new Set();
  for (let n = 2; n <= 24; n += 2) drop.add(findLine(lines, para(n)));
  for (const c of 'bdfhj') drop.add(findLine(lines, item(c)));
  const kept = lines.filter((_, i) => !drop.has(i));
  const links = baseLinks();
  for (let n = 2; n <= 24; n += 2) dropTarget(links, String(n));
  for (const c of 'bdfhj') dropTarget(links, `7${c}`);
  edits.push(['half', 'even-numbered paragraphs 2-24 and items (b), (d), (f), (h), (j) deleted, numbers kept', kept, links]);
}

// ---- write or check ----

const check = process.argv.includes('--check');
if (!check) mkdirSync(OUT, { recursive: true });
let stale = 0;
for (const [name, edit, lines, links] of edits) {
  const files = [
    [join(OUT, `en-${name}.md`), lines.join(eol)],
    [join(OUT, `en-${name}.expect.json`), JSON.stringify(expectFile(name, edit, links), null, 2) + '\n'],
  ];
  for (const [file, content] of files) {
    if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== content) {
        process.stderr.write(`stale: ${file}\n`);
        stale++;
      }
    } else {
      writeFileSync(file, content);
    }
  }
}
if (check && stale > 0) process.exit(1);
process.stdout.write(`${check ? 'checked' : 'wrote'} ${edits.length * 2} files in test/fixtures/edits\n`);
