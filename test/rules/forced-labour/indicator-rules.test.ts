import { describe, expect, it } from 'vitest';
import { onlyRule, screenCsv } from '../../helpers/screen-csv.js';

/** Screen CSV tables with one rule and return its findings. */
const run = (rule: string, tables: Record<string, string>, on = '2025-06-30', options = {}) =>
  screenCsv(tables, rule, onlyRule(rule, { on, ...options })).mine;
const csv = (header: string, ...rows: string[]) => `${header}\n${rows.join('\n')}\n`;
const WORKERS = csv('worker_id,employer_id,start_date', 'w1,org,2025-03-03', 'w2,org,2025-03-03');
const cited = (f: { evidence: { source: string; line: number; field: string }[] }) =>
  f.evidence.map((e) => `${e.source}:${e.line}:${e.field}`);

/** Monday-to-Saturday shifts of `hours` for `weeks` weeks from Monday 2025-03-03. */
function weeks(worker: string, count: number, hours: number, days = 6): string[] {
  const rows: string[] = [];
  for (let week = 0; week < count; week++)
    for (let day = 0; day < days; day++) {
      const date = new Date(Date.UTC(2025, 2, 3 + week * 7 + day)).toISOString().slice(0, 10);
      rows.push(`${worker},${date},${hours}`);
    }
  return rows;
}

describe('retained-documents', () => {
  const docs = (...rows: string[]) => ({
    workers: WORKERS,
    documents: csv('worker_id,document,held_by,from,to,worker_has_access', ...rows),
  });

  it('flags a passport held by the employer, ongoing, as high, strong coercion at destination', () => {
    const [finding, ...rest] = run('retained-documents', docs('w1,passport,employer,2025-03-10,,no'));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'high',
      indicator: 'ilo:retention-of-identity-documents',
      dimensions: [{ dimension: 'coercion-at-destination', strength: 'strong' }],
      period: { from: '2025-03-10', to: '2025-06-30' },
    });
    expect(finding!.message).toBe(
      'The worker’s passport is held by the employer since 2025-03-10, with no end recorded; the worker has no access to it.',
    );
    expect(cited(finding!)).toEqual(['documents.csv:2:document', 'documents.csv:2:held_by', 'documents.csv:2:worker_has_access']);
  });

  it('adds coercive recruitment when taken by a recruiter or before work began; ended custody is medium', () => {
    const [recruiter, ended] = run(
      'retained-documents',
      docs('w1,passport,recruiter,2025-02-01,,', 'w2,id-card,landlord,2025-03-05,2025-04-01,'),
    );
    expect(recruiter!.dimensions).toContainEqual({ dimension: 'coercive-recruitment', strength: 'medium' });
    expect(recruiter!.message).toContain('taken at recruitment or before the work began');
    expect(ended).toMatchObject({ severity: 'medium', subject: { id: 'w2' } });
  });

  it('maps a bank card to withholding of wages and a phone to isolation; documents the worker holds are fine', () => {
    const findings = run('retained-documents', docs('w1,bank-card,employer,,,', 'w1,phone,other,,,', 'w2,passport,worker,,,yes'));
    expect(findings.map((f) => f.indicator).sort()).toEqual(['ilo:isolation', 'ilo:withholding-of-wages']);
    expect(findings.every((f) => f.subject.id === 'w1')).toBe(true);
  });
});

