import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { onlyRule, screenCsv } from '../../helpers/screen-csv.js';
import { parseDataset, screen } from '../../../src/index.js';

const run = (rule: string, tables: Record<string, string>, on = '2025-06-30', options = {}) =>
  screenCsv(tables, rule, onlyRule(rule, { on, ...options })).mine;
const csv = (header: string, ...rows: string[]) => `${header}\n${rows.join('\n')}\n`;
const cited = (f: { evidence: { source: string; line: number; field: string }[] }) =>
  f.evidence.map((e) => `${e.source}:${e.line}:${e.field}`);
const PAY = 'payment_id,worker_id,period_start,period_end,net,method,to_account';

/** A dataset per rule that triggers it, for the property that row order never matters. */
const TRIGGERS: Record<string, Record<string, string>> = {};

describe('cash-wages', () => {
  const workers = csv('worker_id,employer_id', 'w1,org', 'w2,org', 'w3,org');
  TRIGGERS['cash-wages'] = {
    workers,
    payments: csv(
      PAY,
      'p1,w1,2025-03-01,2025-03-31,20000.00,cash,',
      'p2,w1,2025-04-01,2025-04-30,20000.00,cash,',
      'p3,w2,2025-03-01,2025-03-31,20000.00,bank,86011117947',
      'p4,w3,2025-03-01,2025-03-31,20000.00,,',
    ),
  };

  it('flags cash pay, high when every payment is cash', () => {
    const findings = run('cash-wages', TRIGGERS['cash-wages']!);
    expect(findings.map((f) => [f.subject.id, f.severity, f.message])).toEqual([
      ['w1', 'high', '2 of 2 payment(s) in cash, 40000.00 in all.'],
      ['w3', 'low', '1 payment(s) with no bank account recorded and no method that would leave a trace.'],
    ]);
    expect(cited(findings[0]!)).toEqual([
      'payments.csv:2:method',
      'payments.csv:2:net',
      'payments.csv:3:method',
      'payments.csv:3:net',
    ]);
  });

  it('grades one cash payment among bank payments medium', () => {
    const findings = run('cash-wages', {
      workers,
      payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,20000.00,cash,', 'p2,w1,2025-04-01,2025-04-30,20000.00,bank,86011117947'),
    });
    expect(findings.map((f) => f.severity)).toEqual(['medium']);
  });

  it('does not guess when the data never records a method', () => {
    expect(
      run('cash-wages', {
        workers,
        payments: csv('payment_id,worker_id,period_start,period_end,net', 'p1,w1,2025-03-01,2025-03-31,20000.00'),
      }),
    ).toEqual([]);
  });
});

describe('third-party-account', () => {
  const workers = csv('worker_id,employer_id,bank_account', 'w1,org,86011117947', 'w2,org,12345678903', 'w3,org,');
  TRIGGERS['third-party-account'] = {
    workers,
    payments: csv(
      PAY,
      'p1,w1,2025-03-01,2025-03-31,20000.00,bank,15030000002',
      'p2,w2,2025-03-01,2025-03-31,20000.00,bank,1503.00.00002',
      'p3,w3,2025-03-01,2025-03-31,20000.00,bank,',
    ),
  };

  it('flags pay sent to another account, and one account paid for several workers', () => {
    const findings = run('third-party-account', TRIGGERS['third-party-account']!);
    expect(findings.map((f) => [f.subject.id, f.indicator, f.message])).toEqual([
      [
        'w1',
        'ilo:withholding-of-wages',
        '1 of 1 payment(s) went to an account that is not the worker’s own; the account that receives the pay also receives the pay of 1 other worker(s).',
      ],
      [
        'w2',
        'ilo:withholding-of-wages',
        '1 of 1 payment(s) went to an account that is not the worker’s own; the account that receives the pay also receives the pay of 1 other worker(s).',
      ],
    ]);
    expect(findings[0]!.message).not.toContain('15030000002');
    expect(cited(findings[0]!)).toEqual(['workers.csv:2:bank_account', 'payments.csv:2:to_account']);
  });

  it('matches a Norwegian account with its IBAN', () => {
    const own = csv('worker_id,employer_id,bank_account', 'w1,org,86011117947');
    expect(
      run('third-party-account', {
        workers: own,
        payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,20000.00,bank,NO93 8601 1117 947'),
      }),
    ).toEqual([]);
  });

  it('flags workers whose own accounts are one account', () => {
    const same = csv('worker_id,employer_id,bank_account', 'w1,org,86011117947', 'w2,org,8601.11.17947');
    const findings = run('third-party-account', {
      workers: same,
      payments: csv(PAY, 'p1,w1,2025-03-01,2025-03-31,20000.00,bank,', 'p2,w2,2025-03-01,2025-03-31,20000.00,bank,'),
    });
    expect(findings.map((f) => f.subject.id)).toEqual(['w1', 'w2']);
  });
});

