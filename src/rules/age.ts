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
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
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
