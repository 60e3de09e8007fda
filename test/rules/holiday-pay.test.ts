import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { onlyRule, screenCsv } from '../helpers/screen-csv.js';

const RULE = 'no/holiday-pay';
const workers = (birthDate = '1985-05-01', endDate = '') =>
  `worker_id,employer_id,birth_date,end_date\nw1,org,${birthDate},${endDate}\n`;
const HEADER = 'payment_id,worker_id,period_start,period_end,paid_on,gross,holiday_pay,currency';
/** Monthly pay for 2024 (lines 2-13), then June 2025 with the holiday pay (line 14). */
const payments = (monthlyGross: string, holidayPay: string) =>
  [
    HEADER,
    ...Array.from({ length: 12 }, (_, i) => {
      const month = String(i + 1).padStart(2, '0');
      const last = new Date(Date.UTC(2024, i + 1, 0)).getUTCDate();
      return `p${i + 1},w1,2024-${month}-01,2024-${month}-${last},2024-${month}-${last},${monthlyGross},0,NOK`;
    }),
    `p13,w1,2025-06-01,2025-06-30,2025-06-30,${monthlyGross},${holidayPay},NOK`,
  ].join('\n') + '\n';
const run = (tables: Record<string, string>, on = '2025-12-31', options = {}) =>
  screenCsv(tables, RULE, onlyRule(RULE, { on, ...options }));

describe('no/holiday-pay', () => {
  it("flags holiday pay short of 10.2 % of the previous year's basis, citing the payments", () => {
    // Basis 12 × 40 000 = 480 000; due 48 960; paid 30 000.
    const { mine } = run({ workers: workers(), payments: payments('40000.00', '30000.00') });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ severity: 'medium', period: { from: '2024-01-01', to: '2024-12-31' } });
    expect(mine[0]!.message).toBe(
      'Holiday pay for 2024 is NOK 30000.00 by 2025-06-30, NOK 18960.00 (38.73 %) short of the NOK 48960.00 due (10.2 % of the 2024 basis of NOK 480000.00).',
    );
    expect(mine[0]!.evidence[0]).toEqual({ source: 'payments.csv', line: 14, field: 'holiday_pay', value: '30000.00' });
    expect(mine[0]!.evidence[1]).toEqual({ source: 'payments.csv', line: 2, field: 'gross', value: '40000.00' });
  });

  it('accepts exactly 10.2 %, and 12.5 % for a worker who turns 60 by 31 August of the holiday year', () => {
    expect(run({ workers: workers(), payments: payments('40000.00', '48960.00') }).mine).toEqual([]);
    // Turns 60 on 2025-08-31: + 2.3 points (basis 480 000 < 6 G), due 60 000.
    const sixty = run({ workers: workers('1965-08-31'), payments: payments('40000.00', '48960.00') }).mine;
    expect(sixty[0]!.message).toContain('short of the NOK 60000.00 due (12.5 % of the 2024 basis');
    expect(run({ workers: workers('1965-08-31'), payments: payments('40000.00', '60000.00') }).mine).toEqual([]);
    expect(run({ workers: workers('1965-09-01'), payments: payments('40000.00', '48960.00') }).mine).toEqual([]);
    // Five weeks by agreement: 12 %.
    const five = run({ workers: workers(), payments: payments('40000.00', '48960.00') }, '2025-12-31', {
      rules: Object.fromEntries([[RULE, ['medium', { fiveWeeks: true }]]]),
    });
    expect(five.mine[0]!.message).toContain('short of the NOK 57600.00 due (12 % of the 2024 basis');
  });

  it('grades no holiday pay at all as high, and waits until the pay is due', () => {
    const none = run({ workers: workers(), payments: payments('40000.00', '0') }).mine;
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ severity: 'high' });
    expect(none[0]!.message).toBe(
      'No holiday pay for 2024 by 2025-06-30: NOK 48960.00 due (10.2 % of the 2024 basis of NOK 480000.00).',
    );
    expect(run({ workers: workers(), payments: payments('40000.00', '0') }, '2025-06-29').mine).toEqual([]);
  });

  it('holds a worker who left to the holiday pay on leaving', () => {
    const rows = [
      HEADER,
      'p1,w1,2025-01-01,2025-01-31,2025-01-31,40000.00,0,NOK',
      'p2,w1,2025-02-01,2025-02-28,2025-02-28,40000.00,0,NOK',
    ];
    const left = run({ workers: workers('1985-05-01', '2025-02-28'), payments: rows.join('\n') + '\n' }, '2025-03-31').mine;
    expect(left[0]!.message).toBe(
      'No holiday pay for 2025 by 2025-02-28: NOK 8160.00 due (10.2 % of the 2025 basis of NOK 80000.00).',
    );
    rows[2] = 'p2,w1,2025-02-01,2025-02-28,2025-02-28,40000.00,8160.00,NOK';
    expect(run({ workers: workers('1985-05-01', '2025-02-28'), payments: rows.join('\n') + '\n' }, '2025-03-31').mine).toEqual(
      [],
    );
  });

  it('is skipped when no payment has a holiday_pay value, and outside Norway', () => {
    const noColumn = 'payment_id,worker_id,period_start,period_end,gross\np1,w1,2024-01-01,2024-01-31,40000.00\n';
    expect(run({ workers: workers(), payments: noColumn }).skipped).toContainEqual({
      ruleId: RULE,
      reason: 'no payment has a holiday_pay value or is of kind holiday-pay',
    });
    expect(run({ workers: workers(), payments: payments('40000.00', '0') }, '2025-12-31', { jurisdiction: 'DK' }).mine).toEqual(
      [],
    );
  });

  propTest.prop(
    [fc.integer({ min: 10_000, max: 90_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 50_000 })],
    {
      numRuns: 40,
    },
  )('paying more holiday pay never adds a finding', (gross, holiday, more) => {
    const before = run({ workers: workers(), payments: payments(`${gross}.00`, `${holiday}.00`) }).mine;
    const after = run({ workers: workers(), payments: payments(`${gross}.00`, `${holiday + more}.00`) }).mine;
    expect(after.length).toBeLessThanOrEqual(before.length);
    if (after.length === 1) expect(before).toHaveLength(1);
  });
});
