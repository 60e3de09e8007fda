import * as z from 'zod';
import type { DimensionContribution } from '../../assess/ilo-table.js';
import type { SourcedRow } from '../../model/dataset.js';
import { formatMinorAsMajor } from '../../money/money.js';
import { paymentKind } from '../../model/tables/payment.js';
import { dayNumberToIsoDate, isoDateToDayNumber } from '../../dates/iso-date.js';
import { evidenceOf, type RuleContext } from '../context.js';
import type { Evidence } from '../finding.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { arrangedWeeks, weeksOf } from '../working-weeks.js';
import { WHO_ACTS } from './shared.js';
import type { Message } from '../../i18n/format-message.js';

const options = z
  .object({
    wageTolerance: z
      .number()
      .min(0)
      .max(1)
      .default(0.1)
      .describe('Share by which the actual hourly pay may fall short of the promised before it counts.'),
    hoursTolerance: z
      .number()
      .min(0)
      .default(0.2)
      .describe('Share by which average weekly hours may exceed the promised before it counts.'),
  })
  .strict();

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
const major = (minor: number) => formatMinorAsMajor(minor, 2);

/** The days a recruitment is about: from its date (or its season's first day) to the day before the next recruitment. */
interface Window {
  readonly from: string;
  readonly to: string;
}

/** @summary The window of each recruitment row: its season or date, up to the next dated one; undefined without either. */
function windowOf(row: SourcedRow<'recruitment'>, all: readonly SourcedRow<'recruitment'>[]): Window | undefined {
  const start = (r: SourcedRow<'recruitment'>) => r.recruitedOn ?? (r.season !== undefined ? `${r.season}-01-01` : undefined);
  const from = start(row);
  if (from === undefined) return undefined;
  if (row.recruitedOn === undefined && row.season !== undefined) return { from, to: `${row.season}-12-31` };
  const next = all
    .map(start)
    .filter((d): d is string => d !== undefined && d > from)
    .sort()[0];
  return { from, to: next === undefined ? '9999-12-31' : dayBefore(next) };
}

const dayBefore = (date: string) => dayNumberToIsoDate(isoDateToDayNumber(date) - 1);
const within = (date: string, window: Window | undefined) => window === undefined || (date >= window.from && date <= window.to);

/**
 * @summary The employers the worker worked for in a window (all time without one): of the
 * contracts in force, the payments and the time entries in it (a row without an employer is the
 * worker's). Empty when no row falls in the window: then nothing can be said of the employer.
 */
function employersIn(context: RuleContext, workerId: string, window: Window | undefined): Map<string, Evidence> {
  const worker = context.workers.get(workerId);
  const found = new Map<string, Evidence>();
  const note = (employerId: string | undefined, evidence: () => Evidence) => {
    const id = employerId ?? worker?.employerId;
    if (id !== undefined && !found.has(id)) found.set(id, evidence());
  };
  for (const c of context.contractsByWorker.get(workerId) ?? [])
    if (window === undefined || ((c.startDate ?? '0000-00-00') <= window.to && (c.endDate ?? '9999-12-31') >= window.from))
      note(c.employerId, () => evidenceOf(c, 'employerId'));
  for (const p of context.paymentsByWorker.get(workerId) ?? [])
    if (within(p.periodStart, window) || within(p.periodEnd, window))
      note(p.employerId, () => (p.employerId !== undefined ? evidenceOf(p, 'employerId') : evidenceOf(worker!, 'employerId')));
  for (const e of context.timeEntriesByWorker.get(workerId) ?? [])
    if (within(e.date, window))
      note(e.employerId, () => (e.employerId !== undefined ? evidenceOf(e, 'employerId') : evidenceOf(worker!, 'employerId')));
  if (window === undefined && worker) note(worker.employerId, () => evidenceOf(worker, 'employerId'));
  return found;
}