describe('identity-anomalies', () => {
  const HEADER = 'worker_id,employer_id,name,national_id,id_kind,birth_date,bank_account';
  TRIGGERS['identity-anomalies'] = {
    workers: csv(
      HEADER,
      'w1,org,Ana Pop,15076500565,no-fnr,1965-07-15,',
      'w2,org,Ion Pop,15076500565,no-fnr,,',
      'w3,org,Ana Pop,,,1965-07-15,',
      'w4,org,Eva Lis,15076500564,no-fnr,,86011117940',
    ),
    organisations: csv('org_id,country,org_number', 'org,NO,915000003'),
  };

  it('flags a shared national id, one person under two ids, bad check digits', () => {
    const findings = run('identity-anomalies', TRIGGERS['identity-anomalies']!);
    expect(findings.map((f) => [f.subject.id, f.severity, f.message])).toEqual([
      ['w1', 'high', 'The same national id is used by 1 other worker(s): w2.'],
      ['w1', 'high', 'The same name and date of birth appear under 1 other worker id(s): w3.'],
      ['w2', 'high', 'The same national id is used by 1 other worker(s): w1.'],
      ['w3', 'high', 'The same name and date of birth appear under 1 other worker id(s): w1.'],
      ['w4', 'medium', 'The national id is not valid: the check digits do not match.'],
      ['w4', 'low', 'The bank account is not valid: the check digit does not match.'],
      // A mistyped organisation number is a data-quality issue: info, no level.
      ['org', 'info', 'The organisation number is not valid: the check digit does not match.'],
    ]);
    for (const finding of findings) expect(finding.message).not.toMatch(/\d{9}/);
  });

  it('leaves one person’s separate employments alone: other employers, or a later season', () => {
    const rows = ['w1,farm-a,Ana Pop,15076500565,no-fnr,1965-07-15,', 'w2,farm-b,Ana Pop,15076500565,no-fnr,1965-07-15,'];
    expect(run('identity-anomalies', { workers: csv(HEADER, ...rows) })).toEqual([]);
    // Another name under the same id is still a borrowed identity.
    const borrowed = run('identity-anomalies', {
      workers: csv(HEADER, 'w1,farm-a,Ana Pop,15076500565,no-fnr,,', 'w2,farm-b,Ion Lup,15076500565,no-fnr,,'),
    });
    expect(borrowed.map((f) => f.subject.id)).toEqual(['w1', 'w2']);
  });

  it('flags a birth date that differs from the national id', () => {
    const findings = run('identity-anomalies', { workers: csv(HEADER, 'w1,org,,15076500565,,1966-07-15,') });
    expect(findings.map((f) => f.message)).toEqual(['The date of birth 1966-07-15 differs from the one in the national id.']);
  });

  it('names at most 10 others per finding, however many share an identity', () => {
    const rows = Array.from({ length: 15 }, (_, i) => `w${String(i).padStart(2, '0')},org,Ana Pop,,,1965-07-15,`);
    const findings = run('identity-anomalies', { workers: csv(HEADER, ...rows) });
    expect(findings).toHaveLength(15);
    expect(findings[0]!.message).toBe(
      'The same name and date of birth appear under 14 other worker id(s): w01, w02, w03, w04, w05, w06, w07, w08, w09, w10 and 4 more.',
    );
    expect(findings[0]!.evidence).toHaveLength(22);
  });

  it('leaves valid, distinct identities and passports alone', () => {
    expect(
      run('identity-anomalies', {
        workers: csv(HEADER, 'w1,org,Ana Pop,15076500565,no-fnr,1965-07-15,86011117947', 'w2,org,Ion Pop,AB123456,passport,,'),
        organisations: csv('org_id,country,org_number', 'org,NO,915000002'),
      }),
    ).toEqual([]);
  });
});

