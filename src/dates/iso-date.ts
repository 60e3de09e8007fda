import { isExists } from 'date-fns';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * @summary Is the string a real calendar date written as `YYYY-MM-DD`?
 *
 * @description
 * Checks the shape and that the day exists (leap years included), using date-fns' `isExists`
 * so that `2025-02-29` is rejected while `2024-02-29` passes. No time zone is involved: a
 * calendar date is the same everywhere.
 *
 * @param value - the candidate string
 * @returns `true` when `value` is an existing ISO calendar date
 *
 * @example
 * isIsoDate('2024-02-29') //=> true
 * isIsoDate('2025-02-29') //=> false
 * isIsoDate('31.03.2025') //=> false (day-first dates are an ingest format, not a model format)
 */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return isExists(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/**
 * @summary Is the string a wall-clock time `HH:mm` or `HH:mm:ss` (24-hour)?
 *
 * @example
 * isClockTime('07:00') //=> true
 * isClockTime('24:00') //=> false
 */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/**
 * @summary Minutes after midnight of a valid `HH:mm[:ss]` time (seconds are truncated).
 *
 * @example
 * clockTimeToMinutes('07:30') //=> 450
 */
export function clockTimeToMinutes(value: string): number {
  const match = CLOCK_TIME.exec(value);
  if (!match) throw new RangeError(`not a clock time: ${JSON.stringify(value)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * @summary Days since 1970-01-01 of a valid ISO date.
 *
 * @description
 * Rules compare and bucket dates in hot loops; an integer day number avoids building `Date`
 * objects per row and is immune to time zones and daylight-saving shifts (computed in UTC).
 *
 * @example
 * isoDateToDayNumber('1970-01-02') //=> 1
 */
export function isoDateToDayNumber(value: string): number {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`not an ISO date: ${JSON.stringify(value)}`);
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000);
}

/**
 * @summary The ISO date of a day number (inverse of {@link isoDateToDayNumber}).
 *
 * @example
 * dayNumberToIsoDate(1) //=> '1970-01-02'
 */
export function dayNumberToIsoDate(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/**
 * @summary Add calendar months to an ISO date, clamping to the end of a shorter month (as date-fns
 * `addMonths` does), without time zones.
 *
 * @example
 * addMonthsToIsoDate('2025-01-31', 1) //=> '2025-02-28'
 * addMonthsToIsoDate('2024-03-15', 12) //=> '2025-03-15'
 */
export function addMonthsToIsoDate(value: string, months: number): string {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`not an ISO date: ${JSON.stringify(value)}`);
  const total = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
