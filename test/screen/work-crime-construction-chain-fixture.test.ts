import { describe, expect, it } from 'vitest';
import { screen } from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

/** [rule, subject, severity, evidence "file:line" cited] per fixtures/work-crime-construction-chain/README.md, in report order. */
const EXPECTED: readonly (readonly [string, string, string, readonly string[]])[] = [
  ['assessment/needs-verification', 'w-501', 'high', ['workers.csv:3', 'payments.csv:3']],
  ['assessment/needs-verification', 'w-502', 'high', ['workers.csv:4', 'payments.csv:4']],
  ['assessment/needs-verification', 'w-601', 'high', ['workers.csv:5', 'payments.csv:5']],
  ['cash-wages', 'w-602', 'high', ['payments.csv:6']],
  [
    'chain-depth',
    'org-client > org-main > org-sub1 > org-sub2 > org-sub3 > org-sub4',
    'high',
    ['subcontracts.csv:2', 'subcontracts.csv:3', 'subcontracts.csv:4', 'subcontracts.csv:5', 'subcontracts.csv:6'],
  ],
  ['price-below-labour-cost', 'org-sub2 > org-sub3', 'high', ['subcontracts.csv:5', 'organisations.csv:6']],
  ['price-below-labour-cost', 'org-sub3 > org-sub4', 'high', ['subcontracts.csv:6', 'organisations.csv:7']],
  ['shared-infrastructure', 'org-sub3', 'high', ['payments.csv:3', 'payments.csv:4', 'payments.csv:5']],
  ['shell-company', 'org-sub3', 'high', ['organisations.csv:6', 'subcontracts.csv:5', 'organisations.csv:8']],
  ['third-party-account', 'w-501', 'high', ['workers.csv:3', 'payments.csv:3']],
  ['third-party-account', 'w-502', 'high', ['workers.csv:4', 'payments.csv:4']],
  ['third-party-account', 'w-601', 'high', ['workers.csv:5', 'payments.csv:5']],
  ['unregistered-work', 'w-602', 'high', ['workers.csv:6', 'time_entries.csv:22', 'payments.csv:6']],
  [
    'chain-depth',
    'org-client > org-main > org-sub1 > org-sub2 > org-sub3',
    'medium',
    ['subcontracts.csv:2', 'subcontracts.csv:3', 'subcontracts.csv:4', 'subcontracts.csv:5'],
  ],
  ['no/missing-hms-card', 'w-602', 'medium', ['workers.csv:6', 'time_entries.csv:22', 'time_entries.csv:26']],
  ['unregistered-work', 'org-sub3', 'medium', ['organisations.csv:6']],
];

describe('fixtures/work-crime-construction-chain', async () => {
  const { dataset, issues } = await loadDataset(fixture('work-crime-construction-chain'), { cwd: ROOT });
  const result = screen(dataset);

  it('yields exactly the documented findings, citing the documented lines', () => {
    expect(issues).toEqual([]);
    expect(result.referenceDate).toBe('2025-04-05');
    expect(result.findings.map((f) => [f.ruleId, f.subject.id, f.severity])).toEqual(EXPECTED.map(([r, s, sev]) => [r, s, sev]));
    result.findings.forEach((finding, i) => {
      const cited = finding.evidence.map((e) => `${e.source.split('/').pop()}:${e.line}`);
      expect(cited).toEqual(expect.arrayContaining([...EXPECTED[i]![3]]));
    });
  });

  it('names the phoenix and the shared account’s cluster', () => {
    const shell = result.findings.find((f) => f.ruleId === 'shell-company')!;
    expect(shell.message).toContain('registered on 2025-01-20 at the address of org-old, bankrupt on 2024-10-01');
    const cluster = result.findings.find((f) => f.ruleId === 'shared-infrastructure')!;
    expect(cluster.message).toBe(
      '3 workers of 2 employer(s) (org-sub3, org-sub4) are linked by shared bank account: w-501, w-502, w-601.',
    );
    for (const finding of result.findings) expect(finding.message).not.toMatch(/\d{11}/);
  });

  it('gives buyers their suppliers’ findings in chain, never as their own', () => {
    const main = result.employers.find((e) => e.id === 'org-main')!;
    expect(main).toMatchObject({ level: 'none', findings: [] });
    expect(main.inChain.map((c) => [c.supplier, c.level, c.path.join(' > ')])).toEqual([
      ['org-sub3', 'work-crime', 'org-main > org-sub1 > org-sub2 > org-sub3'],
      ['org-sub4', 'work-crime', 'org-main > org-sub1 > org-sub2 > org-sub3 > org-sub4'],
    ]);
    const sub3 = result.employers.find((e) => e.id === 'org-sub3')!;
    expect(main.inChain[0]!.findings).toEqual(sub3.findings);
    expect(result.chains).toEqual([
      {
        root: 'org-client',
        path: ['org-client', 'org-main', 'org-sub1', 'org-sub2', 'org-sub3', 'org-sub4'],
        level: 'work-crime',
        via: 'org-sub3',
      },
    ]);
    expect(result.workers.map((w) => [w.id, w.level])).toEqual([
      ['w-401', 'none'],
      ['w-501', 'work-crime'],
      ['w-502', 'work-crime'],
      ['w-601', 'work-crime'],
      ['w-602', 'work-crime'],
    ]);
  });
});
