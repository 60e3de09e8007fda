import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSarif } from '../../src/index.js';
import { ROOT } from '../helpers/paths.js';
import { FIXTURES, screenFixture } from '../helpers/screenings.js';

/**
 * Microsoft's SARIF multitool (npm @microsoft/sarif-multitool, a native binary per platform) with
 * the SARIF and GitHub rule sets, on every fixture cited from a relative and from an absolute path.
 * It exits 0 even when it finds errors, so the results in its output log are counted.
 */
function multitool(): string | undefined {
  try {
    const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
const BINARY = multitool();
if (!BINARY) console.warn('skipping the SARIF multitool validation: @microsoft/sarif-multitool has no binary for this platform');

describe.skipIf(!BINARY)('SARIF multitool (Sarif and Gh rules): 0 errors, 0 warnings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'labour-screen-sarif-'));
  const files: string[] = [];

  beforeAll(async () => {
    for (const name of FIXTURES) {
      // Relative sources (check run from the repository), and absolute ones (run from elsewhere).
      const relative = await screenFixture(name);
      const absolute = await screenFixture(name, join(dir, 'elsewhere'));
      const variants = {
        relative: toSarif(relative, { sarifBase: { dir: ROOT, cwd: ROOT } }),
        'absolute-based': toSarif(absolute, { sarifBase: { dir: ROOT } }),
        'absolute-outside-base': toSarif(absolute, { sarifBase: { dir: join(dir, 'elsewhere') } }),
        'absolute-no-base': toSarif(absolute),
      };
      for (const [variant, text] of Object.entries(variants)) {
        const file = join(dir, `${name}.${variant}.sarif`);
        writeFileSync(file, text);
        files.push(file);
      }
    }
  }, 120_000);

  it('reports nothing on any fixture or path form', () => {
    const log = join(dir, 'validation.sarif');
    const run = spawnSync(BINARY!, ['validate', ...files, '--rule-kind', 'Sarif;Gh', '--output', log], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const results =
      (
        JSON.parse(readFileSync(log, 'utf8')) as {
          runs: { results?: { ruleId: string; level?: string; message: { text?: string } }[] }[];
        }
      ).runs[0]!.results ?? [];
    expect(run.stdout).toContain(`${files.length} files scanned`);
    expect(results.map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? ''}`)).toEqual([]);
  }, 180_000);

  it('would see the errors: an upload GitHub rejects is reported', () => {
    const broken = JSON.parse(readFileSync(files[0]!, 'utf8')) as { runs: { results: { locations?: unknown[] }[] }[] };
    const result = broken.runs[0]!.results[0];
    if (result) delete result.locations;
    else broken.runs[0]!.results.push({ ruleId: 'x', message: { text: 'x' } } as never);
    const file = join(dir, 'broken.sarif');
    const log = join(dir, 'broken-validation.sarif');
    writeFileSync(file, JSON.stringify(broken));
    spawnSync(BINARY!, ['validate', file, '--rule-kind', 'Sarif;Gh', '--output', log], { encoding: 'utf8' });
    const results =
      (JSON.parse(readFileSync(log, 'utf8')) as { runs: { results?: { level?: string }[] }[] }).runs[0]!.results ?? [];
    expect(results.filter((r) => r.level === 'error').length).toBeGreaterThan(0);
  }, 60_000);
});
