import { describe, expect, it } from 'vitest';
import { screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

/** [rule, worker, severity, evidence "file:line" that must be cited] per fixtures/breaches/README.md */
const EXPECTED: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['no/holiday-pay', 'w-107', 'high', ['payments.csv:19', 'payments.csv:7', 'payments.csv:18']],
  ['no/lodging-travel-charged', 'w-108', 'high', ['deductions.csv:3', 'workers.csv:9', 'payments.csv:20']],
  ['no/minimum-wage', 'w-101', 'high', ['payments.csv:2', 'contracts.csv:2']],
  ['no/paid-less-than-worked', 'w-104', 'high', ['payments.csv:5', 'time_entries.csv:8']],
  ['no/written-contract', 'w-106', 'high', ['contracts.csv:7']],
  ['no/overtime-premium', 'w-103', 'medium', ['payments.csv:4', 'contracts.csv:4']],
  ['no/pay-below-contract', 'w-105', 'medium', ['payments.csv:6', 'contracts.csv:6']],
  ['no/posted-worker', 'w-109', 'medium', ['workers.csv:10']],
  ['no/working-time', 'w-102', 'medium', ['time_entries.csv:2', 'time_entries.csv:7']],
  ['no/working-time', 'w-102', 'low', ['time_entries.csv:2', 'time_entries.csv:7']],
];

describe('fixtures/breaches', () => {
  it('yields exactly the documented findings, citing the documented lines', async () => {
    const { dataset, issues } = await loadDataset(fixture('breaches'), { cwd: ROOT });
    expect(issues).toEqual([]);
    const result = screen(dataset);
    expect(result.referenceDate).toBe('2025-06-30');
    expect(result.skipped.map((s) => s.ruleId)).toEqual([
      'abusive-living-conditions',
      'chain-depth',
      'deceptive-recruitment',
      'no/buyer-duty',
      'no/missing-hms-card',
      'no/unapproved-supplier',
      'observed-indicator',
      'observed-work-crime',
      'overcrowded-housing',
      'price-below-labour-cost',
      'recruitment-vulnerability',
      'retained-documents',
    ]);
    expect(new Set(result.workers.map((w) => w.level))).toEqual(new Set(['social-dumping']));
    expect(result.employers.map((e) => [e.id, e.level])).toEqual([
      ['org-baltic', 'social-dumping'],
      ['org-main', 'social-dumping'],
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.subject.id, f.severity])).toEqual(EXPECTED.map(([r, w, s]) => [r, w, s]));
    result.findings.forEach((finding, i) => {
      const cited = finding.evidence.map((e) => `${e.source.split('/').pop()}:${e.line}`);
      expect(cited).toEqual(expect.arrayContaining([...EXPECTED[i]![3]]));
    });
  });
});
