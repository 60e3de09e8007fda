/**
 * Field builders for the table schemas. Each builder returns a zod schema and records, in
 * {@link columnRegistry}, what the ingest layer needs to read that field from CSV: its kind and
 * its Norwegian header aliases. The table schema stays the one description of a table.
 * @module
 */
import * as z from 'zod';
import { isClockTime, isIsoDate } from '../dates/iso-date.js';
import { CURRENCIES } from './enums.js';

/** How a field is written in CSV; the ingest layer picks its parser by kind. */
export type FieldKind =
  'id' | 'text' | 'date' | 'time' | 'money' | 'integer' | 'decimal' | 'boolean' | 'enum' | 'country' | 'currency';

/** What the registry records for a field. */
export interface FieldMeta {
  readonly kind: FieldKind;
  /** One-line meaning, shown in `labour-screen schema` and docs. */
  readonly description: string;
  /** Accepted header aliases (Norwegian, Danish) besides the canonical snake_case name. */
  readonly aliases?: readonly string[];
  /** Words accepted for enum codes in CSV (`kontant` → `cash`), lower case. */
  readonly valueAliases?: Readonly<Record<string, string>>;
  /** Personal data: never quoted in issues or logs; pseudonymised in reports. */
  readonly personal?: boolean;
  /** Longest text accepted (`id` and `text` fields), as the schema says. */
  readonly maxLength?: number;
  /** Largest number accepted (`decimal` fields), as the schema says. */
  readonly max?: number;
}

/** Field metadata by schema instance (zod registry). Read it with {@link fieldMeta}. */
export const columnRegistry = z.registry<FieldMeta>();

/** Longest text accepted in a single field of the model (names, notes). Guards memory and reports. */
export const MAX_TEXT_LENGTH = 2000;
/** Longest identifier accepted (ids, account numbers, national ids). */
export const MAX_ID_LENGTH = 64;

function described<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  columnRegistry.add(schema, meta);
  return schema;
}

/** An identifier (worker id, org id, account number…): non-empty, no surrounding spaces. */
export const idField = (description: string, aliases?: readonly string[]) =>
  described(
    z
      .string()
      .min(1)
      .max(MAX_ID_LENGTH)
      .regex(/^\S(?:.*\S)?$/, 'must not start or end with white space'),
    { kind: 'id', description, maxLength: MAX_ID_LENGTH, ...(aliases ? { aliases } : {}) },
  );

/** Free text (names, addresses, notes). */
export const textField = (description: string, aliases?: readonly string[]) =>
  described(z.string().min(1).max(MAX_TEXT_LENGTH), {
    kind: 'text',
    description,
    maxLength: MAX_TEXT_LENGTH,
    ...(aliases ? { aliases } : {}),
  });

/** A calendar date `YYYY-MM-DD` that exists (checked with date-fns). */
export const dateField = (description: string, aliases?: readonly string[]) =>
  described(z.string().refine(isIsoDate, 'expected an existing date written YYYY-MM-DD'), {
    kind: 'date',
    description,
    ...(aliases ? { aliases } : {}),
  });

/** A wall-clock time `HH:mm` (local time at the work site). */
export const timeField = (description: string, aliases?: readonly string[]) =>
  described(z.string().refine(isClockTime, 'expected a time written HH:mm (24-hour)'), {
    kind: 'time',
    description,
    ...(aliases ? { aliases } : {}),
  });

/** Money in integer minor units (øre, cents); the row's `currency` field says which currency. */
export const moneyField = (description: string, aliases?: readonly string[]) =>
  described(z.number().int('money is held in integer minor units (øre/cents)').safe(), {
    kind: 'money',
    description,
    ...(aliases ? { aliases } : {}),
  });

/** A non-negative whole number (counts, people). */
export const countField = (description: string, aliases?: readonly string[]) =>
  described(z.number().int().nonnegative().safe(), { kind: 'integer', description, ...(aliases ? { aliases } : {}) });

/** A non-negative decimal quantity (hours, square metres, percentages), bounded by `max`. */
export const quantityField = (description: string, max: number, aliases?: readonly string[]) =>
  described(z.number().nonnegative().max(max), { kind: 'decimal', description, max, ...(aliases ? { aliases } : {}) });

/** A yes/no fact. */
export const flagField = (description: string, aliases?: readonly string[]) =>
  described(z.boolean(), { kind: 'boolean', description, ...(aliases ? { aliases } : {}) });

/** One of a fixed list of codes. */
export const enumField = <const T extends readonly [string, ...string[]]>(
  values: T,
  description: string,
  aliases?: readonly string[],
  valueAliases?: Readonly<Record<string, T[number]>>,
) =>
  described(z.enum(values), {
    kind: 'enum',
    description,
    ...(aliases ? { aliases } : {}),
    ...(valueAliases ? { valueAliases } : {}),
  });

/** An ISO 3166-1 alpha-2 country code, upper case. */
export const countryField = (description: string, aliases?: readonly string[]) =>
  described(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as NO'), {
    kind: 'country',
    description,
    ...(aliases ? { aliases } : {}),
  });

/** The currency of every money field in the row (ISO 4217). */
export const currencyField = () =>
  described(z.enum(CURRENCIES), {
    kind: 'currency',
    description: 'ISO 4217 currency of the money fields in this row (the jurisdiction default when the file has none)',
    aliases: ['valuta'],
  });

/**
 * Mark a field as personal data (names, national ids, accounts, phones, addresses, free notes):
 * its values are never quoted in ingest issues and are pseudonymised in reports.
 */
export function personalData<T extends z.ZodType>(schema: T): T {
  const meta = columnRegistry.get(schema);
  if (!meta) throw new Error('personalData() takes a field built by the field builders');
  columnRegistry.add(schema, { ...meta, personal: true });
  return schema;
}

/**
 * @summary The registered metadata of a field schema, looking through `.optional()`.
 * @example
 * fieldMeta(WorkerSchema.shape.birthDate)?.kind //=> 'date'
 */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return columnRegistry.get(current);
}
