import { describe, expect } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { parseDataset } from '../../src/ingest/index.js';
import { paymentKind, screen, type Screening } from '../../src/index.js';
import { HEADERS, scenarioArb, type Tables } from '../helpers/scenario-arbitrary.js';

/**
 * Coverage (issue 24): every input a rule is for is either judged or counted as not judged, and
 * taking away a column a rule needs can only take inputs away from "judged".
 */
const ON = '2025-12-31';
const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
/** The tables as CSV, without the `drop` columns (`table.column`). */
const csvWithout = (tables: Tables, drop: readonly string[]) =>
  Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => {
      const keep = HEADERS[name]!.map((h, i) => (drop.includes(`${name}.${h}`) ? -1 : i)).filter((i) => i >= 0);
      const lines = [HEADERS[name]!, ...rows].map((row) => keep.map((i) => quote(row[i] ?? '')).join(','));
      return [name, `${lines.join('\n')}\n`];
    }),
  );
const run = (tables: Tables, drop: readonly string[] = []) => {
  const { dataset } = parseDataset(csvWithout(tables, drop));
  return { dataset, screening: screen(dataset, { on: ON }) };
};
const entry = (s: Screening, ruleId: string) => s.coverage.find((c) => c.ruleId === ruleId);

/** Columns each rule needs to judge its inputs. */
const NEEDS: Readonly<Record<string, readonly string[]>> = {
  'no/minimum-wage': ['payments.gross', 'payments.hours_paid', 'organisations.sector', 'time_entries.hours'],
  'low-or-no-salary': ['payments.gross', 'payments.hours_paid', 'time_entries.hours'],
  'no/pay-below-contract': ['payments.gross', 'contracts.hourly_wage'],
  'third-party-account': ['payments.to_account', 'workers.bank_account'],
  'cash-wages': ['payments.method', 'payments.to_account'],
  'child-labour': ['workers.birth_date', 'workers.national_id'],
  'withheld-wages': ['payments.paid_on'],
  'unregistered-work': ['workers.registered'],
  'retained-documents': ['documents.held_by', 'documents.worker_has_access'],
};

describe('coverage', () => {
  propTest.prop([scenarioArb], { numRuns: 30 })(
    'measured + unmeasured is each rule’s count of inputs, with a reason for every unmeasured one',
    (tables) => {
      const { dataset, screening } = run(tables);
      for (const c of screening.coverage) {
        expect(
          c.reasons.reduce((sum, r) => sum + r.count, 0),
          c.ruleId,
        ).toBe(c.unmeasured);
        for (const r of c.reasons) expect(r.reason.length, `${c.ruleId} ${r.id}`).toBeGreaterThan(0);
      }
      const payments = dataset.payments ?? [];
      const paid = payments.filter((p) => (p.netMinor ?? p.grossMinor ?? 0) > 0);
      const total = (ruleId: string) => {
        const c = entry(screening, ruleId);
        return c === undefined ? undefined : c.measured + c.unmeasured;
      };
      if (payments.length > 0) {
        expect(total('third-party-account')).toBe(payments.length);
        expect(total('cash-wages')).toBe(paid.length);
        expect(total('no/pay-below-contract') ?? 0).toBe(
          dataset.contracts === undefined ? 0 : payments.filter((p) => paymentKind(p) === 'salary').length,
        );
      }
      expect(total('child-labour')).toBe(dataset.workers.length);
      if (dataset.timeEntries) expect(total('no/working-time')).toBe(new Set(dataset.timeEntries.map((e) => e.workerId)).size);
    },
  );

  propTest.prop([scenarioArb, fc.constantFrom(...Object.keys(NEEDS))], { numRuns: 40 })(
    'deleting a column a rule needs never increases what it measured',
    (tables, ruleId) => {
      const before = entry(run(tables).screening, ruleId);
      const after = entry(run(tables, NEEDS[ruleId]!).screening, ruleId);
      expect(after?.measured ?? 0, ruleId).toBeLessThanOrEqual(before?.measured ?? 0);
    },
  );
});
