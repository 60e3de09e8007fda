import type { JurisdictionPack } from '../jurisdictions/pack.js';
import { canonicalHeader } from '../ingest/headers.js';
import type { Dataset, SourcedRow } from '../model/dataset.js';
import type { Sector } from '../model/enums.js';
import type { TableName } from '../model/tables.js';
import { formatMinorAsMajor } from '../money/money.js';
import type { Evidence } from './finding.js';
import { groupBy } from '../collections/group-by.js';
import { firstIndex } from '../collections/binary-search.js';

/** The rows of one table, read-only. */
export type Rows<T extends TableName> = readonly SourcedRow<T>[];

/**
 * Indexed, read-only views of a dataset, built once per screening so that each rule is a short
 * loop: rows by worker (time entries sorted by date), organisations and workers by id, the
 * contract in force on a date, and the jurisdiction's parameters.
 */
export interface RuleContext {
  readonly dataset: Dataset;
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

/** @summary Build the indexed views of a dataset for the rules (once per screening). */
export function createRuleContext(dataset: Dataset, jurisdiction: JurisdictionPack, referenceDate: string): RuleContext {
  const timeEntriesByWorker = groupBy(dataset.timeEntries, (row) => row.workerId);
  for (const rows of timeEntriesByWorker.values())
    rows.sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : (a.start ?? '').localeCompare(b.start ?? '') || byProvenance(a, b),
    );
  const paymentsByWorker = groupBy(dataset.payments, (row) => row.workerId);
  for (const rows of paymentsByWorker.values())
    rows.sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.paymentId.localeCompare(b.paymentId));
  const contractsByWorker = groupBy(dataset.contracts, (row) => row.workerId);
  for (const rows of contractsByWorker.values())
    rows.sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '') || a.contractId.localeCompare(b.contractId));
  // Input order must not matter: these groups are sorted by provenance.
  const sorted = <T extends { provenance: { source: string; line: number } }>(groups: Map<string, T[]>) => {
    for (const rows of groups.values()) rows.sort(byProvenance);
    return groups;
  };
  return {
    deductionsByWorker: sorted(groupBy(dataset.deductions, (row) => row.workerId)),
    recruitmentByWorker: sorted(groupBy(dataset.recruitment, (row) => row.workerId)),
    documentsByWorker: sorted(groupBy(dataset.documents, (row) => row.workerId)),
    accommodationByWorker: sorted(groupBy(dataset.accommodation, (row) => row.workerId)),
    observationsBySubject: sorted(groupBy(dataset.observations, (row) => row.subjectId)),
    dataset,
    jurisdiction,
    referenceDate,
    workers: new Map(dataset.workers.map((row) => [row.workerId, row])),
    organisations: new Map((dataset.organisations ?? []).map((row) => [row.orgId, row])),
    paymentsByWorker,
    timeEntriesByWorker,
    contractsByWorker,
    contractOn(workerId, date) {
      // The last contract begun by `date` (contracts are sorted by start) that has not ended:
      // a binary search to the last start, then back over contracts that had ended.
      const contracts = contractsByWorker.get(workerId) ?? [];
      const begunAfter = firstIndex(contracts.length, (i) => (contracts[i]!.startDate ?? '0000-00-00') > date);
      for (let i = begunAfter - 1; i >= 0; i--) {
        const contract = contracts[i]!;
        if (contract.endDate === undefined || contract.endDate >= date) return contract;
      }
      return undefined;
    },
  };
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
  const contract = context.contractOn(workerId, date);
  if (contract?.sector) return { sector: contract.sector, evidence: evidenceOf(contract, 'sector') };
  const employer = employerId === undefined ? undefined : context.organisations.get(employerId);
  return employer?.sector ? { sector: employer.sector, evidence: evidenceOf(employer, 'sector') } : undefined;
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
