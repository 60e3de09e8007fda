import { describe, expect } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { parseDataset } from '../../src/ingest/index.js';
import { ILO_INDICATORS, LEVELS, screen, type Screening } from '../../src/index.js';
import { renderReport, REPORT_FORMATS } from '../../src/report/index.js';
import { HEADERS, scenarioArb, shuffleRows, toCsv, type Tables } from '../helpers/scenario-arbitrary.js';

/**
 * Whole-pipeline guarantees (issue 12) on generated datasets of every table. Run counts are fixed
 * so CI stays fast; fast-check prints the seed and the counterexample when one fails.
 */
const RUNS = { numRuns: 40 } as const;
const ON = '2025-12-31';
const screenTables = (tables: Tables, order?: readonly string[]) => {
  const { dataset, issues, tables: results } = parseDataset(toCsv(tables, order));
  return { screening: screen(dataset, { on: ON, ingestIssues: issues }), dataset, issues, results };
};
const rank = (level: (typeof LEVELS)[number]) => LEVELS.indexOf(level);

/** Garbage a payroll export can hold in any cell. */
const garbage = fc.constantFrom(
  '',
  'x',
  '31.02.2025',
  '1,2,3',
  'kr abc',
  '-5',
  '9'.repeat(40),
  '__proto__',
  'constructor',
  '=1+1',
);

describe('conservation', () => {
  propTest.prop([scenarioArb, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), garbage), { maxLength: 15 })], RUNS)(
    'every input row is a dataset row or an error issue on its line, and every finding cites a row that exists',
    (clean, corruptions) => {
      const tables: Tables = Object.fromEntries(Object.entries(clean).map(([name, rows]) => [name, rows.map((row) => [...row])]));
      const names = Object.keys(tables).filter((name) => tables[name]!.length > 0);
      for (const [t, r, c, value] of corruptions) {
        const rows = tables[names[t % names.length]!]!;
        const row = rows[r % rows.length]!;
        row[c % row.length] = value;
      }
      const { screening, dataset, issues, results } = screenTables(tables);
      const rowsBySource = new Map<string, Set<number>>();
      for (const result of results) {
        const stats = result.stats;
        expect(stats.accepted + stats.rejected, result.source).toBe(stats.records);
        expect(stats.records + stats.blank, result.source).toBe(tables[result.source.replace(/\.csv$/, '')]!.length);
        expect(result.rows.length).toBe(stats.accepted);
        const lines = new Set(result.rows.map((row) => row.provenance.line));
        const errorLines = new Set(issues.filter((i) => i.source === result.source && i.severity === 'error').map((i) => i.line));
        for (let line = 2; line <= stats.records + 1; line++) {
          expect(lines.has(line) || errorLines.has(line), `${result.source}:${line}`).toBe(true);
        }
      }
      // Rows rejected for references (a payment of an unknown worker) leave the dataset with an issue.
      for (const [name, rows] of Object.entries(dataset)) {
        for (const row of rows ?? []) {
          const { source, line } = (row as { provenance: { source: string; line: number } }).provenance;
          if (!rowsBySource.has(source)) rowsBySource.set(source, new Set());
          rowsBySource.get(source)!.add(line);
          expect(source, name).toMatch(/\.csv$/);
        }
      }
      for (const finding of screening.findings) {
        for (const evidence of finding.evidence) {
          expect(
            rowsBySource.get(evidence.source)?.has(evidence.line),
            `${finding.ruleId} cites ${evidence.source}:${evidence.line}`,
          ).toBe(true);
        }
      }
    },
  );
});

