export {
  parseTable,
  CsvTableReader,
  prepareLineEnds,
  type ParseTableOptions,
  type RowEvent,
  type RowSink,
} from './parse-table.js';
export {
  parseDataset,
  parseJsonDocument,
  readJsonTables,
  assembleDataset,
  type DatasetParseResult,
  type ParseDatasetOptions,
  type TableInput,
} from './parse-dataset.js';
export { parseObjectRows } from './parse-json.js';
export { parseDatasetFiles, readDatasetFile, fileKind, CONFIG_FILE_NAME, type NamedFile, type FileKind } from './parse-files.js';
export { parseCsvRaw, type RawCsv } from './parse-raw.js';
export { IngestOptionsSchema, resolveIngestOptions, type IngestOptions, type ResolvedIngestOptions } from './options.js';
export {
  IngestIssueSchema,
  IngestError,
  formatIngestIssue,
  INGEST_SEVERITIES,
  type IngestIssue,
  type IngestSeverity,
} from './issue.js';
export type { TableParseResult, TableStats, Dialect } from './table-result.js';
export { decodeBytes, encodingFromSignature, firstInvalidUtf8Offset, type DecodedText, type DetectedEncoding } from './decode.js';
export { decodeByteStream } from './decode-stream.js';
export { detectDelimiter, DELIMITERS, type Delimiter } from './dialect.js';
export { detectDecimalSeparator, normaliseNumberText, type NumberText } from './numbers.js';
export { readDate, readTime } from './values.js';
export { normaliseHeader, canonicalHeader, tableColumns, type ColumnSpec } from './headers.js';
export { readCsvRecords, type CsvEvent, type CsvReadOptions } from './csv-records.js';
export type { CsvRecord } from './csv-tokenizer.js';
export { jsonElementLines } from './json-lines.js';
export {
  readEnhetsregisteret,
  mergeRegistryOrganisations,
  organisationFromUnit,
  sectorOfNace,
  type EnhetsregisteretOptions,
  type RegisterUnit,
} from './registries/enhetsregisteret.js';
