import { describe, expect } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { createRuleContext, entriesBetween } from '../../src/rules/context.js';
import { NORWAY } from '../../src/jurisdictions/index.js';
import type { Dataset } from '../../src/model/dataset.js';
import { weekStart, weeksWithin, type WeekTotals } from '../../src/rules/working-weeks.js';
import { dayNumberToIsoDate } from '../../src/dates/iso-date.js';
import { inPayPeriods } from '../../src/rules/pay-periods.js';

const day = fc.integer({ min: 20_000, max: 20_120 });

describe('date ranges by binary search equal the filters they replace', () => {
  propTest.prop([fc.array(day, { maxLength: 40 }), day, day], { numRuns: 500 })(
    'entriesBetween: rows sorted by date, dated from–to',
    (days, a, b) => {
      const entries = [...days].sort((x, y) => x - y).map((d, i) => ({ date: dayNumberToIsoDate(d), i }));
      const [from, to] = [dayNumberToIsoDate(a), dayNumberToIsoDate(b)];
      expect(entriesBetween(entries, from, to)).toEqual(entries.filter((e) => e.date >= from && e.date <= to));
    },
  );

  propTest.prop([fc.uniqueArray(fc.integer({ min: 2_850, max: 2_880 }), { maxLength: 20 }), day, day], { numRuns: 500 })(
    'weeksWithin: the weeks wholly inside from–to',
    (weekNumbers, a, b) => {
      const weeks = [...weekNumbers].sort((x, y) => x - y).map((week) => ({ week }) as WeekTotals);
      const [from, to] = [dayNumberToIsoDate(a), dayNumberToIsoDate(b)];
      expect(weeksWithin(weeks, from, to)).toEqual(
        weeks.filter((w) => dayNumberToIsoDate(weekStart(w.week)) >= from && dayNumberToIsoDate(weekStart(w.week) + 6) <= to),
      );
    },
  );

  propTest.prop([fc.array(fc.tuple(day, day), { maxLength: 15 }), fc.array(day, { maxLength: 30 })], { numRuns: 500 })(
    'inPayPeriods: a date in any period (periods in any order, overlapping or inverted)',
    (periods, dates) => {
      const payments = periods.map(([a, b]) => ({ periodStart: dayNumberToIsoDate(a), periodEnd: dayNumberToIsoDate(b) }));
      const covered = inPayPeriods(payments);
      for (const date of dates.map(dayNumberToIsoDate))
        expect(covered(date)).toBe(payments.some((p) => p.periodStart <= date && date <= p.periodEnd));
    },
  );

  propTest.prop(
    [
      fc.array(fc.tuple(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined })), { maxLength: 12 }),
      fc.array(day, { maxLength: 20 }),
    ],
    { numRuns: 500 },
  )('contractOn: the latest-starting contract in force on the date', (spans, dates) => {
    const contracts = spans.map(([a, b], i) => {
      const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
      return {
        contractId: `c${i}`,
        workerId: 'w1',
        ...(from !== undefined ? { startDate: dayNumberToIsoDate(from) } : {}),
        ...(to !== undefined ? { endDate: dayNumberToIsoDate(to) } : {}),
        provenance: { source: 'contracts.csv', line: i + 2 },
      };
    });
    const workers = [{ workerId: 'w1', employerId: 'o1', provenance: { source: 'workers.csv', line: 2 } }];
    const context = createRuleContext({ workers, contracts } as unknown as Dataset, NORWAY, '2025-12-31');
    const sorted = context.contractsByWorker.get('w1') ?? [];
    for (const date of dates.map(dayNumberToIsoDate)) {
      let expected: unknown;
      for (const c of sorted)
        if ((c.startDate ?? '0000-00-00') <= date && (c.endDate === undefined || c.endDate >= date)) expected = c;
      expect(context.contractOn('w1', date)).toBe(expected);
    }
  });
});