describe('unregistered-work', () => {
  TRIGGERS['unregistered-work'] = {
    organisations: csv('org_id,registered_employees', 'org,1'),
    workers: csv('worker_id,employer_id,registered', 'w1,org,no', 'w2,org,yes', 'w3,org,yes', 'w4,org,'),
    time_entries: csv('worker_id,date,hours', 'w1,2025-03-03,8', 'w2,2025-03-03,8', 'w3,2025-03-03,8', 'w4,2025-03-03,8'),
  };

  it('flags a worker outside the register who works, and an employer reporting far fewer employees', () => {
    const findings = run('unregistered-work', TRIGGERS['unregistered-work']!);
    expect(findings.map((f) => [f.subject.id, f.severity, f.message])).toEqual([
      ['w1', 'high', 'Not registered as an employee, yet 1 time entries are recorded.'],
      ['org', 'medium', 'Reports 1 employee(s) to the authorities, but the data shows 4 working for it.'],
    ]);
    expect(findings[0]!.indicator).toBe('ilo:no-social-protection');
  });

  it('does not flag unregistered workers with no work in the data', () => {
    expect(run('unregistered-work', { workers: csv('worker_id,employer_id,registered', 'w1,org,no') })).toEqual([]);
  });

  it('tolerates a small gap between reported and seen employees', () => {
    const findings = run('unregistered-work', {
      ...TRIGGERS['unregistered-work']!,
      organisations: csv('org_id,registered_employees', 'org,3'),
    });
    expect(findings.map((f) => f.subject.kind)).toEqual(['worker']);
  });
});

describe('no/missing-hms-card', () => {
  const ORGS = csv('org_id,sector', 'build,construction', 'shop,hospitality');
  TRIGGERS['no/missing-hms-card'] = {
    organisations: ORGS,
    workers: csv(
      'worker_id,employer_id,hms_card,hms_card_valid_to',
      'w1,build,,',
      'w2,build,HMS1,2025-03-04',
      'w3,shop,,',
      'w4,build,HMS4,2026-01-01',
    ),
    time_entries: csv(
      'worker_id,date,hours',
      'w1,2025-03-03,8',
      'w2,2025-03-03,8',
      'w2,2025-03-05,8',
      'w3,2025-03-03,8',
      'w4,2025-03-03,8',
    ),
  };

  it('flags work in construction with no card or after it expired', () => {
    const findings = run('no/missing-hms-card', TRIGGERS['no/missing-hms-card']!);
    expect(findings.map((f) => [f.subject.id, f.message])).toEqual([
      ['w1', 'Worked 1 day(s) in construction with no HMS card.'],
      ['w2', 'Worked 1 day(s) after the HMS card expired on 2025-03-04.'],
    ]);
    expect(cited(findings[1]!)).toEqual(['workers.csv:3:hms_card_valid_to', 'time_entries.csv:4:date']);
  });

  it('covers other sectors when configured', () => {
    const findings = run('no/missing-hms-card', TRIGGERS['no/missing-hms-card']!, '2025-06-30', {
      rules: { 'no/missing-hms-card': ['medium', { sectors: ['hospitality'] }] },
    });
    expect(findings.map((f) => f.subject.id)).toEqual(['w3']);
  });

  it('is skipped when the data has no HMS-card column at all', () => {
    const { skipped } = screenCsv(
      { workers: csv('worker_id,employer_id', 'w1,build'), time_entries: csv('worker_id,date,hours', 'w1,2025-03-03,8') },
      'no/missing-hms-card',
      onlyRule('no/missing-hms-card'),
    );
    expect(skipped).toEqual([{ ruleId: 'no/missing-hms-card', reason: 'no worker has an hms_card or hms_card_valid_to value' }]);
  });
});

