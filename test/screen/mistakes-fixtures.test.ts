import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDirectory } from '../../src/node/index.js';
import { BIN, ensureBuilt } from '../helpers/build.js';
import { fixture, ROOT } from '../helpers/paths.js';

/** fixtures/mistakes/README.md, asserted: no ordinary mistake gives a silent clean screening. */
const dir = (name: string) => fixture(`mistakes/${name}`);
const check = async (name: string, strict = false) => checkDirectory(dir(name), { cwd: ROOT, strict });
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('fixtures/mistakes', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('a mistyped column: a did-you-mean warning, the payment counted as not judged, exit 2 under --strict', async () => {
    const result = await check('mistyped-column');
    expect(result.project.read.issues.map((i) => [i.severity, i.code, i.expected])).toEqual([
      ['warning', 'unknown-column', 'gross'],
    ]);
    expect(result.screening.coverage.find((c) => c.ruleId === 'no/minimum-wage')).toMatchObject({
      measured: 0,
      unmeasured: 1,
      reasons: [{ id: 'no-gross', count: 1, example: { source: 'fixtures/mistakes/mistyped-column/payments.csv', line: 2 } }],
    });
    expect(result.exitCode).toBe(0);
    expect((await check('mistyped-column', true)).exitCode).toBe(2);
  });

  it('a fixed salary without hours: hours from the contract, and the finding says so', async () => {
    const result = await check('fixed-salary-without-hours');
    const finding = result.screening.findings.find((f) => f.ruleId === 'no/minimum-wage')!;
    expect(finding.message).toContain("a fixed salary, its 162.5 hours taken from the contract's weekly hours or position");
    expect(finding.evidence.map((e) => e.field)).toContain('weekly_hours');
    expect(result.exitCode).toBe(1);
  });

  it('decimal commas in a comma file: the row is rejected with the split named, exit 2', async () => {
    const result = await check('decimal-comma-in-comma-file');
    expect(result.project.read.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'decimal-comma-split', line: 3 }),
    ]);
    expect(result.failing).toBe(1);
    expect(result.exitCode).toBe(2);
  });

  it('a thousands dot: the ambiguity named in the warning, exit 2 under --strict', async () => {
    const result = await check('thousands-dot');
    expect(result.project.read.issues[0]!.expected).toBe(
      'an amount with at most 2 decimals; if the dot groups thousands, write 28800 or 28 800',
    );
    expect((await check('thousands-dot', true)).exitReasons).toEqual([
      'strict: 1 data warning(s)',
      expect.stringMatching(/^strict: \d+ input\(s\) the rules could not judge \(.*no\/minimum-wage/),
    ]);
  });

  it('a reference date before the data: a warning, the finding, exit 2 under --strict', async () => {
    const result = await check('reference-date-before-data');
    expect(result.screening.referenceDate).toBe('2025-01-01');
    expect(result.screening.warnings.map((w) => w.code)).toEqual(['reference-date-before-data']);
    expect(result.failing).toBeGreaterThan(0);
    expect((await check('reference-date-before-data', true)).exitCode).toBe(2);
  });

  it('the CLI and checkDirectory agree on every folder: exit code and JSON report', async () => {
    for (const name of [
      'mistyped-column',
      'fixed-salary-without-hours',
      'decimal-comma-in-comma-file',
      'thousands-dot',
      'reference-date-before-data',
    ])
      for (const strict of [false, true]) {
        const result = await check(name, strict);
        const run = cli('check', `fixtures/mistakes/${name}`, '--format', 'json', ...(strict ? ['--strict'] : []));
        expect(run.status, name).toBe(result.exitCode);
        expect(JSON.parse(run.stdout), name).toEqual(JSON.parse(JSON.stringify(result.screening)));
      }
  });
});
