import * as z from 'zod';
import { isIsoDate, isoDateToDayNumber } from '../dates/iso-date.js';
import { ARRANGEMENT_BASES, type ArrangementBasis, type WorkingTimeArrangement } from '../model/enums.js';
import { MAX_AVERAGING_WEEKS, rotaOf } from '../model/tables/contract.js';
import type { SourcedRow } from '../model/dataset.js';
import type { ArrangementLimits } from '../jurisdictions/pack.js';
import type { Evidence } from './finding.js';
import { evidenceOf } from './context.js';
import { weekOf } from './working-weeks.js';
import type { Message } from '../i18n/format-message.js';
import { codeMessage } from '../i18n/code-names.js';

/**
 * Working-time arrangements: an averaging agreement (aml. § 10-5) or an approved rota (7/7,
 * 14/14, 2-4) under which hours are judged over the arrangement's period, never an on-week alone.
 * An arrangement comes from the contract in force (`working_time_arrangement` and its columns) or,
 * for workers whose contracts say nothing, from the screening's configuration.
 * @module
 */

/** An arrangement stated in the configuration (`labour-screen.config.json` → `arrangements`). */
export const ArrangementConfigSchema = z
  .object({
    /** The employer whose workers it covers; all employers when absent. */
    employerId: z.string().min(1).optional(),
    /** One worker it covers; all the employer's workers when absent. */
    workerId: z.string().min(1).optional(),
    kind: z.enum(['averaging', 'rota']),
    basis: z.enum(ARRANGEMENT_BASES).optional(),
    rota: z
      .string()
      .refine((text) => rotaOf(text) !== undefined, 'expected a rota such as 7/7 or 14/21 (days on/off) or 2-4 (weeks on-off)')
      .optional(),
    averagingWeeks: z.number().int().min(1).max(MAX_AVERAGING_WEEKS).optional(),
    from: z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD').optional(),
    to: z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD').optional(),
  })
  .strict()
  .refine((a) => a.kind !== 'rota' || a.rota !== undefined || a.averagingWeeks !== undefined, {
    message: 'a rota needs `rota` (such as 7/7) or `averagingWeeks`',
    path: ['rota'],
  });
export type ArrangementConfig = z.infer<typeof ArrangementConfigSchema>;

/** The terms an arrangement sets for judging hours. */
export interface ArrangementTerms {
  readonly kind: Exclude<WorkingTimeArrangement, 'standard'>;
  readonly basis: ArrangementBasis;
  /** Weeks the normal hours are averaged over: the rota's cycle, `averaging_weeks`, else the basis's longest. */
  readonly periodWeeks: number;
  /** Weeks the total of 48 hours per 7 days is averaged over (at least 8, as aml. § 10-5 allows). */
  readonly totalAverageWeeks: number;
  /** Most total hours in any single week the basis allows (`undefined`: judged over the period only). */
  readonly weekCap: number | undefined;
  /** Monday-based week the periods count from (the contract's start, else the first week under it). */
  readonly anchorWeek: number | undefined;
  /** Last day the arrangement covers, if known. */
  readonly until: string | undefined;
  /** Where the arrangement is stated: the contract's cells, or the configuration. */
  readonly evidence: readonly Evidence[];
  /** `rota 7/7 over 2 weeks (collective-agreement)`, as a message for findings to name. */
  readonly describe: Message;
  /** Identity of the arrangement, so weeks under one arrangement form one run. */
  readonly key: string;
}

/** The cycle of a rota in whole weeks (7/7: 2; 14/21: 5; 2-4: 6). */
const rotaWeeks = (rota: string | undefined) => {
  const parsed = rota === undefined ? undefined : rotaOf(rota);
  return parsed === undefined ? undefined : Math.max(1, Math.ceil((parsed.onDays + parsed.offDays) / 7));
};

/**
 * @summary The terms of an arrangement given its kind, basis, rota and averaging period, by the
 * jurisdiction's limits for the basis.
 */
