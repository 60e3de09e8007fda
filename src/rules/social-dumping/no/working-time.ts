import * as z from 'zod';
import { clockTimeToMinutes, dayNumberToIsoDate, isoDateToDayNumber } from '../../../dates/iso-date.js';
import type { SourcedRow } from '../../../model/dataset.js';
import type { Severity } from '../../../model/enums.js';
import { evidenceOf } from '../../context.js';
import {
  arrangedWeeks,
  limitOn,
  weekOf,
  weekStart,
  weeklyOvertime,
  weeksOf,
  type ArrangedPeriod,
  type WeekTotals,
} from '../../working-weeks.js';
import type { WorkingTimeLimits } from '../../../jurisdictions/pack.js';
import type { Evidence } from '../../finding.js';
import { defineRule, type DraftFinding } from '../../rule.js';

const options = z
  .object({
    // Agreed extensions (aml. § 10-6 (5)–(6), § 10-12) raise the statutory limits.
    overtimePerWeek: z.number().positive().optional().describe('Agreed overtime limit per 7 days, in hours (statutory: 10).'),
    overtimePer4Weeks: z.number().positive().optional().describe('Agreed overtime limit per 4 weeks (statutory: 25).'),
    overtimePer52Weeks: z.number().positive().optional().describe('Agreed overtime limit per 52 weeks (statutory: 200).'),
    totalHoursPerWeek: z.number().positive().optional().describe('Agreed total limit per 7 days (statutory: 48).'),
    maxEvidence: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(10)
      .describe('Evidence rows cited per finding (the message gives the full count).'),
  })
  .strict();

type Entry = SourcedRow<'timeEntries'>;
const round1 = (hours: number) => Math.round(hours * 10) / 10;

/** A shift as absolute minutes since 1970-01-01 (local time), or `undefined` without a start time. */
function shiftSpan(entry: Entry): { start: number; end: number } | undefined {
  if (!entry.start) return undefined;
  const day = isoDateToDayNumber(entry.date) * 1440;
  const start = day + clockTimeToMinutes(entry.start);
  if (entry.end) {
    let end = day + clockTimeToMinutes(entry.end);
    if (end <= start) end += 1440;
    return { start, end };
  }
  return entry.hours === undefined ? undefined : { start, end: start + Math.round(entry.hours * 60) + (entry.breakMinutes ?? 0) };
}

/** Rest between the end of one shift and the start of the next, in hours (needs start and end). */
type Span = { start: number; end: number } | undefined;

function shortRests(
  entries: readonly Entry[],
  spans: readonly Span[],
  minimumHours: number,
): { before: Entry; after: Entry; hours: number }[] {
  const out: { before: Entry; after: Entry; hours: number }[] = [];
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i - 1]!;
    const after = entries[i]!;
    const first = spans[i - 1];
    const next = spans[i];
    if (!first || !next || !before.end) continue;
    const rest = (next.start - first.end) / 60;
    if (rest >= 0 && rest < minimumHours) out.push({ before, after, hours: rest });
  }
  return out;
}

/**
 * The longest time off touching each calendar week a worker has entries in, in hours. A rest that
 * straddles two weeks counts in full for both (the law asks for 35 hours "within seven days", not
 * per calendar week). Outside the data, time off counts from the first Monday to the last Sunday's
 * end. Weeks with a shift that has no start time are left out (they cannot be judged).
 */
