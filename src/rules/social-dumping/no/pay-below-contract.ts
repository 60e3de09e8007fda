import * as z from 'zod';
import { formatMinorAsMajor } from '../../../money/money.js';
import { evidenceOf } from '../../context.js';
import { defineRule, type DraftFinding } from '../../rule.js';
import { ordinaryPay } from '../../payment-kinds.js';
import { earningPeriod } from '../../../model/tables/payment.js';

const options = z
  .object({
    tolerancePct: z
      .number()
      .min(0)
      .max(10)
      .default(0.5)
      .describe("Shortfalls up to this share of the contract's pay are ignored."),
  })
  .strict();

/** Is the period exactly one calendar month? (Monthly wages compare only then.) */
function isWholeMonth(from: string, to: string): boolean {
  if (!from.endsWith('-01') || from.slice(0, 7) !== to.slice(0, 7)) return false;
  const [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  return Number(to.slice(8, 10)) === new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const payBelowContract = defineRule({
  meta: {
    id: 'no/pay-below-contract',
    title: { en: "Pay below the contract's own terms", nb: 'Lønn under det arbeidsavtalen sier' },
    tier: 'social-dumping',
    defaultSeverity: 'medium',
    indicator: 'wage-manipulation',
    needs: ['payments', 'contracts'],
    legalRefs: ['aml. § 14-6 (1) (j)', 'aml. § 14-15'],
    options,
    jurisdictions: ['NO'],
    docs: {
      en: [
        'Compares each payment with the contract in force at the start of its period. With an hourly wage: (gross − overtime pay) ÷ hours paid must reach it. With a monthly wage: ordinary pay for a whole calendar month must reach it. Payments in another currency than the contract are not compared. Only salary is compared, with back pay for the same earning period added; a bonus, holiday pay or an advance neither counts as pay nor is held to the contract.',
        '',
        'Paying less than agreed, even above the legal minimum, is a sign the contract is for show (a "shadow contract"), which the seed documents describe as a step from social dumping towards work crime.',
      ].join('\n'),
      nb: 'Sammenligner hver utbetaling med arbeidsavtalen som gjaldt ved periodens start: timelønn mot (brutto − overtid) ÷ betalte timer, månedslønn mot ordinær lønn for en hel kalendermåned.',
    },
    nextSteps: {
      en: "Ask for the signed contract and all pay slips; check whether the worker knows the contract's terms; look for a second, different contract.",
      nb: 'Be om signert avtale og alle lønnsslipper; sjekk om arbeidstakeren kjenner avtalens vilkår; se etter en annen, avvikende avtale.',
    },
    messages: {
      'hourly-below-contract': {
        en: 'Paid {{currency}} {{paid}} an hour, {{shortfall}} % below the {{agreed}} in contract {{contract}}.',
        nb: 'Betalt {{currency}} {{paid}} timen, {{shortfall}} % under de {{agreed}} som står i arbeidsavtale {{contract}}.',
      },
      'monthly-below-contract': {
        en: 'Paid {{currency}} {{paid}} for the month, {{shortfall}} % below the {{agreed}} in contract {{contract}}.',
        nb: 'Betalt {{currency}} {{paid}} for måneden, {{shortfall}} % under de {{agreed}} som står i arbeidsavtale {{contract}}.',
      },
    },
    coverage: {
      unit: { en: 'salary payments', nb: 'lønnsutbetalinger' },
      unmeasured: {
        'no-gross': { en: 'no gross pay recorded', nb: 'ingen bruttolønn registrert' },
        'no-contract': { en: 'no contract in force for the period', nb: 'ingen arbeidsavtale i kraft for perioden' },
        'other-currency': { en: 'paid in another currency than the contract', nb: 'utbetalt i en annen valuta enn avtalen' },
        'not-comparable': {
          en: 'the contract’s wage cannot be compared: no hourly wage with hours paid, no monthly wage for a whole month',
          nb: 'avtalt lønn kan ikke sammenlignes: verken timelønn med betalte timer eller månedslønn for en hel måned',
        },
      },
    },
    examples: [
      {
        kind: 'breach',
        title: { en: 'NOK 281.25 an hour paid against a contract of 300', nb: '281,25 kroner timen utbetalt mot avtalt 300' },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          contracts: ['contract_id,worker_id,employer_id,start_date,hourly_wage,currency', 'c1,w1,build,2025-01-01,300.00,NOK'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,hours_paid', 'p1,w1,2025-09-01,2025-09-30,45000.00,160'],
        },
      },
      {
        kind: 'compliant',
        title: { en: 'Paid the contract wage', nb: 'Betalt avtalt lønn' },
        tables: {
          workers: ['worker_id,employer_id', 'w1,build'],
          contracts: ['contract_id,worker_id,employer_id,start_date,hourly_wage,currency', 'c1,w1,build,2025-01-01,300.00,NOK'],
          payments: ['payment_id,worker_id,period_start,period_end,gross,hours_paid', 'p1,w1,2025-09-01,2025-09-30,48000.00,160'],
        },
      },
    ],
  },
  check(context, { tolerancePct }, coverage) {
    const findings: DraftFinding[] = [];
    for (const payments of context.paymentsByWorker.values())
      for (const { payment, backPay, ordinaryMinor } of ordinaryPay(payments)) {
        if (ordinaryMinor === undefined) {
          coverage.unmeasured('no-gross', payment);
          continue;
        }
        const earned = earningPeriod(payment);
        // The contract in force when the period began, else one begun within it (a first month).
        const contract = context.contractOn(payment.workerId, earned.from) ?? context.contractOn(payment.workerId, earned.to);
        if (!contract) {
          coverage.unmeasured('no-contract', payment);
          continue;
        }
        if (contract.currency !== payment.currency) {
          coverage.unmeasured('other-currency', payment);
          continue;
        }
        const base = {
          subject: { kind: 'worker' as const, id: payment.workerId },
          period: earned,
        };
        const backPayEvidence = backPay.map((p) => evidenceOf(p, 'grossMinor'));
        const hourly = contract.hourlyWageMinor !== undefined && payment.hoursPaid;
        const monthly = contract.monthlyWageMinor !== undefined && isWholeMonth(earned.from, earned.to);
        if (hourly || monthly) coverage.judged();
        else coverage.unmeasured('not-comparable', payment);
        if (contract.hourlyWageMinor !== undefined && payment.hoursPaid) {
          const effective = ordinaryMinor / payment.hoursPaid;
          const shortfall = 1 - effective / contract.hourlyWageMinor;
          if (shortfall * 100 > tolerancePct) {
            findings.push({
              ...base,
              message: {
                id: 'hourly-below-contract',
                data: {
                  currency: contract.currency,
                  paid: formatMinorAsMajor(Math.floor(effective), 2),
                  shortfall: (shortfall * 100).toFixed(1),
                  agreed: formatMinorAsMajor(contract.hourlyWageMinor, 2),
                  contract: contract.contractId,
                },
              },
              evidence: [
                evidenceOf(payment, 'grossMinor'),
                ...backPayEvidence,
                evidenceOf(payment, 'hoursPaid'),
                evidenceOf(contract, 'hourlyWageMinor'),
              ],
            });
          }
        } else if (contract.monthlyWageMinor !== undefined && isWholeMonth(earned.from, earned.to)) {
          const shortfall = 1 - ordinaryMinor / contract.monthlyWageMinor;
          if (shortfall * 100 > tolerancePct) {
            findings.push({
              ...base,
              message: {
                id: 'monthly-below-contract',
                data: {
                  currency: contract.currency,
                  paid: formatMinorAsMajor(ordinaryMinor, 2),
                  shortfall: (shortfall * 100).toFixed(1),
                  agreed: formatMinorAsMajor(contract.monthlyWageMinor, 2),
                  contract: contract.contractId,
                },
              },
              evidence: [evidenceOf(payment, 'grossMinor'), ...backPayEvidence, evidenceOf(contract, 'monthlyWageMinor')],
            });
          }
        }
      }
    return findings;
  },
});
