import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countRows, screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { generateLawfulAquaculture } from '../../scripts/fixtures/lawful-aquaculture.js';
import { fixture, ROOT } from '../helpers/paths.js';

const DIR = fixture('lawful-aquaculture');

describe('fixtures/lawful-aquaculture (an approved rota, an annual bonus, crew housing)', async () => {
  const { dataset, issues } = await loadDataset(DIR, { cwd: ROOT });
  const result = screen(dataset);

  it('is exactly what its seeded generator writes, and reads without an issue', () => {
    const generated = generateLawfulAquaculture();
    const committed = readdirSync(DIR).filter((name) => name.endsWith('.csv'));
    expect(committed.sort()).toEqual(Object.keys(generated).sort());
    for (const name of committed) expect(readFileSync(join(DIR, name), 'utf8'), name).toBe(generated[name]);
    expect(issues).toEqual([]);
    expect(countRows(dataset)).toMatchObject({ workers: 8, timeEntries: 1564, payments: 112, deductions: 208 });
  });

  it('finds nothing: every worker and the farm stay at none', () => {
    expect(result.findings.map((f) => `${f.ruleId} ${f.subject.id}: ${f.message}`)).toEqual([]);
    expect(new Set(result.workers.map((w) => w.level))).toEqual(new Set(['none']));
    expect(result.employers.map((e) => [e.id, e.level])).toEqual([['laks', 'none']]);
  });

  it('judges the same hours week by week when the contracts state no rota', () => {
    const withoutRota = {
      ...dataset,
      contracts: dataset.contracts!.map(
        ({ workingTimeArrangement: _a, arrangementBasis: _b, rota: _r, ...contract }) => contract,
      ),
    };
    const found = screen(withoutRota).findings.map((f) => f.ruleId);
    expect(found).toContain('no/working-time');
    expect(found).toContain('excessive-hours');
  });
});
