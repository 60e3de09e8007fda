import * as z from 'zod';
import { inForce, type HolidayPayRules } from '../../../jurisdictions/pack.js';
import type { SourcedRow } from '../../../model/dataset.js';
import type { Severity } from '../../../model/enums.js';
import { formatMinorAsMajor } from '../../../money/money.js';
import { anyRow, evidenceOf } from '../../context.js';
import type { Evidence } from '../../finding.js';
import { limitOn } from '../../working-weeks.js';
import { holidayPayOf, inHolidayPayBasis } from '../../payment-kinds.js';
import { defineRule, type DraftFinding } from '../../rule.js';
import { groupBy } from '../../../collections/group-by.js';

const options = z
  .object({
    fiveWeeks: z.boolean().default(false).describe("The agreement gives five weeks' holiday (12 % instead of 10.2 %)."),
    dueBy: z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD')
      .default('06-30')
      .describe('Holiday pay for a year is due by this day (MM-DD) of the next year; usually paid in June.'),
    tolerancePct: z
      .number()
      .min(0)
      .max(10)
      .default(0.5)
      .describe('Shortfalls up to this share of the amount due are ignored (rounding).'),
    maxEvidence: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(14)
      .describe('Evidence rows cited per finding (the message gives the totals).'),
  })
  .strict();

type Payment = SourcedRow<'payments'>;
const yearOf = (payment: Payment) => Number((payment.paidOn ?? payment.periodEnd).slice(0, 4));
const percent = (value: number) => `${Number(value.toFixed(2))} %`;

/** What a worker is owed for one earning year: rate × basis, plus the over-60 extra up to the cap. */
export function holidayPayDue(
  rules: HolidayPayRules,
  basisMinor: number,
  earningYear: number,
  birthDate: string | undefined,
  fiveWeeks: boolean,
): { dueMinor: number; ratePct: number } | undefined {
  const holidayYearStart = `${earningYear + 1}-01-01`;
  const rate = limitOn(fiveWeeks ? (rules.fiveWeekRatePct ?? rules.ratePct) : rules.ratePct, holidayYearStart);
  if (rate === undefined) return undefined;
  let dueMinor = (basisMinor * rate) / 100;
  let ratePct = rate;
  const extra = limitOn(rules.over60ExtraPct, holidayYearStart);
  const turns60 = birthDate && `${Number(birthDate.slice(0, 4)) + 60}${birthDate.slice(4)}`;
  if (extra !== undefined && turns60 && turns60 <= `${earningYear + 1}-${rules.over60By ?? '12-31'}`) {
    // Rates only rise, so the earliest known G is a safe cap before the first entry.
    const g = inForce(rules.basicAmountMinor, holidayYearStart) ?? rules.basicAmountMinor?.[0];
    const capped = g && rules.over60CapInG ? Math.min(basisMinor, g.value * rules.over60CapInG) : basisMinor;
    dueMinor += (capped * extra) / 100;
    ratePct += extra;
  }
  return { dueMinor: Math.round(dueMinor), ratePct };
}

interface YearAccount {
  readonly year: number;
  basisMinor: number;
  allocatedMinor: number;
  readonly basisRows: Payment[];
  readonly paidRows: Payment[];
}

/**
 * Holiday pay paid in a year first settles the oldest earlier year still owed, then counts
 * towards the current year (pay on leaving, or paid as it accrues).
 */
