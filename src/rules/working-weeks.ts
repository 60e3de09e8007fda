import { inForce, type DatedLimit } from '../jurisdictions/pack.js';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../dates/iso-date.js';
import { entryHours } from '../model/tables/time-entry.js';
import type { SourcedRow } from '../model/dataset.js';
import type { RuleContext } from './context.js';
import type { ArrangementTerms } from './arrangements.js';
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

/**
 * A stretch of an averaging arrangement or rota: `weekCount` calendar weeks from `firstWeek`,
 * counted from the arrangement's anchor, and the worker's weeks with entries in it.
 */
export interface ArrangedPeriod {
  readonly terms: ArrangementTerms;
  readonly firstWeek: number;
  /** Weeks of the stretch under the arrangement (fewer when the arrangement ends inside it). */
  readonly weekCount: number;
  readonly weeks: readonly WeekTotals[];
  readonly hours: number;
  /**
   * Hours beyond the normal week averaged over the stretch: its hours less the normal hours of
   * all its weeks, never more than its weeks' own overtime (the plan is not known, and the
   * arrangement may not judge a week more harshly than the law without one does).
   */
  readonly overtime: number;
  /** The stretch has ended by the reference date: its average is final. */
  readonly complete: boolean;
}

/** A worker's weeks split by whether an arrangement covers them. */
export interface ArrangedWeeks {
  /** Weeks under no arrangement: judged week by week. */
  readonly standard: readonly WeekTotals[];
  /** The arrangements' averaging periods (the normal hours, overtime and weekly rest are averaged over them). */
  readonly periods: readonly ArrangedPeriod[];
  /**
   * The stretches the 48 hours per 7 days are averaged over: whole periods together spanning at
   * least the basis's `totalAverageWeeks` (8 weeks under aml. § 10-5).
   */
  readonly totalWindows: readonly ArrangedPeriod[];
  /** The overtime each arranged week counts for: its period's average, at most the week's own. */
  readonly overtimeByWeek: ReadonlyMap<number, number>;
}

/**
 * @summary A worker's weeks under the working-time arrangements in force (contract or
 * configuration), grouped into the arrangements' periods; the rest stay week by week.
 */
export function arrangedWeeks(workerId: string, weeks: readonly WeekTotals[], context: RuleContext): ArrangedWeeks {
  const standard: WeekTotals[] = [];
  const periods: ArrangedPeriod[] = [];
  const totalWindows: ArrangedPeriod[] = [];
  const overtimeByWeek = new Map<number, number>();
  let run: { terms: ArrangementTerms; anchor: number; weeks: WeekTotals[] } | undefined;
  const flush = () => {
    if (!run) return;
    const { terms, anchor } = run;
    for (const period of stretches(run.weeks, terms, anchor, terms.periodWeeks, context)) {
      periods.push(period);
      for (const week of period.weeks) overtimeByWeek.set(week.week, Math.min(week.overtime, period.overtime / period.weekCount));
    }
    const windowWeeks = Math.ceil(terms.totalAverageWeeks / terms.periodWeeks) * terms.periodWeeks;
    for (const window of stretches(run.weeks, terms, anchor, windowWeeks, context)) totalWindows.push(window);
    run = undefined;
  };
  for (const week of weeks) {
    const terms = context.arrangementOn(workerId, week.entries[0]!.date);
    if (terms === undefined) {
      flush();
      standard.push(week);
      continue;
    }
    if (run?.terms.key !== terms.key) flush();
    (run ??= { terms, anchor: Math.min(terms.anchorWeek ?? week.week, week.week), weeks: [] }).weeks.push(week);
  }
  flush();
  return { standard, periods, totalWindows, overtimeByWeek };
}

/** The worker's weeks of one arrangement in blocks of `blockWeeks` from `anchor`, each summed. */
function stretches(
  weeks: readonly WeekTotals[],
  terms: ArrangementTerms,
  anchor: number,
  blockWeeks: number,
  context: RuleContext,
): ArrangedPeriod[] {
  const out: ArrangedPeriod[] = [];
  const lastDay = terms.until === undefined ? undefined : isoDateToDayNumber(terms.until);
  let i = 0;
  while (i < weeks.length) {
    const block = Math.floor((weeks[i]!.week - anchor) / blockWeeks);
    const firstWeek = anchor + block * blockWeeks;
    const inBlock: WeekTotals[] = [];
    for (; i < weeks.length && weeks[i]!.week < firstWeek + blockWeeks; i++) inBlock.push(weeks[i]!);
    const endWeek = lastDay === undefined ? firstWeek + blockWeeks : Math.min(firstWeek + blockWeeks, weekOf(lastDay) + 1);
    const weekCount = Math.max(1, endWeek - firstWeek);
    const hours = inBlock.reduce((sum, w) => sum + w.hours, 0);
    const own = inBlock.reduce((sum, w) => sum + w.overtime, 0);
    const normal =
      (limitOn(context.jurisdiction.workingTime.normalHoursPerWeek, dayNumberToIsoDate(weekStart(firstWeek))) ?? Infinity) *
      weekCount;
    out.push({
      terms,
      firstWeek,
      weekCount,
      weeks: inBlock,
      hours,
      overtime: Math.min(own, Math.max(0, hours - normal)),
      complete: dayNumberToIsoDate(weekStart(firstWeek + weekCount) - 1) <= context.referenceDate,
    });
  }
  return out;
}

/** @summary The overtime of each week as the law counts it: its own, or its arrangement period's average. */
export function weeklyOvertime(weeks: readonly WeekTotals[], arranged: ArrangedWeeks): number[] {
  return weeks.map((w) => arranged.overtimeByWeek.get(w.week) ?? w.overtime);
}