function longestRestByWeek(entries: readonly Entry[], shiftSpans: readonly Span[]): Map<number, number> {
  const result = new Map<number, number>();
  const unknownDays = new Set<number>();
  const spans: { start: number; end: number }[] = [];
  let lastWeek = NaN;
  for (let i = 0; i < entries.length; i++) {
    const day = isoDateToDayNumber(entries[i]!.date);
    const week = weekOf(day);
    if (week !== lastWeek) result.set((lastWeek = week), 0);
    const span = shiftSpans[i];
    if (span) spans.push(span);
    else unknownDays.add(day);
  }
  spans.sort((a, b) => a.start - b.start);
  const touch = (minute: number, hours: number) => {
    const week = weekOf(Math.floor(minute / 1440));
    const known = result.get(week);
    if (known !== undefined && hours > known) result.set(week, hours);
  };
  // A gap over a day with an untimed shift is not known to be rest.
  const untimedWithin = (from: number, to: number) => {
    for (let day = Math.floor(from / 1440); day <= Math.floor((to - 1) / 1440); day++) if (unknownDays.has(day)) return true;
    return false;
  };
  for (const day of unknownDays) result.delete(weekOf(day));
  if (spans.length === 0) return result;
  // Outside the data, count from the Monday of the first week to the Monday after the last.
  const firstWeek = weekOf(Math.floor(spans[0]!.start / 1440));
  let freeFrom = weekStart(firstWeek) * 1440;
  for (const span of spans) {
    if (span.start > freeFrom && !untimedWithin(freeFrom, span.start)) {
      const hours = (span.start - freeFrom) / 60;
      touch(freeFrom, hours);
      touch(span.start - 1, hours);
    }
    freeFrom = Math.max(freeFrom, span.end);
  }
  const dataEnd = weekStart(weekOf(Math.floor((freeFrom - 1) / 1440)) + 1) * 1440;
  if (dataEnd > freeFrom && !untimedWithin(freeFrom, dataEnd)) touch(freeFrom, (dataEnd - freeFrom) / 60);
  return result;
}

