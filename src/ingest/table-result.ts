import type { SourcedRow } from '../model/dataset.js';
import type { TableName } from '../model/tables.js';
import type { IngestIssue } from './issue.js';

/** Counts that prove nothing was lost: `records === accepted + rejected`. */
export interface TableStats {
  /** Data records read (header and blank lines excluded; an unreadable stretch counts its lines). */
  records: number;
  accepted: number;
  rejected: number;
  /** Records whose every cell was blank (Excel's trailing `;;;;` lines); not data. */
  blank: number;
}

/** How a file was read. */
export interface Dialect {
  readonly delimiter: string;
  readonly decimalSeparator: '.' | ',';
  readonly encoding: string;
}

/** The rows and issues of one table read from one source. */
export interface TableParseResult<T extends TableName = TableName> {
  readonly table: T;
  readonly source: string;
  readonly rows: SourcedRow<T>[];
  readonly issues: IngestIssue[];
  readonly stats: TableStats;
  readonly dialect?: Dialect;
}

export const emptyStats = (): TableStats => ({ records: 0, accepted: 0, rejected: 0, blank: 0 });
