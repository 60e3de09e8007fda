import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { toHtml } from '../../src/index.js';
import { ROOT } from '../helpers/paths.js';
import { screenFixture } from '../helpers/screenings.js';

/** The HTML report in a real Chromium at 1280 px and printed on A4: the case comes first. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test', 'artifacts');

let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: install the Debian package chromium or set CHROMIUM_PATH`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (request) => requests.push(request.url()));
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, 'nordic-case.html');
  writeFileSync(file, toHtml(await screenFixture('nordic-case')));
  await page.goto(pathToFileURL(file).href);
});
afterAll(async () => browser?.close());

describe('the HTML report of nordic-case in Chromium', () => {
  it('shows the case overview above the fold at 1280 px: workers by level and the gravest case', async () => {
    const overview = (await page.locator('section.overview').boundingBox())!;
    expect(overview.y).toBeLessThan(300);
    const levels = (await page.locator('section.overview p.levels').boundingBox())!;
    expect(levels.y + levels.height).toBeLessThan(900);
    const firstRow = (await page.locator('table.attention tr:nth-child(2)').first().boundingBox())!;
    expect(firstRow.y).toBeLessThan(900);
    expect(await page.locator('section.overview').textContent()).toContain('Carpathia Bemanning AS');
    await page.screenshot({ path: join(ARTIFACTS, 'report-1280.png') });
  });

  it('keeps the details folded: the whole page is a few screens, not tens of thousands of pixels', async () => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(12_000);
    expect(await page.locator('details[open]').count()).toBe(0);
  });

  it('the severity filter hides groups below the chosen severity', async () => {
    const visible = () => page.locator('details[data-severity]:visible').count();
    const all = await visible();
    await page.selectOption('#f-sev', 'high');
    const high = await visible();
    expect(high).toBeLessThan(all);
    expect(high).toBeGreaterThan(0);
    await page.selectOption('#f-sev', 'info');
    expect(await visible()).toBe(all);
  });

  it('prints on A4 with every fold opened, and asks the network for nothing', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(await page.locator('details:not([open])').count()).toBe(0);
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  });
});
