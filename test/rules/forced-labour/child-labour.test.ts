import { describe, expect, it } from 'vitest';
import { onlyRule, screenCsv } from '../../helpers/screen-csv.js';

const RULE = 'child-labour';
const csv = (header: string, ...rows: string[]) => `${header}\n${rows.join('\n')}\n`;
const run = (tables: Record<string, string>, on = '2025-08-31') => screenCsv(tables, RULE, onlyRule(RULE, { on }));
const ORGS = csv('org_id,sector', 'shop,hospitality', 'site,construction');
const ENTRIES = 'worker_id,employer_id,date,start,end,break_minutes';

describe('child-labour', () => {
  it('flags a 16-year-old working over 8 hours a day and at night, citing the birth date and the shifts', () => {
    const { mine } = run({
      organisations: ORGS,
      workers: csv('worker_id,employer_id,birth_date', 'k1,shop,2009-03-01'),
      time_entries: csv(ENTRIES, 'k1,shop,2025-07-07,12:00,23:00,30', 'k1,shop,2025-07-08,09:00,15:00,30'),
    });
    expect(mine.map((f) => [f.severity, f.indicator, f.message])).toEqual([
      ['high', 'ilo:excessive-overtime', 'A child (born 2009-03-01) worked more than the 8 hours a day allowed at age 16.'],
      ['high', 'ilo:hazardous-work', 'A child (born 2009-03-01) worked at night (20:00–06:00).'],
    ]);
    expect(mine[0]!.evidence.map((e) => `${e.source}:${e.line}`)).toEqual(['workers.csv:2', 'time_entries.csv:2']);
    expect(mine.flatMap((f) => f.dimensions.map((d) => d.aspect))).toEqual(['child-hours', 'child-night']);
  });

  it('takes the age from a fødselsnummer, flags hazardous sectors, and work under 13 as critical', () => {
    // 01.01.2013: a valid fødselsnummer (individual number 500-749 for 2000-2039 births).
    const { mine } = run({
      organisations: ORGS,
      workers: csv('worker_id,employer_id,national_id,id_kind', 'k2,site,01011350034,no-fnr'),
      time_entries: csv(ENTRIES, 'k2,site,2025-07-07,08:00,10:00,0'),
    });
    expect(mine.map((f) => f.severity)).toEqual(['critical', 'high']);
    expect(mine[0]!.message).toContain('worked at age 12, under the lowest age for any work (13)');
    expect(mine[1]!.message).toContain('worked in construction, hazardous work for under-18s');
    expect(mine[0]!.evidence[0]).toMatchObject({ field: 'national_id' });
  });

  it('flags employment under 15 without time entries, worst forms observed, and leaves adults and lawful work alone', () => {
    const { mine, workers } = run({
      organisations: ORGS,
      workers: csv(
        'worker_id,employer_id,birth_date,start_date',
        'k3,shop,2011-05-01,2025-06-02',
        'k4,shop,2008-01-10,2025-06-02',
        'a1,shop,1990-01-01,2025-06-02',
      ),
      observations: csv(
        'subject_id,observed_on,source,indicator,confidence',
        'k4,2025-06-20,police,forced-begging,high',
        'a1,2025-06-20,police,forced-begging,high',
      ),
      time_entries: csv(ENTRIES, 'k4,shop,2025-06-10,10:00,14:00,0'),
    });
    expect(mine.map((f) => [f.subject.id, f.severity])).toEqual([
      ['k4', 'critical'],
      ['k3', 'high'],
    ]);
    expect(mine[0]!.message).toContain('forced begging, a worst form of child labour');
    expect(mine[1]!.message).toBe(
      'Employed from 2025-06-02 at age 14, under the minimum age of 15; no time entries show whether the work was light.',
    );
    // The worst form makes the exploited child's level trafficking, without proof of means.
    expect(workers.find((w) => w.id === 'k4')).toMatchObject({ level: 'trafficking', ilo: { child: true } });
  });

  it('weighs an observed worst form as an observation: low confidence asks for verification, never sets trafficking', () => {
    const tables = (confidence: string) => ({
      organisations: ORGS,
      workers: csv('worker_id,employer_id,birth_date', 'k5,shop,2008-02-14'),
      observations: csv('subject_id,observed_on,source,indicator,confidence', `k5,2025-06-20,ngo,forced-criminal-activity,${confidence}`),
      time_entries: csv(ENTRIES, 'k5,shop,2025-06-10,10:00,14:00,0'),
    });
    const low = run(tables('low'));
    expect(low.mine).toEqual([expect.objectContaining({ severity: 'high', basis: 'observation', confidence: 'low', messageId: 'worst-form' })]);
    expect(low.workers.find((w) => w.id === 'k5')!.level).not.toBe('trafficking');
    const high = run(tables('high'));
    expect(high.mine[0]).toMatchObject({ severity: 'critical', confidence: 'high' });
  });
});