function termsOf(
  kind: Exclude<WorkingTimeArrangement, 'standard'>,
  basis: ArrangementBasis,
  rota: string | undefined,
  averagingWeeks: number | undefined,
  limits: Readonly<Record<ArrangementBasis, ArrangementLimits>>,
  rest: Pick<ArrangementTerms, 'anchorWeek' | 'until' | 'evidence' | 'key'>,
): ArrangementTerms {
  const limit = limits[basis];
  const periodWeeks = Math.min(
    averagingWeeks ?? (kind === 'rota' ? rotaWeeks(rota) : undefined) ?? limit.maxAveragingWeeks,
    limit.maxAveragingWeeks,
  );
  // A rota agreed with the union representatives or approved by the inspectorate is judged over
  // its cycle (aml. § 10-12 (4), (6)); one agreed with the worker alone keeps § 10-5 (1)'s cap.
  const weekCap = kind === 'rota' && basis !== 'written-agreement' ? undefined : limit.weekCap;
  return {
    kind,
    basis,
    periodWeeks,
    totalAverageWeeks: Math.max(periodWeeks, limit.totalAverageWeeks),
    weekCap,
    describe: {
      id: periodWeeks === 1 ? 'arrangement-1' : 'arrangement',
      data: {
        kind: codeMessage('arrangement', kind),
        rota: rota ? ` ${rota}` : '',
        weeks: periodWeeks,
        basis: codeMessage('arrangement-basis', basis),
      },
    },
    ...rest,
  };
}

/** @summary The arrangement a contract states, if it states one. */
export function contractArrangement(
  contract: SourcedRow<'contracts'>,
  limits: Readonly<Record<ArrangementBasis, ArrangementLimits>> | undefined,
): ArrangementTerms | undefined {
  const kind = contract.workingTimeArrangement;
  if (kind === undefined || kind === 'standard' || limits === undefined) return undefined;
  const evidence: Evidence[] = [evidenceOf(contract, 'workingTimeArrangement')];
  if (contract.arrangementBasis) evidence.push(evidenceOf(contract, 'arrangementBasis'));
  if (contract.rota) evidence.push(evidenceOf(contract, 'rota'));
  if (contract.averagingWeeks !== undefined) evidence.push(evidenceOf(contract, 'averagingWeeks'));
  return termsOf(kind, contract.arrangementBasis ?? 'written-agreement', contract.rota, contract.averagingWeeks, limits, {
    anchorWeek: contract.startDate === undefined ? undefined : weekOf(isoDateToDayNumber(contract.startDate)),
    until: contract.endDate,
    evidence,
    key: `contract\0${contract.contractId}`,
  });
}

/** @summary The arrangement the configuration states for a worker on a date, if any (the most specific first). */
export function configuredArrangement(
  arrangements: readonly ArrangementConfig[],
  workerId: string,
  employerId: string | undefined,
  date: string,
  limits: Readonly<Record<ArrangementBasis, ArrangementLimits>> | undefined,
): ArrangementTerms | undefined {
  if (limits === undefined) return undefined;
  let best: { config: ArrangementConfig; index: number; rank: number } | undefined;
  arrangements.forEach((config, index) => {
    if (config.workerId !== undefined && config.workerId !== workerId) return;
    if (config.employerId !== undefined && config.employerId !== employerId) return;
    if ((config.from !== undefined && date < config.from) || (config.to !== undefined && date > config.to)) return;
    const rank = (config.workerId ? 2 : 0) + (config.employerId ? 1 : 0);
    if (best === undefined || rank > best.rank) best = { config, index, rank };
  });
  if (best === undefined) return undefined;
  const { config, index } = best;
  return termsOf(config.kind, config.basis ?? 'written-agreement', config.rota, config.averagingWeeks, limits, {
    anchorWeek: config.from === undefined ? undefined : weekOf(isoDateToDayNumber(config.from)),
    until: config.to,
    evidence: [],
    key: `config\0${index}`,
  });
}
