import type { SourcedRow } from '../../model/dataset.js';
import type { Sector } from '../../model/enums.js';
import { decodeBytes } from '../decode.js';
import type { IngestIssue } from '../issue.js';
import { jsonElementLines } from '../json-lines.js';
import { resolveIngestOptions, type IngestOptions } from '../options.js';
import { parseObjectRows } from '../parse-json.js';
import { parseCsvRaw } from '../parse-raw.js';
import type { TableParseResult } from '../table-result.js';

/**
 * The Norwegian Central Coordinating Register for Legal Entities (Enhetsregisteret) as
 * `organisations`: the bulk downloads of data.brreg.no (`/enhetsregisteret/api/enheter/lastned`,
 * a JSON array, and `/lastned/csv`, dotted headers such as `forretningsadresse.poststed`), and
 * the search API's `{ "_embedded": { "enheter": [...] } }`. A procurement system can enrich a
 * bidder list with the public data it already has, then screen it.
 * @module
 */

/** Options of {@link readEnhetsregisteret}. */
export interface EnhetsregisteretOptions extends IngestOptions {
  /** Source name cited in provenance; default `enhetsregisteret.json` / `.csv`. */
  readonly source?: string;
  /** Default: JSON when the text starts with `[` or `{`, else CSV. */
  readonly format?: 'json' | 'csv';
}

/** NACE (SN2007) code prefixes to the library's sectors, most specific first. */
const NACE_SECTORS: readonly (readonly [string, Sector])[] = [
  ['43.21', 'electrical'],
  ['33.15', 'shipyard'],
  ['30.1', 'shipyard'],
  ['81.2', 'cleaning'],
  ['10.2', 'fish-processing'],
  ['49.41', 'freight-transport'],
  ['49.3', 'passenger-transport'],
  ['49.1', 'passenger-transport'],
  ['41', 'construction'],
  ['42', 'construction'],
  ['43', 'construction'],
  ['01', 'agriculture'],
  ['50', 'maritime'],
  ['55', 'hospitality'],
  ['56', 'hospitality'],
  ['97', 'domestic-work'],
];

/** @summary The sector of a NACE code (`43.320` → `construction`), `other` when none matches. */
export function sectorOfNace(code: string): Sector {
  const trimmed = code.trim();
  return (
    NACE_SECTORS.find(
      ([prefix]) => trimmed === prefix || trimmed.startsWith(prefix.includes('.') ? prefix : `${prefix}.`),
    )?.[1] ?? 'other'
  );
}

/** One unit of the register as read: nested JSON, or a flat CSV record with dotted headers. */
export type RegisterUnit = Readonly<Record<string, unknown>>;

/** Read a dotted path (`forretningsadresse.poststed`) from a nested object or a flat CSV record. */
function get(unit: RegisterUnit, path: string): unknown {
  if (path in unit) return unit[path];
  let value: unknown = unit;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value.trim() === ''
      ? undefined
      : value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;

/** `true`/`false`, `J`/`N` as in older exports, or a boolean. */
function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const t = text(value)?.toLowerCase();
  return t === 'true' || t === 'j' ? true : t === 'false' || t === 'n' ? false : undefined;
}

function address(unit: RegisterUnit): string | undefined {
  const lines = get(unit, 'forretningsadresse.adresse');
  const street = Array.isArray(lines) ? lines.map(text).filter(Boolean).join(', ') : text(lines);
  const place = [text(get(unit, 'forretningsadresse.postnummer')), text(get(unit, 'forretningsadresse.poststed'))]
    .filter(Boolean)
    .join(' ');
  const whole = [street, place].filter(Boolean).join(', ');
  return whole === '' ? undefined : whole;
}

