/**
 * The HTML report in headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core): loads from a file:// URL without console errors or
 * network requests, shows one row per flag, filters hide rows, and a
 * screenshot goes to test/.tmp/ for a person to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../src/checks/index.js';
import { toHtmlReport } from '../src/report/index.js';
import type { Term, Termbase } from '../src/types.js';
import { pairOf, root } from './helpers/checks.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`report-html: skipped, ${CHROMIUM} is missing (apt-get install -y chromium)`);
const outDir = path.join(root, 'test/.tmp');

function sample() {
  const a = pairOf(
    [
      { label: '1', sentences: ['Am 27. September 2019 tagte der Rat^1.', 'Die Branche muss handeln.'] },
      { label: '2', sentences: ['Die Vorratsdatenspeicherung ist wichtig <b>fett</b>.'] },
      { label: '3', sentences: ['Der Rat betont die Bedeutung der Zusammenarbeit zwischen Eurojust und Europol.'] },
    ],
    [
      { label: '1', sentences: ['The Council met on 28 September 2019.', 'The sector must act.'] },
      { label: '2', sentences: ['Data retention is important <b>bold</b>.'] },
      { label: '3', sentences: ['Der Rat betont die Bedeutung der Zusammenarbeit zwischen Eurojust und Europol.'] },
    ],
  );
  const mk = (id: string, source: string, target: string, status: Term['status']): Term => ({ id, source, sourceVariants: [], frequency: 1, score: 1, confidence: 1, status, renderings: [{ term: target, variants: [], count: 1, contexts: [] }] });
  const glossary: Termbase = { srcLang: 'de', tgtLang: 'en', terms: [mk('c1', 'Vorratsdatenspeicherung', 'data retention', 'preferred'), mk('c2', 'Branche', 'industry', 'preferred'), mk('c3', 'Branche', 'sector', 'deprecated')] };
  return { a, glossary };
}

describe.skipIf(!haveChromium)('HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads from disk without errors, shows the flags, and the filters hide rows', async () => {
    const { a, glossary } = sample();
    const result = checkReport(a, { glossary, checks: ['glossary', 'number', 'footnote', 'untranslated', 'omission'] });
    const keys = result.flags.map((f) => f.key).sort();
    expect(keys).toEqual(['footnote.missing', 'glossary.deprecated', 'number.changed', 'untranslated.language']);
    mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, 'report-sample.html');
    writeFileSync(file, toHtmlReport(a, result, { uiLang: 'de' }));

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto('file://' + file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe('Übersetzungsprüfung: de → en');

    const visibleFlagRows = () => page.locator('tr.flag-row:visible').count();
    expect(await visibleFlagRows()).toBe(4);
    expect(await page.locator('#visible-count').textContent()).toBe('4');
    // Flag spans are highlighted, glossary terms marked, the document's markup shown as text.
    expect(await page.locator('td.tgt mark.m-error').filter({ hasText: '28 September 2019' }).count()).toBe(1);
    expect(await page.locator('td.tgt mark.gloss').filter({ hasText: 'Data retention' }).count()).toBe(1);
    expect(await page.locator('td.src b').count()).toBe(0);
    expect(await page.locator('td.src').nth(1).textContent()).toContain('<b>fett</b>');
    // The flag badges sit beside the rows they concern.
    expect(await page.locator('#row-p1 .badge').count()).toBe(3);

    // Filter by check: only the numbers flag stays.
    await page.selectOption('#type-filter', 'number');
    expect(await visibleFlagRows()).toBe(1);
    expect(await page.locator('tr.flag-row:visible').first().textContent()).toContain('28 September 2019');
    // Filter by severity: errors off → nothing left.
    await page.selectOption('#type-filter', '');
    await page.uncheck('input[name=sev][value=error]');
    expect(await visibleFlagRows()).toBe(0);
    expect(await page.locator('#visible-count').textContent()).toBe('0');
    // Highlights of hidden flags are switched off.
    expect(await page.locator('td.tgt mark.m-error.off').filter({ hasText: '28 September 2019' }).count()).toBe(1);
    // Only rows with flags: every aligned row is hidden when no flag is visible.
    await page.check('#only-flagged');
    expect(await page.locator('tr.row:visible').count()).toBe(0);
    await page.check('input[name=sev][value=error]');
    expect(await page.locator('tr.row:visible').count()).toBe(2); // p1 and p3 have flags, p2 none
    await page.uncheck('#only-flagged');
    expect(await page.locator('tr.row:visible').count()).toBe(3);
    await page.screenshot({ path: path.join(outDir, 'report-sample.png'), fullPage: true });
    await page.close();
  });
});
