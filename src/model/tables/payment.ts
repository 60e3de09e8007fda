import * as z from 'zod';
import { CODE_WORDS, PAYMENT_METHODS } from '../enums.js';
import { currencyField, dateField, enumField, idField, moneyField, personalData, quantityField } from '../fields.js';
import { datesInOrder } from './ordering.js';
import { withRowChecks } from './row-checks.js';

const periodInOrder = datesInOrder('periodStart', 'periodEnd');

/** A pay-slip or wage payment for one period (table `payments`, nb `lønnsutbetalinger`). */
export const PaymentSchema = withRowChecks(
  z.object({
    paymentId: idField('identifier of the payment', ['utbetaling_id', 'lønnsslipp_id']),
    workerId: idField('worker_id of the worker paid', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
    employerId: idField('org_id of the paying employer', ['arbeidsgiver_id', 'arbeidsgiver']).optional(),
    periodStart: dateField('first day of the pay period', ['periode_fra', 'fra_dato']),
    periodEnd: dateField('last day of the pay period', ['periode_til', 'til_dato']),
    paidOn: dateField('date the money was paid', ['utbetalt', 'utbetalingsdato']).optional(),
    grossMinor: moneyField('gross pay for the period, ordinary and overtime, excluding holiday pay', [
      'brutto',
      'bruttolønn',
    ]).optional(),
    netMinor: moneyField('net pay after all deductions', ['netto', 'nettolønn']).optional(),
    hoursPaid: quantityField('ordinary hours paid', 744, ['timer_betalt', 'timer']).optional(),
    overtimeHoursPaid: quantityField('overtime hours paid', 744, ['overtidstimer']).optional(),
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
  [periodInOrder],
);

/** A payment row (see {@link PaymentSchema}). */
export type Payment = z.infer<typeof PaymentSchema>;
