import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from '#csv-stringify-sync';
import { canonicalHeader } from '../ingest/headers.js';
import { TABLE_NAMES, TABLES, type TableName } from '../model/tables.js';

/**
 * Example rows per table (one, two for organisations so the chain has both ends; none for
 * observations, where any row is a sign), by CSV header: a compliant construction worker in Oslo
 * hired for March 2025 and paid on leaving with holiday pay, so that a fresh template reads and
 * screens cleanly on any reference date. Headers come from the schemas; a header without an
 * example here is written empty.
 */
const EXAMPLES: Readonly<Record<TableName, Readonly<Record<string, string>> | readonly Readonly<Record<string, string>>[]>> = {
  organisations: [
    {
      org_id: 'org-000',
      name: 'Eksempel Eiendom AS',
      country: 'NO',
      org_number: '915000010',
      sector: 'construction',
      address: 'Storgata 3, 0155 Oslo',
      registered_on: '2009-09-01',
      registered_employees: '40',
      vat_registered: 'yes',
      role: 'client',
    },
    {
      org_id: 'org-001',
      name: 'Eksempel Bygg AS',
      country: 'NO',
      org_number: '915000002',
      sector: 'construction',
      address: 'Storgata 1, 0155 Oslo',
      registered_on: '2015-03-02',
      registered_employees: '12',
      vat_registered: 'yes',
      role: 'main-contractor',
    },
  ],
  workers: {
    worker_id: 'w-001',
    employer_id: 'org-001',
    name: 'Example Worker',
    birth_date: '1990-05-17',
    nationality: 'NO',
    hms_card: 'HMS123456',
    bank_account: '86011117947',
    hms_card_valid_to: '2027-01-31',
    posted: 'no',
    registered: 'yes',
    start_date: '2025-03-03',
    end_date: '2025-03-31',
    occupation: 'tømrer',
    skill_level: 'skilled',
    experience_years: '5',
  },
  contracts: {
    contract_id: 'c-001',
    worker_id: 'w-001',
    employer_id: 'org-001',
    written: 'yes',
    signed_on: '2025-02-24',
    start_date: '2025-03-03',
    end_date: '2025-03-31',
    sector: 'construction',
    occupation: 'tømrer',
    hourly_wage: '285.00',
    weekly_hours: '37.5',
    position_pct: '100',
    overtime_premium_pct: '40',
    language_understood: 'yes',
    currency: 'NOK',
  },
  timeEntries: {
    worker_id: 'w-001',
    employer_id: 'org-001',
    date: '2025-03-03',
    start: '07:00',
    end: '15:00',
    break_minutes: '30',
    site: 'Storgata 1',
    source: 'timesheet',
  },
  payments: {
    payment_id: 'p-001',
    worker_id: 'w-001',
    employer_id: 'org-001',
    period_start: '2025-03-01',
    period_end: '2025-03-31',
    paid_on: '2025-04-05',
    gross: '42750.00',
    net: '29925.00',
    hours_paid: '150',
    overtime_hours_paid: '0',
    overtime_pay: '0.00',
    // 10.2 % of the month's gross, paid on leaving (ferieloven § 10 and § 11).
    holiday_pay: '4360.50',
    method: 'bank',
    to_account: '86011117947',
    currency: 'NOK',
  },
  deductions: { payment_id: 'p-001', worker_id: 'w-001', kind: 'tax', amount: '12825.00', currency: 'NOK' },
  accommodation: {
    worker_id: 'w-001',
    address: 'Storgata 1, 0155 Oslo',
    from: '2025-03-03',
    to: '2025-03-31',
    occupants: '1',
    area_m2: '35',
    deducted_from_wage: 'no',
    currency: 'NOK',
  },
  recruitment: {
    worker_id: 'w-001',
    recruited_in: 'NO',
    fee_paid: '0.00',
    debt_at_arrival: '0.00',
    promised_hourly_wage: '285.00',
    promised_occupation: 'tømrer',
    promised_weekly_hours: '37.5',
    promised_employer_id: 'org-001',
    currency: 'NOK',
  },
  documents: { worker_id: 'w-001', document: 'passport', held_by: 'worker', from: '2025-03-03', worker_has_access: 'yes' },
  subcontracts: {
    buyer_id: 'org-000',
    supplier_id: 'org-001',
    project: 'Storgata 1',
    from: '2025-01-06',
    to: '2025-12-19',
    value: '2400000.00',
    estimated_hours: '4000',
    currency: 'NOK',
  },
  // Any observation row is a sign about someone: the template gives the header only.
  observations: [],
};

/** @summary The template CSV of a table: the header row from the schema and its example rows. */
export function templateCsv(table: TableName): string {
  const headers = Object.keys(TABLES[table].schema.shape).map(canonicalHeader);
  const examples = EXAMPLES[table];
  const rows = (Array.isArray(examples) ? examples : [examples]) as readonly Readonly<Record<string, string>>[];
  return stringify([headers, ...rows.map((example) => headers.map((header) => example[header] ?? ''))], {
    record_delimiter: 'unix',
  });
}

/**
 * @summary Write a template CSV file per table into `dir` (created if missing). Never overwrites:
 * returns the files that already exist instead of writing anything.
 */
export async function writeTemplates(dir: string): Promise<{ written: string[]; existing: string[] }> {
  const targets = TABLE_NAMES.map((table) => ({ table, path: join(dir, `${TABLES[table].fileName}.csv`) }));
  const existing: string[] = [];
  for (const { path } of targets)
    if (
      await stat(path).then(
        () => true,
        () => false,
      )
    )
      existing.push(path);
  if (existing.length > 0) return { written: [], existing };
  await mkdir(dir, { recursive: true });
  for (const { table, path } of targets) await writeFile(path, templateCsv(table), 'utf8');
  return { written: targets.map((target) => target.path), existing };
}
