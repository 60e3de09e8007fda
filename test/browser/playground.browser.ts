import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatIngestIssue } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

/**
 * The playground in a real Chromium (the system's: `CHROMIUM_PATH`, else /usr/bin/chromium; no
 * browser is downloaded). Built by `npm run test:browser` before this runs.
 */
const PAGE = join(ROOT, 'playground', 'dist', 'index.html');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const LOCAL = /^(file|blob|data|about):/;

let browser: Browser;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error(`${PAGE} is missing: run npm run playground:build (npm run test:browser does)`);
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: install the Debian package chromium or set CHROMIUM_PATH`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(PAGE).href);
});
afterAll(async () => browser?.close());

describe('playground from a static web server', () => {
  it('works over http as from file://, and asks the server for nothing but the page', async () => {
    const served: string[] = [];
    const html = readFileSync(PAGE);
    const server = createServer((request, response) => {
      served.push(request.url ?? '');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const tab = await browser.newPage();
    try {
      await tab.goto(`http://127.0.0.1:${port}/`);
      await tab.selectOption('#case', 'work-crime-construction-chain');
      await tab.waitForFunction(() => document.body.dataset['state'] === 'done', null, { timeout: 30_000 });
      expect(await tab.textContent('#summary')).toMatch(/^\d+ workers, \d+ findings.*; worker levels: .*work-crime/);
      expect(served.filter((url) => url !== '/favicon.ico')).toEqual(['/']);
    } finally {
      await tab.close();
      server.close();
    }
  });
});

const csvFiles = (name: string) =>
  readdirSync(fixture(name))
    .filter((file) => file.endsWith('.csv') || file === 'labour-screen.config.json')
    .map((file) => join(fixture(name), file));

/** Wait until the page says done or error, and return its status, summary and issue lines. */
async function outcome() {
  await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset['state'] ?? ''), null, { timeout: 30_000 });
  return {
    state: await page.evaluate(() => document.body.dataset['state']),
    status: (await page.textContent('#status')) ?? '',
    summary: (await page.textContent('#summary')) ?? '',
    issues: await page.locator('#issues li').allTextContents(),
  };
}

/** Start a run and wait for its end (the state leaves busy first). */
async function run(start: () => Promise<void>) {
  await page.evaluate(() => (document.body.dataset['state'] = 'idle'));
  await start();
  return outcome();
}

describe('playground in Chromium', () => {
  it('screens dropped fixture files in a worker and shows the report with levels and counts', async () => {
    const result = await run(() => page.setInputFiles('#files', csvFiles('nordic-case')));
    expect(result.state).toBe('done');
    expect(result.summary).toBe(
      '8 workers, 79 findings, 14 input(s) the rules could not judge; worker levels: none 1, social-dumping 3, work-crime 1, trafficking 3; exit code of check: 1',
    );
    const report = page.frameLocator('#report');
    await expect(report.locator('h1').first().textContent()).resolves.toBe('Labour screening report');
    const text = (await report.locator('body').textContent()) ?? '';
    expect(text).toContain('Findings: 79');
    expect(text).toContain('trafficking');
    expect(text).toContain('workers.csv:');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'playground.png') });
  });

  it('offers JSON, SARIF and CSV downloads of the same screening', async () => {
    const downloaded = async (id: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
      return readFileSync((await download.path())!, 'utf8');
    };
    expect((JSON.parse(await downloaded('dl-json')) as { summary: { findings: number } }).summary.findings).toBe(79);
    expect((JSON.parse(await downloaded('dl-sarif')) as { version: string }).version).toBe('2.1.0');
    expect((await downloaded('dl-csv')).trim().split('\n').length).toBe(80);
  });

  it('shows bad files with the same file:line messages as the CLI', async () => {
    const files = readdirSync(fixture('norwegian-excel-export-broken'))
      .filter((file) => file.endsWith('.csv'))
      .map((file) => join(fixture('norwegian-excel-export-broken'), file));
    const result = await run(() => page.setInputFiles('#files', files));
    const { issues } = await loadDataset(fixture('norwegian-excel-export-broken'), {
      cwd: fixture('norwegian-excel-export-broken'),
    });
    expect(issues.length).toBeGreaterThan(0);
    expect(result.issues).toEqual(issues.map(formatIngestIssue));
  });

  it('reads a dropped configuration as the CLI does, and names a bad one with file:line:column', async () => {
    const workers = { name: 'workers.csv', mimeType: 'text/csv', buffer: Buffer.from('worker_id,employer_id\nw1,e1\n') };
    const config = (text: string) => ({
      name: 'labour-screen.config.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const broken = await run(() => page.setInputFiles('#files', [workers, config('{\n  "jurisdiction": "DK",\n}')]));
    expect(broken.state).toBe('error');
    expect(broken.status).toMatch(/labour-screen\.config\.json:3:1: not valid JSON/);
    const wrong = await run(() => page.setInputFiles('#files', [workers, config('{ "jurisdiction": "SE" }')]));
    expect(wrong.status).toContain('labour-screen.config.json: jurisdiction:');
    const dated = await run(() => page.setInputFiles('#files', [workers, config('{ "on": "2025-06-30" }')]));
    expect(dated.state).toBe('done');
    expect((await page.frameLocator('#report').locator('body').textContent()) ?? '').toContain('2025-06-30');
  });

  it('says clearly when nothing can be screened', async () => {
    const result = await run(() =>
      page.setInputFiles('#files', [
        { name: 'payments.csv', mimeType: 'text/csv', buffer: Buffer.from('payment_id,worker_id\np1,w1\n') },
      ]),
    );
    expect(result.state).toBe('error');
    expect(result.status).toContain('No workers could be read');
  });

  it('runs a bundled case, with the jurisdiction from its configuration, in Norwegian', async () => {
    await page.selectOption('#lang', 'nb');
    const result = await run(() => page.selectOption('#case', 'danish-restaurant').then(() => undefined));
    expect(result.state).toBe('done');
    const text = (await page.frameLocator('#report').locator('body').textContent()) ?? '';
    expect(text).toContain('DK');
    expect(text).toContain('Rapport fra arbeidslivsscreening');
  });

  it('shows progress while a larger dataset (a year, 8 000 rows) is read and screened', async () => {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(document.getElementById('status')!.textContent ?? '')).observe(
        document.getElementById('status')!,
        { childList: true, characterData: true, subtree: true },
      );
    });
    const result = await run(() => page.setInputFiles('#files', csvFiles('compliant-construction')));
    expect(result.summary).toBe('32 workers, 0 findings; worker levels: none 32; exit code of check: 0');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual(expect.arrayContaining(['Reading 11 file(s)…', 'Screening…', 'Writing the report…']));
  });

  it('made no request beyond the page itself', () => {
    expect(requests.filter((url) => !LOCAL.test(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
