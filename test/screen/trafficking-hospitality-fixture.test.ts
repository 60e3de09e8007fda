import { describe, expect, it } from 'vitest';
import { screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

describe('fixtures/trafficking-hospitality', async () => {
  const { dataset, issues } = await loadDataset(fixture('trafficking-hospitality'), { cwd: ROOT });
  const result = screen(dataset);

  it('finds the documented indicators for the three recruited workers only', () => {
    expect(issues).toEqual([]);
    expect(result.summary.findings).toBe(36);
    const rules = [...new Set(result.findings.filter((f) => f.subject.id === 'h-1').map((f) => f.ruleId))].sort();
    expect(rules).toEqual([
      'deceptive-recruitment',
      'excessive-hours',
      'no/minimum-wage',
      'no/overtime-premium',
      'no/pay-below-contract',
      'no/working-time',
      'observed-indicator',
    ]);
    expect(new Set(result.findings.map((f) => f.subject.id))).toEqual(new Set(['h-1', 'h-2', 'h-3']));
    expect(result.findings.some((f) => f.message.includes('sent home'))).toBe(false);
  });

  it('puts the recruited workers at trafficking with the three dimensions shown', () => {
    expect(result.workers.map((w) => [w.id, w.level])).toEqual([
      ['h-1', 'trafficking'],
      ['h-2', 'trafficking'],
      ['h-3', 'trafficking'],
      ['h-4', 'none'],
      ['h-5', 'none'],
      ['h-6', 'none'],
      ['h-7', 'none'],
      ['h-8', 'none'],
    ]);
    const h1 = result.workers[0]!;
    expect(
      Object.entries(h1.ilo.dimensions)
        .filter(([, d]) => d.positive)
        .map(([name]) => name),
    ).toEqual(['deceptive-recruitment', 'exploitative-conditions-of-work', 'coercion-at-destination']);
    expect(h1.ilo.dimensions['coercion-at-destination'].indicators.map((i) => i.indicator)).toEqual([
      // Isolation, confinement and restriction of movement are one Delphi indicator.
      'isolation-confinement-or-surveillance',
      'intimidation-and-threats',
    ]);
    expect(result.employers.map((e) => [e.id, e.level])).toEqual([
      ['chain', 'none'],
      ['hotel', 'trafficking'],
      ['recruit-ph', 'none'],
    ]);
  });
});