describe('chain-depth', () => {
  const SUB = 'buyer_id,supplier_id,project';
  const orgs = csv(
    'org_id,role',
    'client,client',
    'main,main-contractor',
    'a,subcontractor',
    'b,subcontractor',
    'c,subcontractor',
    'd,subcontractor',
  );
  TRIGGERS['chain-depth'] = {
    workers: csv('worker_id,employer_id', 'w1,main'),
    organisations: orgs,
    subcontracts: csv(SUB, 'client,main,x', 'main,a,x', 'a,b,x', 'b,c,x', 'c,d,x'),
  };

  it('flags each organisation more than two levels below the main contractor, with the whole path', () => {
    const findings = run('chain-depth', TRIGGERS['chain-depth']!);
    expect(findings.map((f) => [f.subject.id, f.severity])).toEqual([
      ['client > main > a > b > c > d', 'high'],
      ['client > main > a > b > c', 'medium'],
    ]);
    expect(findings[1]!.message).toBe(
      'c works 3 levels below the main contractor main, more than the 2 allowed: client → main → a → b → c.',
    );
    expect(cited(findings[1]!).filter((c) => c.endsWith('supplier_id'))).toEqual([
      'subcontracts.csv:2:supplier_id',
      'subcontracts.csv:3:supplier_id',
      'subcontracts.csv:4:supplier_id',
      'subcontracts.csv:5:supplier_id',
    ]);
  });

  it('takes the limit from the buyer’s terms (Oslo model: one level)', () => {
    const findings = run('chain-depth', TRIGGERS['chain-depth']!, '2025-06-30', {
      rules: { 'chain-depth': ['medium', { maxLevels: 1 }] },
    });
    expect(findings.map((f) => f.subject.id.split(' > ').at(-1))).toEqual(['b', 'c', 'd']);
  });

  it('accepts two levels, and survives a cycle', () => {
    expect(
      run('chain-depth', {
        workers: csv('worker_id,employer_id', 'w1,main'),
        organisations: orgs,
        subcontracts: csv(SUB, 'client,main,x', 'main,a,x', 'a,b,x', 'b,a,x'),
      }),
    ).toEqual([]);
  });
});

describe('price-below-labour-cost', () => {
  const orgs = csv('org_id,sector', 'main,construction', 'sub,construction', 'it,other');
  const SUB = 'buyer_id,supplier_id,from,value,estimated_hours';
  TRIGGERS['price-below-labour-cost'] = {
    workers: csv('worker_id,employer_id', 'w1,main'),
    organisations: orgs,
    subcontracts: csv(SUB, 'main,sub,2025-04-01,500000.00,2000', 'main,it,2025-04-01,1000.00,100'),
  };

  it('flags a price that cannot cover the hours at the minimum wage, holiday pay and employer’s costs', () => {
    const findings = run('price-below-labour-cost', TRIGGERS['price-below-labour-cost']!);
    const below = findings.find((f) => f.subject.id === 'main > sub')!;
    // 2000 h × 214.90 × 1.102 × 1.25 = 592 049.50
    expect(below.severity).toBe('medium');
    expect(below.message).toBe(
      'The contract value 500000.00 covers 84 % of the least the 2000 estimated hours cost paid legally: 592049.50 (minimum 214.90 an hour for construction from 2023-06-15, holiday pay 10.2 %, employer’s costs 25 %).',
    );
  });

  it('counts a supplier whose sector has no minimum wage as not judged, in the coverage', () => {
    const { dataset } = parseDataset(TRIGGERS['price-below-labour-cost']!);
    const result = screen(dataset, { on: '2025-06-30', ...onlyRule('price-below-labour-cost') });
    expect(result.findings.some((f) => f.subject.id === 'main > it')).toBe(false);
    expect(result.coverage).toEqual([
      expect.objectContaining({
        ruleId: 'price-below-labour-cost',
        unmeasured: 1,
        reasons: [
          expect.objectContaining({
            id: 'no-rate',
            count: 1,
            example: { source: 'subcontracts.csv', line: expect.any(Number) },
          }),
        ],
      }),
    ]);
  });

  it('accepts a price that covers the floor', () => {
    expect(
      run('price-below-labour-cost', {
        workers: csv('worker_id,employer_id', 'w1,main'),
        organisations: orgs,
        subcontracts: csv(SUB, 'main,sub,2025-04-01,600000.00,2000'),
      }),
    ).toEqual([]);
  });
});

