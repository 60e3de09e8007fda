import { describe, expect, it } from 'vitest';
import { parseDataset, screen } from '../../src/index.js';
import { onlyRule, screenCsv } from '../helpers/screen-csv.js';

const REC = 'worker_id,recruiter_id,recruited_in,recruited_on,season,promised_employer_id';

describe('recruitment: dates, seasons and vulnerabilities', () => {
  it('holds a later season’s recruitment to that season’s employer, not the first one’s', () => {
    const tables = {
      workers: 'worker_id,employer_id\nw1,farm-b\n',
      contracts:
        'contract_id,worker_id,employer_id,start_date,end_date\nc1,w1,farm-a,2024-05-01,2024-09-30\nc2,w1,farm-b,2025-05-01,2025-09-30\n',
      recruitment: `${REC}\nw1,agency,RO,2024-03-01,,farm-a\nw1,agency,RO,2025-03-01,,farm-b\n`,
    };
    const { mine } = screenCsv(tables, 'deceptive-recruitment', onlyRule('deceptive-recruitment'));
    expect(mine).toEqual([]);
    // Recruited for farm-a in 2025 but working for farm-b that season: deceived about the employer.
    const deceived = screenCsv(
      { ...tables, recruitment: `${REC}\nw1,agency,RO,2024-03-01,,farm-a\nw1,agency,RO,,2025,farm-a\n` },
      'deceptive-recruitment',
      onlyRule('deceptive-recruitment'),
    );
    expect(deceived.mine.map((f) => f.message)).toEqual([
      'Recruited in RO on promises that the data contradicts: employer farm-b instead of the promised farm-a.',
    ]);
  });

  it('without a date, accepts any employer the worker worked for as the promised one', () => {
    const { mine } = screenCsv(
      {
        workers: 'worker_id,employer_id\nw1,farm-b\n',
        contracts: 'contract_id,worker_id,employer_id,start_date\nc1,w1,farm-a,2024-05-01\n',
        recruitment: `${REC}\nw1,agency,RO,,,farm-a\n`,
      },
      'deceptive-recruitment',
      onlyRule('deceptive-recruitment'),
    );
    expect(mine).toEqual([]);
  });

  it('records recruitment-stage vulnerabilities as context: no level alone, but they make the dimension', () => {
    const vulnerable =
      'worker_id,recruiter_id,recruited_in,recruited_on,economic_hardship,lacked_information,dependent_on_recruiter\nw1,agency,RO,2025-03-01,yes,yes,yes\n';
    const { dataset } = parseDataset({ workers: 'worker_id,employer_id\nw1,farm\n', recruitment: vulnerable });
    const alone = screen(dataset, { on: '2025-06-30' });
    const finding = alone.findings.find((f) => f.ruleId === 'recruitment-vulnerability')!;
    expect(finding).toMatchObject({ contextOnly: true, severity: 'low' });
    expect(finding.dimensions.map((d) => d.aspect)).toEqual([
      'economic-reasons',
      'lack-of-information',
      'psychological-or-emotional-dependency',
    ]);
    const worker = alone.workers[0]!;
    expect(worker.level).toBe('none');
    expect(worker.ilo.dimensions['recruitment-by-abuse-of-vulnerability'].positive).toBe(true);
    // With exploitation (excessive hours, pay far under the floor), Norwegian law reads abuse of a
    // vulnerable situation as a means of trafficking (straffeloven § 257).
    const days = Array.from({ length: 28 }, (_, i) => `w1,2025-04-${String(i + 1).padStart(2, '0')},12`).join('\n');
    const exploited = parseDataset({
      organisations: 'org_id,name,sector\nfarm,Gard AS,agriculture\n',
      workers: 'worker_id,employer_id\nw1,farm\n',
      recruitment: vulnerable,
      time_entries: `worker_id,date,hours\n${days}\n`,
      payments: 'payment_id,worker_id,period_start,period_end,gross,hours_paid\np1,w1,2025-04-01,2025-04-30,10000.00,336\n',
    }).dataset;
    const no = screen(exploited, { on: '2025-06-30' }).workers[0]!;
    expect(no).toMatchObject({ level: 'trafficking', definition: 'no/straffeloven-257' });
  });
});