export const workingTime = defineRule({
  meta: {
    id: 'no/working-time',
    title: { en: 'Working time beyond the statutory limits', nb: 'Arbeidstid over lovens grenser' },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    needs: ['timeEntries'],
    legalRefs: [
      'aml. § 10-4 (1)',
      'aml. § 10-5',
      'aml. § 10-6 (4)',
      'aml. § 10-6 (8)',
      'aml. § 10-8 (1)',
      'aml. § 10-8 (2)',
      'aml. § 10-12 (4)',
    ],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        'From the time entries, per worker and calendar week (Monday–Sunday):',
        '',
        '- a day over 13 hours, or a week over 48 hours, in total (aml. § 10-6 (8));',
        '- overtime over 10 hours in a week, 25 hours in any 4 consecutive weeks, or 200 hours in any 52 consecutive weeks (aml. § 10-6 (4)); overtime is the time beyond 9 hours a day or 40 hours a week, whichever is more;',
        '- less than 11 hours of rest between two shifts (aml. § 10-8 (1)), where start and end times are given;',
        '- less than 35 consecutive hours off in a calendar week (aml. § 10-8 (2)); a rest that straddles two weeks counts in full for both, days without entries count as free, and weeks with a shift without a start time are skipped.',
        '',
        'Agreed extensions are options (`overtimePerWeek`, `overtimePer4Weeks`, `overtimePer52Weeks`, `totalHoursPerWeek`); the default is the statutory limit. A week over 60 hours is graded `high`.',
        '',
        '**Arrangements.** Where the contract in force states an averaging arrangement or a rota (`working_time_arrangement` `averaging` or `rota`, with `arrangement_basis`, `rota` such as `7/7` or `2-4`, `averaging_weeks`), or the configuration does (`arrangements`), the weeks it covers are judged over its period, never an on-week alone:',
        '',
        '- the period is the rota’s cycle (7/7: 2 weeks; 2-4: 6 weeks) or `averaging_weeks`, at most 52 weeks (26 with the Labour Inspection Authority’s approval), counted from the contract’s start;',
        '- the 48 hours per 7 days are averaged over whole periods spanning at least 8 weeks (aml. § 10-5); a single week may still have at most 50 hours under a written agreement with the worker (§ 10-5 (1)) and 54 under a collective agreement (§ 10-5 (2)), while a rota agreed with the union representatives or approved by the inspectorate is judged over its periods only (§ 10-12 (4), (6));',
        '- overtime is the period’s hours beyond 40 a week on average (never more than its weeks would count without the arrangement), and the weekly limits apply to that average; the 4- and 52-week limits add it up;',
        '- weekly rest is averaged over the period, weeks without entries counting as 168 hours free; the 13-hour day and the 11-hour daily rest stay as they are.',
        '',
        'A period still running is judged only where its limit is already passed.',
      ].join('\n'),
      nb: 'Fra timelistene, per arbeidstaker og kalenderuke: dager over 13 timer og uker over 48 timer totalt, overtid over 10 timer per uke, 25 timer per fire uker og 200 timer per 52 uker, hvile under 11 timer mellom skift og under 35 timer sammenhengende ukehvile. Avtalte utvidelser gis som valg. Der arbeidsavtalen (eller konfigurasjonen) angir gjennomsnittsberegning eller en rotasjon (7/7, 14/14, 2-4), vurderes ukene over ordningens periode, aldri en arbeidsuke alene: 48 timer i snitt over minst 8 uker, høyst 50 timer i en enkelt uke etter skriftlig avtale (§ 10-5 (1)) og 54 etter tariffavtale (§ 10-5 (2)), mens en rotasjon avtalt med tillitsvalgte eller godkjent av Arbeidstilsynet vurderes bare over periodene.',
    },
    nextSteps: {
      en: 'Compare the time entries with access logs or HMS-card scans and the pay slips (was the overtime paid?); ask for any written agreement that extends the limits; report to the Labour Inspection Authority.',
      nb: 'Sammenlign timelistene med adgangslogg eller HMS-kortskanning og lønnsslipper (ble overtiden betalt?); be om eventuell skriftlig avtale om utvidet arbeidstid; meld fra til Arbeidstilsynet.',
    },
    messages: {
      'week-hours': {
        en: 'Worked {{hours}} hours in the week from {{from}}, over the limit of {{limit}} hours in 7 days ({{entries}} entries).',
        nb: 'Arbeidet {{hours}} timer i uken fra {{from}}, over grensen på {{limit}} timer i løpet av 7 dager ({{entries}} timeføringer).',
      },
      'week-overtime': {
        en: '{{hours}} hours of overtime in the week from {{from}}, over the limit of {{limit}} hours in 7 days.',
        nb: '{{hours}} overtidstimer i uken fra {{from}}, over grensen på {{limit}} timer i løpet av 7 dager.',
      },
      'day-hours': {
        en: 'Worked {{hours}} hours on {{date}}, over the limit of {{limit}} hours in 24 hours.',
        nb: 'Arbeidet {{hours}} timer {{date}}, over grensen på {{limit}} timer i løpet av 24 timer.',
      },
      'daily-rest': {
        en: 'Only {{hours}} hours of rest between the shift ending on {{date}} and the next, under the minimum of {{minimum}} hours.',
        nb: 'Bare {{hours}} timer hvile mellom skiftet som sluttet {{date}} og det neste, under minimum på {{minimum}} timer.',
      },
      'weekly-rest': {
        en: 'The longest time off in the week from {{from}} was {{hours}} hours, under the {{minimum}} consecutive hours of weekly rest.',
        nb: 'Den lengste fritiden i uken fra {{from}} var {{hours}} timer, under {{minimum}} sammenhengende timer ukehvile.',
      },
      'weekly-rest-averaged': {
        en: 'The longest time off averaged {{hours}} hours a week over the {{weeks}} weeks from {{from}} ({{arrangement}}), under the {{minimum}} consecutive hours of weekly rest.',
        nb: 'Den lengste fritiden var i snitt {{hours}} timer i uken over {{weeks}} uker fra {{from}} ({{arrangement}}), under {{minimum}} sammenhengende timer ukehvile.',
      },
      'arranged-week-cap': {
        en: 'Worked {{hours}} hours in the week from {{from}}, over the {{cap}} hours a single week may have under the {{arrangement}} arrangement.',
        nb: 'Arbeidet {{hours}} timer i uken fra {{from}}, over de {{cap}} timene én uke kan ha etter ordningen {{arrangement}}.',
      },
      'arranged-overtime': {
        en: '{{hours}} hours of overtime in the {{weeks}} weeks from {{from}} under the {{arrangement}} arrangement, {{average}} a week on average, over the limit of {{limit}} hours in 7 days.',
        nb: '{{hours}} overtidstimer i {{weeks}} uker fra {{from}} etter ordningen {{arrangement}}, {{average}} i uken i snitt, over grensen på {{limit}} timer i løpet av 7 dager.',
      },
      'arranged-average': {
        en: 'Worked {{hours}} hours in the {{weeks}} weeks from {{from}}, {{average}} a week on average under the {{arrangement}} arrangement, over the limit of {{limit}} hours in 7 days.',
        nb: 'Arbeidet {{hours}} timer i {{weeks}} uker fra {{from}}, {{average}} i uken i snitt etter ordningen {{arrangement}}, over grensen på {{limit}} timer i løpet av 7 dager.',
      },
      'rolling-overtime': {
        en: '{{hours}} hours of overtime in the {{weeks}} weeks from {{from}}, over the limit of {{limit}} hours ({{windows}} window(s) of {{weeks}} weeks over the limit).',
        nb: '{{hours}} overtidstimer i {{weeks}} uker fra {{from}}, over grensen på {{limit}} timer ({{windows}} periode(r) på {{weeks}} uker over grensen).',
      },
    },
    coverage: { unit: { en: 'workers with time entries', nb: 'arbeidstakere med timelister' }, unmeasured: {} },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Six 9-hour days: 54 hours in a week', nb: 'Seks dager à 9 timer: 54 timer i uken' },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          time_entries: [
            'worker_id,date,hours',
            'w1,2025-03-03,9',
            'w1,2025-03-04,9',
            'w1,2025-03-05,9',
            'w1,2025-03-06,9',
            'w1,2025-03-07,9',
            'w1,2025-03-08,9',
          ],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Five 8-hour days', nb: 'Fem dager à 8 timer' },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          time_entries: [
            'worker_id,date,hours',
            'w1,2025-03-03,8',
            'w1,2025-03-04,8',
            'w1,2025-03-05,8',
            'w1,2025-03-06,8',
            'w1,2025-03-07,8',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'A 7/7 rota agreed with the union representatives: 77 hours on, a week off',
          nb: 'En 7/7-rotasjon avtalt med tillitsvalgte: 77 timer på, en uke fri',
        },
        on: '2025-03-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,fish'],
          contracts: [
            'contract_id,worker_id,employer_id,start_date,working_time_arrangement,arrangement_basis,rota',
            'c1,w1,fish,2025-03-03,rota,collective-agreement,7/7',
          ],
          time_entries: [
            'worker_id,date,start,end,break_minutes',
            'w1,2025-03-03,06:00,18:00,60',
            'w1,2025-03-04,06:00,18:00,60',
            'w1,2025-03-05,06:00,18:00,60',
            'w1,2025-03-06,06:00,18:00,60',
            'w1,2025-03-07,06:00,18:00,60',
            'w1,2025-03-08,06:00,18:00,60',
            'w1,2025-03-09,06:00,18:00,60',
            'w1,2025-03-17,06:00,18:00,60',
            'w1,2025-03-18,06:00,18:00,60',
            'w1,2025-03-19,06:00,18:00,60',
            'w1,2025-03-20,06:00,18:00,60',
            'w1,2025-03-21,06:00,18:00,60',
            'w1,2025-03-22,06:00,18:00,60',
            'w1,2025-03-23,06:00,18:00,60',
          ],
        },
      },
      {
        kind: 'breach',
        title: {
          en: 'The same rota agreed with the worker alone: a 77-hour week is over the 50 hours § 10-5 (1) allows',
          nb: 'Samme rotasjon avtalt med arbeidstakeren alene: en uke på 77 timer er over de 50 timene § 10-5 (1) tillater',
        },
        on: '2025-03-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,fish'],
          contracts: [
            'contract_id,worker_id,employer_id,start_date,working_time_arrangement,arrangement_basis,rota',
            'c1,w1,fish,2025-03-03,rota,written-agreement,7/7',
          ],
          time_entries: [
            'worker_id,date,start,end,break_minutes',
            'w1,2025-03-03,06:00,18:00,60',
            'w1,2025-03-04,06:00,18:00,60',
            'w1,2025-03-05,06:00,18:00,60',
            'w1,2025-03-06,06:00,18:00,60',
            'w1,2025-03-07,06:00,18:00,60',
            'w1,2025-03-08,06:00,18:00,60',
            'w1,2025-03-09,06:00,18:00,60',
            'w1,2025-03-17,06:00,18:00,60',
            'w1,2025-03-18,06:00,18:00,60',
            'w1,2025-03-19,06:00,18:00,60',
            'w1,2025-03-20,06:00,18:00,60',
            'w1,2025-03-21,06:00,18:00,60',
            'w1,2025-03-22,06:00,18:00,60',
            'w1,2025-03-23,06:00,18:00,60',
          ],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    const limits = context.jurisdiction.workingTime;
    const cite = (entries: readonly Entry[]): Evidence[] =>
      entries.slice(0, opts.maxEvidence).map((e) => evidenceOf(e, e.hours !== undefined ? 'hours' : 'end'));
    const worker = (id: string) => ({ kind: 'worker' as const, id });

    for (const [workerId, entries] of context.timeEntriesByWorker) {
      coverage.judged();
      const weeks = weeksOf(entries, context);
      const arranged = arrangedWeeks(workerId, weeks, context);
      // Each shift's span once, for both rest checks.
      const spans = entries.map(shiftSpan);
      for (const week of arranged.standard) {
        const from = dayNumberToIsoDate(weekStart(week.week));
        const to = dayNumberToIsoDate(weekStart(week.week) + 6);
        const totalWeek = opts.totalHoursPerWeek ?? limitOn(limits.totalHoursPerWeek, from);
        const overtimeWeek = opts.overtimePerWeek ?? limitOn(limits.overtimePerWeek, from);
        if (totalWeek !== undefined && week.hours > totalWeek) {
          const severity: Severity = week.hours > 60 ? 'high' : 'medium';
          findings.push({
            subject: worker(workerId),
            period: { from, to },
            severity,
            message: {
              id: 'week-hours',
              data: { hours: round1(week.hours), from, limit: totalWeek, entries: week.entries.length },
            },
            evidence: cite(week.entries),
          });
        } else if (overtimeWeek !== undefined && week.overtime > overtimeWeek) {
          findings.push({
            subject: worker(workerId),
            period: { from, to },
            message: { id: 'week-overtime', data: { hours: round1(week.overtime), from, limit: overtimeWeek } },
            evidence: cite(week.entries),
          });
        }
      }
      for (const period of arranged.periods)
        for (const finding of periodFindings(workerId, period, opts, limits, cite)) findings.push(finding);
      for (const window of arranged.totalWindows)
        for (const finding of totalFindings(workerId, window, opts, limits, cite)) findings.push(finding);
      for (const week of weeks)
        for (const day of week.longDays) {
          findings.push({
            subject: worker(workerId),
            period: { from: day.date, to: day.date },
            message: {
              id: 'day-hours',
              data: { hours: round1(day.hours), date: day.date, limit: limitOn(limits.totalHoursPerDay, day.date) ?? '' },
            },
            evidence: cite(day.entries),
          });
        }
      const overtime = weeklyOvertime(weeks, arranged);
      findings.push(
        ...rollingOvertime(
          workerId,
          weeks,
          overtime,
          4,
          opts.overtimePer4Weeks ?? limitOn(limits.overtimePer4Weeks, context.referenceDate),
          cite,
        ),
        ...rollingOvertime(
          workerId,
          weeks,
          overtime,
          52,
          opts.overtimePer52Weeks ?? limitOn(limits.overtimePer52Weeks, context.referenceDate),
          cite,
        ),
      );

      const minimumRest = limitOn(limits.dailyRestHours, context.referenceDate);
      if (minimumRest !== undefined) {
        for (const rest of shortRests(entries, spans, minimumRest)) {
          findings.push({
            subject: worker(workerId),
            period: { from: rest.before.date, to: rest.after.date },
            severity: 'low',
            message: { id: 'daily-rest', data: { hours: round1(rest.hours), date: rest.before.date, minimum: minimumRest } },
            evidence: [evidenceOf(rest.before, 'end'), evidenceOf(rest.after, 'start')],
          });
        }
      }

      const weeklyRest = limitOn(limits.weeklyRestHours, context.referenceDate);
      if (weeklyRest !== undefined) {
        const rests = longestRestByWeek(entries, spans);
        for (const week of arranged.standard) {
          const longest = rests.get(week.week);
          if (longest === undefined || longest >= weeklyRest) continue;
          const from = dayNumberToIsoDate(weekStart(week.week));
          findings.push({
            subject: worker(workerId),
            period: { from, to: dayNumberToIsoDate(weekStart(week.week) + 6) },
            severity: 'low',
            message: { id: 'weekly-rest', data: { from, hours: round1(longest), minimum: weeklyRest } },
            evidence: week.entries.slice(0, opts.maxEvidence).map((e) => evidenceOf(e, 'start')),
          });
        }
        // Under an arrangement the weekly rest is averaged over its period (a rota's off-weeks).
        for (const period of arranged.periods) {
          const known = period.weeks.map((w) => rests.get(w.week));
          if (known.some((hours) => hours === undefined)) continue;
          const free = (period.weekCount - period.weeks.length) * 168;
          const average = (known.reduce((sum: number, hours) => sum + hours!, 0) + free) / period.weekCount;
          if (average >= weeklyRest || !period.complete) continue;
          const from = dayNumberToIsoDate(weekStart(period.firstWeek));
          findings.push({
            subject: worker(workerId),
            period: { from, to: dayNumberToIsoDate(weekStart(period.firstWeek + period.weekCount) - 1) },
            severity: 'low',
            message: {
              id: 'weekly-rest-averaged',
              data: {
                hours: round1(average),
                weeks: period.weekCount,
                from,
                arrangement: period.terms.describe,
                minimum: weeklyRest,
              },
            },
            evidence: [
              ...period.terms.evidence,
              ...period.weeks
                .flatMap((w) => w.entries)
                .slice(0, opts.maxEvidence)
                .map((e) => evidenceOf(e, 'start')),
            ],
          });
        }
      }
    }
    return findings;
  },
});