describe('shell-company', () => {
  const ORG = 'org_id,address,registered_on,registered_employees,vat_registered,bankrupt_on';
  const SUB = 'buyer_id,supplier_id,from,to,value,estimated_hours';
  TRIGGERS['shell-company'] = {
    organisations: csv(
      ORG,
      'main,"Storgata 1, Oslo",2001-01-01,80,yes,',
      'old,"Kaigata 5, Bergen",2019-01-01,12,yes,2024-10-01',
      'new,"Kaigata 5 Bergen",2025-02-01,0,no,',
    ),
    workers: csv('worker_id,employer_id', 'w1,new'),
    subcontracts: csv(SUB, 'main,new,2025-03-01,2025-12-31,900000.00,3000', 'main,old,2024-01-01,2025-12-31,100000.00,200'),
  };

  it('flags a new firm at a bankrupt firm’s address (phoenix), without VAT or employees', () => {
    const findings = run('shell-company', TRIGGERS['shell-company']!);
    expect(findings.map((f) => [f.subject.id, f.severity, f.message])).toEqual([
      [
        'new',
        'high',
        'new: registered 28 day(s) before its first contract or worker (2025-03-01); not VAT-registered while supplying 1 contract(s) above 50000; no registered employees while supplying 3000 estimated hours of work; registered on 2025-02-01 at the address of old, bankrupt on 2024-10-01.',
      ],
      ['old', 'high', 'old: bankrupt on 2024-10-01, with contracts or work going on after it.'],
    ]);
  });

  it('takes the thresholds from the options', () => {
    const findings = run('shell-company', TRIGGERS['shell-company']!, '2025-06-30', {
      rules: { 'shell-company': ['medium', { recentDays: 10, phoenixYears: 0 }] },
    });
    expect(findings.find((f) => f.subject.id === 'new')!.message).not.toMatch(/registered 28 day|address of old/);
  });

  it('leaves an established, registered supplier alone', () => {
    expect(
      run('shell-company', {
        workers: csv('worker_id,employer_id', 'w1,main'),
        organisations: csv(ORG, 'main,x,2001-01-01,80,yes,', 'sub,y,2015-01-01,20,yes,'),
        subcontracts: csv(SUB, 'main,sub,2025-03-01,,900000.00,3000'),
      }),
    ).toEqual([]);
  });
});

