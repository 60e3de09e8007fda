import { describe, expect, it } from 'vitest';
import { onlyRule, screenCsv } from '../helpers/screen-csv.js';

const RULE = 'low-or-no-salary';
const PAY = 'payment_id,worker_id,period_start,period_end,gross,hours_paid,currency';

describe('low-or-no-salary', () => {
  it('finds DKK 3 000 a month for 60-hour weeks in Denmark, where no minimum-wage table applies', () => {
    const { mine } = screenCsv(
      { workers: 'worker_id,employer_id\nw1,rest\n', payments: `${PAY}\np1,w1,2025-05-01,2025-05-31,3000.00,260,DKK\n` },
      RULE,
      { ...onlyRule(RULE), jurisdiction: 'DK' },
    );
    expect(mine.map((f) => [f.severity, f.indicator, f.message])).toEqual([
      [
        'critical',
        'ilo:low-or-no-salary',
        'Effective hourly pay DKK 11.53 is 10 % of the reference wage of DKK 120.00 (a conservative reference of DKK 120.00 an hour, under the lowest rates of Danish collective agreements (to verify)), under 50 % of it; no minimum-wage table applies to this payment.',
      ],
    ]);
  });

  it('takes the configured reference (the agreement that binds the employer)', () => {
    const { mine } = screenCsv(
      { workers: 'worker_id,employer_id\nw1,rest\n', payments: `${PAY}\np1,w1,2025-05-01,2025-05-31,12000.00,160,DKK\n` },
      RULE,
      { ...onlyRule(RULE), jurisdiction: 'DK', rules: { [RULE]: ['high', { referenceHourly: { DKK: 165 } }] } },
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toContain('45 % of the reference wage of DKK 165.00 (the configured reference wage)');
  });

  it('judges a Norwegian sector without a general floor against the lowest floor in force, and leaves covered sectors alone', () => {
    const orgs = 'org_id,name,sector\nfish,Laks AS,aquaculture\nclean,Renhold AS,cleaning\n';
    const { mine } = screenCsv(
      {
        organisations: orgs,
        workers: 'worker_id,employer_id\nw1,fish\nw2,clean\n',
        payments: `${PAY}\np1,w1,2025-05-01,2025-05-31,9600.00,160,NOK\np2,w2,2025-05-01,2025-05-31,9600.00,160,NOK\n`,
      },
      RULE,
      onlyRule(RULE),
    );
    expect(mine.map((f) => [f.subject.id, f.severity])).toEqual([['w1', 'high']]);
    expect(mine[0]!.message).toContain(
      'the lowest generally applicable minimum wage in force (agriculture, harvest-help, from 2022-12-15)',
    );
  });

  it('says nothing where no reference wage is known (the ILO baseline in euro) or pay is above half of it', () => {
    const ilo = screenCsv(
      { workers: 'worker_id,employer_id\nw1,x\n', payments: `${PAY}\np1,w1,2025-05-01,2025-05-31,100.00,160,EUR\n` },
      RULE,
      { ...onlyRule(RULE), jurisdiction: 'ILO' },
    );
    expect(ilo.mine).toEqual([]);
    const fair = screenCsv(
      { workers: 'worker_id,employer_id\nw1,rest\n', payments: `${PAY}\np1,w1,2025-05-01,2025-05-31,10000.00,160,DKK\n` },
      RULE,
      { ...onlyRule(RULE), jurisdiction: 'DK' },
    );
    expect(fair.mine).toEqual([]);
  });
});
