import * as z from 'zod';
import { fieldMeta } from './fields.js';
import { TABLES, TABLE_NAMES, type TableName } from './tables.js';
import { canonicalHeader } from '../ingest/headers.js';

/**
 * @summary JSON Schema (draft 2020-12) of one table's typed rows, from its zod schema.
 * @description
 * Each property carries its description, the CSV header (`x-csv-header`), accepted Norwegian
 * aliases (`x-aliases`), whether it is personal data (`x-personal`) and its kind (`x-kind`), so
 * the schema documents the CSV contract as well as the typed model.
 * @example
 * tableJsonSchema('workers').required //=> ['workerId', 'employerId']
 */
export function tableJsonSchema(table: TableName): Record<string, unknown> {
  const schema = TABLES[table].schema;
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      const json = context.jsonSchema as Record<string, unknown>;
      if (json['type'] !== 'object' || typeof json['properties'] !== 'object') return;
      const shape = schema.shape as Record<string, z.ZodType>;
      for (const [field, property] of Object.entries(json['properties'] as Record<string, Record<string, unknown>>)) {
        const fieldSchema = shape[field];
        const meta = fieldSchema ? fieldMeta(fieldSchema) : undefined;
        if (!meta) continue;
        property['description'] = meta.description;
        property['x-csv-header'] = canonicalHeader(field);
        property['x-kind'] = meta.kind;
        if (meta.aliases) property['x-aliases'] = [...meta.aliases];
        if (meta.personal) property['x-personal'] = true;
      }
      json['title'] = table;
      json['x-file-name'] = `${TABLES[table].fileName}.csv`;
      json['x-norwegian-file-name'] = `${TABLES[table].norwegianName}.csv`;
    },
  }) as Record<string, unknown>;
}

/** @summary JSON Schema of a whole dataset document: `{ "workers": [...], ... }`, one array per table. */
export function datasetJsonSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const name of TABLE_NAMES) {
    const { $schema: _drop, ...table } = tableJsonSchema(name);
    properties[name] = { type: 'array', items: table };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'labour-screen dataset',
    type: 'object',
    properties,
    required: ['workers'],
    additionalProperties: false,
  };
}
