import { describe, expect, it } from 'vitest';
import { screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

const load = async (name: string) => {
  const { dataset, issues } = await loadDataset(fixture(name), { cwd: ROOT });
  expect(issues).toEqual([]);
  return screen(dataset);
};

describe('fixtures/domestic-work', async () => {
  const result = await load('domestic-work');

  it('screens an au pair from observations and documents alone', () => {
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.indicator])).toEqual([
      ['observed-indicator', 'critical', 'ilo:isolation'],
      ['observed-indicator', 'critical', 'ilo:excessive-overtime'],
      ['retained-documents', 'high', 'ilo:retention-of-identity-documents'],
      ['retained-documents', 'high', 'ilo:retention-of-identity-documents'],
      ['observed-indicator', 'medium', 'ilo:withholding-of-wages'],
      ['observed-indicator', 'medium', 'ilo:restriction-of-movement'],
      ['observed-indicator', 'medium', 'ilo:language-barrier'],
    ]);
    expect(result.findings.some((f) => f.message.includes('flight home'))).toBe(false);
    expect(result.skipped.map((s) => s.ruleId)).toContain('no/minimum-wage');
  });

  it('finds forced labour but not trafficking (nothing speaks to the recruitment)', () => {
    const [worker] = result.workers;
    expect(worker).toMatchObject({ id: 'd-1', level: 'forced-labour' });
    expect(worker!.ilo.dimensions['coercion-at-destination'].positive).toBe(true);
    expect(worker!.ilo.involuntariness.map((s) => s.indicator)).toEqual(['excessive-overtime']);
    expect(result.employers).toEqual([expect.objectContaining({ id: 'household-1', level: 'forced-labour' })]);
  });
});

describe('fixtures/begging-or-crime', async () => {
  const result = await load('begging-or-crime');

  it('makes the exploited child trafficking, the coerced adult forced labour, the lone low-confidence sign no level', () => {
    expect(result.workers.map((w) => [w.id, w.level, w.ilo.child])).toEqual([
      ['b-1', 'trafficking', true],
      ['b-2', 'forced-labour', false],
      ['b-3', 'none', false],
    ]);
    // Two observations of medium strength corroborate each other; the low-confidence one is set aside.
    expect(result.workers[2]!.ilo.notCounted).toEqual([
      { indicator: 'forced-begging', reason: 'low-confidence', findings: [expect.any(String)] },
    ]);
    expect(result.workers[0]!.reasons).toEqual([
      'A child exploited (forced begging): trafficking without proof of means (Palermo Protocol art. 3 (c)).',
    ]);
  });

  it('yields the documented findings', () => {
    expect(result.findings.map((f) => [f.ruleId, f.subject.id, f.severity])).toEqual([
      ['child-labour', 'b-1', 'critical'],
      ['child-labour', 'b-1', 'high'],
      ['observed-indicator', 'b-1', 'high'],
      ['observed-indicator', 'b-2', 'high'],
      ['assessment/needs-verification', 'b-3', 'medium'],
      ['observed-indicator', 'b-2', 'medium'],
      ['observed-indicator', 'b-3', 'low'],
    ]);
    expect(result.employers).toEqual([expect.objectContaining({ id: 'group-x', level: 'trafficking' })]);
  });
});