describe('withheld-wages', () => {
  const PAY = 'payment_id,worker_id,period_start,period_end,paid_on,gross,hours_paid';

  it('flags pay more than 30 days after the period, high when over 60 days or across months', () => {
    const one = run('withheld-wages', {
      workers: WORKERS,
      payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,2025-05-15,30000.00,150'),
    });
    expect(one.map((f) => [f.severity, f.message])).toEqual([
      ['medium', '1 pay period(s) paid more than 30 days after they ended, up to 45 days late.'],
    ]);
    expect(cited(one[0]!)).toEqual(['payments.csv:2:period_end', 'payments.csv:2:paid_on']);
    const bunched = run('withheld-wages', {
      workers: WORKERS,
      payments: csv(
        PAY,
        'p1,w1,2025-03-01,2025-03-31,2025-06-20,30000.00,150',
        'p2,w1,2025-04-01,2025-04-30,2025-06-20,30000.00,150',
      ),
    });
    expect(bunched[0]!.severity).toBe('high');
    expect(bunched[0]!.message).toContain('several periods were paid on the same day');
    // Paid on day 30: on time.
    expect(
      run('withheld-wages', { workers: WORKERS, payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,2025-04-30,30000.00,150') }),
    ).toEqual([]);
  });

  it('flags work in no pay period once the month plus the grace days are over', () => {
    const tables = {
      workers: WORKERS,
      payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,2025-04-05,30000.00,150'),
      time_entries: csv('worker_id,date,hours', 'w1,2025-03-10,7.5', 'w1,2025-04-07,7.5', 'w1,2025-05-05,7.5'),
    };
    const findings = run('withheld-wages', tables);
    expect(findings.map((f) => f.message)).toEqual(['1 day(s) of work in 2025-04 fall in no pay period of the worker.']);
    expect(cited(findings[0]!)).toEqual(['time_entries.csv:3:date']);
    // On 2025-05-30 April's pay may not be due yet (grace 30 days).
    expect(run('withheld-wages', tables, '2025-05-30')).toEqual([]);
  });

  it('flags deductions whose note says pay is kept for the worker', () => {
    const findings = run('withheld-wages', {
      workers: WORKERS,
      payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,2025-04-05,30000.00,150'),
      deductions: csv('worker_id,kind,amount,note', 'w1,other,5000.00,spart til sesongslutt', 'w2,other,500.00,arbeidstøy'),
    });
    expect(findings.map((f) => [f.subject.id, f.severity])).toEqual([['w1', 'high']]);
  });
});

describe('debt-bondage', () => {
  const REC = 'worker_id,recruiter_id,recruited_in,fee_paid,debt_at_arrival';

  it('flags a recruitment fee alone as medium, coercive recruitment only', () => {
    const [finding] = run('debt-bondage', { workers: WORKERS, recruitment: csv(REC, 'w1,agency,RO,8000.00,0.00') });
    expect(finding).toMatchObject({
      severity: 'medium',
      dimensions: [{ dimension: 'coercive-recruitment', strength: 'medium' }],
    });
    expect(finding!.message).toBe('The worker paid a recruitment fee of 8000.00.');
  });

  it('flags debt at arrival being repaid from wages as high, strong coercion at destination', () => {
    const [finding] = run('debt-bondage', {
      workers: WORKERS,
      recruitment: csv(REC, 'w1,agency,RO,0.00,20000.00'),
      payments: csv('payment_id,worker_id,period_start,period_end,gross', 'p1,w1,2025-03-01,2025-03-31,30000.00'),
      deductions: csv('payment_id,worker_id,kind,amount', 'p1,w1,loan-repayment,4000.00'),
    });
    expect(finding!.severity).toBe('high');
    expect(finding!.dimensions.map((d) => d.dimension)).toEqual(['coercion-at-destination', 'coercive-recruitment']);
    expect(cited(finding!)).toEqual(['recruitment.csv:2:debt_at_arrival', 'deductions.csv:2:amount']);
  });

  it('ignores workers without fees, debts or debt deductions', () => {
    expect(
      run('debt-bondage', {
        workers: WORKERS,
        recruitment: csv(REC, 'w1,agency,RO,0.00,0.00'),
        deductions: csv('worker_id,kind,amount', 'w2,tax,9000.00', 'w2,pension,300.00'),
      }),
    ).toEqual([]);
  });
});

describe('excessive-deductions', () => {
  const PAY = 'payment_id,worker_id,period_start,period_end,gross,net';
  const DED = 'payment_id,worker_id,kind,amount';

  it('flags non-statutory deductions above 25 % of gross as medium', () => {
    const [finding] = run('excessive-deductions', {
      workers: WORKERS,
      payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,30000.00,13500.00'),
      deductions: csv(DED, 'p1,w1,tax,7500.00', 'p1,w1,lodging,9000.00'),
    });
    expect(finding).toMatchObject({ severity: 'medium', indicator: 'ilo:abusive-working-and-living-conditions' });
    expect(finding!.message).toBe(
      'Deductions other than tax and pension took 30 % of gross pay over 1 payment(s); over 25 % in 1 payment(s).',
    );
  });

  it('grades high when net pay is near zero', () => {
    const [finding] = run('excessive-deductions', {
      workers: WORKERS,
      payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,30000.00,1500.00'),
      deductions: csv(DED, 'p1,w1,tax,7500.00', 'p1,w1,food,6000.00', 'p1,w1,fine,15000.00'),
    });
    expect(finding!.severity).toBe('high');
    expect(finding!.message).toContain('net pay under 10 % of gross in 1 payment(s)');
  });

  it('does not count tax and pension, and leaves moderate deductions alone', () => {
    expect(
      run('excessive-deductions', {
        workers: WORKERS,
        payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,30000.00,20000.00'),
        deductions: csv(DED, 'p1,w1,tax,9000.00', 'p1,w1,pension,600.00', 'p1,w1,lodging,400.00'),
      }),
    ).toEqual([]);
  });
});

describe('excessive-hours', () => {
  const entries = (...rows: string[]) => ({ workers: WORKERS, time_entries: csv('worker_id,date,hours', ...rows) });

  it('flags three weeks over 60 hours', () => {
    const [finding, ...rest] = run('excessive-hours', entries(...weeks('w1', 3, 11)));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'high',
      indicator: 'ilo:excessive-overtime',
      period: { from: '2025-03-03', to: '2025-03-23' },
    });
    expect(finding!.message).toBe('3 week(s) over 60 hours, up to 66 hours in a week (8 more not cited).');
  });

  it('does not flag two long weeks, nor 60 hours exactly', () => {
    expect(run('excessive-hours', entries(...weeks('w1', 2, 11)))).toEqual([]);
    expect(run('excessive-hours', entries(...weeks('w1', 4, 10)))).toEqual([]);
  });

  it('flags 28 days in a row without a day off', () => {
    const findings = run('excessive-hours', entries(...weeks('w1', 4, 6, 7)));
    expect(findings.map((f) => f.message)).toEqual([
      'Worked 28 days in a row, from 2025-03-03 to 2025-03-30, without a day off.',
    ]);
    expect(run('excessive-hours', entries(...weeks('w1', 4, 6, 7).slice(1)))).toEqual([]);
  });
});

