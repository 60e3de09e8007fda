import type { JurisdictionPack } from '../jurisdictions/pack.js';
import { canonicalHeader } from '../ingest/headers.js';
import type { DatasetView, SourcedRow } from '../model/dataset.js';
import type { Sector } from '../model/enums.js';
import type { TableName } from '../model/tables.js';
import { formatMinorAsMajor } from '../money/money.js';
import type { Evidence } from './finding.js';
import { groupBy } from '../collections/group-by.js';
import { firstIndex } from '../collections/binary-search.js';
import { compareText } from '../collections/compare-text.js';
import { RowStore, fieldReader, type StorableRow } from '../store/row-store.js';
import { StoredGroups } from '../store/row-groups.js';
import { configuredArrangement, contractArrangement, type ArrangementConfig, type ArrangementTerms } from './arrangements.js';

/** The rows of one table, read-only. */
export type Rows<T extends TableName> = readonly SourcedRow<T>[];

/**
 * Indexed, read-only views of a dataset, built once per screening so that each rule is a short
 * loop: rows by worker (time entries sorted by date), organisations and workers by id, the
 * contract in force on a date, and the jurisdiction's parameters.
 */
export interface RuleContext {
  /**
   * The dataset as given. Its time entries, payments, deductions and contracts may be columnar
   * ({@link DatasetView}): iterate them, or better use the by-worker maps below.
   */
  readonly dataset: DatasetView;
  readonly jurisdiction: JurisdictionPack;
  /** The screening's reference date (`YYYY-MM-DD`). */
  readonly referenceDate: string;
  readonly workers: ReadonlyMap<string, SourcedRow<'workers'>>;
  readonly organisations: ReadonlyMap<string, SourcedRow<'organisations'>>;
  readonly paymentsByWorker: ReadonlyMap<string, Rows<'payments'>>;
  readonly timeEntriesByWorker: ReadonlyMap<string, Rows<'timeEntries'>>;
  readonly contractsByWorker: ReadonlyMap<string, Rows<'contracts'>>;
  readonly deductionsByWorker: ReadonlyMap<string, Rows<'deductions'>>;
  readonly recruitmentByWorker: ReadonlyMap<string, Rows<'recruitment'>>;
  readonly documentsByWorker: ReadonlyMap<string, Rows<'documents'>>;
  readonly accommodationByWorker: ReadonlyMap<string, Rows<'accommodation'>>;
  /** Observations by `subject_id` (a worker or an organisation). */
  readonly observationsBySubject: ReadonlyMap<string, Rows<'observations'>>;
  /** The worker's contract in force on `date` (latest start on or before it), if any. */
  contractOn(workerId: string, date: string): SourcedRow<'contracts'> | undefined;
  /**
   * The payment with id `paymentId`, looked for first among `workerId`'s payments (where a
   * deduction's payment almost always is), then among all.
   */
  paymentById(paymentId: string, workerId?: string): SourcedRow<'payments'> | undefined;
  /**
   * The working-time arrangement (averaging or rota) that covers the worker on `date`: the
   * contract in force's, else the configuration's; `undefined` when hours are judged week by week.
   */
  arrangementOn(workerId: string, date: string): ArrangementTerms | undefined;
}

/** What a screening says about its data beyond the tables. */
export interface ContextOptions {
  /** Working-time arrangements for workers whose contracts state none. */
  readonly arrangements?: readonly ArrangementConfig[];
}

/** Rows in a stable order that does not depend on input order: by the given keys, then provenance. */
const byProvenance = (
  a: { provenance: { source: string; line: number } },
  b: { provenance: { source: string; line: number } },
) =>
  a.provenance.source < b.provenance.source
    ? -1
    : a.provenance.source > b.provenance.source
      ? 1
      : a.provenance.line - b.provenance.line;

/** A worker's time entries by date, then start, then where they were read. */
const byDateAndStart = (a: SourcedRow<'timeEntries'>, b: SourcedRow<'timeEntries'>) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : (a.start ?? '').localeCompare(b.start ?? '') || byProvenance(a, b);

/** A worker's payments by period start, then id. */
const byPeriod = (a: SourcedRow<'payments'>, b: SourcedRow<'payments'>) =>
  a.periodStart.localeCompare(b.periodStart) || a.paymentId.localeCompare(b.paymentId);