/** Hourly pay actually received: ordinary salary ÷ ordinary hours paid over the window's payments, in the promise's currency (holiday pay has its own column, outside `gross`). */
function actualHourly(context: RuleContext, workerId: string, currency: string | undefined, window: Window | undefined) {
  const payments = (context.paymentsByWorker.get(workerId) ?? []).filter(
    (p) =>
      paymentKind(p) === 'salary' &&
      p.grossMinor !== undefined &&
      (p.hoursPaid ?? 0) > 0 &&
      (currency === undefined || p.currency === currency) &&
      within(p.periodStart, window),
  );
  if (payments.length === 0) return undefined;
  const gross = payments.reduce((sum, p) => sum + p.grossMinor! - (p.overtimePayMinor ?? 0), 0);
  const hours = payments.reduce((sum, p) => sum + p.hoursPaid!, 0);
  return { minor: Math.round(gross / hours), evidence: payments.map((p) => evidenceOf(p, 'grossMinor')) };
}

export const deceptiveRecruitment = defineRule({
  meta: {
    id: 'deceptive-recruitment',
    title: { en: 'Job differs from what was promised at recruitment', nb: 'Jobben er en annen enn det som ble lovet' },
    tier: 'forced-labour',
    defaultSeverity: 'medium',
    indicator: 'deception',
    needs: ['recruitment'],
    legalRefs: [
      'ILO (2012) Indicators of Forced Labour: deception',
      'Palermo Protocol art. 3 (a) (deception as a means)',
      'ILO C181 art. 8',
    ],
    options,
    docs: {
      en: [
        'Compares each `recruitment` row’s promises with what the data shows:',
        '',
        '- **employer**: `promised_employer_id` is none of the employers the worker worked for (the contracts, payments and time entries name them; strong: deceived about the employer);',
        '- **occupation**: `promised_occupation` differs from the contract’s or the worker’s occupation, ignoring case and spacing (strong: deceived about the nature of the job);',
        '- **wage**: ordinary pay per hour paid (gross less overtime pay, over hours paid; holiday pay is not in `gross`) is more than `wageTolerance` (10 %) below `promised_hourly_wage`; the contract’s hourly wage stands in when there are no payments (medium: deceived about wages);',
        '- **hours**: average weekly hours in the time entries (over a working-time arrangement’s whole periods, off-weeks included), else the contract’s, exceed `promised_weekly_hours` by more than `hoursTolerance` (20 %) (medium: deceived about conditions).',
        '',
        'A recruitment row with a date (`recruited_on`) or a `season` is held to the work of that season or from that date to the next recruitment, so a second season’s recruitment for another employer is not read as deception about the first; without either, to all of the worker’s work.',
        '',
        'One finding per recruitment row with every difference; each difference feeds *deceptive recruitment* as its own Delphi indicator (so a wrong employer and a lower wage together make the dimension positive). Graded `high` when a strong difference is among them.',
      ].join('\n'),
      nb: 'Sammenligner løftene i `recruitment` med dataene: arbeidsgiver og yrke (sterk), timelønn mer enn 10 % under lovet og ukentlige timer mer enn 20 % over lovet (middels).',
    },
    nextSteps: {
      en: `Ask the worker for the offer, advertisement or messages from the recruiter, and the recruiter for the job order; check who the recruiter works for. ${WHO_ACTS.en}`,
      nb: `Be arbeidstakeren om tilbudet, annonsen eller meldinger fra rekruttereren, og rekruttereren om oppdraget; undersøk hvem rekruttereren arbeider for. ${WHO_ACTS.nb}`,
    },
    messages: {
      'promises-broken': {
        en: 'Recruited{{where}} on promises that the data contradicts: {{differences|; }}.',
        nb: 'Rekruttert{{where}} på løfter som dataene motsier: {{differences|; }}.',
      },
      'in-country': { en: ' in {{country}}', nb: ' i {{country}}' },
      'other-employer': {
        en: 'employer {{actual}} instead of the promised {{promised}}',
        nb: 'arbeidsgiver {{actual}} i stedet for den lovede {{promised}}',
      },
      'other-occupation': {
        en: 'works as “{{actual}}”, promised “{{promised}}”',
        nb: 'arbeider som «{{actual}}», lovet «{{promised}}»',
      },
      'paid-less': { en: 'paid {{actual}} an hour, promised {{promised}}', nb: 'betalt {{actual}} timen, lovet {{promised}}' },
      'contracted-less': {
        en: 'contracted {{actual}} an hour, promised {{promised}}',
        nb: 'avtalt {{actual}} timen, lovet {{promised}}',
      },
      'longer-hours': {
        en: 'works {{actual}} hours a week on average, promised {{promised}}',
        nb: 'arbeider {{actual}} timer i uken i snitt, lovet {{promised}}',
      },
    },
    coverage: {
      unit: { en: 'recruitment rows with a promise', nb: 'rekrutteringsrader med et løfte' },
      unmeasured: {
        'nothing-to-compare': {
          en: 'nothing in the data to hold the promises against (no employer, occupation, pay or hours for the period)',
          nb: 'ingenting i dataene å holde løftene opp mot (verken arbeidsgiver, yrke, lønn eller timer for perioden)',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'Promised carpentry for the main contractor, employed as a labourer elsewhere',
          nb: 'Lovet tømrerarbeid hos hovedentreprenøren, ansatt som hjelpearbeider et annet sted',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,agency'],
          contracts: [
            'contract_id,worker_id,employer_id,occupation,hourly_wage,weekly_hours',
            'c1,w1,agency,hjelpearbeider,180.00,37.5',
          ],
          recruitment: [
            'worker_id,recruited_in,promised_hourly_wage,promised_occupation,promised_weekly_hours,promised_employer_id',
            'w1,RO,,tømrer,,main-contractor',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'The promise kept: same job, same employer, more pay',
          nb: 'Løftet holdt: samme jobb, samme arbeidsgiver, høyere lønn',
        },
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,agency'],
          contracts: ['contract_id,worker_id,employer_id,occupation,hourly_wage,weekly_hours', 'c1,w1,agency,tømrer,270.00,37.5'],
          recruitment: [
            'worker_id,recruited_in,promised_hourly_wage,promised_occupation,promised_weekly_hours,promised_employer_id',
            'w1,PL,250.00,Tømrer,37.5,agency',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'Recruited again for a second season, for another farm, and working there',
          nb: 'Rekruttert på nytt for en ny sesong, til en annen gård, og arbeider der',
        },
        on: '2025-12-31',
        tables: {
          workers: ['worker_id,employer_id', 'w1,farm-b'],
          contracts: [
            'contract_id,worker_id,employer_id,start_date,end_date',
            'c1,w1,farm-a,2024-05-01,2024-09-30',
            'c2,w1,farm-b,2025-05-01,2025-09-30',
          ],
          recruitment: [
            'worker_id,recruited_in,recruited_on,promised_employer_id',
            'w1,RO,2024-03-01,farm-a',
            'w1,RO,2025-03-01,farm-b',
          ],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    for (const [workerId, rows] of context.recruitmentByWorker) {
      const worker = context.workers.get(workerId);
      const contracts = context.contractsByWorker.get(workerId) ?? [];
      for (const row of rows) {
        // A later season's recruitment is held to that season's work, not to the first employer's.
        const window = windowOf(row, rows);
        const contract =
          window === undefined
            ? contracts.at(-1)
            : (context.contractOn(workerId, window.from) ??
              contracts.find((c) => (c.startDate ?? '0000-00-00') >= window.from && (c.startDate ?? '') <= window.to));
        const differences: Message[] = [];
        // Whether any promise could be held against the data (for the coverage).
        let compared = false;
        const evidence: Evidence[] = [];
        const dimensions: DimensionContribution[] = [];
        const feeds = (strength: 'strong' | 'medium', aspect: string) =>
          dimensions.push({ dimension: 'deceptive-recruitment', strength, aspect });
        const employers = row.promisedEmployerId ? employersIn(context, workerId, window) : new Map<string, Evidence>();
        if (row.promisedEmployerId && employers.size > 0) compared = true;
        if (row.promisedEmployerId && employers.size > 0 && !employers.has(row.promisedEmployerId)) {
          const [actual, actualEvidence] = [...employers.entries()].sort(([a], [b]) => (a < b ? -1 : 1))[0]!;
          feeds('strong', 'deceived-about-employer');
          differences.push({ id: 'other-employer', data: { actual, promised: row.promisedEmployerId } });
          evidence.push(evidenceOf(row, 'promisedEmployerId'), actualEvidence);
        }
        const occupationRow = contract?.occupation ? contract : worker?.occupation ? worker : undefined;
        if (
          row.promisedOccupation &&
          occupationRow?.occupation &&
          normalise(row.promisedOccupation) !== normalise(occupationRow.occupation)
        ) {
          feeds('strong', 'deceived-about-nature-of-job');
          differences.push({
            id: 'other-occupation',
            data: { actual: occupationRow.occupation, promised: row.promisedOccupation },
          });
          evidence.push(
            evidenceOf(row, 'promisedOccupation'),
            evidenceOf(occupationRow as SourcedRow<'contracts'>, 'occupation'),
          );
        }
        if (row.promisedHourlyWageMinor !== undefined) {
          const paid = actualHourly(context, workerId, row.currency, window);
          const actual =
            paid ??
            (contract?.hourlyWageMinor !== undefined && (row.currency === undefined || contract.currency === row.currency)
              ? { minor: contract.hourlyWageMinor, evidence: [evidenceOf(contract, 'hourlyWageMinor')] }
              : undefined);
          if (actual) compared = true;
          if (actual && actual.minor < row.promisedHourlyWageMinor * (1 - opts.wageTolerance)) {
            feeds('medium', 'deceived-about-wages');
            differences.push({
              id: paid ? 'paid-less' : 'contracted-less',
              data: { actual: major(actual.minor), promised: major(row.promisedHourlyWageMinor) },
            });
            evidence.push(evidenceOf(row, 'promisedHourlyWageMinor'), ...actual.evidence.slice(0, 4));
          }
        }
        if (row.promisedWeeklyHours !== undefined) {
          const weeks = weeksOf(context.timeEntriesByWorker.get(workerId) ?? [], context).filter((w) =>
            within(w.entries[0]!.date, window),
          );
          // Under a rota or averaging arrangement the off-weeks count: its periods' weeks, not only weeks with work.
          const arranged = arrangedWeeks(workerId, weeks, context);
          const weekCount = arranged.standard.length + arranged.periods.reduce((sum, p) => sum + p.weekCount, 0);
          const average = weeks.length > 0 ? weeks.reduce((sum, w) => sum + w.hours, 0) / weekCount : contract?.weeklyHours;
          if (average !== undefined) compared = true;
          if (average !== undefined && average > row.promisedWeeklyHours * (1 + opts.hoursTolerance)) {
            feeds('medium', 'deceived-about-conditions-of-work');
            differences.push({
              id: 'longer-hours',
              data: { actual: Math.round(average * 10) / 10, promised: row.promisedWeeklyHours },
            });
            evidence.push(
              evidenceOf(row, 'promisedWeeklyHours'),
              ...(weeks.length > 0
                ? weeks.slice(0, 3).map((w) => evidenceOf(w.entries[0]!, w.entries[0]!.hours !== undefined ? 'hours' : 'end'))
                : contract
                  ? [evidenceOf(contract, 'weeklyHours')]
                  : []),
            );
          }
        }
        if (row.promisedOccupation && occupationRow?.occupation) compared = true;
        const promised =
          row.promisedEmployerId !== undefined ||
          row.promisedOccupation !== undefined ||
          row.promisedHourlyWageMinor !== undefined ||
          row.promisedWeeklyHours !== undefined;
        if (promised) {
          if (compared) coverage.judged();
          else coverage.unmeasured('nothing-to-compare', row);
        }
        if (differences.length === 0) continue;
        const strong = dimensions.some((d) => d.strength === 'strong');
        findings.push({
          subject: { kind: 'worker', id: workerId },
          severity: strong ? 'high' : 'medium',
          dimensions,
          message: {
            id: 'promises-broken',
            data: { where: row.recruitedIn ? { id: 'in-country', data: { country: row.recruitedIn } } : '', differences },
          },
          evidence,
        });
      }
    }
    return findings;
  },
});
