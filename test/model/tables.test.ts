import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  DatasetSchema,
  TABLES,
  TABLE_NAMES,
  countRows,
  fieldMeta,
  tableForFileName,
  type TableName,
} from '../../src/model/index.js';
import { validRows } from '../helpers/valid-rows.js';

const snakeCase = (key: string) => key.replace(/Minor$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

describe('tables', () => {
  it('the dataset has exactly one array per table', () => {
    expect(Object.keys(DatasetSchema.shape).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('only workers is required', () => {
    expect(TABLE_NAMES.filter((name) => TABLES[name].required)).toEqual(['workers']);
    expect(DatasetSchema.safeParse({ workers: [] }).success).toBe(true);
    expect(DatasetSchema.safeParse({}).success).toBe(false);
  });

  it.each(TABLE_NAMES)('every field of %s has registered metadata (kind and description)', (name) => {
    for (const [key, field] of Object.entries(TABLES[name].schema.shape)) {
      const meta = fieldMeta(field as z.ZodType);
      expect(meta, `${name}.${key}`).toBeDefined();
      expect(meta!.description.length, `${name}.${key}`).toBeGreaterThan(3);
    }
  });

  it.each(TABLE_NAMES)('header names and aliases of %s are unambiguous', (name) => {
    const seen = new Map<string, string>();
    for (const [key, field] of Object.entries(TABLES[name].schema.shape)) {
      for (const header of [snakeCase(key), ...(fieldMeta(field as z.ZodType)?.aliases ?? [])]) {
        const normalised = header.toLowerCase();
        expect(seen.get(normalised), `${name}: "${header}" names both ${seen.get(normalised)} and ${key}`).toBeUndefined();
        seen.set(normalised, key);
      }
    }
  });

  it('finds tables by canonical, Norwegian and camelCase file names', () => {
    expect(tableForFileName('time_entries')).toBe('timeEntries');
    expect(tableForFileName('Timelister')).toBe('timeEntries');
    expect(tableForFileName('lønnsutbetalinger')).toBe('payments');
    expect(tableForFileName('timeEntries')).toBe('timeEntries');
    expect(tableForFileName('notes')).toBeUndefined();
  });

  it('counts rows of provided tables only', () => {
    const workers = [{ ...validRows.workers, provenance: { source: 'workers.csv', line: 2 } }];
    expect(countRows({ workers, payments: [] })).toEqual({ workers: 1, payments: 0 });
  });

  it('every table converts to JSON Schema (for `labour-screen schema`)', () => {
    for (const name of TABLE_NAMES) {
      const schema = z.toJSONSchema(TABLES[name].schema, { io: 'input' }) as { properties?: object };
      expect(Object.keys(schema.properties ?? {}).length, name).toBeGreaterThan(2);
    }
  });
});

describe.each(TABLE_NAMES)('%s schema', (name: TableName) => {
  const schema = TABLES[name].schema as z.ZodType;
  const valid = validRows[name];

  it('accepts a realistic row', () => {
    const result = schema.safeParse(valid);
    expect(result.error?.issues).toBeUndefined();
  });

  it('rejects a row missing each required field, naming the field', () => {
    const shape = TABLES[name].schema.shape as Record<string, z.ZodType>;
    const required = Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success);
    expect(required.length).toBeGreaterThan(0);
    for (const key of required) {
      const { [key]: _omitted, ...rest } = valid as Record<string, unknown>;
      const result = schema.safeParse(rest);
      expect(result.success, `${name} without ${key}`).toBe(false);
      expect(result.error!.issues.some((issue) => issue.path[0] === key)).toBe(true);
    }
  });

  it('rejects fields of the wrong type with a path to the field', () => {
    const shape = TABLES[name].schema.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(shape)) {
      const result = schema.safeParse({ ...valid, [key]: { not: 'a value' } });
      expect(result.success, `${name}.${key} = object`).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual([key]);
    }
  });
});
