import * as z from 'zod';
import { clockTimeToMinutes, dayNumberToIsoDate, isoDateToDayNumber } from '../../../dates/iso-date.js';
import type { SourcedRow } from '../../../model/dataset.js';
import type { Severity } from '../../../model/enums.js';
import { evidenceOf } from '../../context.js';
import { limitOn, weekStart, weeksOf, type WeekTotals } from '../../working-weeks.js';
import type { Evidence } from '../../finding.js';
import { defineRule, type DraftFinding } from '../../rule.js';

const options = z
  .object({
    /** Agreed extensions (aml. § 10-6 (5)–(6), § 10-12) raise the limits; give them here. */
    overtimePerWeek: z.number().positive().optional(),
    overtimePer4Weeks: z.number().positive().optional(),
    overtimePer52Weeks: z.number().positive().optional(),
    totalHoursPerWeek: z.number().positive().optional(),
    /** Evidence rows cited per finding (the message gives the full count). */
    maxEvidence: z.number().int().min(1).max(100).default(10),
  })
  .strict();

type Entry = SourcedRow<'timeEntries'>;
const round1 = (hours: number) => Math.round(hours * 10) / 10;

/** Rest between the end of one shift and the start of the next, in hours (needs start and end). */
function shortRests(entries: readonly Entry[], minimumHours: number): { before: Entry; after: Entry; hours: number }[] {
  const out: { before: Entry; after: Entry; hours: number }[] = [];
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i - 1]!;
    const after = entries[i]!;
    if (!before.start || !before.end || !after.start) continue;
    const beforeStart = isoDateToDayNumber(before.date) * 1440 + clockTimeToMinutes(before.start);
    let beforeEnd = isoDateToDayNumber(before.date) * 1440 + clockTimeToMinutes(before.end);
    if (beforeEnd <= beforeStart) beforeEnd += 1440;
    const afterStart = isoDateToDayNumber(after.date) * 1440 + clockTimeToMinutes(after.start);
    const rest = (afterStart - beforeEnd) / 60;
    if (rest >= 0 && rest < minimumHours) out.push({ before, after, hours: rest });
  }
  return out;
}

export const workingTime = defineRule({
  meta: {
    id: 'no/working-time',
    title: { en: 'Working time beyond the statutory limits', nb: 'Arbeidstid over lovens grenser' },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    needs: ['timeEntries'],
    legalRefs: ['aml. § 10-4 (1)', 'aml. § 10-6 (4)', 'aml. § 10-6 (8)', 'aml. § 10-8 (1)'],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        'From the time entries, per worker and calendar week (Monday–Sunday):',
        '',
        '- a day over 13 hours, or a week over 48 hours, in total (aml. § 10-6 (8));',
        '- overtime over 10 hours in a week, 25 hours in any 4 consecutive weeks, or 200 hours in any 52 consecutive weeks (aml. § 10-6 (4)); overtime is the time beyond 9 hours a day or 40 hours a week, whichever is more;',
        '- less than 11 hours of rest between two shifts (aml. § 10-8 (1)), where start and end times are given.',
        '',
        'Agreed extensions are options (`overtimePerWeek`, `overtimePer4Weeks`, `overtimePer52Weeks`, `totalHoursPerWeek`); the default is the statutory limit. Weekly rest (35 hours, § 10-8 (2)) is not checked yet. A week over 60 hours is graded `high`.',
      ].join('\n'),
      nb: 'Fra timelistene, per arbeidstaker og kalenderuke: dager over 13 timer og uker over 48 timer totalt, overtid over 10 timer per uke, 25 timer per fire uker og 200 timer per 52 uker, og hvile under 11 timer mellom skift. Avtalte utvidelser gis som valg.',
    },
    nextSteps: {
      en: 'Compare the time entries with access logs or HMS-card scans and the pay slips (was the overtime paid?); ask for any written agreement that extends the limits; report to the Labour Inspection Authority.',
      nb: 'Sammenlign timelistene med adgangslogg eller HMS-kortskanning og lønnsslipper (ble overtiden betalt?); be om eventuell skriftlig avtale om utvidet arbeidstid; meld fra til Arbeidstilsynet.',
    },
  },
  check(context, opts) {
    const findings: DraftFinding[] = [];
    const limits = context.jurisdiction.workingTime;
    const cite = (entries: readonly Entry[]): Evidence[] =>
      entries.slice(0, opts.maxEvidence).map((e) => evidenceOf(e, e.hours !== undefined ? 'hours' : 'end'));
    const worker = (id: string) => ({ kind: 'worker' as const, id });

    for (const [workerId, entries] of context.timeEntriesByWorker) {
      const weeks = weeksOf(entries, context);
      for (const week of weeks) {
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
            message: `Worked ${round1(week.hours)} hours in the week from ${from}, over the limit of ${totalWeek} hours in 7 days (${week.entries.length} entries).`,
            evidence: cite(week.entries),
          });
        } else if (overtimeWeek !== undefined && week.overtime > overtimeWeek) {
          findings.push({
            subject: worker(workerId),
            period: { from, to },
            message: `${round1(week.overtime)} hours of overtime in the week from ${from}, over the limit of ${overtimeWeek} hours in 7 days.`,
            evidence: cite(week.entries),
          });
        }
        for (const day of week.longDays) {
          findings.push({
            subject: worker(workerId),
            period: { from: day.date, to: day.date },
            message: `Worked ${round1(day.hours)} hours on ${day.date}, over the limit of ${limitOn(limits.totalHoursPerDay, day.date)} hours in 24 hours.`,
            evidence: cite(day.entries),
          });
        }
      }
      findings.push(
        ...rollingOvertime(
          workerId,
          weeks,
          4,
          opts.overtimePer4Weeks ?? limitOn(limits.overtimePer4Weeks, context.referenceDate),
          cite,
        ),
      );
      findings.push(
        ...rollingOvertime(
          workerId,
          weeks,
          52,
          opts.overtimePer52Weeks ?? limitOn(limits.overtimePer52Weeks, context.referenceDate),
          cite,
        ),
      );

      const minimumRest = limitOn(limits.dailyRestHours, context.referenceDate);
      if (minimumRest !== undefined) {
        for (const rest of shortRests(entries, minimumRest)) {
          findings.push({
            subject: worker(workerId),
            period: { from: rest.before.date, to: rest.after.date },
            severity: 'low',
            message: `Only ${round1(rest.hours)} hours of rest between the shift ending on ${rest.before.date} and the next, under the minimum of ${minimumRest} hours.`,
            evidence: [evidenceOf(rest.before, 'end'), evidenceOf(rest.after, 'start')],
          });
        }
      }
    }
    return findings;
  },
});

/** The worst window of `span` consecutive weeks whose overtime exceeds `limit`, as one finding. */
function rollingOvertime(
  workerId: string,
  weeks: readonly WeekTotals[],
  span: number,
  limit: number | undefined,
  cite: (entries: readonly Entry[]) => Evidence[],
): DraftFinding[] {
  if (limit === undefined || weeks.length === 0) return [];
  let worst: { start: number; overtime: number } | undefined;
  let windowsOver = 0;
  for (const first of weeks) {
    const inWindow = weeks.filter((w) => w.week >= first.week && w.week < first.week + span);
    const overtime = inWindow.reduce((sum, w) => sum + w.overtime, 0);
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
      message: `${round1(overtime)} hours of overtime in the ${span} weeks from ${from}, over the limit of ${limit} hours (${windowsOver} window(s) of ${span} weeks over the limit).`,
      evidence: cite(entries.filter((e) => (e.hours ?? 0) > 0 || e.end !== undefined)),
    },
  ];
}
