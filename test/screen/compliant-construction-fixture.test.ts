import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countRows, screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { generateCompliantConstruction } from '../../scripts/fixtures/compliant-construction.js';
import { fixture, ROOT } from '../helpers/paths.js';

const DIR = fixture('compliant-construction');

describe('fixtures/compliant-construction (the false-positive guard)', async () => {
  const { dataset, issues } = await loadDataset(DIR, { cwd: ROOT });
  const result = screen(dataset);

  it('is exactly what its seeded generator writes', () => {
    const generated = generateCompliantConstruction();
    const committed = readdirSync(DIR).filter((name) => name.endsWith('.csv'));
    expect(committed.sort()).toEqual(Object.keys(generated).sort());
    for (const name of committed) expect(readFileSync(join(DIR, name), 'utf8'), name).toBe(generated[name]);
  });

  it('reads a year of a 32-worker project without a single issue', () => {
    expect(issues).toEqual([]);
    expect(countRows(dataset)).toEqual({
      organisations: 4,
      workers: 32,
      contracts: 32,
      timeEntries: 7016,
      payments: 364,
      deductions: 728,
      accommodation: 8,
      recruitment: 8,
      documents: 32,
      subcontracts: 3,
      observations: 0,
    });
  });

  it('runs every rule and finds nothing: every level is none', () => {
    expect(result.referenceDate).toBe('2026-01-05');
    expect(result.skipped).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.subject.id}: ${f.message}`)).toEqual([]);
    expect(new Set(result.workers.map((w) => w.level))).toEqual(new Set(['none']));
    expect(result.employers.map((e) => [e.id, e.level])).toEqual([
      ['org-client', 'none'],
      ['org-main', 'none'],
      ['org-sub1', 'none'],
      ['org-sub2', 'none'],
    ]);
    expect(result.chains.every((chain) => chain.level === 'none')).toBe(true);
  });
});