/** A screening without where it read things: what must survive reordering rows and tables. */
function gist(screening: Screening) {
  return {
    findings: screening.findings
      .map((f) => ({
        id: f.id,
        rule: f.ruleId,
        severity: f.severity,
        subject: f.subject,
        period: f.period,
        message: f.message,
        evidence: f.evidence.map((e) => `${e.source}|${e.field}|${e.value}`).sort(),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    workers: screening.workers.map((w) => [w.id, w.level]),
    employers: screening.employers.map((e) => [e.id, e.level]),
    chains: screening.chains.map((c) => [c.path.join('>'), c.level]),
    summary: screening.summary,
    skipped: screening.skipped,
  };
}

describe('determinism', () => {
  propTest.prop([scenarioArb], { numRuns: 15 })('the same input twice gives byte-identical reports in every format', (tables) => {
    const first = screenTables(tables).screening;
    const second = screenTables(tables).screening;
    for (const format of REPORT_FORMATS) expect(renderReport(second, format), format).toBe(renderReport(first, format));
  });

  propTest.prop(
    [scenarioArb, fc.integer(), fc.shuffledSubarray(Object.keys(HEADERS), { minLength: Object.keys(HEADERS).length })],
    RUNS,
  )(
    'shuffling rows and the order of tables changes nothing but evidence line numbers; finding ids survive',
    (tables, seed, order) => {
      const before = gist(screenTables(tables).screening);
      const after = gist(screenTables(shuffleRows(tables, seed), order).screening);
      expect(after).toEqual(before);
    },
  );
});

describe('monotonicity', () => {
  /** One more breach, of any tier, about one worker. */
  const breach = fc.record({
    worker: fc.nat(),
    kind: fc.constantFrom('observation', 'passport', 'fee', 'cash', 'underpaid', 'crowded'),
  });
  const addBreach = (tables: Tables, { worker, kind }: { worker: number; kind: string }): Tables => {
    const copy: Tables = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, [...rows]]));
    const id = tables['workers']![worker % tables['workers']!.length]![0]!;
    const add = (table: string, row: string[]) => copy[table]!.push(row);
    if (kind === 'observation') add('observations', [id, '2025-05-05', 'police', 'threat-of-denunciation', '', 'high']);
    if (kind === 'passport') add('documents', [id, 'passport', 'employer', '2025-02-01', '', 'no']);
    if (kind === 'fee') add('recruitment', [id, 'agency', 'RO', '9000.00', '25000.00', '', '', '', '']);
    // An extra June payment: in cash, or far under any minimum.
    const june = (gross: string, method: string) => [
      'extra-pay',
      id,
      '2025-06-01',
      '2025-06-30',
      '2025-07-05',
      gross,
      '',
      '150',
      '0',
      '0',
      '0',
      method,
      '',
    ];
    if (kind === 'cash') add('payments', june('20000.00', 'cash'));
    if (kind === 'underpaid') add('payments', june('9000.00', 'bank'));
    if (kind === 'crowded') add('accommodation', [id, 'Brakka 1, Mo', '', '2025-01-02', '12', '20', '', '']);
    // A recruitment row for a worker who had one already would be a second promise; keep the first.
    if (kind === 'fee' && tables['recruitment']!.some((row) => row[0] === id)) return tables;
    return copy;
  };

  propTest.prop([scenarioArb, breach], RUNS)('adding a breach never lowers any worker’s or employer’s level', (tables, extra) => {
    const before = screenTables(tables).screening;
    const after = screenTables(addBreach(tables, extra)).screening;
    const levelAfter = new Map([...after.workers, ...after.employers].map((x) => [x.id, x.level]));
    for (const x of [...before.workers, ...before.employers]) {
      expect(rank(levelAfter.get(x.id)!), `${x.id}: ${x.level} → ${levelAfter.get(x.id)}`).toBeGreaterThanOrEqual(rank(x.level));
    }
  });

  propTest.prop([scenarioArb, fc.nat(), fc.constantFrom(...ILO_INDICATORS)], RUNS)(
    'a low-confidence observation changes no level: adding or removing one moves nobody (at most one step is allowed)',
    (tables, pick, indicator) => {
      const id = tables['workers']![pick % tables['workers']!.length]![0]!;
      const withTip: Tables = {
        ...tables,
        observations: [...tables['observations']!, [id, '2025-05-06', 'tip', indicator, '', 'low']],
      };
      const before = screenTables(withTip).screening;
      const after = screenTables(tables).screening;
      const levelAfter = new Map([...after.workers, ...after.employers].map((x) => [x.id, x.level]));
      for (const x of [...before.workers, ...before.employers]) expect(levelAfter.get(x.id), x.id).toBe(x.level);
    },
  );

  propTest.prop([scenarioArb, fc.nat()], RUNS)('removing every breach of a worker brings that worker to none', (tables, pick) => {
    const id = tables['workers']![pick % tables['workers']!.length]![0]!;
    const cleaned: Tables = Object.fromEntries(
      Object.entries(tables).map(([name, rows]) => {
        const about = name === 'observations' ? 0 : HEADERS[name]!.indexOf('worker_id');
        if (about === -1) return [name, rows];
        // The worker keeps only its id and employer: nothing in the data is left to hold against it.
        if (name === 'workers')
          return [name, rows.map((row) => (row[0] === id ? row.map((cell, i) => (i < 2 ? cell : '')) : row))];
        return [name, rows.filter((row) => row[about] !== id)];
      }),
    );
    const { screening } = screenTables(cleaned);
    expect(screening.workers.find((w) => w.id === id)?.level).toBe('none');
    expect(screening.findings.filter((f) => f.subject.kind === 'worker' && f.subject.id === id)).toEqual([]);
  });
});
