/**
 * Small XML helpers shared by the XML writers (TMX here, TBX in the
 * termbase module). Documents are built with xmlbuilder2, which escapes
 * `&`, `<`, `>` and quotes; these helpers add what it does not do:
 *
 * - remove characters XML 1.0 does not allow (C0 controls other than tab,
 *   LF and CR; U+FFFE, U+FFFF; lone surrogates);
 * - keep attribute values on one line (a parser would fold tab/newline in
 *   an attribute into a space anyway);
 * - indent element-only content by hand, never touching mixed content:
 *   xmlbuilder2's prettyPrint would add whitespace inside `<seg>a<ph/>b</seg>`
 *   and so change the segment text.
 */
import { create, fragment } from 'xmlbuilder2';
import { ParalignError, optionError } from '../errors.js';

/** A node of an xmlbuilder2 document under construction. */
export type XMLBuilder = ReturnType<typeof create>;

// Characters outside XML 1.0's Char production:
// #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Lone surrogates are matched by the two lookaround alternatives.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove characters not allowed in XML 1.0 text. Tabs and newlines are kept; CR LF and CR become LF. */
export function xmlText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/\r\n?/g, '\n');
}

/** True when `text` holds a character not allowed in XML 1.0. */
export function hasInvalidXmlChars(text: string): boolean {
  INVALID_XML.lastIndex = 0;
  const found = INVALID_XML.test(text);
  INVALID_XML.lastIndex = 0;
  return found;
}

/** An attribute value: invalid characters removed, tabs and line breaks turned into spaces. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/[\t\n]/g, ' ');
}

/** A new XML document with the declaration `<?xml version="1.0" encoding="UTF-8"?>`. */
export function newXmlDocument(): XMLBuilder {
  return create({ version: '1.0', encoding: 'UTF-8' });
}

/**
 * A new document fragment, for building one repeated unit (a TMX `tu`, a TBX
 * `conceptEntry`) at a time: serialise it with {@link serializeFragment} and
 * splice the strings in with {@link spliceUnits}. Memory then stays bounded
 * by one unit instead of a DOM of the whole file.
 */
export function newXmlFragment(): XMLBuilder {
  return fragment();
}

/** Serialise a fragment (no declaration), checking well-formedness. */
export function serializeFragment(frag: XMLBuilder): string {
  return frag.end({ prettyPrint: false, wellFormed: true });
}

const UNITS_MARK = 'paralign:units';

/** Put a placeholder in `parent` where {@link spliceUnits} will insert serialised units. */
export function markUnits(parent: XMLBuilder): void {
  parent.com(UNITS_MARK);
}

/**
 * Replace the placeholder of {@link markUnits} in serialised `xml` by `units`,
 * each on its own line indented to `depth`, the parent's closing tag on a
 * line at `depth - 1`.
 */
export function spliceUnits(xml: string, units: readonly string[], depth: number): string {
  const mark = `<!--${UNITS_MARK}-->`;
  const at = xml.indexOf(mark);
  if (at === -1) throw new ParalignError('E_XML', 'internal: unit placeholder missing');
  const pad = '\n' + INDENT.repeat(depth);
  return xml.slice(0, at) + units.map((u) => pad + u).join('') + '\n' + INDENT.repeat(depth - 1) + xml.slice(at + mark.length);
}

/** Indentation unit used by {@link addChild} and {@link closeChildren}. */
export const INDENT = '  ';

/**
 * Append element `name` to `parent` on a new line indented to `depth`
 * (the depth of the new element; the root is depth 0). Attributes with an
 * undefined value are left out; values go through {@link xmlAttr}.
 */
export function addChild(parent: XMLBuilder, name: string, attrs: Record<string, string | undefined> = {}, depth = 1): XMLBuilder {
  parent.txt('\n' + INDENT.repeat(depth));
  return setAttributes(parent.ele(name), attrs);
}

/** The XML namespace, bound to the `xml:` prefix (`xml:lang`, `xml:id`). */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * Set attributes on `el` (undefined values skipped, values through
 * {@link xmlAttr}); `xml:lang` and other `xml:` names get the XML namespace,
 * as a namespace-aware serialiser requires.
 */
export function setAttributes(el: XMLBuilder, attrs: Record<string, string | undefined>): XMLBuilder {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    if (k.startsWith('xml:')) el.att(XML_NS, k, xmlAttr(v));
    else el.att(k, xmlAttr(v));
  }
  return el;
}

/** Put the closing tag of `parent` (at `depth`) on its own line, after its indented children. */
export function closeChildren(parent: XMLBuilder, depth: number): void {
  parent.txt('\n' + INDENT.repeat(depth));
}

/** Append an element holding only text (`<prop type="x">text</prop>`) on a new indented line. */
export function addTextChild(parent: XMLBuilder, name: string, attrs: Record<string, string | undefined>, text: string, depth: number): XMLBuilder {
  const el = addChild(parent, name, attrs, depth);
  const t = xmlText(text);
  if (t !== '') el.txt(t);
  return el;
}

/** Serialise without pretty-printing (the indentation is already in the tree), ending in a newline. */
export function serializeXml(doc: XMLBuilder): string {
  const out = doc.end({ prettyPrint: false, wellFormed: true });
  // xmlbuilder2 puts the root element straight after the declaration.
  return out.replace(/^(<\?xml[^?]*\?>)(?!\n)/, '$1\n') + '\n';
}

/**
 * A date option: a Date or an ISO 8601 string; undefined means now.
 * Throws E_OPTION for anything else or an invalid date.
 */
export function resolveDate(name: string, value: unknown, now: () => Date = () => new Date()): Date {
  if (value === undefined) return now();
  const d = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  if (!d || Number.isNaN(d.getTime())) optionError(name, 'a Date or an ISO 8601 date string', value);
  return d;
}

/** TMX date format, UTC: `YYYYMMDDThhmmssZ` (`20190927T101500Z`). */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** ISO 8601 date-time in UTC without milliseconds (`2019-09-27T10:15:00Z`), for TBX. */
export function isoDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Check a language tag for `xml:lang` (BCP 47 shape: `de`, `en-GB`); E_OPTION otherwise. */
export function xmlLang(name: string, value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value)) {
    optionError(name, 'a language tag such as "de" or "en-GB"', value);
  }
  return value;
}

/** Wrap a failure of the XML library as ParalignError E_XML (it should not happen after {@link xmlText}). */
export function xmlFailure(what: string, e: unknown): ParalignError {
  return new ParalignError('E_XML', `cannot write ${what}: ${e instanceof Error ? e.message : String(e)}`);
}
