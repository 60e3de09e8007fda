import type { SourcedRow } from '../model/dataset.js';
import type { PaymentKind } from '../model/enums.js';
import { earningPeriod, paymentKind } from '../model/tables/payment.js';
import { groupBy } from '../collections/group-by.js';

/**
 * What a payment is, for the rules that hold pay against a floor, a contract or the hours: a
 * bonus is not salary, holiday pay is not the wage, an advance is a loan of pay, and back pay
 * makes good the period it is for.
 * @module
 */
type Payment = SourcedRow<'payments'>;

/** Kinds that pay for the hours of their earning period: what reaches the worker as wages for that work. */
const PAY_FOR_WORK: ReadonlySet<PaymentKind> = new Set(['salary', 'overtime', 'back-pay', 'advance', 'other']);

/** @summary Whether a payment pays for the work of its period (salary, overtime, back pay, advance, other; not a bonus or holiday pay). */
export const paysForWork = (payment: Payment) => PAY_FOR_WORK.has(paymentKind(payment));

/** @summary `from/to` of a payment's earning period, to match rows that pay for the same days. */
export const earningKey = (payment: Payment) => {
  const { from, to } = earningPeriod(payment);
  return `${from}/${to}`;
};

/** A salary payment with the back pay that makes good the same earning period. */
export interface OrdinaryPay {
  readonly payment: Payment;
  /** Back-pay rows for exactly the same earning period, in the same currency. */
  readonly backPay: readonly Payment[];
  /** Gross of the salary and its back pay, less overtime pay; `undefined` without a gross. */
  readonly ordinaryMinor: number | undefined;
}

/**
 * @summary A worker's ordinary pay: each salary payment with the back pay for the same earning
 * period added. Bonuses, holiday pay, advances and overtime payments are not ordinary pay.
 * @example
 * ordinaryPay(payments).map((p) => p.ordinaryMinor) //=> [3_200_000, …]
 */
export function ordinaryPay(payments: readonly Payment[]): OrdinaryPay[] {
  const backPay = groupBy(
    payments.filter((p) => paymentKind(p) === 'back-pay'),
    (p) => `${earningKey(p)}\0${p.currency}`,
  );
  return payments
    .filter((p) => paymentKind(p) === 'salary')
    .map((payment) => {
      const extra = backPay.get(`${earningKey(payment)}\0${payment.currency}`) ?? [];
      const ordinaryMinor =
        payment.grossMinor === undefined
          ? undefined
          : payment.grossMinor -
            (payment.overtimePayMinor ?? 0) +
            extra.reduce((sum, p) => sum + (p.grossMinor ?? 0) - (p.overtimePayMinor ?? 0), 0);
      return { payment, backPay: extra, ordinaryMinor };
    });
}

/**
 * @summary The payments for work grouped by earning period: salary, overtime and back pay for
 * the same days are one pay for those days (a separate overtime row is not unpaid hours).
 */
export function payForPeriods(payments: readonly Payment[]): (readonly Payment[])[] {
  return [...groupBy(payments.filter(paysForWork), earningKey).values()];
}

/** @summary Ordinary hours paid in a group of payments for one period (hours_paid of salary and back pay). */
export const ordinaryHoursPaid = (group: readonly Payment[]) =>
  group.reduce((sum, p) => sum + (paymentKind(p) === 'overtime' ? 0 : (p.hoursPaid ?? 0)), 0);

/** @summary Overtime hours paid in a group: overtime_hours_paid, and an overtime row's hours_paid. */
export const overtimeHoursPaid = (group: readonly Payment[]) =>
  group.reduce(
    (sum, p) =>
      sum +
      (p.overtimeHoursPaid ?? 0) +
      (paymentKind(p) === 'overtime' && p.overtimeHoursPaid === undefined ? (p.hoursPaid ?? 0) : 0),
    0,
  );

/** @summary The holiday pay a payment carries: `holiday_pay`, and the gross of a holiday-pay row. */
export const holidayPayOf = (payment: Payment) =>
  (payment.holidayPayMinor ?? 0) + (paymentKind(payment) === 'holiday-pay' ? (payment.grossMinor ?? 0) : 0);

/** @summary Whether a payment's gross belongs to the holiday-pay basis (wages earned: not holiday pay or an advance). */
export const inHolidayPayBasis = (payment: Payment) => {
  const kind = paymentKind(payment);
  return kind !== 'holiday-pay' && kind !== 'advance';
};
