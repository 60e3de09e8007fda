import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { ORGS, onlyRule, screenCsv } from '../helpers/screen-csv.js';

const RULE = 'no/lodging-travel-charged';
const workers = (posted = 'yes', employer = 'build') => `worker_id,employer_id,posted\nw1,${employer},${posted}\n`;
// March 2025, 150 hours; the unskilled construction minimum is NOK 214.90 (from 2023-06-15).
const payments = (gross: string) =>
  `payment_id,worker_id,period_start,period_end,gross,hours_paid\np1,w1,2025-03-01,2025-03-31,${gross},150\n`;
const deductions = (...rows: string[]) => `payment_id,worker_id,kind,amount\n${rows.join('\n')}\n`;
const run = (tables: Record<string, string>) => screenCsv({ organisations: ORGS, ...tables }, RULE, onlyRule(RULE)).mine;

describe('no/lodging-travel-charged', () => {
  it('grades high when lodging charged to a posted worker takes pay below the minimum', () => {
    // 37 500 − 6 000 = 31 500 → 210.00 an hour < 214.90.
    const mine = run({
      workers: workers(),
      payments: payments('37500.00'),
      deductions: deductions('p1,w1,lodging,6000.00', 'p1,w1,tax,9000.00'),
    });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ severity: 'high', period: { from: '2025-03-01', to: '2025-03-31' } });
    expect(mine[0]!.message).toBe(
      'NOK 6000.00 deducted for lodging from payment p1, costs the employer covers for work away from home in construction. After the deduction the pay is NOK 210.00 an hour, below the minimum of 214.90.',
    );
    expect(mine[0]!.evidence.slice(0, 3)).toEqual([
      { source: 'deductions.csv', line: 2, field: 'amount', value: '6000.00' },
      { source: 'workers.csv', line: 2, field: 'posted', value: 'true' },
      { source: 'organisations.csv', line: 3, field: 'sector', value: 'construction' },
    ]);
  });

  it('grades medium when the pay left is exactly the minimum, low when only the charge says the worker is away', () => {
    // 38 235 − 6 000 = 32 235 = 150 × 214.90.
    const exact = run({
      workers: workers(),
      payments: payments('38235.00'),
      deductions: deductions('p1,w1,lodging,3000.00', 'p1,w1,travel,3000.00'),
    });
    expect(exact.map((f) => f.severity)).toEqual(['medium']);
    expect(exact[0]!.message).toContain('NOK 6000.00 deducted for lodging, travel from payment p1');
    const local = run({
      workers: workers('no'),
      payments: payments('45000.00'),
      deductions: deductions('p1,w1,lodging,3000.00'),
    });
    expect(local.map((f) => f.severity)).toEqual(['low']);
  });

  it('says nothing without a covered sector, for canteen food of a local worker, or for tax', () => {
    expect(run({ workers: workers('yes', 'nowhere'), deductions: deductions('p1,w1,lodging,6000.00') })).toEqual([]);
    expect(run({ workers: workers('no'), payments: payments('45000.00'), deductions: deductions('p1,w1,food,800.00') })).toEqual(
      [],
    );
    expect(run({ workers: workers(), payments: payments('45000.00'), deductions: deductions('p1,w1,tax,9000.00') })).toEqual([]);
    const farm = 'org_id,name,sector\nfarm,Gård AS,agriculture\n';
    expect(
      screenCsv(
        { organisations: farm, workers: workers('yes', 'farm'), deductions: deductions(',w1,lodging,3000.00') },
        RULE,
        onlyRule(RULE),
      ).mine,
    ).toEqual([]);
  });

  it('is skipped without deductions', () => {
    expect(screenCsv({ workers: workers() }, RULE, onlyRule(RULE)).skipped).toContainEqual({
      ruleId: RULE,
      reason: 'table deductions not provided',
    });
  });

  propTest.prop(
    [fc.integer({ min: 20_000, max: 60_000 }), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 10_000 })],
    {
      numRuns: 40,
    },
  )('raising gross pay never makes a finding worse', (gross, raise, charged) => {
    const tables = (g: number) => ({
      workers: workers(),
      payments: payments(`${g}.00`),
      deductions: deductions(`p1,w1,lodging,${charged}.00`),
    });
    const rank = (fs: ReturnType<typeof run>) => fs.filter((f) => f.severity === 'high').length;
    expect(rank(run(tables(gross + raise)))).toBeLessThanOrEqual(rank(run(tables(gross))));
    expect(run(tables(gross + raise))).toHaveLength(1);
  });
});
