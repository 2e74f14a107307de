/**
 * TMX 1.4 (Translation Memory eXchange) writer: one translation unit per
 * sentence link, valid against the TMX 1.4b DTD.
 *
 * - Header: all seven required attributes (creationtool `paralign`, its
 *   version, segtype `sentence`, o-tmf `paralign`, adminlang, srclang,
 *   datatype `plaintext`) plus creationdate in TMX's `YYYYMMDDThhmmssZ`
 *   form, and `x-source-file` / `x-target-file` props when the files are known.
 * - `<tu tuid="p7a.s2">` per link, in link order, each link its own unit
 *   (no merging of units with the same source). Props, before the tuvs:
 *   `x-paragraph` (the paragraph labels, space-separated; left out when the
 *   paragraph has none), `x-confidence` (three decimals), `x-link-type` (`2-1`).
 * - One `<tuv xml:lang="de"><seg>…</seg></tuv>` per side. A side made of
 *   several segments (2-1, 1-2…) is one tuv: the segments joined with a space.
 * - Footnote markers become `<ph type="fnote" x="3">&lt;sup&gt;3&lt;/sup&gt;</ph>`
 *   placeholders (x = the footnote number, so CAT tools can pair them), or
 *   are left out with `markers: 'omit'`.
 * - 1-0 and 0-1 links are left out by default (a TM entry with an empty side
 *   is useless); with `includeUnpaired` they are written with their one tuv.
 * - Characters not allowed in XML 1.0 are removed; escaping is xmlbuilder2's.
 */
import type { Alignment, Document, SentenceLink } from '../types.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { boolOption, checkAlignment, checkOptions, enumOption, formatConfidence, linkLabels, numberOption, sideSegments } from './common.js';
import { addChild, addTextChild, closeChildren, markUnits, newXmlDocument, newXmlFragment, resolveDate, serializeFragment, serializeXml, setAttributes, spliceUnits, tmxDate, xmlFailure, xmlLang, xmlText, type XMLBuilder } from './xml.js';

/** Options of {@link toTmx}. */
export interface TmxOptions {
  /** Header creationdate, a Date or an ISO 8601 string. Default: now. Pass a fixed date for reproducible files. */
  date?: Date | string;
  /** Also write 1-0 and 0-1 links, as units with a single tuv. Default false. */
  includeUnpaired?: boolean;
  /** Leave out links whose confidence is below this, in [0, 1]. Default 0 (write all). */
  minConfidence?: number;
  /** Footnote markers as `<ph type="fnote">` placeholders (`'ph'`) or dropped (`'omit'`). Default 'ph'. */
  markers?: 'ph' | 'omit';
  /** Header adminlang (the language of notes and props). Default 'en'. */
  adminLang?: string;
  /**
   * Write `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` after the declaration. Default
   * false: the DTD is not needed to read TMX, and careful XML readers
   * (paralign's own among them) refuse documents with a DOCTYPE.
   */
  doctype?: boolean;
}

/** Write a sentence alignment as a TMX 1.4 document (UTF-8 text, ending in a newline). */
export function toTmx(alignment: Alignment, options?: TmxOptions): string {
  const a = checkAlignment(alignment);
  const o = checkOptions(options);
  const date = resolveDate('date', o.date);
  const includeUnpaired = boolOption('includeUnpaired', o.includeUnpaired, false);
  const minConfidence = numberOption('minConfidence', o.minConfidence, 0, 0, 1);
  const markers = enumOption('markers', o.markers, ['ph', 'omit'] as const, 'ph');
  const adminLang = xmlLang('adminLang', o.adminLang ?? 'en');
  const doctype = boolOption('doctype', o.doctype, false);
  const srcLang = xmlLang('alignment.source.lang', a.source.lang);
  const tgtLang = xmlLang('alignment.target.lang', a.target.lang);

  try {
    let doc = newXmlDocument();
    if (doctype) doc = doc.dtd({ name: 'tmx', sysID: 'tmx14.dtd' });
    const tmx = doc.ele('tmx', { version: '1.4' });
    const header = addChild(tmx, 'header', {
      creationtool: TOOL_NAME,
      creationtoolversion: VERSION,
      segtype: 'sentence',
      'o-tmf': TOOL_NAME,
      adminlang: adminLang,
      srclang: srcLang,
      datatype: 'plaintext',
      creationdate: tmxDate(date),
    }, 1);
    const headerProps: [string, string | undefined][] = [['x-source-file', a.source.file], ['x-target-file', a.target.file]];
    let headerHasChildren = false;
    for (const [type, value] of headerProps) {
      if (value === undefined || value === '') continue;
      addTextChild(header, 'prop', { type }, value, 2);
      headerHasChildren = true;
    }
    if (headerHasChildren) closeChildren(header, 1);
    const body = addChild(tmx, 'body', {}, 1);
    const units: string[] = [];
    for (const link of a.sentences) {
      const paired = link.src.length > 0 && link.tgt.length > 0;
      if (!paired && !includeUnpaired) continue;
      if (link.src.length === 0 && link.tgt.length === 0) continue;
      if (link.confidence < minConfidence) continue;
      units.push(unitXml(a, link, srcLang, tgtLang, markers));
    }
    if (units.length > 0) markUnits(body);
    closeChildren(tmx, 0);
    const xml = serializeXml(doc);
    return units.length > 0 ? spliceUnits(xml, units, 2) : xml;
  } catch (e) {
    throw xmlFailure('TMX', e);
  }
}

/** One `<tu>`, built as its own fragment (memory stays bounded by one unit). */
function unitXml(a: Alignment, link: SentenceLink, srcLang: string, tgtLang: string, markers: 'ph' | 'omit'): string {
  const frag = newXmlFragment();
  const tu = setAttributes(frag.ele('tu'), { tuid: link.id });
  const labels = linkLabels(link);
  if (labels.length > 0) addTextChild(tu, 'prop', { type: 'x-paragraph' }, labels.join(' '), 3);
  addTextChild(tu, 'prop', { type: 'x-confidence' }, formatConfidence(link.confidence), 3);
  addTextChild(tu, 'prop', { type: 'x-link-type' }, link.type, 3);
  if (link.src.length > 0) writeVariant(tu, a.source, link.src, srcLang, markers);
  if (link.tgt.length > 0) writeVariant(tu, a.target, link.tgt, tgtLang, markers);
  closeChildren(tu, 2);
  return serializeFragment(frag);
}

function writeVariant(tu: XMLBuilder, doc: Document, indices: readonly number[], lang: string, markers: 'ph' | 'omit'): void {
  const tuv = addChild(tu, 'tuv', { 'xml:lang': lang }, 3);
  const seg = addChild(tuv, 'seg', {}, 4);
  let text = '';
  const flush = (): void => {
    const t = xmlText(text);
    if (t !== '') seg.txt(t);
    text = '';
  };
  sideSegments(doc, indices).forEach((s, i) => {
    if (i > 0) text += ' ';
    let pos = 0;
    if (markers === 'ph') {
      const sorted = [...s.markers].sort((x, y) => x.at - y.at);
      for (const m of sorted) {
        const at = Math.min(Math.max(m.at, pos), s.text.length);
        text += s.text.slice(pos, at);
        flush();
        const native = xmlText(doc.text.slice(m.span.start, m.span.end));
        const ph = setAttributes(seg.ele('ph'), { type: 'fnote', x: /^\d+$/.test(m.label) ? m.label : undefined });
        if (native !== '') ph.txt(native);
        pos = at;
      }
    }
    text += s.text.slice(pos);
  });
  flush();
  closeChildren(tuv, 3);
}
