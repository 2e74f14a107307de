/**
 * The reviewer's HTML report: ONE self-contained file (inline CSS and JS, no
 * network, a Content-Security-Policy that forbids any fetch) that opens from
 * disk. It shows the two versions side by side as aligned paragraphs, the
 * flags beside the rows they concern with their spans highlighted (`<mark>`),
 * glossary terms marked, filters by severity and check, the table of flags
 * and the termbase. Everything from the documents is escaped.
 */
import type { CheckResult } from '../checks/index.js';
import { segmentOffset } from '../checks/flag.js';
import { glossaryEntries } from '../checks/glossary.js';
import { findTerm } from '../checks/match.js';
import { getLanguage } from '../lang/index.js';
import type { Translate } from '../i18n/index.js';
import type { Alignment, Document, Flag, Segment, Severity, Span, Termbase } from '../types.js';
import { type ReportOptions, SEVERITIES, escapeHtml as esc, messageOf, reportLang, reportTranslator, typeName, whereOf } from './common.js';

/** Options of `toHtmlReport`. */
export interface HtmlReportOptions extends ReportOptions {
  /** Page title. Default: the localised "Translation check: de → en". */
  title?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Mark {
  span: Span;
  flag?: Flag;
  gloss?: boolean;
}

/** Marks on one document, by segment (segments are in text order: binary search). */
function marksBySegment(doc: Document, marks: Mark[]): Map<number, Mark[]> {
  const out = new Map<number, Mark[]>();
  const segs = doc.segments;
  for (const m of marks) {
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.span.end <= m.span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < segs.length && segs[i]!.span.start < m.span.end; i++) {
      const seg = segs[i]!;
      if (m.span.start < seg.span.end && m.span.end > seg.span.start) {
        const list = out.get(seg.index) ?? [];
        list.push(m);
        out.set(seg.index, list);
      }
    }
  }
  return out;
}

/** A message cut for a tooltip (the full text is in the table of flags). */
const short = (s: string): string => (s.length > 140 ? s.slice(0, 139) + '…' : s);

/** A segment's clean text with marks and footnote markers, escaped. */
function renderSegment(doc: Document, seg: Segment, marks: Mark[], t: Translate): string {
  const text = seg.text;
  const markerAt = new Map<number, string[]>();
  for (const m of seg.markers) {
    const fl = marks.filter((x) => x.flag && x.span.start < m.span.end && x.span.end > m.span.start).map((x) => x.flag!);
    const sev = fl.map((f) => f.severity).sort((a, b) => RANK[a] - RANK[b])[0];
    const sup = `<sup class="fn">${esc(m.label)}</sup>`;
    const html = sev ? `<mark class="m-${sev}" data-flags="${fl.map((f) => f.id).join(' ')}" title="${esc(fl.map((f) => short(messageOf(f, t))).join('\n'))}">${sup}</mark>` : sup;
    markerAt.set(m.at, [...(markerAt.get(m.at) ?? []), html]);
  }
  let out = '';
  let runKey = '';
  let run = '';
  let runFlags: Flag[] = [];
  let runGloss = false;
  const flush = (): void => {
    if (run === '') return;
    if (runFlags.length === 0 && !runGloss) out += run;
    else {
      const sev = runFlags.map((f) => f.severity).sort((a, b) => RANK[a] - RANK[b])[0];
      const cls = [sev ? `m-${sev}` : '', runGloss ? 'gloss' : ''].filter(Boolean).join(' ');
      const title = [...runFlags.map((f) => short(messageOf(f, t))), ...(runGloss ? [t('report.glossaryTerm')] : [])].join('\n');
      const ids = runFlags.map((f) => f.id).join(' ');
      out += `<mark class="${cls}"${ids ? ` data-flags="${ids}"` : ''} title="${esc(title)}">${run}</mark>`;
    }
    run = '';
  };
  for (let i = 0; i <= text.length; i++) {
    const labels = markerAt.get(i);
    if (labels) {
      flush();
      runKey = '';
      out += labels.join('');
    }
    if (i === text.length) break;
    const at = segmentOffset(doc, seg, i);
    const fl = marks.filter((m) => m.flag && m.span.start <= at && at < m.span.end).map((m) => m.flag!);
    const gl = marks.some((m) => m.gloss && m.span.start <= at && at < m.span.end);
    const key = fl.map((f) => f.id).join(',') + (gl ? '|g' : '');
    if (key !== runKey) {
      flush();
      runKey = key;
      runFlags = [...new Set(fl)];
      runGloss = gl;
    }
    run += esc(text[i]!);
  }
  flush();
  return out;
}