/**
 * Rows by a key field, each group sorted by `compare`: built at once from an array, and from a
 * columnar store as a map that builds a group's rows when asked (the same rows in the same order).
 */
function groupRows<R extends StorableRow>(
  rows: Iterable<R> | undefined,
  field: keyof R & string,
  compare: (a: R, b: R) => number,
): ReadonlyMap<string, readonly R[]> {
  if (rows instanceof RowStore) return new StoredGroups(rows, field, compare);
  const groups = groupBy(rows, (row) => row[field] as string);
  for (const group of groups.values()) group.sort(compare);
  return groups;
}

/** @summary Build the indexed views of a dataset for the rules (once per screening). */
export function createRuleContext(
  dataset: DatasetView,
  jurisdiction: JurisdictionPack,
  referenceDate: string,
  options: ContextOptions = {},
): RuleContext {
  const timeEntriesByWorker = groupRows(dataset.timeEntries, 'workerId', byDateAndStart);
  const paymentsByWorker = groupRows(dataset.payments, 'workerId', byPeriod);
  const contractsByWorker = groupRows(
    dataset.contracts,
    'workerId',
    (a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.contractId.localeCompare(b.contractId),
  );
  let paymentIndex: Map<string, number> | undefined;
  const limits = jurisdiction.workingTime.arrangements;
  const configured = options.arrangements ?? [];
  // One set of terms per contract for the screening (asked for every week of every worker).
  const termsByContract = new Map<SourcedRow<'contracts'>, ArrangementTerms | undefined>();
  const workers = new Map(dataset.workers.map((row) => [row.workerId, row]));
  const contractOn = (workerId: string, date: string) => {
    // The last contract begun by `date` (contracts are sorted by start) that has not ended:
    // a binary search to the last start, then back over contracts that had ended.
    const contracts = contractsByWorker.get(workerId) ?? [];
    const begunAfter = firstIndex(contracts.length, (i) => (contracts[i]!.startDate ?? '0000-00-00') > date);
    for (let i = begunAfter - 1; i >= 0; i--) {
      const contract = contracts[i]!;
      if (contract.endDate === undefined || contract.endDate >= date) return contract;
    }
    return undefined;
  };
  const paymentsById = new WeakMap<readonly SourcedRow<'payments'>[], Map<string, SourcedRow<'payments'>>>();
  return {
    // Input order must not matter: these groups are sorted by provenance.
    deductionsByWorker: groupRows(dataset.deductions, 'workerId', byProvenance),
    recruitmentByWorker: groupRows(dataset.recruitment, 'workerId', byProvenance),
    documentsByWorker: groupRows(dataset.documents, 'workerId', byProvenance),
    accommodationByWorker: groupRows(dataset.accommodation, 'workerId', byProvenance),
    observationsBySubject: groupRows(dataset.observations, 'subjectId', byProvenance),
    dataset,
    jurisdiction,
    referenceDate,
    workers,
    organisations: new Map((dataset.organisations ?? []).map((row) => [row.orgId, row])),
    paymentsByWorker,
    timeEntriesByWorker,
    contractsByWorker,
    contractOn,
    arrangementOn(workerId, date) {
      const contract = contractOn(workerId, date);
      if (contract?.workingTimeArrangement !== undefined) {
        if (!termsByContract.has(contract)) termsByContract.set(contract, contractArrangement(contract, limits));
        return termsByContract.get(contract);
      }
      if (configured.length === 0) return undefined;
      const employerId = contract?.employerId ?? workers.get(workerId)?.employerId;
      return configuredArrangement(configured, workerId, employerId, date, limits);
    },
    paymentById(paymentId, workerId) {
      // Payment ids are unique (a repeat is rejected on reading), so the worker's own payments
      // give the same answer as all of them when the payment is among them.
      // Indexed per group (a scan per call was quadratic for one worker with 20 000 payments).
      const group = workerId === undefined ? undefined : paymentsByWorker.get(workerId);
      if (group !== undefined) {
        let byId = paymentsById.get(group);
        if (byId === undefined) paymentsById.set(group, (byId = new Map(group.map((p) => [p.paymentId, p]))));
        const own = byId.get(paymentId);
        if (own !== undefined) return own;
      }
      const payments = dataset.payments;
      if (payments === undefined) return undefined;
      if (paymentIndex === undefined) {
        // Positions, not rows: a columnar dataset's payments stay columns.
        paymentIndex = new Map();
        const idAt = fieldReader(payments, 'paymentId');
        for (let index = 0; index < payments.length; index++) {
          const id = idAt(index) as string;
          if (!paymentIndex.has(id)) paymentIndex.set(id, index);
        }
      }
      const index = paymentIndex.get(paymentId);
      return index === undefined ? undefined : payments.at(index);
    },
  };
}

/**
 * @summary Whether any row of a by-worker map passes `test` (a worker at a time, so a columnar
 * dataset builds each worker's rows once).
 * @example
 * anyRow(context.paymentsByWorker, (payment) => payment.method !== undefined)
 */
export function anyRow<R>(groups: ReadonlyMap<string, readonly R[]>, test: (row: R) => boolean): boolean {
  for (const rows of groups.values()) if (rows.some(test)) return true;
  return false;
}

/**
 * @summary The groups of a by-worker map in key order, each got when its turn comes: a columnar
 * dataset builds one worker's rows at a time, where spreading the map would build them all.
 * @example
 * for (const [workerId, payments] of groupsByKey(context.paymentsByWorker)) …
 */
export function* groupsByKey<V>(groups: ReadonlyMap<string, V>): Generator<[string, V]> {
  for (const key of [...groups.keys()].sort(compareText)) yield [key, groups.get(key)!];
}

/**
 * @summary Evidence for one field of a row: its source line, CSV header and value as written
 * in the contract's units (money in major units).
 * @example
 * evidenceOf(payment, 'grossMinor') //=> { source: 'payments.csv', line: 12, field: 'gross', value: '38000.00' }
 */
export function evidenceOf<R extends { readonly provenance: { readonly source: string; readonly line: number } }>(
  row: R,
  field: keyof R & string,
): Evidence {
  const value = row[field];
  const text =
    field.endsWith('Minor') && typeof value === 'number'
      ? formatMinorAsMajor(value, 2)
      : value === undefined
        ? ''
        : String(value);
  return { source: row.provenance.source, line: row.provenance.line, field: canonicalHeader(field), value: text };
}

/**
 * @summary The sector that sets a worker's terms on a date: the contract in force's, else the
 * employer's (`employerId`, default the worker's), with the evidence for it.
 */
export function sectorOn(
  context: RuleContext,
  workerId: string,
  date: string,
  employerId: string | undefined = context.workers.get(workerId)?.employerId,
): { sector: Sector; evidence: Evidence } | undefined {
  const row = sectorRowOn(context, workerId, date, employerId);
  return row && { sector: row.sector!, evidence: evidenceOf(row, 'sector') };
}

/**
 * @summary The row whose `sector` sets a worker's terms on a date (see {@link sectorOn}), for
 * callers that cite it only now and then: the evidence is made when asked for.
 */
export function sectorRowOn(
  context: RuleContext,
  workerId: string,
  date: string,
  employerId: string | undefined = context.workers.get(workerId)?.employerId,
): SourcedRow<'contracts'> | SourcedRow<'organisations'> | undefined {
  const contract = context.contractOn(workerId, date);
  if (contract?.sector) return contract;
  const employer = employerId === undefined ? undefined : context.organisations.get(employerId);
  return employer?.sector ? employer : undefined;
}

/**
 * @summary The rows dated `from`–`to` (inclusive) of rows sorted by date, as the context keeps a
 * worker's time entries: found by binary search, not by scanning every row for every period.
 * @example
 * entriesBetween(context.timeEntriesByWorker.get('w1') ?? [], '2025-03-01', '2025-03-31')
 */
export function entriesBetween<E extends { readonly date: string }>(
  entries: readonly E[],
  from: string,
  to: string,
): readonly E[] {
  const low = firstIndex(entries.length, (i) => entries[i]!.date >= from);
  let end = low;
  while (end < entries.length && entries[end]!.date <= to) end++;
  return entries.slice(low, end);
}
