import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { screenCsv } from '../helpers/screen-csv.js';

const RULE = 'no/written-contract';
const WORKERS = 'worker_id,employer_id,start_date\nw1,org,2025-03-03\nw2,org,2025-03-03\nw3,org,\n';
const PAY = 'payment_id,worker_id,period_start,period_end\np1,w1,2025-03-01,2025-03-31\np2,w2,2025-03-01,2025-03-31\n';
const contracts = (rows: string) => `contract_id,worker_id,employer_id,written,signed_on,start_date,language_understood\n${rows}`;

describe('no/written-contract', () => {
  it('flags a paid worker with no contract, a contract not written and one in a foreign language', () => {
    const { mine } = screenCsv(
      { workers: WORKERS, payments: PAY, contracts: contracts('c2,w2,org,nei,2025-03-01,2025-03-03,nei\n') },
      RULE,
    );
    expect(mine.map((f) => [f.subject.id, f.severity, f.message])).toEqual([
      ['w2', 'high', 'Contract c2 is not written.'],
      ['w1', 'medium', 'The worker has pay or hours on record but no employment contract.'],
      ['w2', 'medium', 'Contract c2 is in a language the worker does not understand.'],
    ]);
    expect(mine.find((f) => f.subject.id === 'w1')!.evidence).toEqual([
      { source: 'workers.csv', line: 2, field: 'worker_id', value: 'w1' },
      { source: 'payments.csv', line: 2, field: 'payment_id', value: 'p1' },
    ]);
  });

  it('accepts a contract signed exactly 7 days after work started, and flags one signed later', () => {
    const onTime = screenCsv(
      {
        workers: WORKERS,
        payments: PAY,
        contracts: contracts('c1,w1,org,ja,2025-03-10,2025-03-03,ja\nc2,w2,org,ja,2025-03-11,2025-03-03,ja\n'),
      },
      RULE,
    );
    expect(onTime.mine).toHaveLength(1);
    expect(onTime.mine[0]).toMatchObject({ subject: { id: 'w2' }, severity: 'low' });
    expect(onTime.mine[0]!.message).toBe(
      'Contract c2 was signed on 2025-03-11, 8 days after work started on 2025-03-03 (allowed: 7).',
    );
  });

  it('says nothing about a worker with no pay or hours, and is skipped without a contracts table', () => {
    expect(
      screenCsv({ workers: WORKERS, payments: PAY, contracts: contracts('c1,w1,org,ja,,,\nc2,w2,org,ja,,,\n') }, RULE).mine,
    ).toEqual([]);
    expect(screenCsv({ workers: WORKERS, payments: PAY }, RULE).skipped).toContainEqual({
      ruleId: RULE,
      reason: 'table contracts not provided',
    });
  });

  propTest.prop([fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 })])(
    'signing earlier never adds a finding',
    (late, earlier) => {
      const signed = (days: number) => new Date(Date.UTC(2025, 2, 3 + days)).toISOString().slice(0, 10);
      const at = (days: number) =>
        screenCsv(
          {
            workers: WORKERS,
            payments: PAY,
            contracts: contracts(`c1,w1,org,ja,${signed(days)},2025-03-03,ja\nc2,w2,org,ja,2025-03-03,2025-03-03,ja\n`),
          },
          RULE,
        ).mine.length;
      expect(at(Math.max(0, late - earlier))).toBeLessThanOrEqual(at(late));
    },
  );
});
