import { describe, expect, it } from 'vitest';
import { screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

describe('fixtures/forced-labour-agriculture', async () => {
  const { dataset, issues } = await loadDataset(fixture('forced-labour-agriculture'), { cwd: ROOT });
  const result = screen(dataset);
  const count = (rule: string) => result.findings.filter((f) => f.ruleId === rule).length;

  it('reads a season of data cleanly', () => {
    expect(issues).toEqual([]);
    expect([dataset.workers.length, dataset.timeEntries!.length, dataset.payments!.length, dataset.deductions!.length]).toEqual([
      16, 1196, 48, 156,
    ]);
  });

  it('finds the documented indicators for every seasonal worker and none for the local ones', () => {
    expect(result.summary.findings).toBe(313);
    expect(
      Object.fromEntries(
        [
          'debt-bondage',
          'retained-documents',
          'withheld-wages',
          'excessive-hours',
          'excessive-deductions',
          'overcrowded-housing',
          'deceptive-recruitment',
          'no/working-time',
          'no/overtime-premium',
          'assessment/systematic-pattern',
        ].map((r) => [r, count(r)]),
      ),
    ).toEqual({
      'debt-bondage': 12,
      'retained-documents': 12,
      'withheld-wages': 24,
      'excessive-hours': 12,
      'excessive-deductions': 12,
      'overcrowded-housing': 12,
      'deceptive-recruitment': 12,
      'no/working-time': 180,
      'no/overtime-premium': 36,
      'assessment/systematic-pattern': 1,
    });
    expect(result.findings.filter((f) => f.subject.id.startsWith('l-'))).toEqual([]);
    const held = result.findings.find(
      (f) => f.ruleId === 'withheld-wages' && f.subject.id === 's-01' && f.message.includes('held back'),
    )!;
    expect(held.evidence.map((e) => `${e.source.split('/').pop()}:${e.field}`)).toContain('deductions.csv:note');
  });

  it('puts the seasonal workers at trafficking under straffeloven § 257, and the farm with them', () => {
    const levels = new Map(result.workers.map((w) => [w.id, w.level]));
    for (let i = 1; i <= 12; i++) expect(levels.get(`s-${String(i).padStart(2, '0')}`)).toBe('trafficking');
    for (let i = 1; i <= 4; i++) expect(levels.get(`l-${i}`)).toBe('none');
    const s01 = result.workers.find((w) => w.id === 's-01')!;
    expect(
      Object.entries(s01.ilo.dimensions)
        .filter(([, d]) => d.positive)
        .map(([name]) => name),
    ).toEqual(['exploitative-conditions-of-work', 'coercion-at-destination']);
    expect(s01.ilo.dimensions['coercive-recruitment']).toMatchObject({ positive: false });
    // Norwegian law needs no recruitment element: exploitation for work by coercion is trafficking.
    expect(s01).toMatchObject({ definition: 'no/straffeloven-257' });
    expect(s01.ilo.definitions).toEqual(['no/straffeloven-257', 'icls-2018', 'ilo-2009-dimensions']);
    expect(s01.whyNotHigher).toEqual([]);
    expect(result.employers.map((e) => [e.id, e.level])).toEqual([
      ['agency-ua', 'none'],
      ['farm', 'trafficking'],
    ]);
  });

  it('stops at forced labour by the ILO definitions alone (the ILO jurisdiction), saying why not trafficking', async () => {
    const { dataset } = await loadDataset(fixture('forced-labour-agriculture'), { cwd: ROOT });
    const ilo = screen(dataset, { jurisdiction: 'ILO' });
    const s01 = ilo.workers.find((w) => w.id === 's-01')!;
    expect(s01).toMatchObject({ level: 'forced-labour', definition: 'icls-2018' });
    expect(s01.whyNotHigher).toEqual([
      expect.stringMatching(
        /^Not trafficking by the ILO 2009 combination: it needs a recruitment dimension \(deceptive recruitment: deceived about conditions of work \(medium\); coercive recruitment: .*not enough for the dimension rule\)/,
      ),
    ]);
  });
});