function glossaryMarks(alignment: Alignment, glossary: Termbase | undefined): { src: Mark[]; tgt: Mark[] } {
  const src: Mark[] = [];
  const tgt: Mark[] = [];
  if (!glossary) return { src, tgt };
  const srcLang = getLanguage(alignment.source.lang);
  const tgtLang = getLanguage(alignment.target.lang);
  const entries = glossaryEntries(glossary, { srcLang, tgtLang });
  const mark = (doc: Document, terms: Parameters<typeof findTerm>[1][], lang: typeof srcLang, into: Mark[]): void => {
    for (const seg of doc.segments) {
      for (const term of terms) {
        for (const s of findTerm(seg.text, term, lang)) into.push({ span: { start: segmentOffset(doc, seg, s.start), end: segmentOffset(doc, seg, s.end) }, gloss: true });
      }
    }
  };
  mark(alignment.source, entries.flatMap((e) => e.sources), srcLang, src);
  mark(alignment.target, entries.flatMap((e) => e.approved.flatMap((a) => a.compiled)), tgtLang, tgt);
  return { src, tgt };
}

const CSS = `
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--line:#ddd}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1rem}
h1{font-size:1.2rem;margin:0 0 .3rem}
h2{font-size:1.05rem;margin:1.4rem 1rem .5rem}
.counts span{margin-right:1rem}
#filters{border:0;padding:0;margin:.3rem 0 0;display:flex;gap:1rem;flex-wrap:wrap;align-items:center}
table{border-collapse:collapse;width:calc(100% - 2rem);margin:0 1rem;background:#fff}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f0f0f0;font-weight:600}
td.src,td.tgt{width:40%}
td.lbl{white-space:nowrap;color:#666;font-size:.85em}
.seg{display:inline}
.lab{display:inline-block;min-width:1.8em;color:#666;font-weight:600;margin-right:.3em}
mark{background:#fff3c4;padding:0 1px;border-radius:2px}
mark.m-error{background:#ffcdd2;border-bottom:2px solid var(--err)}
mark.m-warning{background:#ffe0b2;border-bottom:2px solid var(--warn)}
mark.m-info{background:#e3f2fd;border-bottom:2px solid var(--info)}
mark.gloss{background:none;border-bottom:2px dotted #2e7d32}
mark.gloss.m-error,mark.gloss.m-warning,mark.gloss.m-info{outline:1px dotted #2e7d32}
mark.off{background:none;border-bottom-color:transparent}
mark.gloss.off{border-bottom:2px dotted #2e7d32}
sup.fn{color:#555;font-size:.75em}
.badge{display:inline-block;margin:0 .25rem .25rem 0;padding:0 .4rem;border-radius:.7rem;color:#fff;font-size:.8em;text-decoration:none}
.sev-error{background:var(--err)}.sev-warning{background:var(--warn)}.sev-info{background:var(--info)}
tr.row:target,tr.flag-row:target{outline:3px solid #333}
td.sev{font-weight:600}
td.sev.error{color:var(--err)}td.sev.warning{color:var(--warn)}td.sev.info{color:var(--info)}
code{font-size:.9em}
footer{margin:1.5rem 1rem;color:#777;font-size:.85em}
[hidden]{display:none!important}
`;

const JS = `
(function(){
  function all(sel){return Array.prototype.slice.call(document.querySelectorAll(sel));}
  function apply(){
    var sev={};all('input[name=sev]').forEach(function(i){sev[i.value]=i.checked;});
    var type=document.getElementById('type-filter').value;
    var only=document.getElementById('only-flagged').checked;
    var n=0;
    all('[data-severity]').forEach(function(el){
      var show=!!sev[el.getAttribute('data-severity')]&&(type===''||el.getAttribute('data-type')===type);
      el.hidden=!show;
      if(show&&el.classList.contains('flag-row'))n++;
    });
    all('tr.row').forEach(function(r){r.hidden=only&&r.querySelectorAll('.badge:not([hidden])').length===0;});
    var shown={};all('tr.flag-row').forEach(function(r){if(!r.hidden)shown[r.id.slice(5)]=true;});
    all('mark[data-flags]').forEach(function(m){
      var on=m.getAttribute('data-flags').split(' ').some(function(id){return shown[id];});
      m.classList.toggle('off',!on);
    });
    document.getElementById('visible-count').textContent=String(n);
  }
  all('#filters input, #filters select').forEach(function(el){el.addEventListener('change',apply);});
  apply();
})();
`;