/**
 * Findings for one period of an arrangement: a week over the basis's single-week cap, or overtime
 * averaging over the weekly limit. A period still running is judged only where the limit is
 * already passed (the rest of the period cannot bring the hours down).
 */
function periodFindings(
  workerId: string,
  period: ArrangedPeriod,
  opts: { totalHoursPerWeek?: number | undefined; overtimePerWeek?: number | undefined; maxEvidence: number },
  limits: WorkingTimeLimits,
  cite: (entries: readonly Entry[]) => Evidence[],
): DraftFinding[] {
  const out: DraftFinding[] = [];
  const { terms } = period;
  const subject = { kind: 'worker' as const, id: workerId };
  const from = dayNumberToIsoDate(weekStart(period.firstWeek));
  const to = dayNumberToIsoDate(weekStart(period.firstWeek + period.weekCount) - 1);
  const entries = period.weeks.flatMap((w) => w.entries);
  const evidence = [...terms.evidence, ...cite(entries)].slice(0, opts.maxEvidence + terms.evidence.length);
  if (terms.weekCap !== undefined)
    for (const week of period.weeks) {
      if (week.hours <= terms.weekCap) continue;
      const monday = dayNumberToIsoDate(weekStart(week.week));
      out.push({
        subject,
        period: { from: monday, to: dayNumberToIsoDate(weekStart(week.week) + 6) },
        severity: week.hours > 60 ? 'high' : 'medium',
        message: {
          id: 'arranged-week-cap',
          data: { hours: round1(week.hours), from: monday, cap: terms.weekCap ?? '', arrangement: terms.describe },
        },
        evidence: [...terms.evidence, ...cite(week.entries)],
      });
    }
  const overtimeWeek = opts.overtimePerWeek ?? limitOn(limits.overtimePerWeek, from);
  if (overtimeWeek !== undefined && period.overtime > overtimeWeek * period.weekCount)
    out.push({
      subject,
      period: { from, to },
      message: {
        id: 'arranged-overtime',
        data: {
          hours: round1(period.overtime),
          weeks: period.weekCount,
          from,
          arrangement: terms.describe,
          average: round1(period.overtime / period.weekCount),
          limit: overtimeWeek,
        },
      },
      evidence,
    });
  return out;
}

