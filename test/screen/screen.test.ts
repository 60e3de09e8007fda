import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import {
  JURISDICTION_PACKS,
  RULES,
  compareSeverities,
  parseDataset,
  screen,
  stableHash,
  latestDate,
  nearMatches,
} from '../../src/index.js';
import { loadDataset } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';

const ORGS = 'org_id,sector\nclean,cleaning\n';
const WORKERS = 'worker_id,employer_id,start_date\nw1,clean,2025-03-03\nw2,clean,2025-03-03\nw3,clean,2025-03-03\n';
const PAYMENTS = [
  'payment_id,worker_id,period_start,period_end,gross,hours_paid',
  'p1,w1,2025-07-01,2025-07-31,28800.00,160',
  'p2,w2,2025-07-01,2025-07-31,38000.00,160',
  'p3,w3,2025-07-01,2025-07-31,20000.00,160',
];
const ENTRIES = ['worker_id,date,hours', 'w1,2025-07-07,14', 'w2,2025-07-07,8', 'w3,2025-07-08,13.5'];

const dataset = (payments = PAYMENTS, entries = ENTRIES) =>
  parseDataset({
    organisations: ORGS,
    workers: WORKERS,
    payments: `${payments.join('\n')}\n`,
    time_entries: `${entries.join('\n')}\n`,
  }).dataset;

