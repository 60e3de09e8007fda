import * as z from 'zod';
import { CURRENCIES, type Currency, type Severity } from '../../model/enums.js';
import { earningPeriod } from '../../model/tables/payment.js';
import { formatMinorAsMajor } from '../../money/money.js';
import { inForce, type JurisdictionPack } from '../../jurisdictions/pack.js';
import { evidenceOf } from '../context.js';
import type { Evidence } from '../finding.js';
import { hoursEvidence, minimumApplies, ordinaryHours } from '../minimum-pay.js';
import { ordinaryPay } from '../payment-kinds.js';
import { defineRule, type DraftFinding } from '../rule.js';
import { groupBy } from '../../collections/group-by.js';
import { categoryMessage, sectorMessage } from '../../i18n/shared-messages.js';
import type { Message } from '../../i18n/format-message.js';

const options = z
  .object({
    referenceHourly: z
      .partialRecord(z.enum(CURRENCIES), z.number().positive())
      .default({})
      .describe(
        'Reference hourly wage by currency, in major units (`{ "DKK": 165 }`): the rate of the collective agreement or labour clause that binds the employer. Overrides the jurisdiction’s reference.',
      ),
    share: z.number().min(0.1).max(0.9).default(0.5).describe('Pay below this share of the reference wage is low or no salary.'),
  })
  .strict();

/** The reference wage for a payment: configured, the pack's own, or the lowest adult floor in force. */
function referenceFor(
  pack: JurisdictionPack,
  configured: Readonly<Partial<Record<Currency, number>>>,
  currency: Currency,
  date: string,
): { hourlyMinor: number; source: Message } | undefined {
  const given = configured[currency];
  if (given !== undefined) return { hourlyMinor: Math.round(given * 100), source: { id: 'reference-configured' } };
  const own = inForce(
    pack.lowPayReference?.filter((r) => r.currency === currency),
    date,
  );
  if (own) return { hourlyMinor: own.value, source: { id: 'reference-pack', data: { source: own.source } } };
  if (currency !== pack.currency) return undefined;
  // The lowest generally applicable floor for adults in force: a bar no lawful employer is near.
  let lowest: { hourlyMinor: number; source: Message } | undefined;
  const bySectorCategory = groupBy(
    pack.minimumWages.filter((rate) => rate.category !== 'under-18'),
    (rate) => `${rate.sector}/${rate.category}`,
  );
  for (const rates of bySectorCategory.values()) {
    const rate = inForce(rates, date);
    if (rate && (lowest === undefined || rate.hourlyMinor < lowest.hourlyMinor))
      lowest = {
        hourlyMinor: rate.hourlyMinor,
        source: {
          id: 'reference-lowest',
          data: { sector: sectorMessage(rate.sector), category: categoryMessage(rate.category), from: rate.validFrom },
        },
      };
  }
  return lowest;
}

