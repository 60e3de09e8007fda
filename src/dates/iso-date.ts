const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** Whether value[from, to) is all ASCII digits. */
const isDigits = (value: string, from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};

/**
 * @summary Is the string a real calendar date written as `YYYY-MM-DD`?
 *
 * @description
 * Checks the shape and that the day exists (leap years included), so that `2025-02-29` is
 * rejected while `2024-02-29` passes; read from char codes, as it runs once per date cell. No
 * time zone is involved: a calendar date is the same everywhere.
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
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  if (!isDigits(value, 0, 4) || !isDigits(value, 5, 7) || !isDigits(value, 8, 10)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * @summary Is the string a wall-clock time `HH:mm` or `HH:mm:ss` (24-hour)?
 *
 * @example
 * isClockTime('07:00') //=> true
 * isClockTime('24:00') //=> false
 */
export function isClockTime(value: string): boolean {
  // Hot path (a time per time-entry cell): `HH:mm` from char codes, no regex.
  if (value.length === 5) return minutesOfHourMinute(value) !== -1;
  return CLOCK_TIME.test(value);
}

/** Minutes after midnight of a `HH:mm` string, or -1 when it is not one. */
function minutesOfHourMinute(value: string): number {
  if (value.charCodeAt(2) !== 58 || !isDigits(value, 0, 2) || !isDigits(value, 3, 5)) return -1;
  const h = (value.charCodeAt(0) - 48) * 10 + (value.charCodeAt(1) - 48);
  const m = (value.charCodeAt(3) - 48) * 10 + (value.charCodeAt(4) - 48);
  return h <= 23 && m <= 59 ? h * 60 + m : -1;
}

/**
 * @summary Minutes after midnight of a valid `HH:mm[:ss]` time (seconds are truncated).
 *
 * @example
 * clockTimeToMinutes('07:30') //=> 450
 */
export function clockTimeToMinutes(value: string): number {
  // Hot path (several calls per time entry): rows share their time strings (the reader interns
  // them) and a string keeps its hash, so a lookup beats reading the digits again.
  let minutes = minutesByTime.get(value);
  if (minutes === undefined) {
    minutes = readClockTime(value);
    if (minutesByTime.size > 100_000) minutesByTime.clear();
    minutesByTime.set(value, minutes);
  }
  return minutes;
}

/** Clock times already read. */
const minutesByTime = new Map<string, number>();

function readClockTime(value: string): number {
  if (value.length === 5) {
    const minutes = minutesOfHourMinute(value);
    if (minutes !== -1) return minutes;
  }
  const match = CLOCK_TIME.exec(value);
  if (!match) throw new RangeError(`not a clock time: ${JSON.stringify(value)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil): no Date, no time zone. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Day numbers already turned into dates: rules convert the same few hundred days millions of times. */
const isoByDay = new Map<number, string>();

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
  // Rows share their date strings (the reader interns them), and a string keeps its hash: a map
  // lookup is cheaper than reading the digits again, which the rules do millions of times.
  const known = dayByIso.get(value);
  if (known !== undefined) return known;
  const day = readDayNumber(value);
  if (dayByIso.size > 200_000) dayByIso.clear();
  dayByIso.set(value, day);
  return day;
}

/** ISO dates already read. */
const dayByIso = new Map<string, number>();

function readDayNumber(value: string): number {
  // `YYYY-MM-DD` read from char codes; the caller guarantees a valid date (the model does).
  if (
    value.length === 10 &&
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45 &&
    isDigits(value, 0, 4) &&
    isDigits(value, 5, 7) &&
    isDigits(value, 8, 10)
  ) {
    const year =
      (value.charCodeAt(0) - 48) * 1000 +
      (value.charCodeAt(1) - 48) * 100 +
      (value.charCodeAt(2) - 48) * 10 +
      (value.charCodeAt(3) - 48);
    const month = (value.charCodeAt(5) - 48) * 10 + (value.charCodeAt(6) - 48);
    const day = (value.charCodeAt(8) - 48) * 10 + (value.charCodeAt(9) - 48);
    return daysFromCivil(year, month, day);
  }
  throw new RangeError(`not an ISO date: ${JSON.stringify(value)}`);
}

/**
 * @summary The ISO date of a day number (inverse of {@link isoDateToDayNumber}).
 *
 * @example
 * dayNumberToIsoDate(1) //=> '1970-01-02'
 */
export function dayNumberToIsoDate(dayNumber: number): string {
  let iso = isoByDay.get(dayNumber);
  if (iso === undefined) {
    iso = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
    if (isoByDay.size > 200_000) isoByDay.clear();
    isoByDay.set(dayNumber, iso);
  }
  return iso;
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
  const lastDay = daysInMonth(year, month + 1);
  const day = Math.min(Number(match[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