/** The paragraph link ids a flag concerns, in alignment order (the first is its "where" link). */
function rowsOf(flag: Flag, alignment: Alignment): string[] {
  const out = new Set<string>();
  const pIds = new Set(alignment.paragraphs.map((p) => p.id));
  const sentence = new Map(alignment.sentences.map((s) => [s.id, s]));
  for (const id of flag.links) {
    if (pIds.has(id)) out.add(id);
    const s = sentence.get(id);
    const p = s ? alignment.paragraphs[s.paragraph] : undefined;
    if (p) out.add(p.id);
  }
  for (const side of ['src', 'tgt'] as const) {
    const doc = side === 'src' ? alignment.source : alignment.target;
    const segs = side === 'src' ? flag.source.segments : flag.target.segments;
    for (const s of segs) {
      const block = doc.segments[s]?.block;
      const p = alignment.paragraphs.find((l) => block !== undefined && l[side].includes(block));
      if (p) out.add(p.id);
    }
  }
  const order = new Map(alignment.paragraphs.map((p, i) => [p.id, i]));
  return [...out].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function termTable(tb: Termbase, t: Translate, id: string, heading: string): string {
  const rows = tb.terms
    .map((term) => {
      const r = term.renderings.map((x) => `${esc(x.term)}${x.count ? ` ×${x.count}` : ''}`).join('<br>');
      return `<tr><td><code>${esc(term.id)}</code></td><td lang="${esc(tb.srcLang)}">${esc(term.source)}</td><td lang="${esc(tb.tgtLang)}">${r}</td><td>${term.frequency}</td><td>${esc(term.status)}</td></tr>`;
    })
    .join('\n');
  return `<h2 id="${id}">${esc(heading)}</h2>
<table class="terms"><thead><tr><th>${esc(t('report.col.id'))}</th><th>${esc(t('report.col.term'))}</th><th>${esc(t('report.col.renderings'))}</th><th>${esc(t('report.col.count'))}</th><th>${esc(t('report.col.status'))}</th></tr></thead>
<tbody>${rows || `<tr><td colspan="5">${esc(t('report.noTerms'))}</td></tr>`}</tbody></table>`;
}

/** The self-contained HTML report. */
export function toHtmlReport(alignment: Alignment, result: CheckResult, options: HtmlReportOptions = {}): string {
  const lang = reportLang(result, options);
  const t = reportTranslator(lang, true); // escapes interpolated values
  const tt = reportTranslator(lang); // plain text, escaped by esc()
  const title = options.title ?? tt('report.title', { src: result.srcLang, tgt: result.tgtLang });
  const { source, target } = alignment;
  const flags = result.flags;

  // Marks: flag spans and glossary terms.
  const gl = glossaryMarks(alignment, result.glossary);
  const srcMarks: Mark[] = [...gl.src];
  const tgtMarks: Mark[] = [...gl.tgt];
  for (const f of flags) {
    for (const s of f.source.spans) srcMarks.push({ span: s, flag: f });
    for (const s of f.target.spans) tgtMarks.push({ span: s, flag: f });
  }
  const srcBySeg = marksBySegment(source, srcMarks);
  const tgtBySeg = marksBySegment(target, tgtMarks);

  // Flags by row.
  const byRow = new Map<string, Flag[]>();
  const rowOfFlag = new Map<string, string | undefined>();
  for (const f of flags) {
    const rows = rowsOf(f, alignment);
    rowOfFlag.set(f.id, rows[0]);
    for (const row of rows) byRow.set(row, [...(byRow.get(row) ?? []), f]);
  }

  const cell = (doc: Document, blocks: number[], bySeg: Map<number, Mark[]>): string =>
    blocks
      .map((b) => {
        const block = doc.blocks[b];
        if (!block) return '';
        const segs = block.segments.map((si) => {
          const seg = doc.segments[si]!;
          return `<span class="seg" id="${doc === source ? 's' : 't'}${si}">${renderSegment(doc, seg, bySeg.get(si) ?? [], t)}</span>`;
        });
        const lab = block.label ? `<span class="lab">${esc(block.label)}</span>` : '';
        return `<div class="blk k-${esc(block.kind)}">${lab}${segs.join(' ')}</div>`;
      })
      .join('');

  const rows = alignment.paragraphs
    .map((link) => {
      const fs = byRow.get(link.id) ?? [];
      const badges = fs
        .map((f) => `<a class="badge sev-${f.severity}" href="#flag-${f.id}" data-severity="${f.severity}" data-type="${esc(f.type)}" title="${esc(messageOf(f, tt))}">${esc(typeName(f.type, tt))}</a>`)
        .join('');
      return `<tr class="row${fs.length ? ' has-flags' : ''}" id="row-${esc(link.id)}"><td class="lbl">${esc(link.id)}<br>${esc(link.type)}</td><td class="src" lang="${esc(source.lang)}">${cell(source, link.src, srcBySeg)}</td><td class="tgt" lang="${esc(target.lang)}">${cell(target, link.tgt, tgtBySeg)}</td><td class="fl">${badges}</td></tr>`;
    })
    .join('\n');

  const types = [...new Set(flags.map((f) => f.type))].sort();
  const flagRows = flags
    .map((f) => {
      const row = rowOfFlag.get(f.id);
      const where = esc(whereOf(f));
      return `<tr class="flag-row" id="flag-${f.id}" data-severity="${f.severity}" data-type="${esc(f.type)}"><td class="sev ${f.severity}">${esc(tt(`severity.${f.severity}`))}</td><td>${esc(typeName(f.type, tt))}</td><td>${row ? `<a href="#row-${esc(row)}">${where || esc(row)}</a>` : where}</td><td>${messageOf(f, t)}</td><td>${esc(f.suggestion ?? '')}</td><td><code>${f.id}</code></td></tr>`;
    })
    .join('\n');

  const c = result.counts;
  const counts = SEVERITIES.map((s) => `<span class="c-${s}">${esc(tt(`severity.${s}`))}: <b>${c.bySeverity[s]}</b></span>`).join('');
  const suppressed = c.suppressed > 0 ? `<span>${esc(tt('report.suppressed', { count: c.suppressed }))}</span>` : '';
  const sevBoxes = SEVERITIES.map((s) => `<label><input type="checkbox" name="sev" value="${s}" checked> ${esc(tt(`severity.${s}`))}</label>`).join('');
  const typeOptions = [`<option value="">${esc(tt('report.allTypes'))}</option>`, ...types.map((x) => `<option value="${esc(x)}">${esc(typeName(x, tt))}</option>`)].join('');

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<div class="counts"><span>${esc(tt('report.summary', { count: c.shown }))}</span>${counts}${suppressed}</div>
<fieldset id="filters"><legend hidden>${esc(tt('report.filter'))}</legend>
<span>${esc(tt('report.filter'))}:</span>${sevBoxes}
<select id="type-filter" aria-label="${esc(tt('report.col.type'))}">${typeOptions}</select>
<label><input type="checkbox" id="only-flagged"> ${esc(tt('report.onlyFlagged'))}</label>
<span>(<span id="visible-count">${flags.length}</span>)</span>
</fieldset>
</header>
<main>
<h2 id="flags">${esc(tt('report.flags'))}</h2>
<table class="flags"><thead><tr><th>${esc(tt('report.col.severity'))}</th><th>${esc(tt('report.col.type'))}</th><th>${esc(tt('report.col.where'))}</th><th>${esc(tt('report.col.message'))}</th><th>${esc(tt('report.col.suggestion'))}</th><th>${esc(tt('report.col.id'))}</th></tr></thead>
<tbody>${flagRows || `<tr><td colspan="6">${esc(tt('report.noFlags'))}</td></tr>`}</tbody></table>
<h2 id="alignment">${esc(tt('report.alignment'))}</h2>
<table class="align"><thead><tr><th>${esc(tt('report.col.link'))}</th><th>${esc(tt('report.col.source'))} (${esc(source.lang)})</th><th>${esc(tt('report.col.target'))} (${esc(target.lang)})</th><th>${esc(tt('report.col.flags'))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${result.termbase ? termTable(result.termbase, tt, 'termbase', tt('report.terms')) : ''}
${result.glossary ? termTable(result.glossary, tt, 'glossary', tt('report.glossary')) : ''}
</main>
<footer>paralign</footer>
<script>${JS}</script>
</body>
</html>
`;
}
