/**
 * Test helpers for XML output: a small element tree read with
 * fast-xml-parser (order preserved, text untrimmed), and validation with
 * xmllint when it is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

type Raw = Record<string, unknown>;

function convert(raw: Raw[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of raw) {
    const attrs = (item[':@'] ?? {}) as Record<string, string>;
    for (const [k, v] of Object.entries(item)) {
      if (k === ':@') continue;
      if (k === '#text') out.push(String(v));
      else if (!k.startsWith('?')) out.push({ name: k, attrs, children: convert(v as Raw[]) });
    }
  }
  return out;
}

/** Parse an XML document and return its root element. */
export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true });
  const nodes = convert(parser.parse(xml) as Raw[]);
  const root = nodes.find((n): n is XmlElement => typeof n !== 'string');
  if (!root) throw new Error('no root element');
  return root;
}

/** Child elements (whitespace text skipped), optionally by name. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** All text inside an element, in document order. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** Text directly inside an element, child elements skipped. */
export function ownText(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** Whether xmllint is on the PATH. */
export const hasXmllint: boolean = spawnSync('xmllint', ['--version']).status === 0;

/** Validate `xml` against a DTD with xmllint; returns xmllint's messages ('' when valid). */
export function xmllintDtd(xml: string, dtd: string): { ok: boolean; messages: string } {
  const dir = mkdtempSync(join(tmpdir(), 'paralign-xml-'));
  try {
    const file = join(dir, 'doc.xml');
    writeFileSync(file, xml);
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, file], { stdio: ['ignore', 'pipe', 'pipe'] });
      return { ok: true, messages: '' };
    } catch (e) {
      const err = e as { stderr?: Buffer };
      return { ok: false, messages: err.stderr?.toString() ?? String(e) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
