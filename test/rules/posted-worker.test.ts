import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { onlyRule, screenCsv } from '../helpers/screen-csv.js';

const RULE = 'no/posted-worker';
const HEADER = 'worker_id,employer_id,posted,posting_country,a1_certificate,start_date,end_date';
const workers = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;
const run = (tables: Record<string, string>, on = '2025-12-31', options = {}) =>
  screenCsv(tables, RULE, onlyRule(RULE, { on, ...options })).mine;

describe('no/posted-worker', () => {
  it('flags a posted worker without an A1 certificate', () => {
    const mine = run({ workers: workers('w1,org,yes,PL,no,2025-09-01,') });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ severity: 'medium', subject: { kind: 'worker', id: 'w1' } });
    expect(mine[0]!.message).toBe(
      "Posted from PL without an A1 certificate: Norwegian social security and the employer's contribution apply unless one is shown.",
    );
    expect(mine[0]!.evidence.map((e) => `${e.field}=${e.value}`)).toEqual([
      'posted=true',
      'posting_country=PL',
      'a1_certificate=false',
    ]);
  });

  it('flags postings beyond 12 months from the first to the last day seen, and beyond 24 only once', () => {
    const entries = (first: string, last: string) => `worker_id,date,hours\nw1,${first},7.5\nw1,${last},7.5\n`;
    const year = run({ workers: workers('w1,org,yes,LT,yes,,'), time_entries: entries('2024-03-04', '2025-03-04') });
    expect(year.map((f) => f.severity)).toEqual(['low']);
    expect(year[0]!.message).toBe(
      'Posted from LT from 2024-03-04 to at least 2025-03-04, beyond 12 months, after which all Norwegian terms of employment apply.',
    );
    expect(year[0]!.evidence.slice(-2)).toEqual([
      { source: 'time_entries.csv', line: 2, field: 'date', value: '2024-03-04' },
      { source: 'time_entries.csv', line: 3, field: 'date', value: '2025-03-04' },
    ]);
    // One day short of 12 months: within the limit; 18 months with a notification.
    expect(run({ workers: workers('w1,org,yes,LT,yes,,'), time_entries: entries('2024-03-04', '2025-03-03') })).toEqual([]);
    expect(
      run({ workers: workers('w1,org,yes,LT,yes,,'), time_entries: entries('2024-03-04', '2025-03-04') }, '2025-12-31', {
        rules: { [RULE]: ['low', { extended: true }] },
      }),
    ).toEqual([]);
    const long = run({ workers: workers('w1,org,yes,LT,yes,,'), time_entries: entries('2023-01-02', '2025-01-02') });
    expect(long.map((f) => [f.severity, f.message.includes('beyond 24 months')])).toEqual([['medium', true]]);
  });

  it('uses start_date when nothing else is known, reports an unrecorded A1 as info, and ignores workers not posted', () => {
    const fromStart = run({ workers: workers('w1,org,yes,,yes,2024-01-01,') }, '2025-06-30');
    expect(fromStart[0]!.message).toBe(
      'Posted from 2024-01-01 to at least 2025-06-30, beyond 12 months, after which all Norwegian terms of employment apply.',
    );
    const unknown = run({ workers: workers('w1,org,yes,PL,,,') });
    expect(unknown.map((f) => [f.severity, f.message])).toEqual([
      ['info', 'Posted from PL; whether the worker holds an A1 certificate is not recorded.'],
    ]);
    expect(
      run({ workers: workers('w1,org,no,,no,2020-01-01,'), time_entries: 'worker_id,date,hours\nw1,2025-01-02,8\n' }),
    ).toEqual([]);
    expect(run({ workers: workers('w1,org,yes,NO,no,,') })).toEqual([]);
    expect(run({ workers: workers('w1,org,yes,PL,no,,') }, '2025-12-31', { jurisdiction: 'DK' })).toEqual([]);
  });

  propTest.prop([fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 400 })], { numRuns: 50 })(
    'a longer posting never has fewer findings',
    (days, more) => {
      const date = (offset: number) => new Date(Date.UTC(2023, 0, 2 + offset)).toISOString().slice(0, 10);
      const tables = (length: number) => ({
        workers: workers('w1,org,yes,PL,yes,,'),
        time_entries: `worker_id,date,hours\nw1,${date(0)},8\nw1,${date(length)},8\n`,
      });
      const rank = (fs: ReturnType<typeof run>) => fs.reduce((sum, f) => sum + (f.severity === 'medium' ? 2 : 1), 0);
      expect(rank(run(tables(days + more), '2026-12-31'))).toBeGreaterThanOrEqual(rank(run(tables(days), '2026-12-31')));
    },
  );
});
