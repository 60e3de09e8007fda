import { describe, expect } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { NORWAY } from '../../src/jurisdictions/index.js';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../../src/dates/iso-date.js';
import { entryHours } from '../../src/model/tables/time-entry.js';
import type { SourcedRow } from '../../src/model/dataset.js';
import type { RuleContext } from '../../src/rules/context.js';
import { limitOn, weekOf, weekStart, weeksOf } from '../../src/rules/working-weeks.js';

type Entry = SourcedRow<'timeEntries'>;

/** The weeks as first written: entries grouped by week, then by day, with maps. */
function reference(entries: readonly Entry[]) {
  const limits = NORWAY.workingTime;
  const byWeek = new Map<number, Entry[]>();
  for (const entry of entries) {
    const week = weekOf(isoDateToDayNumber(entry.date));
    byWeek.set(week, [...(byWeek.get(week) ?? []), entry]);
  }
  return [...byWeek.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, weekEntries]) => {
      const byDay = new Map<string, Entry[]>();
      for (const entry of weekEntries) byDay.set(entry.date, [...(byDay.get(entry.date) ?? []), entry]);
      const monday = dayNumberToIsoDate(weekStart(week));
      const normalDay = limitOn(limits.normalHoursPerDay, monday) ?? Infinity;
      const normalWeek = limitOn(limits.normalHoursPerWeek, monday) ?? Infinity;
      const totalDay = limitOn(limits.totalHoursPerDay, monday) ?? Infinity;
      let hours = 0;
      let dailyExcess = 0;
      const longDays: { date: string; hours: number; entries: Entry[] }[] = [];
      for (const [date, dayEntries] of byDay) {
        const dayHours = dayEntries.reduce((sum, e) => sum + (entryHours(e) ?? 0), 0);
        hours += dayHours;
        dailyExcess += Math.max(0, dayHours - normalDay);
        if (dayHours > totalDay) longDays.push({ date, hours: dayHours, entries: dayEntries });
      }
      return { week, entries: weekEntries, hours, overtime: Math.max(dailyExcess, hours - normalWeek, 0), longDays };
    });
}

const entry = fc
  .record({
    day: fc.integer({ min: 20_000, max: 20_060 }),
    hours: fc.option(fc.double({ min: 0, max: 16, noNaN: true }), { nil: undefined }),
    start: fc.constantFrom('06:00', '07:30', '22:00'),
    end: fc.constantFrom('14:00', '18:45', '02:00'),
  })
  .map(({ day, hours, start, end }) => ({ date: dayNumberToIsoDate(day), hours, start, end }));

describe('weeksOf', () => {
  propTest.prop([fc.array(entry, { maxLength: 80 })])(
    'gives for entries by date what grouping by week and day gives',
    (drafts) => {
      const entries = drafts
        .map((draft, line) => {
          const row: Record<string, unknown> = { workerId: 'w1', date: draft.date, start: draft.start, end: draft.end };
          if (draft.hours !== undefined) row['hours'] = draft.hours;
          row['provenance'] = { source: 't.csv', line: line + 2 };
          return row as unknown as Entry;
        })
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const context = { jurisdiction: NORWAY } as unknown as RuleContext;
      expect(weeksOf(entries, context)).toEqual(reference(entries));
    },
  );
});
