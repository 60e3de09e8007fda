import * as z from 'zod';
import { CODE_WORDS, PAYMENT_KINDS, PAYMENT_METHODS } from '../enums.js';
import { isoDateToDayNumber } from '../../dates/iso-date.js';
import { currencyField, dateField, enumField, idField, moneyField, personalData, quantityField } from '../fields.js';
import { datesInOrder } from './ordering.js';
import { withRowChecks } from './row-checks.js';

const periodInOrder = datesInOrder('periodStart', 'periodEnd');
const earnedInOrder = datesInOrder('earnedFrom', 'earnedTo');

/** Most hours a period can hold: 24 a day of the earning period (else the pay period). */
function hoursBound(payment: {
  periodStart: string;
  periodEnd: string;
  earnedFrom?: string | undefined;
  earnedTo?: string | undefined;
}): number {
  const days =
    isoDateToDayNumber(payment.earnedTo ?? payment.periodEnd) - isoDateToDayNumber(payment.earnedFrom ?? payment.periodStart) + 1;
  return 24 * Math.max(days, 1);
}

/** A longest span a quantity of hours is checked against, far beyond any pay period (about 11 years). */
const MAX_HOURS = 100_000;

/** A pay-slip or wage payment for one period (table `payments`, nb `lønnsutbetalinger`). */
export const PaymentSchema = withRowChecks(
  z.object({
    paymentId: idField('identifier of the payment', ['utbetaling_id', 'lønnsslipp_id']),
    workerId: idField('worker_id of the worker paid', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
    employerId: idField('org_id of the paying employer', ['arbeidsgiver_id', 'arbeidsgiver']).optional(),
    periodStart: dateField('first day of the pay period', ['periode_fra', 'fra_dato']),
    periodEnd: dateField('last day of the pay period', ['periode_til', 'til_dato']),
    paidOn: dateField('date the money was paid', ['utbetalt', 'utbetalingsdato']).optional(),
    kind: enumField(
      PAYMENT_KINDS,
      'what the payment is: salary, overtime, bonus, holiday-pay, advance, back-pay, other (default salary)',
      ['lønnsart', 'lonnsart', 'utbetalingstype', 'art'],
      CODE_WORDS.paymentKind,
    ).optional(),
    earnedFrom: dateField('first day of the work the payment is for, when not the pay period (a bonus, back pay)', [
      'opptjent_fra',
    ]).optional(),
    earnedTo: dateField('last day of the work the payment is for, when not the pay period', ['opptjent_til']).optional(),
    grossMinor: moneyField('gross pay for the period, ordinary and overtime, excluding holiday pay', [
      'brutto',
      'bruttolønn',
    ]).optional(),
    netMinor: moneyField('net pay after all deductions', ['netto', 'nettolønn']).optional(),
    hoursPaid: quantityField('ordinary hours paid (at most 24 a day of the period)', MAX_HOURS, [
      'timer_betalt',
      'timer',
    ]).optional(),
    overtimeHoursPaid: quantityField('overtime hours paid (at most 24 a day of the period)', MAX_HOURS, [
      'overtidstimer',
    ]).optional(),
    overtimePayMinor: moneyField('pay for overtime hours, included in gross', ['overtidsbetaling', 'overtid']).optional(),
    holidayPayMinor: moneyField('holiday pay paid in this payment', ['feriepenger']).optional(),
    method: enumField(
      PAYMENT_METHODS,
      'how the money was paid',
      ['betalingsmåte', 'betalingsmate'],
      CODE_WORDS.paymentMethod,
    ).optional(),
    toAccount: personalData(idField('account that received the money', ['til_konto', 'mottakerkonto'])).optional(),
    currency: currencyField(),
  }),
  [
    periodInOrder,
    earnedInOrder,
    {
      check: (p) => p.hoursPaid === undefined || p.hoursPaid <= hoursBound(p),
      message: 'more hours paid than the period has (24 a day)',
      field: 'hoursPaid',
    },
    {
      check: (p) => p.overtimeHoursPaid === undefined || (p.hoursPaid ?? 0) + p.overtimeHoursPaid <= hoursBound(p),
      message: 'more hours paid, ordinary and overtime, than the period has (24 a day)',
      field: 'overtimeHoursPaid',
    },
  ],
);

/** @summary A payment's kind; a payment without one is salary. */
export const paymentKind = (payment: { readonly kind?: (typeof PAYMENT_KINDS)[number] | undefined }) => payment.kind ?? 'salary';

/** @summary The days a payment is for: its earning period when given, else its pay period. */
export function earningPeriod(payment: {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly earnedFrom?: string | undefined;
  readonly earnedTo?: string | undefined;
}): { readonly from: string; readonly to: string } {
  return { from: payment.earnedFrom ?? payment.periodStart, to: payment.earnedTo ?? payment.periodEnd };
}

/** A payment row (see {@link PaymentSchema}). */
export type Payment = z.infer<typeof PaymentSchema>;