describe('screen()', () => {
  it('runs the rules, cites the right CSV lines and sorts most severe first', () => {
    const result = screen(dataset());
    expect(result.findings.map((f) => [f.ruleId, f.subject.id, f.severity])).toEqual([
      ['no/minimum-wage', 'w3', 'critical'],
      ['no/minimum-wage', 'w1', 'high'],
      ['no/overtime-premium', 'w1', 'medium'],
      ['no/overtime-premium', 'w3', 'medium'],
      ['no/working-time', 'w1', 'medium'],
      ['no/working-time', 'w3', 'medium'],
    ]);
    expect(result.findings[0]!.evidence[0]).toEqual({ source: 'payments.csv', line: 4, field: 'gross', value: '20000.00' });
    expect(result.findings[4]!.evidence[0]).toMatchObject({ source: 'time_entries.csv', line: 2 });
    expect(result.summary).toMatchObject({
      workers: 3,
      employers: 1,
      findings: 6,
      byTier: { 'social-dumping': 6 },
      bySeverity: { critical: 1, high: 1, medium: 4 },
    });
    expect(result.referenceDate).toBe('2025-07-31');
    expect(result.skipped).toEqual([
      { ruleId: 'abusive-living-conditions', reason: 'table accommodation not provided' },
      { ruleId: 'chain-depth', reason: 'table subcontracts not provided' },
      { ruleId: 'debt-bondage', reason: 'tables recruitment, deductions not provided (needs one of them)' },
      { ruleId: 'deceptive-recruitment', reason: 'table recruitment not provided' },
      { ruleId: 'excessive-deductions', reason: 'table deductions not provided' },
      { ruleId: 'no/buyer-duty', reason: 'table subcontracts not provided' },
      { ruleId: 'no/holiday-pay', reason: 'no payment has a holiday_pay value or is of kind holiday-pay' },
      { ruleId: 'no/lodging-travel-charged', reason: 'table deductions not provided' },
      { ruleId: 'no/missing-hms-card', reason: 'no worker has an hms_card or hms_card_valid_to value' },
      { ruleId: 'no/pay-below-contract', reason: 'table contracts not provided' },
      { ruleId: 'no/unapproved-supplier', reason: 'table subcontracts not provided' },
      { ruleId: 'no/written-contract', reason: 'table contracts not provided' },
      { ruleId: 'observed-indicator', reason: 'table observations not provided' },
      { ruleId: 'observed-work-crime', reason: 'table observations not provided' },
      { ruleId: 'overcrowded-housing', reason: 'table accommodation not provided' },
      { ruleId: 'price-below-labour-cost', reason: 'table subcontracts not provided' },
      { ruleId: 'recruitment-vulnerability', reason: 'table recruitment not provided' },
      { ruleId: 'retained-documents', reason: 'table documents not provided' },
    ]);
    expect(result.workers.map((w) => [w.id, w.level])).toEqual([
      ['w1', 'social-dumping'],
      ['w2', 'none'],
      ['w3', 'social-dumping'],
    ]);
    for (const finding of result.findings) expect(finding.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('applies ESLint-style configuration: off, a fixed severity, options', () => {
    const off = screen(dataset(), { rules: { 'no/minimum-wage': 'off' } });
    expect(off.findings.every((f) => f.ruleId !== 'no/minimum-wage')).toBe(true);
    const fixed = screen(dataset(), { rules: { 'no/minimum-wage': 'info' } });
    expect(fixed.findings.filter((f) => f.ruleId === 'no/minimum-wage').map((f) => f.severity)).toEqual(['info', 'info']);
    const tolerant = screen(dataset(), { rules: { 'no/minimum-wage': ['high', { tolerancePct: 10 }] } });
    expect(tolerant.findings.filter((f) => f.ruleId === 'no/minimum-wage').map((f) => f.subject.id)).toEqual(['w1', 'w3']);
  });

  it('refuses unknown rule ids with near matches, and bad options naming the rule', () => {
    expect(() => screen(dataset(), { rules: { 'no/minimum-wages': 'off' } })).toThrow(
      'unknown rule "no/minimum-wages"; did you mean "no/minimum-wage"?',
    );
    expect(() => screen(dataset(), { rules: { 'minimum-wage': 'off' } })).toThrow('did you mean "no/minimum-wage"');
    expect(() => screen(dataset(), { rules: { 'no/minimum-wage': ['high', { tolerance: 3 }] } })).toThrow(
      /invalid options for rule "no\/minimum-wage"/,
    );
    expect(() => screen(dataset(), { rules: { 'no/minimum-wage': 'severe' as 'high' } })).toThrow(/invalid rules configuration/);
    expect(
      nearMatches(
        'zzz',
        RULES.map((r) => r.meta.id),
      ),
    ).toEqual([]);
  });

  it('lists why rules did not run in another jurisdiction', () => {
    const dk = screen(dataset(), { jurisdiction: 'DK' });
    expect(dk.findings).toEqual([]);
    const national = RULES.filter((r) => r.meta.jurisdictions?.includes('NO')).map((r) => r.meta.id);
    expect(national.length).toBeGreaterThan(0);
    expect(dk.skipped.filter((s) => s.reason === 'applies to NO, not DK').map((s) => s.ruleId)).toEqual(national.sort());
    // The forced-labour rules are jurisdiction-neutral: they run in Denmark when their tables are there.
    expect(dk.skipped.map((s) => s.ruleId)).not.toContain('excessive-hours');
    expect(dk.skipped.map((s) => s.ruleId)).not.toContain('withheld-wages');
  });

  it('needs a reference date when the data has none, and never reads the clock', () => {
    const { dataset: bare } = parseDataset({ workers: 'worker_id,employer_id\nw1,o\n' });
    expect(() => screen(bare)).toThrow(/give the reference date/);
    expect(screen(bare, { on: '2025-01-01' }).referenceDate).toBe('2025-01-01');
    expect(latestDate(dataset())).toBe('2025-07-31');
  });

  it('gives the compliant example no finding above info', async () => {
    const { dataset: example } = await loadDataset(fixture('example'), { cwd: ROOT });
    const result = screen(example);
    expect(result.findings.filter((f) => compareSeverities(f.severity, 'info') > 0)).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(new Set(result.workers.map((w) => w.level))).toEqual(new Set(['none']));
  });

  propTest.prop([fc.infiniteStream(fc.nat()), fc.boolean()], { numRuns: 30 })(
    'shuffling rows changes nothing but evidence line numbers: same ids, same order, same bytes without lines',
    (randoms, reverseTables) => {
      const shuffle = (rows: string[]) => {
        const [header, ...body] = rows;
        const it = randoms[Symbol.iterator]();
        const keyed = body.map((row) => ({ row, key: it.next().value as number }));
        return [header!, ...keyed.sort((a, b) => a.key - b.key).map((k) => k.row)];
      };
      const a = screen(dataset());
      const tables = {
        organisations: ORGS,
        workers: WORKERS,
        payments: `${shuffle(PAYMENTS).join('\n')}\n`,
        time_entries: `${shuffle(ENTRIES).join('\n')}\n`,
      };
      const ordered = reverseTables ? Object.fromEntries(Object.entries(tables).reverse()) : tables;
      const b = screen(parseDataset(ordered).dataset);
      const withoutLines = (r: typeof a) =>
        JSON.stringify(r.findings.map((f) => ({ ...f, evidence: f.evidence.map(({ line: _l, ...e }) => e) })));
      expect(b.findings.map((f) => f.id)).toEqual(a.findings.map((f) => f.id));
      expect(withoutLines(b)).toBe(withoutLines(a));
    },
  );

  it('is byte-identical on the same input', () => {
    expect(JSON.stringify(screen(dataset()))).toBe(JSON.stringify(screen(dataset())));
  });
});

describe('every finding cites a row', () => {
  it('a rule that gives a finding without evidence stops the screening with the rule named', () => {
    const base = RULES.find((rule) => rule.meta.id === 'no/minimum-wage')!;
    const silent = { ...base, check: () => [{ subject: { kind: 'worker' as const, id: 'w1' }, message: { id: 'below-minimum' }, evidence: [] }] };
    expect(() => screen(dataset(), { ruleSet: [silent] })).toThrow(
      'rule no/minimum-wage gave a finding without evidence (worker w1): cite the rows it rests on',
    );
  });
});

describe('rule modules and packs', () => {
  it('every rule has complete meta: unique id, titles, docs and next steps in en and nb, legal references', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of RULES) {
      for (const text of [meta.title, meta.docs, meta.nextSteps]) {
        expect(text.en.length, meta.id).toBeGreaterThan(10);
        expect(text.nb.length, meta.id).toBeGreaterThan(10);
      }
      expect(meta.legalRefs.length, meta.id).toBeGreaterThan(0);
      expect(meta.options.safeParse({}).success, `${meta.id} options have defaults`).toBe(true);
    }
  });

  it('jurisdiction packs: every rate sourced, dated, positive; rates never fall within a series', () => {
    for (const pack of Object.values(JURISDICTION_PACKS)) {
      const series = new Map<string, number[]>();
      for (const rate of [...pack.minimumWages].sort((a, b) => a.validFrom.localeCompare(b.validFrom))) {
        expect(rate.source.length).toBeGreaterThan(3);
        expect(rate.hourlyMinor).toBeGreaterThan(0);
        const key = `${rate.sector}/${rate.category}`;
        series.set(key, [...(series.get(key) ?? []), rate.hourlyMinor]);
      }
      for (const [key, values] of series) expect(values, key).toEqual([...values].sort((a, b) => a - b));
      if (pack.minimumWages.length === 0) expect(pack.noMinimumWageReason).toBeTruthy();
    }
  });

  it('hashes stably (FNV-1a 64)', () => {
    expect(stableHash('abc')).toBe('e71fa2190541574b');
    expect(stableHash('')).toBe('cbf29ce484222325');
  });
});
