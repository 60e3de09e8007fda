import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { ILO_INDICATORS, LEVELS, RULES, compareLevels, parseDataset, screen, type Screening } from '../../src/index.js';
import { fixture } from '../helpers/paths.js';

const csv = (header: string, ...rows: string[]) => `${header}\n${rows.join('\n')}\n`;
const OBS = 'subject_id,observed_on,source,indicator,confidence';
const staff = (n: number, employer = 'org') =>
  csv('worker_id,employer_id', ...Array.from({ length: n }, (_, i) => `w${String(i + 1).padStart(2, '0')},${employer}`));
/** Observations that put a worker at forced labour: involuntariness and coercion, each strong and of high confidence. */
const forced = (worker: string) => [
  `${worker},2025-05-01,interview,excessive-overtime,high`,
  `${worker},2025-05-01,interview,retention-of-identity-documents,high`,
];
const levels = (s: Screening) => ({
  workers: s.workers.map((w) => [w.id, w.level]),
  employers: s.employers.map((e) => [e.id, e.level]),
  chains: s.chains.map((c) => [c.path.join('>'), c.level, c.via]),
});

describe('employer levels', () => {
  it('take the highest level held by 2 workers or 10 % of them; a lone worker is a note', () => {
    const one = screen(parseDataset({ workers: staff(12), observations: csv(OBS, ...forced('w01')) }).dataset);
    expect(one.workers.find((w) => w.id === 'w01')!.level).toBe('forced-labour');
    expect(one.employers[0]).toMatchObject({
      id: 'org',
      level: 'none',
      workersAffected: { none: 11, 'forced-labour': 1 },
      share: 0.083,
    });
    expect(one.employers[0]!.notes).toEqual([
      "1 of 12 workers at forced-labour: under the threshold to set the employer's level (2 workers or 10 %). Follow up those workers individually.",
    ]);
    const two = screen(parseDataset({ workers: staff(12), observations: csv(OBS, ...forced('w01'), ...forced('w02')) }).dataset);
    expect(two.employers[0]).toMatchObject({ level: 'forced-labour', notes: [] });
    // A small employer: one worker in five is 20 %.
    const small = screen(parseDataset({ workers: staff(5), observations: csv(OBS, ...forced('w01')) }).dataset);
    expect(small.employers[0]!.level).toBe('forced-labour');
  });

  it('take the thresholds from the options, and refuse bad ones', () => {
    const data = parseDataset({ workers: staff(12), observations: csv(OBS, ...forced('w01'), ...forced('w02')) }).dataset;
    expect(screen(data, { assessment: { employerMinCount: 3, employerMinShare: 0.25 } }).employers[0]!.level).toBe('none');
    expect(() => screen(data, { assessment: { employerMinShare: 2 } })).toThrow(/invalid assessment options: employerMinShare/);
    expect(() => screen(data, { assessment: { minShare: 0.2 } as never })).toThrow(/invalid assessment options/);
  });

  it('raise one systematic-pattern finding when a rule hits most of the workforce', () => {
    const isolated = ['w01', 'w02', 'w03'].map((w) => `${w},2025-05-01,inspection,isolation,medium`);
    const result = screen(parseDataset({ workers: staff(4), observations: csv(OBS, ...isolated) }).dataset);
    const patterns = result.findings.filter((f) => f.ruleId === 'assessment/systematic-pattern');
    expect(patterns.map((f) => [f.subject.id, f.severity, f.tier, f.message])).toEqual([
      [
        'org',
        'high',
        'forced-labour',
        'The same breach across the workforce, a pattern rather than an accident: observed-indicator (3 of 4).',
      ],
    ]);
    expect(result.employers[0]!.findings).toContain(patterns[0]!.id);
    // Two of four: no pattern.
    const fewer = screen(parseDataset({ workers: staff(4), observations: csv(OBS, ...isolated.slice(1)) }).dataset);
    expect(fewer.findings.some((f) => f.ruleId === 'assessment/systematic-pattern')).toBe(false);
  });

  it('chains show the worst level on each path and who sets it', () => {
    const result = screen(
      parseDataset({
        organisations: csv('org_id', 'buyer', 'main', 'sub', 'clean'),
        workers: csv('worker_id,employer_id', 'w1,sub', 'w2,clean'),
        observations: csv(OBS, ...forced('w1')),
        subcontracts: csv('buyer_id,supplier_id', 'buyer,main', 'main,sub', 'main,clean'),
      }).dataset,
    );
    expect(levels(result).chains).toEqual([
      ['buyer>main>clean', 'none', null],
      ['buyer>main>sub', 'forced-labour', 'sub'],
    ]);
  });
});

/** fixtures/nordic-case as CSV text per table, to shuffle and extend. */
const NORDIC = Object.fromEntries(
  [
    'organisations',
    'workers',
    'contracts',
    'time_entries',
    'payments',
    'deductions',
    'accommodation',
    'recruitment',
    'documents',
    'observations',
    'subcontracts',
  ].map((table) => [table, readFileSync(join(fixture('nordic-case'), `${table}.csv`), 'utf8')]),
);
const screenTables = (tables: Record<string, string>) => screen(parseDataset(tables).dataset);

