import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { onlyRule, screenCsv } from '../helpers/screen-csv.js';

const WORKERS = 'worker_id,employer_id\nw1,org\n';
const week = (monday: number, hours: readonly number[]) =>
  hours.map((h, i) => `w1,2025-09-${String(monday + i).padStart(2, '0')},${h}`).join('\n');
const entries = (rows: string) => `worker_id,date,hours\n${rows}\n`;
const payment = (cells: string) =>
  `payment_id,worker_id,period_start,period_end,gross,hours_paid,overtime_hours_paid,overtime_pay\np1,w1,2025-09-01,2025-09-30,${cells}\n`;
const contract = (cells: string) =>
  `contract_id,worker_id,employer_id,start_date,hourly_wage,monthly_wage,currency\nc1,w1,org,2025-01-01,${cells}\n`;
const only = (ruleId: string) => onlyRule(ruleId);

describe('no/paid-less-than-worked', () => {
  const RULE = 'no/paid-less-than-worked';
  const fourWeeks = [1, 8, 15, 22].map((m) => week(m, [7.5, 7.5, 7.5, 7.5, 7.5])).join('\n'); // 150 h

  it('flags recorded hours not paid, with the payment and entries as evidence', () => {
    const { mine } = screenCsv(
      { workers: WORKERS, time_entries: entries(fourWeeks), payments: payment('30000.00,120,0,0') },
      RULE,
      only(RULE),
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ severity: 'high', period: { from: '2025-09-01', to: '2025-09-30' } });
    expect(mine[0]!.message).toBe('150 hours recorded in 20 time entries but 120 hours paid: 30 hours (20.0 %) unpaid.');
    expect(mine[0]!.evidence[0]).toEqual({ source: 'payments.csv', line: 2, field: 'hours_paid', value: '120' });
  });

  it('accepts a difference within the tolerance (1 hour) and counts overtime paid', () => {
    expect(
      screenCsv({ workers: WORKERS, time_entries: entries(fourWeeks), payments: payment('30000.00,149,0,0') }, RULE, only(RULE))
        .mine,
    ).toEqual([]);
    expect(
      screenCsv(
        { workers: WORKERS, time_entries: entries(fourWeeks), payments: payment('30000.00,140,10,3000.00') },
        RULE,
        only(RULE),
      ).mine,
    ).toEqual([]);
  });

  it('says nothing without hours paid or without entries in the period', () => {
    expect(
      screenCsv(
        {
          workers: WORKERS,
          time_entries: entries(fourWeeks),
          payments: 'payment_id,worker_id,period_start,period_end\np1,w1,2025-09-01,2025-09-30\n',
        },
        RULE,
        only(RULE),
      ).mine,
    ).toEqual([]);
    expect(
      screenCsv(
        { workers: WORKERS, time_entries: entries('w1,2025-10-01,8'), payments: payment('30000.00,120,0,0') },
        RULE,
        only(RULE),
      ).mine,
    ).toEqual([]);
  });

  propTest.prop([fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 })])(
    'paying more hours never adds a finding',
    (paid, more) => {
      const at = (hours: number) =>
        screenCsv(
          { workers: WORKERS, time_entries: entries(fourWeeks), payments: payment(`30000.00,${hours},0,0`) },
          RULE,
          only(RULE),
        ).mine.length;
      expect(at(paid + more)).toBeLessThanOrEqual(at(paid));
    },
  );
});

