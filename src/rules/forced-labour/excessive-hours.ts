import * as z from 'zod';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../../dates/iso-date.js';
import { entryHours } from '../../model/tables/time-entry.js';
import type { SourcedRow } from '../../model/dataset.js';
import { evidenceOf } from '../context.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { arrangedWeeks, weekStart, weeksOf } from '../working-weeks.js';
import { WHO_ACTS, firstOf } from './shared.js';

const options = z
  .object({
    weeklyHours: z
      .number()
      .positive()
      .default(60)
      .describe('Hours in a calendar week that count as far beyond the legal maxima.'),
    minWeeks: z.number().int().min(1).default(3).describe('Weeks over `weeklyHours` before the pattern is a finding.'),
    daysWithoutRest: z
      .number()
      .int()
      .min(7)
      .default(28)
      .describe('Consecutive days worked without a day off that count as no rest day.'),
    maxEvidence: z.number().int().min(1).max(100).default(10).describe('Evidence rows cited per finding.'),
  })
  .strict();

const round1 = (hours: number) => Math.round(hours * 10) / 10;

export const excessiveHours = defineRule({
  meta: {
    id: 'excessive-hours',
    title: { en: 'Working hours far beyond the legal maxima', nb: 'Arbeidstid langt over lovens grenser' },
    tier: 'forced-labour',
    defaultSeverity: 'high',
    indicator: 'excessive-overtime',
    needs: ['timeEntries'],
    legalRefs: [
      'ILO (2012) Indicators of Forced Labour: excessive overtime',
      'ILO C1 art. 2',
      'ILO C14 art. 2',
      'aml. §§ 10-6, 10-8',
    ],
    options,
    docs: {
      en: [
        'Stronger than the working-time rule: it looks for hours no employer could mistake for a slip. From the time entries, per worker:',
        '',
        '- at least `minWeeks` (default 3) calendar weeks over `weeklyHours` (default 60 hours);',
        '- a run of `daysWithoutRest` (default 28) or more consecutive days worked, with no day off.',
        '',
        'Each is a finding for the ILO indicator *excessive overtime* (strong, exploitative conditions of work). Works in every jurisdiction: the thresholds are well past the ILO and national limits.',
        '',
        'A week covered by a working-time arrangement (an averaging agreement or a rota such as 7/7 or 2-4, from the contract or the configuration) counts as long only when its period averages over `weeklyHours` too: an on-week of a lawful rota is not excessive overtime.',
      ].join('\n'),
      nb: 'Minst tre kalenderuker over 60 timer, eller 28 dager eller mer i strekk uten fridag. ILO-indikatoren «overdreven overtid» (sterk). Under gjennomsnittsberegning eller rotasjon teller en lang uke bare når perioden i snitt også er over grensen.',
    },
    nextSteps: {
      en: `Check the hours against access logs, HMS-card scans or GPS; ask whether the worker could refuse the overtime and what happened to those who did. ${WHO_ACTS.en}`,
      nb: `Kontroller timene mot adgangslogg, HMS-kortskanning eller GPS; spør om arbeidstakeren kunne si nei til overtid og hva som skjedde med dem som gjorde det. ${WHO_ACTS.nb}`,
    },
    messages: {
      'long-weeks': {
        en: '{{weeks}} week(s) over {{limit}} hours, up to {{worst}} hours in a week{{more}}.',
        nb: '{{weeks}} uke(r) over {{limit}} timer, opptil {{worst}} timer i en uke{{more}}.',
      },
      'no-day-off': {
        en: 'Worked {{days}} days in a row, from {{from}} to {{to}}, without a day off.',
        nb: 'Arbeidet {{days}} dager i strekk, fra {{from}} til {{to}}, uten en fridag.',
      },
    },
    coverage: {
      unit: { en: 'workers with time entries', nb: 'arbeidstakere med timelister' },
      unmeasured: {
        'presence-only': { en: 'only presences, no hours worked', nb: 'bare tilstedeværelse, ingen arbeidstimer' },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'Three weeks of six 11-hour days', nb: 'Tre uker med seks dager à 11 timer' },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          time_entries: [
            'worker_id,date,hours',
            'w1,2025-03-03,11',
            'w1,2025-03-04,11',
            'w1,2025-03-05,11',
            'w1,2025-03-06,11',
            'w1,2025-03-07,11',
            'w1,2025-03-08,11',
            'w1,2025-03-10,11',
            'w1,2025-03-11,11',
            'w1,2025-03-12,11',
            'w1,2025-03-13,11',
            'w1,2025-03-14,11',
            'w1,2025-03-15,11',
            'w1,2025-03-17,11',
            'w1,2025-03-18,11',
            'w1,2025-03-19,11',
            'w1,2025-03-20,11',
            'w1,2025-03-21,11',
            'w1,2025-03-22,11',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Two long weeks are not yet a pattern (three are needed)',
          nb: 'To lange uker er ennå ikke et mønster (det trengs tre)',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm'],
          time_entries: [
            'worker_id,date,hours',
            'w1,2025-03-03,11',
            'w1,2025-03-04,11',
            'w1,2025-03-05,11',
            'w1,2025-03-06,11',
            'w1,2025-03-07,11',
            'w1,2025-03-08,11',
            'w1,2025-03-10,11',
            'w1,2025-03-11,11',
            'w1,2025-03-12,11',
            'w1,2025-03-13,11',
            'w1,2025-03-14,11',
            'w1,2025-03-15,11',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'A 7/7 rota agreed with the union representatives: 77-hour on-weeks average 38.5',
          nb: 'En 7/7-rotasjon avtalt med tillitsvalgte: arbeidsuker på 77 timer blir 38,5 i snitt',
        },
        on: '2025-04-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,fish'],
          contracts: [
            'contract_id,worker_id,employer_id,start_date,working_time_arrangement,arrangement_basis,rota',
            'c1,w1,fish,2025-03-03,rota,collective-agreement,7/7',
          ],
          time_entries: [
            'worker_id,date,hours',
            ...['03', '04', '05', '06', '07', '08', '09', '17', '18', '19', '20', '21', '22', '23'].map(
              (d) => `w1,2025-03-${d},11`,
            ),
            ...['31'].map((d) => `w1,2025-03-${d},11`),
            ...['01', '02', '03', '04', '05', '06'].map((d) => `w1,2025-04-${d},11`),
          ],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    for (const [workerId, entries] of context.timeEntriesByWorker) {
      const subject = { kind: 'worker' as const, id: workerId };
      if (entries.every((e) => entryHours(e) === undefined)) coverage.unmeasured('presence-only', entries[0]);
      else coverage.judged();
      const weeks = weeksOf(entries, context);
      // Under an averaging arrangement or rota a long on-week is judged by its period's average.
      const evened = new Set(
        arrangedWeeks(workerId, weeks, context)
          .periods.filter((p) => p.hours / p.weekCount <= opts.weeklyHours)
          .flatMap((p) => p.weeks.map((w) => w.week)),
      );
      const long = weeks.filter((w) => w.hours > opts.weeklyHours && !evened.has(w.week));
      if (long.length >= opts.minWeeks) {
        const worst = Math.max(...long.map((w) => w.hours));
        const { shown, more } = firstOf(
          long.flatMap((w) => w.entries),
          opts.maxEvidence,
        );
        findings.push({
          subject,
          period: {
            from: dayNumberToIsoDate(weekStart(long[0]!.week)),
            to: dayNumberToIsoDate(weekStart(long.at(-1)!.week) + 6),
          },
          message: { id: 'long-weeks', data: { weeks: long.length, limit: opts.weeklyHours, worst: round1(worst), more } },
          evidence: shown.map((e) => evidenceOf(e, e.hours !== undefined ? 'hours' : 'end')),
        });
      }

      const worked = daysWorked(entries);
      let runStart = 0;
      let best: { from: number; to: number } | undefined;
      for (let i = 1; i <= worked.length; i++) {
        if (i < worked.length && worked[i] === worked[i - 1]! + 1) continue;
        const length = i - runStart;
        if (length >= opts.daysWithoutRest && (!best || length > best.to - best.from + 1))
          best = { from: worked[runStart]!, to: worked[i - 1]! };
        runStart = i;
      }
      if (best) {
        const from = dayNumberToIsoDate(best.from);
        const to = dayNumberToIsoDate(best.to);
        const run = entries.filter((e) => e.date >= from && e.date <= to);
        const { shown } = firstOf(run, opts.maxEvidence);
        findings.push({
          subject,
          period: { from, to },
          message: { id: 'no-day-off', data: { days: best.to - best.from + 1, from, to } },
          evidence: shown.map((e) => evidenceOf(e, 'date')),
        });
      }
    }
    return findings;
  },
});

/** The distinct days with work, ascending; one pass, as the context keeps a worker's entries by date. */
function daysWorked(entries: readonly SourcedRow<'timeEntries'>[]): number[] {
  const days: number[] = [];
  let ordered = true;
  for (const entry of entries) {
    if (!((entryHours(entry) ?? 1) > 0)) continue;
    const day = isoDateToDayNumber(entry.date);
    const last = days.length === 0 ? undefined : days[days.length - 1]!;
    if (day === last) continue;
    if (last !== undefined && day < last) ordered = false;
    days.push(day);
  }
  return ordered ? days : [...new Set(days)].sort((a, b) => a - b);
}
