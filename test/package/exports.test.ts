import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/index.js';
import { ensureBuilt } from '../helpers/build.js';
import { ROOT } from '../helpers/paths.js';

describe('the published package', () => {
  let consumer: string;
  beforeAll(() => {
    ensureBuilt();
    // A consumer project that depends on labour-screen, resolved through the exports map.
    consumer = mkdtempSync(join(tmpdir(), 'labour-screen-consumer-'));
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(ROOT, join(consumer, 'node_modules', 'labour-screen'), 'dir');
  }, 120_000);

  const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: consumer, encoding: 'utf8' }).trim();

  it('imports as ESM', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "import { parseTable, validateNorwegianOrganisationNumber } from 'labour-screen'; console.log(typeof parseTable, validateNorwegianOrganisationNumber('923609016').valid)",
    ]);
    expect(out).toBe('function true');
  });

  it('requires as CommonJS', () => {
    const out = node([
      '-e',
      "const ls = require('labour-screen'); const n = require('labour-screen/node'); console.log(typeof ls.parseDataset, typeof n.loadDataset, ls.TABLE_NAMES.length)",
    ]);
    expect(out).toBe('function function 11');
  });

  it('keeps node-only code out of the core entry', () => {
    const core = readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8');
    expect(core).not.toMatch(/from ['"]node:/);
    expect(core).not.toMatch(/require\(['"]node:/);
  });

  it('reports the version in package.json', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