describe('no/pay-below-contract', () => {
  const RULE = 'no/pay-below-contract';

  it('flags pay below the contract hourly wage', () => {
    const { mine } = screenCsv(
      { workers: WORKERS, contracts: contract('300.00,,NOK'), payments: payment('45000.00,160,0,0') },
      RULE,
      only(RULE),
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toBe('Paid NOK 281.25 an hour, 6.3 % below the 300.00 in contract c1.');
    expect(mine[0]!.evidence.map((e) => `${e.source}:${e.line}:${e.field}`)).toEqual([
      'payments.csv:2:gross',
      'payments.csv:2:hours_paid',
      'contracts.csv:2:hourly_wage',
    ]);
  });

  it('accepts pay exactly at the contract, and compares monthly wages for whole months only', () => {
    expect(
      screenCsv({ workers: WORKERS, contracts: contract('300.00,,NOK'), payments: payment('48000.00,160,0,0') }, RULE, only(RULE))
        .mine,
    ).toEqual([]);
    const monthly = screenCsv(
      { workers: WORKERS, contracts: contract(',50000.00,NOK'), payments: payment('45000.00,,0,0') },
      RULE,
      only(RULE),
    );
    expect(monthly.mine[0]!.message).toBe('Paid NOK 45000.00 for the month, 10.0 % below the 50000.00 in contract c1.');
    const halfMonth = 'payment_id,worker_id,period_start,period_end,gross\np1,w1,2025-09-01,2025-09-15,25000.00\n';
    expect(
      screenCsv({ workers: WORKERS, contracts: contract(',50000.00,NOK'), payments: halfMonth }, RULE, only(RULE)).mine,
    ).toEqual([]);
  });

  it('does not compare across currencies or without a contract in force', () => {
    expect(
      screenCsv({ workers: WORKERS, contracts: contract('300.00,,EUR'), payments: payment('100.00,160,0,0') }, RULE, only(RULE))
        .mine,
    ).toEqual([]);
    const later = 'contract_id,worker_id,employer_id,start_date,hourly_wage\nc1,w1,org,2025-10-01,300.00\n';
    expect(screenCsv({ workers: WORKERS, contracts: later, payments: payment('100.00,160,0,0') }, RULE, only(RULE)).mine).toEqual(
      [],
    );
  });

  propTest.prop([fc.integer({ min: 1000, max: 80_000 }), fc.integer({ min: 1, max: 20_000 })])(
    'raising pay never adds a finding',
    (gross, raise) => {
      const at = (amount: number) =>
        screenCsv(
          { workers: WORKERS, contracts: contract('300.00,,NOK'), payments: payment(`${amount}.00,160,0,0`) },
          RULE,
          only(RULE),
        ).mine.length;
      expect(at(gross + raise)).toBeLessThanOrEqual(at(gross));
    },
  );
});

describe('no/overtime-premium', () => {
  const RULE = 'no/overtime-premium';

  it('flags overtime paid below 140 % of the contract wage', () => {
    // 10 h overtime paid 3 500 = 350/h; required 250 × 1.4 = 350 → at the limit; 3 400 → below.
    const atLimit = screenCsv(
      { workers: WORKERS, contracts: contract('250.00,,NOK'), payments: payment('43500.00,160,10,3500.00') },
      RULE,
      only(RULE),
    );
    expect(atLimit.mine).toEqual([]);
    const below = screenCsv(
      { workers: WORKERS, contracts: contract('250.00,,NOK'), payments: payment('43400.00,160,10,3400.00') },
      RULE,
      only(RULE),
    );
    expect(below.mine).toHaveLength(1);
    expect(below.mine[0]!.message).toBe('Overtime paid at 340.00 an hour, below 350.00 (the hourly wage 250.00 plus 40 %).');
  });

  it('flags overtime worked in whole weeks of the period but not paid as overtime', () => {
    // Week of 2025-09-08: 5 × 10 h = 50 h → 10 h overtime; paid 0 overtime hours.
    const rows = entries(week(8, [10, 10, 10, 10, 10]));
    const { mine } = screenCsv({ workers: WORKERS, time_entries: rows, payments: payment('12500.00,50,0,0') }, RULE, only(RULE));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toBe('10 hours of overtime in the time entries of whole weeks in the period, 0 paid as overtime.');
    // 40 h at 300 plus 10 h at 420 (300 + 40 %).
    const paid = screenCsv(
      { workers: WORKERS, time_entries: rows, payments: payment('16200.00,40,10,4200.00') },
      RULE,
      only(RULE),
    );
    expect(paid.mine).toEqual([]);
  });

  it("uses the payment's own ordinary rate without a contract, and is skipped outside Norway", () => {
    const noContract = screenCsv({ workers: WORKERS, payments: payment('43000.00,160,10,3000.00') }, RULE, only(RULE));
    expect(noContract.mine[0]!.message).toContain('below 350.00 (the hourly wage 250.00 plus 40 %)');
    const dk = screenCsv({ workers: WORKERS, payments: payment('43000.00,160,10,3000.00') }, RULE, {
      ...only(RULE),
      jurisdiction: 'DK',
    });
    expect(dk.skipped).toContainEqual({ ruleId: RULE, reason: 'applies to NO, not DK' });
  });

  propTest.prop([fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 1, max: 3000 })])(
    'paying more for overtime never adds a finding',
    (overtimePay, more) => {
      const at = (pay: number) =>
        screenCsv(
          { workers: WORKERS, contracts: contract('250.00,,NOK'), payments: payment(`${40000 + pay}.00,160,10,${pay}.00`) },
          RULE,
          only(RULE),
        ).mine.length;
      expect(at(overtimePay + more)).toBeLessThanOrEqual(at(overtimePay));
    },
  );
});
