import * as z from 'zod';
import { CODE_WORDS, TIME_SOURCES } from '../enums.js';
import { clockTimeToMinutes } from '../../dates/iso-date.js';
import { withRowChecks } from './row-checks.js';
import { countField, dateField, enumField, idField, quantityField, textField, timeField } from '../fields.js';

/** Minutes in a day; a shift whose end is at or before its start ends the next day. */
const MINUTES_PER_DAY = 24 * 60;

/** A day's work for one worker (table `time_entries`, nb `timelister`). */
export const TimeEntrySchema = withRowChecks(
  z.object({
    workerId: idField('worker_id of the worker', ['arbeidstaker_id', 'ansatt_id', 'ansattnr']),
    employerId: idField('org_id of the employer the hours were worked for', ['arbeidsgiver_id', 'arbeidsgiver']).optional(),
    date: dateField('date the work started', ['dato']),
    start: timeField('start time (local)', ['fra', 'start_tid']).optional(),
    end: timeField('end time (local); at or before start means the next day', ['til', 'slutt_tid']).optional(),
    hours: quantityField('hours worked, breaks excluded (derived from start/end when absent)', 24, ['timer']).optional(),
    breakMinutes: countField('unpaid break in minutes', ['pause_minutter', 'pause']).optional(),
    site: textField('work site', ['arbeidssted', 'byggeplass']).optional(),
    source: enumField(TIME_SOURCES, 'where the entry comes from', ['kilde'], CODE_WORDS.timeSource).optional(),
  }),
  [
    {
      check: (entry) =>
        entry.hours !== undefined ||
        (entry.start !== undefined && entry.end !== undefined) ||
        (entry.source === 'inspection' && entry.start !== undefined),
      message: 'a time entry needs hours, or both start and end (or, found at work on an inspection, a start time)',
      field: 'hours',
    },
    {
      check: (entry) => entryHours(entry) !== undefined || isPresence(entry),
      message: 'the break is longer than the shift',
      field: 'breakMinutes',
    },
  ],
);

/**
 * @summary A presence: someone found at work on an inspection, with a start time and neither an
 * end nor hours. It says the person worked that day, not for how long.
 */
export function isPresence(entry: ShiftTimes & { readonly source?: string | undefined }): boolean {
  return entry.source === 'inspection' && entry.start !== undefined && entry.end === undefined && entry.hours === undefined;
}

/** The fields of a time entry that say how long the work lasted. */
export interface ShiftTimes {
  readonly hours?: number | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly breakMinutes?: number | undefined;
}

/** A time-entry row (see {@link TimeEntrySchema}). */
export type TimeEntry = z.infer<typeof TimeEntrySchema>;

/**
 * @summary Hours worked in a time entry: `hours` when given, else end − start − break.
 *
 * @description
 * A shift whose end is at or before its start is taken to end the next day (night work), the
 * usual reading of a timesheet; a 24-hour shift must be written with `hours`.
 *
 * @returns hours as a number, or `undefined` when the entry cannot say (no hours, no start/end,
 * or a break longer than the shift)
 *
 * @example
 * entryHours({ hours: 7.5 })                                        //=> 7.5
 * entryHours({ start: '07:00', end: '15:30', breakMinutes: 30 })     //=> 8
 * entryHours({ start: '22:00', end: '06:00' })                       //=> 8
 */
export function entryHours(entry: ShiftTimes): number | undefined {
  if (entry.hours !== undefined) return entry.hours;
  if (entry.start === undefined || entry.end === undefined) return undefined;
  const startMinute = clockTimeToMinutes(entry.start);
  let endMinute = clockTimeToMinutes(entry.end);
  if (endMinute <= startMinute) endMinute += MINUTES_PER_DAY;
  const worked = endMinute - startMinute - (entry.breakMinutes ?? 0);
  return worked < 0 ? undefined : worked / 60;
}
