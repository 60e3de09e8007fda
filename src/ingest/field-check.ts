import { isClockTime, isIsoDate } from '../dates/iso-date.js';
import { CURRENCIES } from '../model/enums.js';
import type { ColumnSpec } from './headers.js';

/** A fast test that a typed value satisfies its field's schema. */
export type FieldAcceptor = (value: unknown) => boolean;

const CURRENCY_CODES: ReadonlySet<unknown> = new Set(CURRENCIES);

/**
 * @summary A predicate that accepts only values the field's zod schema accepts, built from the
 * field's registered metadata, without zod's per-value cost.
 *
 * @description
 * It may refuse a value zod would take (an id with non-ASCII letters): the caller then asks zod,
 * which also words the issue. It must never accept a value zod would refuse; a property test
 * holds every field of every table to that.
 */
export function fieldAcceptor(spec: ColumnSpec): FieldAcceptor {
  const { meta } = spec;
  switch (meta.kind) {
    case 'id': {
      const maxLength = meta.maxLength ?? 0;
      // Printable ASCII with no space at either end: what `^\S(?:.*\S)?$` surely matches.
      return (value) => {
        if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) return false;
        if (value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32) return false;
        for (let i = 0; i < value.length; i++) {
          const code = value.charCodeAt(i);
          if (code < 32 || code > 126) return false;
        }
        return true;
      };
    }
    case 'text': {
      const maxLength = meta.maxLength ?? 0;
      return (value) => typeof value === 'string' && value.length > 0 && value.length <= maxLength;
    }
    case 'date':
      return (value) => typeof value === 'string' && isIsoDate(value);
    case 'time':
      return (value) => typeof value === 'string' && isClockTime(value);
    case 'money':
      return (value) => Number.isSafeInteger(value);
    case 'integer':
      return (value) => Number.isSafeInteger(value) && (value as number) >= 0;
    case 'decimal': {
      const max = meta.max ?? -1;
      return (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;
    }
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'enum': {
      const codes: ReadonlySet<unknown> = new Set(spec.enumValues ?? []);
      return (value) => codes.has(value);
    }
    case 'country':
      return (value) => typeof value === 'string' && value.length === 2 && isUpper(value, 0) && isUpper(value, 1);
    case 'currency':
      return (value) => CURRENCY_CODES.has(value);
  }
}

const isUpper = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code >= 65 && code <= 90;
};