describe('levels: properties', () => {
  const base = screenTables(NORDIC);

  propTest.prop([fc.infiniteStream(fc.nat())], { numRuns: 8 })('shuffling rows never changes any level', (randoms) => {
    const it = randoms[Symbol.iterator]();
    const shuffled = Object.fromEntries(
      Object.entries(NORDIC).map(([table, text]) => {
        const [header, ...rows] = text.trimEnd().split('\n');
        const keyed = rows.map((row) => ({ row, key: it.next().value as number }));
        return [table, `${[header, ...keyed.sort((a, b) => a.key - b.key).map((k) => k.row)].join('\n')}\n`];
      }),
    );
    expect(levels(screenTables(shuffled))).toEqual(levels(base));
  });

  propTest.prop(
    [
      fc.constantFrom('w-101', 'w-201', 'w-203', 'w-204', 'w-301', 'org-clean'),
      fc.constantFrom(...ILO_INDICATORS),
      fc.constantFrom('low', 'medium', 'high'),
    ],
    { numRuns: 25 },
  )('adding an observed indicator never lowers any worker, employer or chain level', (subject, indicator, confidence) => {
    const after = screenTables({
      ...NORDIC,
      observations: `${NORDIC['observations']}${subject},2025-06-20,ngo,${indicator},,${confidence}\n`,
    });
    const before = levels(base);
    const now = levels(after);
    for (const kind of ['workers', 'employers', 'chains'] as const)
      now[kind].forEach(([id, level], i) => {
        expect(before[kind][i]![0]).toBe(id);
        expect(compareLevels(level as never, before[kind][i]![1] as never)).toBeGreaterThanOrEqual(0);
      });
  });

  const SOCIAL_DUMPING = RULES.filter((rule) => rule.meta.tier === 'social-dumping');
  propTest.prop(
    [
      fc.array(
        fc.record({
          wage: fc.integer({ min: 50, max: 400 }),
          hours: fc.integer({ min: 1, max: 300 }),
          daily: fc.integer({ min: 1, max: 16 }),
          written: fc.boolean(),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    ],
    { numRuns: 30 },
  )('a dataset with only social-dumping breaches never reaches forced-labour', (workers) => {
    const ids = workers.map((_, i) => `w${i}`);
    const result = screen(
      parseDataset({
        organisations: csv('org_id,sector', 'org,construction'),
        workers: csv('worker_id,employer_id,start_date', ...ids.map((id) => `${id},org,2025-03-01`)),
        contracts: csv(
          'contract_id,worker_id,employer_id,written,start_date,sector,hourly_wage',
          ...workers.map((w, i) => `c${i},w${i},org,${w.written ? 'yes' : 'no'},2025-03-01,construction,${w.wage}.00`),
        ),
        payments: csv(
          'payment_id,worker_id,period_start,period_end,gross,hours_paid',
          ...workers.map((w, i) => `p${i},w${i},2025-03-01,2025-03-31,${w.wage * w.hours}.00,${w.hours}`),
        ),
        time_entries: csv('worker_id,date,hours', ...workers.map((w, i) => `w${i},2025-03-04,${w.daily}`)),
      }).dataset,
      { ruleSet: SOCIAL_DUMPING },
    );
    for (const level of [...result.workers, ...result.employers].map((s) => s.level))
      expect(LEVELS.indexOf(level)).toBeLessThanOrEqual(LEVELS.indexOf('social-dumping'));
  });
});

describe('work attributed to the employer the rows name', () => {
  it('a worker with two employers over two seasons counts for each at the level of its own work', () => {
    const season = (employer: string, from: string, hours: number) =>
      Array.from({ length: 21 }, (_, i) => {
        const day = new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10);
        return `w1,${employer},${day},${hours}`;
      });
    const result = screen(
      parseDataset({
        organisations: csv('org_id', 'farm-a', 'farm-b'),
        workers: csv('worker_id,employer_id', 'w1,farm-b', 'w2,farm-a'),
        time_entries: csv(
          'worker_id,employer_id,date,hours',
          ...season('farm-a', '2024-06-03', 7),
          ...season('farm-b', '2025-06-02', 12),
        ),
      }).dataset,
      { ruleSet: RULES.filter((r) => r.meta.id === 'excessive-hours') },
    );
    expect(result.workers.find((w) => w.id === 'w1')!.level).toBe('work-crime');
    const byId = new Map(result.employers.map((e) => [e.id, e]));
    // farm-a's season was lawful: the worker counts for it at none.
    expect(byId.get('farm-a')).toMatchObject({ level: 'none', workersAffected: { none: 2 } });
    expect(byId.get('farm-b')).toMatchObject({ level: 'work-crime', workersAffected: { 'work-crime': 1 } });
    expect(byId.get('farm-a')!.findings).toEqual([]);
  });
});