/** A stretch of an arrangement whose total hours average over the weekly limit (48 h per 7 days, averaged). */
function totalFindings(
  workerId: string,
  window: ArrangedPeriod,
  opts: { totalHoursPerWeek?: number | undefined; maxEvidence: number },
  limits: WorkingTimeLimits,
  cite: (entries: readonly Entry[]) => Evidence[],
): DraftFinding[] {
  const from = dayNumberToIsoDate(weekStart(window.firstWeek));
  const totalWeek = opts.totalHoursPerWeek ?? limitOn(limits.totalHoursPerWeek, from);
  if (totalWeek === undefined || window.hours <= totalWeek * window.weekCount) return [];
  const average = window.hours / window.weekCount;
  return [
    {
      subject: { kind: 'worker', id: workerId },
      period: { from, to: dayNumberToIsoDate(weekStart(window.firstWeek + window.weekCount) - 1) },
      severity: average > 60 ? 'high' : 'medium',
      message: {
        id: 'arranged-average',
        data: {
          hours: round1(window.hours),
          weeks: window.weekCount,
          from,
          average: round1(average),
          arrangement: window.terms.describe,
          limit: totalWeek,
        },
      },
      evidence: [...window.terms.evidence, ...cite(window.weeks.flatMap((w) => w.entries))],
    },
  ];
}

