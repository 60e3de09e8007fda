import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

/**
 * A streamed dataset builds a worker's rows when the rule asks for them and lets them go after:
 * a rule that copies a by-worker map of a columnar table (`[...context.paymentsByWorker]`,
 * `Array.from(…)`, `.entries()` spread) builds every worker's rows at once, which ran a
 * 200 000-worker screening out of memory. Walk the map, or use `groupsByKey` for key order.
 */
const COLUMNAR_GROUPS = /(\[\.\.\.|Array\.from\()\s*context\.(timeEntries|payments|deductions|contracts)ByWorker(?!\.keys\(\))/;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourcesUnder(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('rules and the assessment over columnar tables', () => {
  const files = [...sourcesUnder(join(ROOT, 'src', 'rules')), ...sourcesUnder(join(ROOT, 'src', 'assess'))];

  it('finds the rule sources it checks', () => {
    expect(files.length).toBeGreaterThan(28);
  });

  it('never copy a by-worker map of time entries, payments, deductions or contracts whole', () => {
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (COLUMNAR_GROUPS.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself catches the pattern that ran out of memory', () => {
    expect(COLUMNAR_GROUPS.test('for (const [id, p] of [...context.paymentsByWorker].sort())')).toBe(true);
    expect(COLUMNAR_GROUPS.test('const ids = [...context.paymentsByWorker.keys()]')).toBe(false);
  });
});
