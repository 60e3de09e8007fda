export * from './enums.js';
export {
  columnRegistry,
  fieldMeta,
  personalData,
  MAX_ID_LENGTH,
  MAX_TEXT_LENGTH,
  type FieldKind,
  type FieldMeta,
} from './fields.js';
export { ProvenanceSchema, ExtraFieldSchema, type Provenance, type ExtraField } from './provenance.js';
export { OrganisationSchema, type Organisation } from './tables/organisation.js';
export { WorkerSchema, type Worker } from './tables/worker.js';
export { ContractSchema, rotaOf, ROTA_PATTERN, MAX_AVERAGING_WEEKS, type Contract } from './tables/contract.js';
export { TimeEntrySchema, entryHours, type TimeEntry, type ShiftTimes } from './tables/time-entry.js';
export { PaymentSchema, paymentKind, earningPeriod, type Payment } from './tables/payment.js';
export { DeductionSchema, type Deduction } from './tables/deduction.js';
export { AccommodationSchema, type Accommodation } from './tables/accommodation.js';
export { RecruitmentSchema, type Recruitment } from './tables/recruitment.js';
export { DocumentCustodySchema, type DocumentCustody } from './tables/document-custody.js';
export { SubcontractSchema, type Subcontract } from './tables/subcontract.js';
export { ObservationSchema, type Observation } from './tables/observation.js';
export { TABLES, TABLE_NAMES, tableForFileName, type TableDefinition, type TableName, type TableRow } from './tables.js';
export {
  DatasetSchema,
  STORED_TABLES,
  countRows,
  type Dataset,
  type DatasetView,
  type SourcedRow,
  type StoredTableName,
} from './dataset.js';
