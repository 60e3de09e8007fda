/**
 * The tables of the data contract and how each is named in files.
 * @module
 */
import * as z from 'zod';
import { AccommodationSchema } from './tables/accommodation.js';
import { ContractSchema } from './tables/contract.js';
import { DeductionSchema } from './tables/deduction.js';
import { DocumentCustodySchema } from './tables/document-custody.js';
import { ObservationSchema } from './tables/observation.js';
import { OrganisationSchema } from './tables/organisation.js';
import { PaymentSchema } from './tables/payment.js';
import { RecruitmentSchema } from './tables/recruitment.js';
import { SubcontractSchema } from './tables/subcontract.js';
import { TimeEntrySchema } from './tables/time-entry.js';
import { WorkerSchema } from './tables/worker.js';

/** Description of one table of the data contract. */
export interface TableDefinition<S extends z.ZodObject = z.ZodObject> {
  /** File stem and canonical name in CSV/JSON (`time_entries.csv`). */
  readonly fileName: string;
  /** Norwegian file-stem alias (`timelister.csv`). */
  readonly norwegianName: string;
  /** Whether every dataset must contain the table. */
  readonly required: boolean;
  /** Row schema (camelCase fields). */
  readonly schema: S;
}

/** Every table, keyed by its name in the typed {@link Dataset} (camelCase). */
export const TABLES = {
  organisations: { fileName: 'organisations', norwegianName: 'virksomheter', required: false, schema: OrganisationSchema },
  workers: { fileName: 'workers', norwegianName: 'arbeidstakere', required: true, schema: WorkerSchema },
  contracts: { fileName: 'contracts', norwegianName: 'arbeidsavtaler', required: false, schema: ContractSchema },
  timeEntries: { fileName: 'time_entries', norwegianName: 'timelister', required: false, schema: TimeEntrySchema },
  payments: { fileName: 'payments', norwegianName: 'lønnsutbetalinger', required: false, schema: PaymentSchema },
  deductions: { fileName: 'deductions', norwegianName: 'trekk', required: false, schema: DeductionSchema },
  accommodation: { fileName: 'accommodation', norwegianName: 'bolig', required: false, schema: AccommodationSchema },
  recruitment: { fileName: 'recruitment', norwegianName: 'rekruttering', required: false, schema: RecruitmentSchema },
  documents: { fileName: 'documents', norwegianName: 'dokumenter', required: false, schema: DocumentCustodySchema },
  subcontracts: { fileName: 'subcontracts', norwegianName: 'kontraktskjede', required: false, schema: SubcontractSchema },
  observations: { fileName: 'observations', norwegianName: 'observasjoner', required: false, schema: ObservationSchema },
} as const satisfies Record<string, TableDefinition>;

/** Name of a table in the typed model (`timeEntries`). */
export type TableName = keyof typeof TABLES;

/** Table names in the order of the data contract. */
export const TABLE_NAMES = Object.freeze(Object.keys(TABLES) as TableName[]);

/** The row type of a table (without provenance). */
export type TableRow<T extends TableName> = z.infer<(typeof TABLES)[T]['schema']>;

/**
 * @summary The table a file stem names, by canonical or Norwegian name, case-insensitively.
 * @example
 * tableForFileName('time_entries') //=> 'timeEntries'
 * tableForFileName('Timelister')   //=> 'timeEntries'
 * tableForFileName('notes')        //=> undefined
 */
export function tableForFileName(stem: string): TableName | undefined {
  const wanted = stem.trim().toLowerCase();
  return TABLE_NAMES.find((name) => {
    const table = TABLES[name];
    return table.fileName === wanted || table.norwegianName === wanted || name.toLowerCase() === wanted;
  });
}