export const lowOrNoSalary = defineRule({
  meta: {
    id: 'low-or-no-salary',
    title: { en: 'Pay far below any wage floor', nb: 'Lønn langt under ethvert lønnsgulv' },
    tier: 'social-dumping',
    defaultSeverity: 'high',
    indicator: 'low-or-no-salary',
    needs: ['payments'],
    legalRefs: [
      'ILO & European Commission (2009) Operational indicators: low or no salary',
      'ILO C131 (minimum wage fixing)',
      'ILO C94 (labour clauses in public contracts)',
    ],
    options,
    docs: {
      en: [
        'Gross underpayment must never be invisible because no minimum-wage table applies. This rule judges the salary that no minimum-wage rule can: in a jurisdiction without a statutory floor (Denmark, the ILO baseline), in a sector without a generally applicable agreement (aquaculture, domestic work), or for dates before the first regulation.',
        '',
        'Effective hourly pay = (salary with back pay for the same days − overtime pay) ÷ ordinary hours (hours paid, else the time entries of the earning period). It is compared with a reference wage: `referenceHourly` for the payment’s currency when configured (the rate of the collective agreement or public contract’s labour clause that binds the employer), else the jurisdiction’s documented reference, else the lowest generally applicable minimum wage for adults in force in the jurisdiction. Pay below `share` (default 50 %) of the reference is the ILO indicator *low or no salary* (exploitative conditions of work, medium): `critical` below a quarter of it, else `high`.',
        '',
        'Payments a minimum-wage table covers are left to that rule, so nothing is counted twice. Bonuses, holiday pay and advances are not salary.',
      ].join('\n'),
      nb: 'Grov underbetaling skal aldri bli usynlig fordi ingen minstelønnstabell gjelder. Regelen vurderer lønn som ingen minstelønnsregel kan vurdere (land uten lovfestet minstelønn, bransjer uten allmenngjøring, datoer før første forskrift) mot en referanselønn: den konfigurerte (`referenceHourly`, for eksempel tariffavtalen eller arbeidsklausulen som binder arbeidsgiveren), ellers jurisdiksjonens dokumenterte referanse, ellers den laveste allmenngjorte minstelønnen for voksne. Lønn under halvparten er ILO-indikatoren «lav eller ingen lønn».',
    },
    nextSteps: {
      en: 'Check the pay slips, the hours and the agreement that binds the employer; ask the worker what they were promised and what they received; report to the labour inspectorate and, where pay is a fraction of any floor, consider the signs of exploitation together.',
      nb: 'Kontroller lønnsslipper, timer og avtalen som binder arbeidsgiveren; spør arbeidstakeren hva som ble lovet og hva som ble utbetalt; meld fra til Arbeidstilsynet og vurder tegnene på utnyttelse samlet der lønnen er en brøkdel av ethvert gulv.',
    },
    messages: {
      'far-below-reference': {
        en: 'Effective hourly pay {{pay}} is {{ratio}} % of the reference wage of {{reference}} ({{source}}), under {{share}} % of it; no minimum-wage table applies to this payment.',
        nb: 'Effektiv timelønn {{pay}} er {{ratio}} % av referanselønnen på {{reference}} ({{source}}), under {{share}} % av den; ingen minstelønnstabell gjelder for denne utbetalingen.',
      },
      'reference-configured': { en: 'the configured reference wage', nb: 'den konfigurerte referanselønnen' },
      'reference-pack': { en: '{{source}}', nb: '{{source}}' },
      'reference-lowest': {
        en: 'the lowest generally applicable minimum wage in force ({{sector}}, {{category}}, from {{from}})',
        nb: 'den laveste allmenngjorte minstelønnen som gjelder ({{sector}}, {{category}}, fra {{from}})',
      },
    },
    coverage: {
      unit: { en: 'salary payments no minimum-wage table covers', nb: 'lønnsutbetalinger ingen minstelønnstabell dekker' },
      unmeasured: {
        'no-gross': { en: 'no gross pay recorded', nb: 'ingen bruttolønn registrert' },
        'no-hours': {
          en: 'no hours: no hours_paid, no time entries, no weekly hours or position in the contract',
          nb: 'ingen timer: verken hours_paid, timelister eller ukentlige timer eller stillingsprosent i avtalen',
        },
        'no-reference': {
          en: 'no reference wage for the currency: set referenceHourly',
          nb: 'ingen referanselønn for valutaen: angi referenceHourly',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: {
          en: 'DKK 3 000 for a month of 60-hour weeks in a Danish restaurant',
          nb: '3 000 danske kroner for en måned med 60-timersuker i en dansk restaurant',
        },
        jurisdiction: 'DK',
        on: '2025-06-30',
        tables: {
          workers: ['worker_id,employer_id', 'w1,rest'],
          payments: [
            'payment_id,worker_id,period_start,period_end,gross,hours_paid,currency',
            'p1,w1,2025-05-01,2025-05-31,3000.00,260,DKK',
          ],
        },
      },
      {
        kind: 'compliant',
        title: {
          en: 'An aquaculture worker paid NOK 250 an hour (no general floor for aquaculture)',
          nb: 'En havbruksarbeider betalt 250 kroner timen (ingen allmenngjort minstelønn i havbruk)',
        },
        on: '2025-06-30',
        tables: {
          organisations: ['org_id,name,sector', 'fish,Laks AS,aquaculture'],
          workers: ['worker_id,employer_id', 'w1,fish'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,hours_paid', 'p1,w1,2025-05-01,2025-05-31,40000.00,160'],
        },
      },
    ],
  },
  check(context, opts, coverage) {
    const findings: DraftFinding[] = [];
    for (const payments of context.paymentsByWorker.values())
      for (const { payment, backPay, ordinaryMinor } of ordinaryPay(payments)) {
        if (minimumApplies(context, payment)) continue;
        if (ordinaryMinor === undefined) {
          coverage.unmeasured('no-gross', payment);
          continue;
        }
        const hours = ordinaryHours(context, payment);
        if (!hours || hours.hours <= 0) {
          coverage.unmeasured('no-hours', payment);
          continue;
        }
        const period = earningPeriod(payment);
        const reference = referenceFor(context.jurisdiction, opts.referenceHourly, payment.currency, period.to);
        if (!reference) {
          coverage.unmeasured('no-reference', payment);
          continue;
        }
        coverage.judged();
        const effectiveMinor = ordinaryMinor / hours.hours;
        const ratio = effectiveMinor / reference.hourlyMinor;
        if (ratio >= opts.share) continue;
        const severity: Severity = ratio < opts.share / 2 ? 'critical' : 'high';
        const money = (minor: number) => `${payment.currency} ${formatMinorAsMajor(Math.floor(minor), 2)}`;
        const evidence: Evidence[] = [
          evidenceOf(payment, 'grossMinor'),
          ...backPay.map((p) => evidenceOf(p, 'grossMinor')),
          ...hoursEvidence({ hoursRows: hours.rows }),
        ];
        findings.push({
          subject: { kind: 'worker', id: payment.workerId },
          period,
          severity,
          message: {
            id: 'far-below-reference',
            data: {
              pay: money(effectiveMinor),
              ratio: Math.round(ratio * 100),
              reference: money(reference.hourlyMinor),
              source: reference.source,
              share: Math.round(opts.share * 100),
            },
          },
          evidence,
        });
      }
    return findings;
  },
});