describe('abusive-living-conditions', () => {
  const HOUSING = 'worker_id,address,provider_id,from,occupants,area_m2,monthly_charge,deducted_from_wage';
  const ORGS = csv('org_id,role', 'org,staffing-agency', 'landlord,landlord');

  it('flags employer housing under 4 m² a person', () => {
    const findings = run('abusive-living-conditions', {
      organisations: ORGS,
      workers: WORKERS,
      accommodation: csv(HOUSING, 'w1,"Kaiveien 14, Bergen",org,2025-03-01,8,24,,'),
    });
    expect(findings.map((f) => [f.subject.id, f.severity, f.message])).toEqual([
      ['w1', 'high', 'Housed by the employer with 8 occupant(s) in 24 m², 3 m² each, under 4 m².'],
    ]);
  });

  it('flags a charge above 30 % of monthly gross pay for employer housing', () => {
    const findings = run('abusive-living-conditions', {
      organisations: ORGS,
      workers: WORKERS,
      accommodation: csv(HOUSING, 'w1,"Kaiveien 14, Bergen",org,2025-03-01,2,40,9000.00,yes'),
      payments: csv('payment_id,worker_id,period_start,period_end,gross', 'p1,w1,2025-03-01,2025-03-31,25000.00'),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.indicator).toBe('ilo:abusive-working-and-living-conditions');
    expect(findings[0]!.message).toContain('37 % of the worker’s average monthly gross pay');
  });

  it('leaves housing the worker found privately alone, however crowded', () => {
    expect(
      run('abusive-living-conditions', {
        organisations: ORGS,
        workers: WORKERS,
        accommodation: csv(
          HOUSING,
          'w1,"Kaiveien 14, Bergen",landlord,2025-03-01,8,24,,',
          'w2,"Kaiveien 16, Bergen",,2025-03-01,12,30,,',
        ),
      }),
    ).toEqual([]);
  });
});

describe('deceptive-recruitment', () => {
  const REC = 'worker_id,recruited_in,promised_hourly_wage,promised_occupation,promised_weekly_hours,promised_employer_id';
  const CONTRACTS = csv(
    'contract_id,worker_id,employer_id,occupation,hourly_wage,weekly_hours',
    'c1,w1,org,hjelpearbeider,180.00,37.5',
    'c2,w2,org,tømrer,250.00,37.5',
  );

  it('flags another employer and another job as strong deception, each its own indicator', () => {
    const [finding] = run('deceptive-recruitment', {
      workers: WORKERS,
      contracts: CONTRACTS,
      recruitment: csv(REC, 'w1,RO,,tømrer,,main-contractor'),
    });
    expect(finding!.severity).toBe('high');
    expect(finding!.dimensions).toEqual([
      { dimension: 'deceptive-recruitment', strength: 'strong', aspect: 'deceived-about-employer' },
      { dimension: 'deceptive-recruitment', strength: 'strong', aspect: 'deceived-about-nature-of-job' },
    ]);
    expect(finding!.message).toBe(
      'Recruited in RO on promises that the data contradicts: employer org instead of the promised main-contractor; works as “hjelpearbeider”, promised “tømrer”.',
    );
  });

  it('flags lower pay and longer hours than promised as medium', () => {
    const [finding] = run('deceptive-recruitment', {
      workers: WORKERS,
      contracts: CONTRACTS,
      recruitment: csv(REC, 'w1,RO,250.00,hjelpearbeider,37.5,org'),
      time_entries: csv('worker_id,date,hours', ...weeks('w1', 2, 9)),
    });
    expect(finding!.severity).toBe('medium');
    expect(finding!.dimensions.map((d) => d.aspect)).toEqual(['deceived-about-wages', 'deceived-about-conditions-of-work']);
  });

  it('compares the promise with pay for work: holiday pay is outside gross, not taken off it', () => {
    // Found by fixtures/compliant-construction: 300.00 an hour paid, holiday pay on leaving.
    const tables = {
      workers: WORKERS,
      contracts: CONTRACTS,
      recruitment: csv(REC, 'w2,PL,300.00,tømrer,37.5,org'),
      payments: csv(
        'payment_id,worker_id,period_start,period_end,gross,hours_paid,holiday_pay',
        'p1,w2,2025-03-01,2025-03-31,45000.00,150,0',
        'p2,w2,2025-04-01,2025-04-30,45000.00,150,18360.00',
      ),
    };
    expect(run('deceptive-recruitment', tables)).toEqual([]);
  });

  it('accepts promises kept within the tolerances, whatever the case and spacing', () => {
    expect(
      run('deceptive-recruitment', {
        workers: WORKERS,
        contracts: CONTRACTS,
        recruitment: csv(REC, 'w2,PL,270.00, Tømrer ,40,org'),
      }),
    ).toEqual([]);
  });
});

describe('observed-indicator', () => {
  const OBS = 'subject_id,observed_on,source,indicator,note,confidence';
  const tables = (...rows: string[]) => ({ workers: WORKERS, observations: csv(OBS, ...rows) });

  it('turns each observation into a finding for its indicator, severity from the confidence', () => {
    const findings = run(
      'observed-indicator',
      tables(
        'w1,2025-05-02,interview,threat-of-denunciation,Told he would be reported to the police,medium',
        'w2,2025-05-03,tip,isolation,,low',
      ),
    );
    expect(findings.map((f) => [f.subject.id, f.severity, f.indicator])).toEqual([
      ['w1', 'medium', 'ilo:threat-of-denunciation'],
      ['w2', 'low', 'ilo:isolation'],
    ]);
    expect(findings[0]!.message).not.toContain('reported to the police');
  });

  it('makes a strong indicator observed with high confidence critical', () => {
    const [finding] = run('observed-indicator', tables('w1,2025-05-02,police,physical-and-sexual-violence,,high'));
    expect(finding).toMatchObject({
      severity: 'critical',
      dimensions: [{ dimension: 'coercion-at-destination', strength: 'strong' }],
    });
  });

  it('makes observations about an organisation findings about that employer', () => {
    const [finding] = run('observed-indicator', {
      ...tables('org,2025-05-02,inspection,isolation,,medium'),
      organisations: csv('org_id', 'org'),
    });
    expect(finding!.subject).toEqual({ kind: 'employer', id: 'org' });
  });
});