/** The worst window of `span` consecutive weeks whose overtime exceeds `limit`, as one finding. */
function rollingOvertime(
  workerId: string,
  weeks: readonly WeekTotals[],
  overtimeOf: readonly number[],
  span: number,
  limit: number | undefined,
  cite: (entries: readonly Entry[]) => Evidence[],
): DraftFinding[] {
  if (limit === undefined || weeks.length === 0) return [];
  let worst: { start: number; overtime: number } | undefined;
  let windowsOver = 0;
  // Weeks are in order: each window is weeks[i..end), end only moving forward (no filter per week).
  let end = 0;
  for (let i = 0; i < weeks.length; i++) {
    const first = weeks[i]!;
    while (end < weeks.length && weeks[end]!.week < first.week + span) end++;
    let overtime = 0;
    for (let k = i; k < end; k++) overtime += overtimeOf[k]!;
    if (overtime > limit) {
      windowsOver++;
      if (!worst || overtime > worst.overtime) worst = { start: first.week, overtime };
    }
  }
  if (!worst) return [];
  const { start, overtime } = worst;
  const entries = weeks.filter((w) => w.week >= start && w.week < start + span).flatMap((w) => w.entries);
  const from = dayNumberToIsoDate(weekStart(start));
  const to = dayNumberToIsoDate(weekStart(start + span) - 1);
  return [
    {
      subject: { kind: 'worker', id: workerId },
      period: { from, to },
      message: { id: 'rolling-overtime', data: { hours: round1(overtime), weeks: span, from, limit, windows: windowsOver } },
      evidence: cite(entries.filter((e) => (e.hours ?? 0) > 0 || e.end !== undefined)),
    },
  ];
}
