import * as z from 'zod';
import { CURRENCIES, JURISDICTIONS, type Currency, type Jurisdiction } from '../model/enums.js';

/** Options for reading tables. Every one can be left out: the reader detects or defaults it. */
export const IngestOptionsSchema = z
  .object({
    /** Field delimiter; detected from the header line when absent. */
    delimiter: z.enum([',', ';', '\t']).optional(),
    /** Text encoding of byte input; `auto` detects UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252. */
    encoding: z.enum(['auto', 'utf-8', 'windows-1252']).default('auto'),
    /** Decimal separator of numbers; detected per file from its numeric columns when absent. */
    decimalSeparator: z.enum(['.', ',']).optional(),
    /** Jurisdiction whose currency is the default for money without a currency column. */
    jurisdiction: z.enum(JURISDICTIONS).default('NO'),
    /** Currency of money without a currency column; defaults to the jurisdiction's. */
    currency: z.enum(CURRENCIES).optional(),
    /** Treat a blank cell in a yes/no column as "no". Off by default: a blank is "not stated", and screening never infers a breach from a blank. */
    blankBooleanIsFalse: z.boolean().default(false),
    /** Largest field, in characters, before the record is rejected (default 1 MB). */
    maxFieldBytes: z.number().int().positive().default(1_000_000),
    /** Most columns a file may have. */
    maxColumns: z.number().int().positive().default(1000),
    /** Most data records per table; more is an error (resource limit). */
    maxRows: z.number().int().positive().optional(),
    /**
     * Time budget in milliseconds for reading, checked between files and every 1 024 records;
     * past it, reading throws `TimeoutError` (no partial dataset). Default: none.
     */
    timeoutMs: z.number().positive().optional(),
    /** Structural CSV errors (bad quotes) tolerated per file before the rest of it is rejected. */
    maxStructuralErrors: z.number().int().nonnegative().default(20),
  })
  .strict();

export type IngestOptions = z.input<typeof IngestOptionsSchema>;
export type ResolvedIngestOptions = z.output<typeof IngestOptionsSchema> & { readonly defaultCurrency: Currency };

const JURISDICTION_CURRENCY: Record<Jurisdiction, Currency> = { NO: 'NOK', DK: 'DKK', ILO: 'EUR' };

/**
 * @summary Validate options once, up front, with an error that names the bad option.
 * @throws TypeError naming each invalid option
 */
export function resolveIngestOptions(options: IngestOptions = {}): ResolvedIngestOptions {
  const parsed = IngestOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(options)'}: ${issue.message}`).join('; ');
    throw new TypeError(`invalid ingest options: ${detail}`);
  }
  return { ...parsed.data, defaultCurrency: parsed.data.currency ?? JURISDICTION_CURRENCY[parsed.data.jurisdiction] };
}