/** One register unit as an `organisations` record with canonical headers (unset fields left out). */
export function organisationFromUnit(unit: RegisterUnit): Record<string, unknown> {
  const orgnr = text(get(unit, 'organisasjonsnummer'));
  const nace = text(get(unit, 'naeringskode1.kode'));
  const employees = get(unit, 'antallAnsatte');
  const record: Record<string, unknown> = {
    org_id: orgnr,
    org_number: orgnr,
    name: text(get(unit, 'navn')),
    country: text(get(unit, 'forretningsadresse.landkode')) ?? 'NO',
    sector: nace === undefined ? undefined : sectorOfNace(nace),
    address: address(unit),
    // The date it entered the register, else its founding date.
    registered_on: text(get(unit, 'registreringsdatoEnhetsregisteret')) ?? text(get(unit, 'stiftelsesdato')),
    // The register withholds small headcounts; a missing count is unknown, not zero.
    registered_employees: typeof employees === 'number' ? employees : text(employees),
    vat_registered: flag(get(unit, 'registrertIMvaregisteret')),
    bankrupt_on: text(get(unit, 'konkursdato')),
    // Kept in `extra`: bankruptcy or winding-up without a date.
    konkurs: flag(get(unit, 'konkurs')),
    under_avvikling: flag(get(unit, 'underAvvikling')),
    naeringskode1: nace,
  };
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/**
 * @summary Read an Enhetsregisteret export (JSON or CSV) into `organisations` rows, with the
 * register file's lines as provenance and the usual issues for values that do not read.
 *
 * @example
 * const { rows, issues } = readEnhetsregisteret(await (await fetch(url)).text())
 * parseDataset({ workers, subcontracts, organisations: rows })  // or merge with your own organisations
 */
export function readEnhetsregisteret(
  input: string | Uint8Array,
  options: EnhetsregisteretOptions = {},
): TableParseResult<'organisations'> {
  const { source: given, format: forced, ...ingest } = options;
  const resolved = resolveIngestOptions(ingest);
  const raw =
    typeof input === 'string'
      ? input.replace(/^\uFEFF/, '')
      : decodeBytes(input, resolved.encoding, given ?? 'enhetsregisteret').text;
  const format = forced ?? (/^\s*[[{]/.test(raw) ? 'json' : 'csv');
  const source = given ?? `enhetsregisteret.${format}`;

  if (format === 'csv') {
    const csv = parseCsvRaw(raw, { ...ingest, source });
    const units = csv.records.map((record) => Object.fromEntries(csv.header.map((h, i) => [h.trim(), record.values[i] ?? ''])));
    const result = parseObjectRows(
      'organisations',
      units.map(organisationFromUnit),
      source,
      resolved,
      csv.records.map((r) => r.line),
    );
    return { ...result, issues: [...csv.issues, ...result.issues] };
  }

  let document: unknown;
  try {
    document = JSON.parse(raw);
  } catch (error) {
    return failed(source, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const embedded = get((document ?? {}) as RegisterUnit, '_embedded.enheter');
  const units = Array.isArray(document) ? document : Array.isArray(embedded) ? embedded : undefined;
  if (!units)
    return failed(source, 'expected an array of units (bulk download) or { "_embedded": { "enheter": [...] } } (search API)');
  const lines = Array.isArray(document) ? jsonElementLines(raw).get('') : undefined;
  const mapped = units.map((unit) =>
    unit !== null && typeof unit === 'object' && !Array.isArray(unit) ? organisationFromUnit(unit as RegisterUnit) : unit,
  );
  return parseObjectRows('organisations', mapped, source, resolved, lines);
}

function failed(source: string, message: string): TableParseResult<'organisations'> {
  const empty = parseObjectRows('organisations', [], source, resolveIngestOptions({}), []);
  const issue: IngestIssue = {
    source,
    line: 1,
    severity: 'error',
    code: 'invalid-json',
    expected: 'an Enhetsregisteret export',
    message,
  };
  return { ...empty, issues: [issue] };
}

/**
 * @summary Put register data in place of a dataset's own organisation rows with the same
 * organisation number, keeping the dataset's `org_id` (so workers and subcontracts still point at
 * it) and its `role` when the register has none. Organisations the register does not know are
 * kept as they are; register units the dataset does not mention are left out. Evidence then
 * cites the register file for the register's facts.
 */
export function mergeRegistryOrganisations(
  organisations: readonly SourcedRow<'organisations'>[],
  registry: readonly SourcedRow<'organisations'>[],
): SourcedRow<'organisations'>[] {
  const byNumber = new Map(registry.filter((r) => r.orgNumber !== undefined).map((r) => [r.orgNumber!.replace(/\D/g, ''), r]));
  return organisations.map((own) => {
    const found = own.orgNumber === undefined ? undefined : byNumber.get(own.orgNumber.replace(/\D/g, ''));
    if (!found) return own;
    return { ...found, orgId: own.orgId, ...(found.role === undefined && own.role !== undefined ? { role: own.role } : {}) };
  });
}
