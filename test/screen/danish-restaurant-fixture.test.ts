import { describe, expect, it } from 'vitest';
import { RULES, screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

describe('fixtures/danish-restaurant (DK)', async () => {
  const { dataset, issues } = await loadDataset(fixture('danish-restaurant'), { cwd: ROOT });
  const result = screen(dataset, { jurisdiction: 'DK' });

  it('skips the Norwegian rules with the reason and runs the rest', () => {
    expect(issues).toEqual([]);
    const national = RULES.filter((r) => r.meta.jurisdictions?.includes('NO')).map((r) => r.meta.id);
    expect(result.skipped.filter((s) => s.reason === 'applies to NO, not DK').map((s) => s.ruleId)).toEqual([...national].sort());
    expect(result.findings.every((f) => !f.ruleId.startsWith('no/'))).toBe(true);
  });

  it('yields the documented findings and levels', () => {
    expect(result.findings.map((f) => [f.ruleId, f.subject.id, f.severity])).toEqual([
      ['assessment/systematic-pattern', 'dk-rest', 'critical'],
      ['cash-wages', 'k-3', 'high'],
      ['cash-wages', 'k-4', 'high'],
      ['cash-wages', 'k-6', 'high'],
      ['excessive-hours', 'k-3', 'high'],
      ['excessive-hours', 'k-4', 'high'],
      ['retained-documents', 'k-3', 'high'],
      ['retained-documents', 'k-4', 'high'],
      ['deceptive-recruitment', 'k-3', 'medium'],
      ['deceptive-recruitment', 'k-4', 'medium'],
    ]);
    expect(
      result.findings
        .find((f) => f.ruleId === 'retained-documents')!
        .evidence.map((e) => `${e.source.split('/').pop()}:${e.line}`),
    ).toContain('documents.csv:2');
    expect(result.workers.map((w) => [w.id, w.level])).toEqual([
      ['k-1', 'none'],
      ['k-2', 'none'],
      ['k-3', 'forced-labour'],
      ['k-4', 'forced-labour'],
      ['k-5', 'none'],
      ['k-6', 'work-crime'],
    ]);
    expect(result.employers).toEqual([expect.objectContaining({ id: 'dk-rest', level: 'forced-labour' })]);
  });
});
