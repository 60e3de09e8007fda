import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, renderReport } from '../../src/index.js';
import { ROOT } from '../helpers/paths.js';
import { screenFixture } from '../helpers/screenings.js';

/**
 * Golden files: every report format of fixtures/breaches, byte for byte. After an intended change,
 * regenerate with `npm run golden:update` and review the diff.
 */
const GOLDEN = join(ROOT, 'test', 'golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const extension = { json: 'json', sarif: 'sarif.json', junit: 'junit.xml', md: 'md', html: 'html', csv: 'csv' } as const;

describe('golden reports of fixtures/breaches', () => {
  it.each(REPORT_FORMATS)('%s is byte-identical to the golden file, and across runs', async (format) => {
    const render = async (lang: 'en' | 'nb') => renderReport(await screenFixture('breaches'), format, { lang });
    const text = await render('en');
    expect(await render('en')).toBe(text);
    const file = join(GOLDEN, `breaches.${extension[format]}`);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`missing golden file ${file}: run npm run golden:update`);
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, text);
    }
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});

describe('renderReport', () => {
  it('refuses an unknown format (a plain-JavaScript caller) instead of returning nothing', async () => {
    const screening = await screenFixture('breaches');
    expect(() => renderReport(screening, 'markdown' as never)).toThrow(
      /unknown report format "markdown"; expected one of json, sarif/,
    );
  });
});
