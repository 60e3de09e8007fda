import { describe, expect, it } from 'vitest';
import { screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

describe('fixtures/social-dumping-cleaning', async () => {
  const { dataset, issues } = await loadDataset(fixture('social-dumping-cleaning'), { cwd: ROOT });
  const result = screen(dataset);

  it('finds the documented breaches, month by month', () => {
    expect(issues).toEqual([]);
    expect(result.referenceDate).toBe('2025-07-05');
    const counts = new Map<string, number>();
    for (const f of result.findings) counts.set(`${f.ruleId} ${f.severity}`, (counts.get(`${f.ruleId} ${f.severity}`) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      'assessment/systematic-pattern critical': 1,
      'no/holiday-pay high': 10,
      'no/minimum-wage high': 10,
      'no/overtime-premium medium': 20,
      'no/minimum-wage medium': 170,
    });
    const june = result.findings.find((f) => f.ruleId === 'no/minimum-wage' && f.severity === 'high')!;
    expect(june.message).toBe(
      'Effective hourly pay NOK 190.00 is 16.3 % below the cleaning minimum for adult workers (NOK 216.04 from 2023-06-15, then NOK 236.54 from 2025-06-15).',
    );
  });

  it('keeps every worker and the employer at social dumping', () => {
    expect(new Set(result.workers.map((w) => w.level))).toEqual(new Set(['social-dumping']));
    expect(result.employers.map((e) => [e.id, e.level])).toEqual([['clean-co', 'social-dumping']]);
  });
});
