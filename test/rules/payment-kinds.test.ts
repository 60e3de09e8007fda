import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/index.js';
import { onlyRule, screenCsv } from '../helpers/screen-csv.js';

/** What a payment is: a bonus is not salary; lateness runs from the end of the earning period. */
const ORGS = 'org_id,name,sector\nclean,Renhold AS,cleaning\n';
const WORKERS = 'worker_id,employer_id,birth_date\nw1,clean,1990-01-01\n';
const PAY = 'payment_id,worker_id,period_start,period_end,paid_on,kind,gross,hours_paid,earned_from,earned_to';
const monthly = (months: readonly number[], gross = '40000.00') =>
  months.map((m) => {
    const mm = String(m).padStart(2, '0');
    const last = new Date(Date.UTC(2025, m, 0)).getUTCDate();
    return `s${mm},w1,2025-${mm}-01,2025-${mm}-${last},2025-${m === 12 ? '12-31' : `${String(m + 1).padStart(2, '0')}-05`},salary,${gross},160,,`;
  });
const payments = (...rows: string[]) => `${PAY}\n${rows.join('\n')}\n`;

describe('payment kinds in the pay rules', () => {
  it('does not hold a bonus to the minimum wage, nor count it towards it', () => {
    // An annual bonus paid in February for the whole of 2025, with no hours: not pay for hours.
    const bonus = 'b1,w1,2026-02-01,2026-02-28,2026-02-15,bonus,20000.00,,2025-01-01,2025-12-31';
    const lawful = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: payments(...monthly([1, 2, 3]), bonus) },
      'no/minimum-wage',
      { on: '2026-03-31' },
    );
    expect(lawful.mine).toEqual([]);
    // Salary under the floor is not lifted to it by a bonus paid with it.
    const under = screenCsv(
      {
        organisations: ORGS,
        workers: WORKERS,
        payments: payments(...monthly([3], '28800.00'), 'b2,w1,2025-03-01,2025-03-31,2025-04-05,bonus,20000.00,,,'),
      },
      'no/minimum-wage',
      { on: '2025-12-31' },
    );
    expect(under.mine.map((f) => f.message)).toEqual([
      'Effective hourly pay NOK 180.00 is 16.7 % below the cleaning minimum for adult workers (NOK 216.04 from 2023-06-15).',
    ]);
  });

  it('adds back pay for the same earning period to the salary it makes good', () => {
    const backPay = 'x1,w1,2025-08-01,2025-08-31,2025-08-05,back-pay,10000.00,,2025-07-01,2025-07-31';
    const { mine } = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: payments(...monthly([7], '28800.00'), backPay) },
      'no/minimum-wage',
    );
    expect(mine).toEqual([]);
  });

  it('measures lateness from the end of the earning period, and never for a bonus paid as agreed', () => {
    const bonus = 'b1,w1,2026-02-01,2026-02-28,2026-02-15,bonus,20000.00,,2025-01-01,2025-12-31';
    const withBonus = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: payments(...monthly([10, 11, 12]), bonus) },
      'withheld-wages',
      { on: '2026-03-31' },
    );
    expect(withBonus.mine).toEqual([]);
    // October's overtime paid in a December payroll run: 61 days after the work.
    const lateOvertime = 'o1,w1,2025-12-01,2025-12-31,2025-12-31,overtime,3000.00,,2025-10-01,2025-10-31';
    const late = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: payments(...monthly([10, 11, 12]), lateOvertime) },
      'withheld-wages',
      { on: '2026-03-31' },
    );
    expect(late.mine.map((f) => f.message)).toEqual([
      '1 pay period(s) paid more than 30 days after they ended, up to 61 days late.',
    ]);
    expect(late.mine[0]!.evidence.map((e) => e.field)).toEqual(['earned_to', 'paid_on']);
  });

  it('finds a season paid in one sum at its end, however the row is typed', () => {
    const entries = `worker_id,date,hours\n${['2025-05-05', '2025-06-10', '2025-07-15', '2025-08-20'].map((d) => `w1,${d},8`).join('\n')}\n`;
    // Typed as salary or other, the row says it pays the whole season; typed as a bonus, the
    // days with recorded work and no pay count (5 May to 20 August).
    for (const [kind, days] of [
      ['salary', 153],
      ['other', 153],
      ['bonus', 108],
    ] as const) {
      const season = `p1,w1,2025-05-01,2025-09-30,2025-10-03,${kind},90000.00,,,`;
      const { mine } = screenCsv(
        { organisations: ORGS, workers: WORKERS, payments: payments(season), time_entries: entries },
        'withheld-wages',
        { ...onlyRule('withheld-wages'), on: '2025-12-31' },
      );
      const held = mine.find((f) => f.message.includes('settle'));
      expect(held?.message).toBe(
        `1 payment(s) settle up to ${days} days of work at once with no other pay for it, where wages are due at least monthly (aml. § 14-15 (1)).`,
      );
      expect(held!.severity).toBe('high');
    }
    // An annual bonus on top of monthly salary is not pay held back.
    const bonus = 'b1,w1,2026-01-01,2026-01-31,2026-01-20,bonus,20000.00,,2025-01-01,2025-12-31';
    const lawful = screenCsv(
      {
        organisations: ORGS,
        workers: WORKERS,
        payments: payments(...monthly([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), bonus),
      },
      'withheld-wages',
      { ...onlyRule('withheld-wages'), on: '2026-02-28' },
    );
    expect(lawful.mine).toEqual([]);
  });

  it('takes salary and a separate overtime payment for the same days together', () => {
    const entries = `worker_id,date,hours\n${[1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26]
      .map((d) => `w1,2025-09-${String(d).padStart(2, '0')},8.5`)
      .join('\n')}\n`;
    const rows = payments(
      's1,w1,2025-09-01,2025-09-30,2025-10-05,salary,40000.00,160,,',
      'o1,w1,2025-09-01,2025-09-30,2025-10-05,overtime,3500.00,10,,',
    );
    const { mine } = screenCsv(
      { organisations: ORGS, workers: WORKERS, payments: rows, time_entries: entries },
      'no/paid-less-than-worked',
      onlyRule('no/paid-less-than-worked'),
    );
    expect(mine).toEqual([]);
  });

  it('bounds hours paid by the period, not by one month', () => {
    const { dataset, issues } = parseDataset({
      workers: WORKERS,
      payments:
        'payment_id,worker_id,period_start,period_end,hours_paid\np1,w1,2025-05-01,2025-09-30,900\np2,w1,2025-09-01,2025-09-07,200\n',
    });
    expect(dataset.payments!.map((p) => p.hoursPaid)).toEqual([900, undefined]);
    expect(issues.map((i) => [i.line, i.column, i.expected])).toEqual([
      [3, 'hours_paid', 'more hours paid than the period has (24 a day)'],
    ]);
  });
});