describe('shared-infrastructure', () => {
  it('links workers by an address only when they lived there at the same time, and not a household or compliant crew housing', () => {
    const people = csv(
      'worker_id,employer_id,address,start_date,end_date',
      'w1,a,"Fjordgata 2, Ålesund",2024-05-01,2024-09-30',
      'w2,b,"Fjordgata 2, Ålesund",2025-05-01,2025-09-30',
    );
    expect(run('shared-infrastructure', { workers: people })).toEqual([]);
    const together = csv(
      'worker_id,employer_id,address,start_date,end_date',
      'w1,a,"Fjordgata 2, Ålesund",2024-05-01,2025-09-30',
      'w2,b,"Fjordgata 2, Ålesund",2025-05-01,2025-09-30',
    );
    expect(run('shared-infrastructure', { workers: together }).map((f) => f.subject.id)).toEqual(['a']);
    // A family: one household, not a cluster.
    const family = {
      workers: csv('worker_id,employer_id,address', 'w1,a,"Lia 3, Oslo"', 'w2,b,"Lia 3, Oslo"'),
      accommodation: csv('worker_id,address,household', 'w1,"Lia 3, Oslo",h1', 'w2,"Lia 3, Oslo",h1'),
    };
    expect(run('shared-infrastructure', family)).toEqual([]);
    // The employer's declared crew housing, 12 m² a person: crews live together lawfully.
    const crew = {
      organisations: csv('org_id', 'fish'),
      workers: csv('worker_id,employer_id,address', ...['w1', 'w2', 'w3', 'w4'].map((w) => `${w},fish,"Brakka, Frøya"`)),
      accommodation: csv(
        'worker_id,address,provider_id,occupants,area_m2,crew_housing',
        ...['w1', 'w2', 'w3', 'w4'].map((w) => `${w},"Brakka, Frøya",fish,4,48,yes`),
      ),
    };
    expect(run('shared-infrastructure', crew)).toEqual([]);
    const cramped = { ...crew, accommodation: crew.accommodation.replace(/,48,/g, ',20,') };
    expect(run('shared-infrastructure', cramped).map((f) => f.subject.id)).toEqual(['fish']);
  });

  const HEADER = 'worker_id,employer_id,address,phone,bank_account';
  TRIGGERS['shared-infrastructure'] = {
    workers: csv(
      HEADER,
      'w1,a,"Kaiveien 1, Bergen",+47 912 34 567,',
      'w2,b,"kaiveien 1 bergen",,',
      'w3,b,,91234567,',
      'w4,c,,,86011117947',
      'w5,c,,,',
    ),
    payments: csv(PAY, 'p5,w5,2025-03-01,2025-03-31,20000.00,bank,8601 11 17947'),
  };

  it('reports each cluster once, with members, employers and what they share', () => {
    const findings = run('shared-infrastructure', TRIGGERS['shared-infrastructure']!);
    expect(findings.map((f) => [f.subject.id, f.severity, f.message])).toEqual([
      ['b', 'medium', '3 workers of 2 employer(s) (a, b) are linked by shared address, phone: w1, w2, w3.'],
    ]);
    expect(cited(findings[0]!)).toEqual([
      'workers.csv:2:address',
      'workers.csv:2:phone',
      'workers.csv:3:address',
      'workers.csv:4:phone',
    ]);
  });

  it('reports a large cluster within one employer from minMembers', () => {
    const workers = csv(HEADER, ...['w1', 'w2', 'w3', 'w4'].map((w) => `${w},a,,,15030000002`));
    expect(run('shared-infrastructure', { workers }).map((f) => [f.severity, f.subject.id])).toEqual([['medium', 'a']]);
    expect(
      run('shared-infrastructure', { workers }, '2025-06-30', {
        rules: { 'shared-infrastructure': ['medium', { minMembers: 5 }] },
      }),
    ).toEqual([]);
  });

  it('grades an account shared across employers high', () => {
    const workers = csv(HEADER, 'w1,a,,,15030000002', 'w2,b,,,1503.00.00002');
    expect(run('shared-infrastructure', { workers }).map((f) => f.severity)).toEqual(['high']);
  });

  propTest.prop(
    [
      fc
        .array(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), { minLength: 5, maxLength: 5 })
        .filter((ids) => new Set(ids).size === 5),
    ],
    { numRuns: 30 },
  )('renaming worker ids never changes the clusters found', (ids) => {
    const rename = (text: string) => text.replace(/\bw([1-5])\b/g, (_, n: string) => ids[Number(n) - 1]!);
    const tables = TRIGGERS['shared-infrastructure']!;
    const renamed = run('shared-infrastructure', { workers: rename(tables['workers']!), payments: rename(tables['payments']!) });
    const members = (message: string) => new Set(message.slice(message.lastIndexOf(': ') + 2, -1).split(', '));
    expect(renamed).toHaveLength(1);
    expect(members(renamed[0]!.message)).toEqual(new Set([ids[0], ids[1], ids[2]]));
  });
});

