import { validateDanishCpr } from '../ids/dk-cpr.js';
import { validateNorwegianNationalId } from '../ids/no-national-id.js';
import type { SourcedRow } from '../model/dataset.js';
import type { RuleContext } from './context.js';

/**
 * A worker's date of birth and age, for the child-labour rule and the assessment's rule for
 * children (Palermo Protocol art. 3(c)).
 * @module
 */

/** Where a birth date came from, for the evidence. */
export interface BirthDate {
  readonly date: string;
  readonly field: 'birthDate' | 'nationalId';
}

/**
 * @summary A worker's date of birth: `birth_date`, else the one encoded in a valid Norwegian
 * fødselsnummer / D-nummer or Danish CPR number.
 */
export function birthDateOf(worker: SourcedRow<'workers'>): BirthDate | undefined {
  if (worker.birthDate) return { date: worker.birthDate, field: 'birthDate' };
  const id = worker.nationalId;
  if (!id) return undefined;
  if (worker.idKind === 'no-fnr' || worker.idKind === 'no-dnr' || worker.idKind === undefined) {
    const no = validateNorwegianNationalId(id);
    if (no.valid) return { date: no.birthDate, field: 'nationalId' };
  }
  if (worker.idKind === 'dk-cpr' || worker.idKind === undefined) {
    const dk = validateDanishCpr(id);
    if (dk.valid) return { date: dk.birthDate, field: 'nationalId' };
  }
  return undefined;
}

/**
 * @summary Age in whole years on a date (birthdays on 29 February fall on 1 March in other years).
 * @example
 * ageOn('2008-07-15', '2025-07-14') //=> 16
 * ageOn('2008-07-15', '2025-07-15') //=> 17
 */
export function ageOn(birthDate: string, date: string): number {
  // Called per time entry: years and month-day compared from char codes, no substrings.
  const years = yearOf(date) - yearOf(birthDate);
  return monthDayBefore(date, birthDate) ? years - 1 : years;
}

const yearOf = (isoDate: string) =>
  (isoDate.charCodeAt(0) - 48) * 1000 +
  (isoDate.charCodeAt(1) - 48) * 100 +
  (isoDate.charCodeAt(2) - 48) * 10 +
  (isoDate.charCodeAt(3) - 48);

/** Whether `a`'s `MM-DD` comes before `b`'s. */
function monthDayBefore(a: string, b: string): boolean {
  for (let i = 5; i < 10; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference < 0;
  }
  return false;
}

/** @summary The first day the data shows the worker working (time entry, pay period, start date). */
export function firstWorkDate(context: RuleContext, workerId: string): string | undefined {
  const dates = [
    context.timeEntriesByWorker.get(workerId)?.[0]?.date,
    context.paymentsByWorker.get(workerId)?.[0]?.periodStart,
    context.workers.get(workerId)?.startDate,
  ].filter((d): d is string => d !== undefined);
  return dates.sort()[0];
}
