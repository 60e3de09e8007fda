import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { NORWAY, periodMinimumForTest } from './minimum-wage.fixtures.js';
import { ORGS, screenCsv } from '../helpers/screen-csv.js';

const RULE = 'no/minimum-wage';
const WORKERS =
  'worker_id,employer_id,skill_level,experience_years,birth_date\nw1,clean,unskilled,0,1990-01-01\nw2,build,skilled,5,1985-05-05\nw3,build,unskilled,0,1999-02-02\n';
const pay = (rows: string) => `payment_id,worker_id,period_start,period_end,gross,hours_paid,overtime_pay\n${rows}`;

describe('no/minimum-wage', () => {
  it('flags cleaning pay under the 2025 minimum, graded by shortfall, with the payment line as evidence', () => {
    // 160 h × NOK 180 = 28 800, vs NOK 236.54: 23.9 % short.
    const { mine } = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: pay('p1,w1,2025-07-01,2025-07-31,28800.00,160,0\n') },
      RULE,
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      severity: 'high',
      tier: 'social-dumping',
      subject: { kind: 'worker', id: 'w1' },
      period: { from: '2025-07-01', to: '2025-07-31' },
    });
    expect(mine[0]!.message).toContain(
      'NOK 180.00 is 23.9 % below the cleaning minimum for adult workers (NOK 236.54 from 2025-06-15)',
    );
    expect(mine[0]!.evidence[0]).toEqual({ source: 'payments.csv', line: 2, field: 'gross', value: '28800.00' });
    expect(mine[0]!.evidence).toContainEqual({ source: 'organisations.csv', line: 2, field: 'sector', value: 'cleaning' });
  });

  it('reads a fixed monthly salary without hours against the contract: 52/12 weeks, or fewer in a short month', () => {
    const contracts =
      'contract_id,worker_id,employer_id,written,start_date,monthly_wage,weekly_hours\nc1,w1,clean,yes,2025-01-01,36000.00,37.5\n';
    const payments =
      'payment_id,worker_id,period_start,period_end,gross\np1,w1,2025-07-01,2025-07-31,36000.00\np2,w1,2026-02-01,2026-02-28,36000.00\n';
    const { mine } = screenCsv({ organisations: ORGS, workers: WORKERS, contracts, payments }, RULE);
    // July: 37.5 × 52/12 = 162.5 h (not 31/7 weeks, 166.1 h) → NOK 221.53 (shown rounded down), under 236.54.
    // February: 28/7 weeks = 150 h → NOK 240.00, above the rate: no finding rests on the month's length.
    expect(mine.map((f) => f.period?.from)).toEqual(['2025-07-01']);
    expect(mine[0]!.message).toContain('NOK 221.53');
    expect(mine[0]!.message).toContain('its 162.5 hours taken from the contract');
  });

  it('accepts pay exactly at the minimum (construction skilled, NOK 264.32 × 150 h)', () => {
    const { mine } = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: pay('p1,w2,2025-07-01,2025-07-31,39648.00,150,0\n') },
      RULE,
    );
    expect(mine).toEqual([]);
  });

  it('excludes overtime pay from ordinary pay, and uses the experienced-unskilled rate', () => {
    // w3 has 0 years: unskilled rate 239.61 from 2025-06-15. 100 h, gross 26 000 incl. 3 000 overtime → 230.00/h.
    const { mine } = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: pay('p1,w3,2025-07-01,2025-07-31,26000.00,100,3000.00\n') },
      RULE,
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toContain('NOK 230.00 is 4.0 % below the construction minimum for unskilled workers');
    expect(mine[0]!.severity).toBe('low');
  });

  it('holds a period spanning a new regulation to each rate by calendar day', () => {
    // 2025-06-01..2025-06-30: 14 days at 214.90 and 16 days at 239.61 → 228.08/h on average.
    expect(periodMinimumForTest('construction', 'unskilled', '2025-06-01', '2025-06-30')).toBe(22808);
    const { mine } = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: pay('p1,w3,2025-06-01,2025-06-30,22900.00,100,0\n') },
      RULE,
    );
    expect(mine).toEqual([]);
    const under = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: pay('p1,w3,2025-06-01,2025-06-30,22000.00,100,0\n') },
      RULE,
    );
    expect(under.mine[0]!.message).toContain('NOK 214.90 from 2023-06-15, then NOK 239.61 from 2025-06-15');
  });

  it('takes hours from time entries when the payment has none', () => {
    const entries = `worker_id,date,hours\n${Array.from({ length: 20 }, (_, i) => `w1,2025-09-${String(i + 1).padStart(2, '0')},8`).join('\n')}\n`;
    const { mine } = screenCsv(
      {
        organisations: ORGS,
        workers: WORKERS,
        time_entries: entries,
        payments: 'payment_id,worker_id,period_start,period_end,gross\np1,w1,2025-09-01,2025-09-30,32000.00\n',
      },
      RULE,
      { rules: { 'no/working-time': 'off' } },
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toContain('NOK 200.00');
    expect(mine[0]!.evidence.some((e) => e.source === 'time_entries.csv' && e.line === 2)).toBe(true);
  });

  it('gives no finding without a sector, hours or gross, and before the first known rate', () => {
    const noSector = screenCsv({ workers: WORKERS, payments: pay('p1,w1,2025-07-01,2025-07-31,100.00,160,0\n') }, RULE);
    expect(noSector.mine).toEqual([]);
    const noHours = screenCsv(
      {
        organisations: ORGS,
        workers: WORKERS,
        payments: 'payment_id,worker_id,period_start,period_end,gross\np1,w1,2025-07-01,2025-07-31,100.00\n',
      },
      RULE,
    );
    expect(noHours.mine).toEqual([]);
    const tooEarly = screenCsv(
      // Cleaning's first regulation applies from 2011-09-01.
      { organisations: ORGS, workers: WORKERS, payments: pay('p1,w1,2011-07-01,2011-07-31,100.00,160,0\n') },
      RULE,
    );
    expect(tooEarly.mine).toEqual([]);
  });

  it('is skipped in Denmark (no statutory minimum wage) and without payments', () => {
    const dk = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: pay('p1,w1,2025-07-01,2025-07-31,100.00,160,0\n') },
      RULE,
      { jurisdiction: 'DK' },
    );
    expect(dk.mine).toEqual([]);
    expect(dk.skipped).toContainEqual({ ruleId: RULE, reason: 'applies to NO, not DK' });
    const noPayments = screenCsv({ organisations: ORGS, workers: WORKERS }, RULE);
    expect(noPayments.skipped).toContainEqual({ ruleId: RULE, reason: 'table payments not provided' });
  });

  propTest.prop([
    fc.integer({ min: 10_000, max: 60_000 }),
    fc.integer({ min: 1, max: 20_000 }),
    fc.integer({ min: 40, max: 200 }),
  ])('raising pay never adds a finding or raises its severity', (gross, raise, hours) => {
    const at = (amount: number) =>
      screenCsv(
        { organisations: ORGS, workers: WORKERS, payments: pay(`p1,w1,2025-07-01,2025-07-31,${amount}.00,${hours},0\n`) },
        RULE,
      ).mine;
    const before = at(gross);
    const after = at(gross + raise);
    expect(after.length).toBeLessThanOrEqual(before.length);
    const rank = (f: typeof before) => (f[0] ? ['info', 'low', 'medium', 'high', 'critical'].indexOf(f[0].severity) : -1);
    expect(rank(after)).toBeLessThanOrEqual(rank(before));
  });

  it('knows the verified 2025 rates', () => {
    const rate = (sector: string, category: string) =>
      NORWAY.minimumWages.find((r) => r.sector === sector && r.category === category && r.validFrom === '2025-06-15')
        ?.hourlyMinor;
    expect(rate('construction', 'skilled')).toBe(26_432);
    expect(rate('cleaning', 'adult')).toBe(23_654);
    expect(rate('electrical', 'skilled')).toBe(27_045);
  });
});