describe('overcrowded-housing', () => {
  const HOUSING = 'worker_id,address,provider_id,occupants,area_m2,monthly_charge,deducted_from_wage';
  const orgs = csv('org_id,address', 'org,"Storgata 1, Oslo"', 'prop,"Storgata 1, Oslo"', 'other,"Elsewhere 2"');
  const workers = csv('worker_id,employer_id', 'w1,org', 'w2,org', 'w3,org');
  TRIGGERS['overcrowded-housing'] = {
    organisations: orgs,
    workers,
    accommodation: csv(
      HOUSING,
      'w1,"Lia 3, Oslo",,6,40,,',
      'w2,"Fjord 9, Oslo",prop,2,60,5000.00,yes',
      'w3,"Berg 1, Oslo",org,7,,,',
    ),
  };

  it('flags under 8 m² a person, and housing from a related firm with rent deducted', () => {
    const findings = run('overcrowded-housing', TRIGGERS['overcrowded-housing']!);
    expect(findings.map((f) => [f.subject.id, f.severity, f.message])).toEqual([
      ['w3', 'high', '7 people at the worker’s address, the area unknown; housing provided by the employer.'],
      ['w1', 'medium', '6 people at the worker’s address, 6.7 m² each, under 8 m².'],
      [
        'w2',
        'low',
        'Housing provided by a related firm, with the rent deducted from the wage: losing the job means losing the home.',
      ],
    ]);
    expect(findings[2]!.indicator).toBe('ilo:dependency-on-exploiters');
  });

  it('counts the workers in the data at one address when occupants are not given', () => {
    const many = csv(HOUSING, ...['w1', 'w2', 'w3'].map((w) => `${w},"Lia 3, Oslo",,,20,,`));
    expect(run('overcrowded-housing', { organisations: orgs, workers, accommodation: many }).map((f) => f.message)).toEqual(
      Array.from({ length: 3 }, () => '3 people at the worker’s address (3 workers in the data), 6.7 m² each, under 8 m².'),
    );
  });

  it('leaves roomy private housing alone', () => {
    expect(
      run('overcrowded-housing', {
        organisations: orgs,
        workers,
        accommodation: csv(HOUSING, 'w1,"Lia 3, Oslo",other,2,60,5000.00,no'),
      }),
    ).toEqual([]);
  });
});

describe('work-crime rules: row order never matters', () => {
  const shuffled = (text: string, keys: number[]) => {
    const [header, ...rows] = text.trimEnd().split('\n');
    const keyed = rows.map((row, i) => ({ row, key: keys[i % keys.length]! }));
    return `${[header, ...keyed.sort((a, b) => a.key - b.key).map((k) => k.row)].join('\n')}\n`;
  };
  const ids = (rule: string, tables: Record<string, string>) => run(rule, tables).map((f) => f.id);

  for (const rule of Object.keys(TRIGGERS))
    propTest.prop([fc.array(fc.nat(), { minLength: 8, maxLength: 8 })], { numRuns: 15 })(
      `${rule}: same finding ids in any row order`,
      (keys) => {
        const tables = TRIGGERS[rule]!;
        const reordered = Object.fromEntries(Object.entries(tables).map(([name, text]) => [name, shuffled(text, keys)]));
        expect(ids(rule, reordered)).toEqual(ids(rule, tables));
      },
    );
});

describe('unregistered-work: found at work', () => {
  it('reports a worker an inspector found at work with nothing in the payroll or contracts for the day', () => {
    const tables = {
      workers: 'worker_id,employer_id\nw1,build\nw2,build\n',
      time_entries: 'worker_id,date,start,source\nw1,2025-05-14,10:15,inspection\nw2,2025-05-14,10:20,inspection\n',
      payments: 'payment_id,worker_id,period_start,period_end,gross\np1,w2,2025-05-01,2025-05-31,40000.00\n',
    };
    const findings = run('unregistered-work', tables);
    expect(findings.map((f) => [f.subject.id, f.severity, f.message])).toEqual([
      [
        'w1',
        'medium',
        'Found at work on an inspection on 1 day(s) (2025-05-14) with no contract in force and no pay for the day in the data.',
      ],
    ]);
    expect(findings[0]!.evidence).toEqual([{ source: 'time_entries.csv', line: 2, field: 'source', value: 'inspection' }]);
  });
});
