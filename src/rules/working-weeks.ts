import { inForce, type DatedLimit } from '../jurisdictions/pack.js';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../dates/iso-date.js';
import { entryHours } from '../model/tables/time-entry.js';
import type { SourcedRow } from '../model/dataset.js';
import type { RuleContext } from './context.js';
import { firstIndex } from '../collections/binary-search.js';
import { compareText } from '../collections/compare-text.js';

/**
 * Hours per calendar week (Monday–Sunday) and the overtime in them, shared by the working-time
 * and pay rules so that "overtime" means one thing everywhere.
 * @module
 */
type Entry = SourcedRow<'timeEntries'>;

/** Monday-based week index of a day number (day 0, 1970-01-01, was a Thursday). */
export const weekOf = (day: number) => Math.floor((day + 3) / 7);
export const weekStart = (week: number) => week * 7 - 3;

/** One calendar week of a worker's entries. */
export interface WeekTotals {
  readonly week: number;
  readonly entries: Entry[];
  readonly hours: number;
  /** Hours beyond the normal day and week (the larger of the two readings, aml. § 10-6 (1)). */
  readonly overtime: number;
  readonly longDays: { date: string; hours: number; entries: Entry[] }[];
}

/** The value of a dated limit in force on a date. */
export function limitOn(limits: readonly DatedLimit[] | undefined, date: string): number | undefined {
  return inForce(limits, date)?.value;
}

/**
 * Weeks already summed, by the entries array of a context: four rules ask for the same worker's
 * weeks, and summing them once is most of the cost of those rules. Shared results are read-only.
 */
const weeksCache = new WeakMap<readonly Entry[], { readonly context: RuleContext; readonly weeks: readonly WeekTotals[] }>();

/**
 * Each calendar week a worker has entries in, with hours, overtime and days over the daily total.
 * `entries` are a worker's time entries by date, as the context keeps them (others are sorted by date first).
 */
export function weeksOf(entries: readonly Entry[], context: RuleContext): readonly WeekTotals[] {
  const cached = weeksCache.get(entries);
  if (cached?.context === context) return cached.weeks;
  const weeks = sumWeeks(entries, context);
  weeksCache.set(entries, { context, weeks });
  return weeks;
}

/**
 * @summary The weeks (sorted, as {@link weeksOf} gives them) that lie wholly within `from`–`to`:
 * a contiguous run, found by binary search rather than by testing every week for every period.
 */
export function weeksWithin(weeks: readonly WeekTotals[], from: string, to: string): readonly WeekTotals[] {
  const first = isoDateToDayNumber(from);
  const last = isoDateToDayNumber(to);
  const low = firstIndex(weeks.length, (i) => weekStart(weeks[i]!.week) >= first);
  let end = low;
  while (end < weeks.length && weekStart(weeks[end]!.week) + 6 <= last) end++;
  return weeks.slice(low, end);
}

function sumWeeks(entries: readonly Entry[], context: RuleContext): readonly WeekTotals[] {
  // One pass over runs of a week and of a day: the context keeps a worker's entries by date.
  const ordered = isByDate(entries) ? entries : [...entries].sort((a, b) => compareText(a.date, b.date));
  const limits = context.jurisdiction.workingTime;
  const weeks: WeekTotals[] = [];
  let i = 0;
  while (i < ordered.length) {
    const week = weekOf(isoDateToDayNumber(ordered[i]!.date));
    const monday = dayNumberToIsoDate(weekStart(week));
    const normalDay = limitOn(limits.normalHoursPerDay, monday) ?? Infinity;
    const normalWeek = limitOn(limits.normalHoursPerWeek, monday) ?? Infinity;
    const totalDay = limitOn(limits.totalHoursPerDay, monday) ?? Infinity;
    const weekEntries: Entry[] = [];
    const longDays: WeekTotals['longDays'] = [];
    let hours = 0;
    let dailyExcess = 0;
    while (i < ordered.length && weekOf(isoDateToDayNumber(ordered[i]!.date)) === week) {
      const date = ordered[i]!.date;
      const dayEntries: Entry[] = [];
      let dayHours = 0;
      for (; i < ordered.length && ordered[i]!.date === date; i++) {
        dayEntries.push(ordered[i]!);
        dayHours += entryHours(ordered[i]!) ?? 0;
      }
      weekEntries.push(...dayEntries);
      hours += dayHours;
      dailyExcess += Math.max(0, dayHours - normalDay);
      if (dayHours > totalDay) longDays.push({ date, hours: dayHours, entries: dayEntries });
    }
    const overtime = Math.max(dailyExcess, hours - normalWeek, 0);
    weeks.push({ week, entries: weekEntries, hours, overtime, longDays });
  }
  return weeks;
}

function isByDate(entries: readonly Entry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (entries[i]!.date < entries[i - 1]!.date) return false;
  return true;
}