function allocateHolidayPay(payments: readonly Payment[], dueFor: (year: number, basisMinor: number) => number): YearAccount[] {
  const years = new Map<number, YearAccount>();
  const account = (year: number) => {
    let found = years.get(year);
    if (!found) years.set(year, (found = { year, basisMinor: 0, allocatedMinor: 0, basisRows: [], paidRows: [] }));
    return found;
  };
  const ordered = [...payments].sort((a, b) => (a.paidOn ?? a.periodEnd).localeCompare(b.paidOn ?? b.periodEnd));
  for (const payment of ordered) {
    if (payment.grossMinor && inHolidayPayBasis(payment)) {
      const year = account(yearOf(payment));
      year.basisMinor += payment.grossMinor;
      year.basisRows.push(payment);
    }
  }
  for (const payment of ordered) {
    let left = holidayPayOf(payment);
    if (left <= 0) continue;
    const paidIn = yearOf(payment);
    const owed = [...years.values()].filter((y) => y.year <= paidIn).sort((a, b) => a.year - b.year);
    for (const year of owed) {
      if (left <= 0) break;
      const open = year.year < paidIn ? Math.max(0, dueFor(year.year, year.basisMinor) - year.allocatedMinor) : left;
      const take = Math.min(left, open);
      if (take <= 0) continue;
      year.allocatedMinor += take;
      year.paidRows.push(payment);
      left -= take;
    }
    if (left > 0) {
      const current = account(paidIn);
      current.allocatedMinor += left;
      if (!current.paidRows.includes(payment)) current.paidRows.push(payment);
    }
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function severityFor(paidMinor: number, shortfall: number): Severity {
  if (paidMinor === 0) return 'high';
  return shortfall >= 0.2 ? 'medium' : 'low';
}

export const holidayPay = defineRule({
  meta: {
    id: 'no/holiday-pay',
    title: { en: 'Holiday pay below the statutory share', nb: 'Feriepenger under lovens sats' },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    indicator: 'wage-manipulation',
    needs: ['payments'],
    legalRefs: ['ferieloven § 10', 'ferieloven § 11'],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        "Holiday pay for a year is a share of that year's holiday-pay basis: 10.2 % by law (ferieloven § 10 (2)), 12 % where the agreement gives five weeks (option `fiveWeeks`), plus 2.3 points for workers who turn 60 by 31 August of the holiday year, on the basis up to 6 G (§ 10 (3)).",
        '',
        'The basis for a year is the gross pay (ordinary and overtime; holiday pay is not in `gross`) paid that year, by `paid_on`, else `period_end`. Holiday pay paid in a year settles the oldest earlier year still owed first, then counts towards the current year (paid on leaving). A year is judged once its holiday pay is due: by `dueBy` (default 30 June) of the next year, or at once when the worker has left (`end_date`) by the reference date.',
        '',
        'A year with basis and no holiday pay at all is `high`; a shortfall of 20 % or more `medium`, less `low`. When no payment has a `holiday_pay` value the rule is skipped: a missing column is not proof that nothing was paid. The basis is what the data shows; a year only partly in the data gives a smaller amount due, never a larger one.',
      ].join('\n'),
      nb: [
        'Feriepenger for et år er en andel av feriepengegrunnlaget: 10,2 % etter ferieloven § 10 (2), 12 % ved avtale om fem uker (`fiveWeeks`), og 2,3 prosentpoeng ekstra for arbeidstakere som fyller 60 innen 31. august i ferieåret, på grunnlag opp til 6 G.',
        '',
        'Grunnlaget er bruttolønn utbetalt i opptjeningsåret. Utbetalte feriepenger dekker eldste udekkede år først. Et år vurderes når feriepengene forfaller (30. juni året etter, eller ved fratreden).',
      ].join('\n'),
    },
    nextSteps: {
      en: 'Ask for the holiday-pay statement (feriepengeoppgjør) and the pay slips for the holiday year; check whether the worker was paid on leaving; report to the Labour Inspection Authority.',
      nb: 'Be om feriepengeoppgjøret og lønnsslippene for ferieåret; sjekk om arbeidstakeren fikk feriepenger ved fratreden; meld fra til Arbeidstilsynet.',
    },
    messages: {
      'none-paid': {
        en: 'No holiday pay for {{year}} by {{dueOn}}: {{due}} due ({{basis}}).',
        nb: 'Ingen feriepenger for {{year}} innen {{dueOn}}: {{due}} til gode ({{basis}}).',
      },
      short: {
        en: 'Holiday pay for {{year}} is {{paid}} by {{dueOn}}, {{short}} ({{share}}) short of the {{due}} due ({{basis}}).',
        nb: 'Feriepenger for {{year}} er {{paid}} innen {{dueOn}}, {{short}} ({{share}}) mindre enn de {{due}} som skulle vært utbetalt ({{basis}}).',
      },
      basis: {
        en: '{{rate}} of the {{year}} basis of {{basis}}',
        nb: '{{rate}} av feriepengegrunnlaget for {{year}} på {{basis}}',
      },
      'skip-no-rules': { en: 'no holiday-pay rules in the {{pack}} pack', nb: 'ingen feriepengeregler i {{pack}}-pakken' },
      'skip-no-holiday-pay': {
        en: 'no payment has a holiday_pay value or is of kind holiday-pay',
        nb: 'ingen utbetaling har en verdi i holiday_pay eller er av typen holiday-pay',
      },
    },
    coverage: {
      unit: {
        en: 'holiday years due by the reference date, per worker',
        nb: 'ferieår som var forfalt på referansedatoen, per arbeidstaker',
      },
      unmeasured: {},
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'A worker leaves at the end of February without holiday pay',
          nb: 'En arbeidstaker slutter i slutten av februar uten feriepenger',
        },
        on: '2025-03-31',
        tables: {
          workers: ['worker_id,employer_id,birth_date,end_date', 'w1,clean,1985-05-01,2025-02-28'],
          payments: [
            'payment_id,worker_id,period_start,period_end,paid_on,gross,holiday_pay,currency',
            'p1,w1,2025-01-01,2025-01-31,2025-01-31,40000.00,0,NOK',
            'p2,w1,2025-02-01,2025-02-28,2025-02-28,40000.00,0,NOK',
          ],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Holiday pay of 10.2 % settled on leaving', nb: 'Feriepenger på 10,2 % gjort opp ved fratreden' },
        on: '2025-03-31',
        tables: {
          workers: ['worker_id,employer_id,birth_date,end_date', 'w1,clean,1985-05-01,2025-02-28'],
          payments: [
            'payment_id,worker_id,period_start,period_end,paid_on,gross,holiday_pay,currency',
            'p1,w1,2025-01-01,2025-01-31,2025-01-31,40000.00,0,NOK',
            'p2,w1,2025-02-01,2025-02-28,2025-02-28,40000.00,8160.00,NOK',
          ],
        },
      },
    ],
  },
  skipReason: (context) => {
    if (!context.jurisdiction.holidayPay) return { id: 'skip-no-rules', data: { pack: context.jurisdiction.code } };
    return anyRow(context.paymentsByWorker, (payment) => payment.holidayPayMinor !== undefined || payment.kind === 'holiday-pay')
      ? undefined
      : { id: 'skip-no-holiday-pay' };
  },
  check(context, opts, coverage) {
    const rules = context.jurisdiction.holidayPay;
    if (!rules) return [];
    const findings: DraftFinding[] = [];
    for (const [workerId, payments] of context.paymentsByWorker) {
      const worker = context.workers.get(workerId);
      const left = worker?.endDate !== undefined && worker.endDate <= context.referenceDate ? worker.endDate : undefined;
      const byCurrency = groupBy(payments, (payment) => payment.currency);
      for (const [currency, inCurrency] of byCurrency) {
        const dueFor = (year: number, basisMinor: number) =>
          holidayPayDue(rules, basisMinor, year, worker?.birthDate, opts.fiveWeeks)?.dueMinor ?? 0;
        for (const year of allocateHolidayPay(inCurrency, dueFor)) {
          if (year.basisMinor <= 0) continue;
          const dueOn = left !== undefined && Number(left.slice(0, 4)) <= year.year ? left : `${year.year + 1}-${opts.dueBy}`;
          if (dueOn > context.referenceDate) continue;
          coverage.judged();
          const due = holidayPayDue(rules, year.basisMinor, year.year, worker?.birthDate, opts.fiveWeeks);
          if (!due) continue;
          const shortMinor = due.dueMinor - year.allocatedMinor;
          if (shortMinor <= 0 || (shortMinor / due.dueMinor) * 100 <= opts.tolerancePct) continue;
          const money = (minor: number) => `${currency} ${formatMinorAsMajor(Math.round(minor), 2)}`;
          const basis = {
            id: 'basis',
            data: { rate: percent(due.ratePct), year: year.year, basis: money(year.basisMinor) },
          };
          // Where nothing was paid, the pay slips of the holiday year show the holiday pay missing.
          const holidayYear = year.paidRows.length
            ? []
            : inCurrency.filter(
                (row) =>
                  row.holidayPayMinor !== undefined && yearOf(row) === year.year + 1 && (row.paidOn ?? row.periodEnd) <= dueOn,
              );
          const evidence: Evidence[] = [
            ...year.paidRows.map((row) => evidenceOf(row, 'holidayPayMinor')),
            ...holidayYear.slice(0, 3).map((row) => evidenceOf(row, 'holidayPayMinor')),
            ...year.basisRows.map((row) => evidenceOf(row, 'grossMinor')),
          ].slice(0, opts.maxEvidence);
          findings.push({
            subject: { kind: 'worker', id: workerId },
            period: { from: `${year.year}-01-01`, to: `${year.year}-12-31` },
            severity: severityFor(year.allocatedMinor, shortMinor / due.dueMinor),
            message:
              year.allocatedMinor === 0
                ? { id: 'none-paid', data: { year: year.year, dueOn, due: money(due.dueMinor), basis } }
                : {
                    id: 'short',
                    data: {
                      year: year.year,
                      paid: money(year.allocatedMinor),
                      dueOn,
                      short: money(shortMinor),
                      share: percent((shortMinor / due.dueMinor) * 100),
                      due: money(due.dueMinor),
                      basis,
                    },
                  },
            evidence,
          });
        }
      }
    }
    return findings;
  },
});
