import { Column } from './column.js';

/** A row as a {@link RowStore} holds it: model fields, then `provenance` and optional `extra`. */
export interface StorableRow {
  readonly provenance: { readonly source: string; readonly line: number };
  readonly extra?: readonly unknown[] | undefined;
}

/**
 * Read-only rows of one table, whether an array or a {@link RowStore}: what screening needs
 * (a count, rows by position, iteration). Arrays satisfy it as they are.
 */
export interface RowsView<R> extends Iterable<R> {
  readonly length: number;
  at(index: number): R | undefined;
}

/**
 * @summary The rows of one table held as columns, for data too large to hold as objects.
 *
 * @description
 * Each field is a column (codes into its distinct values, or raw numbers or strings, in chunks), so
 * a time entry costs tens of bytes instead of a few hundred. Rows are built when asked for
 * (`at`, iteration) as the reader built them: the fields present, in `fields` order, then
 * `provenance`, then `extra` when the row had unknown columns. Append-only; a row with a key that
 * is not one of `fields` is refused (a TypeError) rather than stored without it.
 *
 * @example
 * const store = new RowStore<TimeEntryRow>(['workerId', 'date', 'hours'])
 * store.push({ workerId: 'w1', date: '2025-03-03', hours: 7.5, provenance: { source: 't.csv', line: 2 } })
 * store.at(0) //=> { workerId: 'w1', date: '2025-03-03', hours: 7.5, provenance: { source: 't.csv', line: 2 } }
 */
export class RowStore<R extends StorableRow> implements RowsView<R> {
  readonly fields: readonly string[];
  private readonly columns: Column[];
  private readonly slots = new Map<string, number>();
  private readonly sources = new Column();
  /** Line minus row index: rows of a file come in line order, so this repeats (a byte a row). */
  private readonly lineOffsets = new Column();
  private readonly extras = new Map<number, readonly unknown[]>();
  private count = 0;

  constructor(fields: readonly string[]) {
    this.fields = [...fields];
    this.columns = this.fields.map(() => new Column());
    this.fields.forEach((field, slot) => this.slots.set(field, slot));
  }

  get length(): number {
    return this.count;
  }

  /** Appends a row. */
  push(row: R): void {
    for (const key of Object.keys(row)) {
      if (key !== 'provenance' && key !== 'extra' && !this.slots.has(key))
        throw new TypeError(`a row store of fields ${this.fields.join(', ')} cannot hold a "${key}"`);
    }
    const index = this.count;
    const values = row as unknown as Record<string, unknown>;
    for (let slot = 0; slot < this.fields.length; slot++) this.columns[slot]!.push(index, values[this.fields[slot]!]);
    this.sources.push(index, row.provenance.source);
    const line = row.provenance.line;
    this.lineOffsets.push(index, Number.isSafeInteger(line) && !Object.is(line, -0) ? line - index : [line]);
    if (row.extra !== undefined) this.extras.set(index, row.extra);
    this.count++;
  }

  /** Row `index` (negative counts from the end, as `Array.prototype.at`), built afresh. */
  at(index: number): R | undefined {
    const i = index < 0 ? this.count + index : index;
    if (!(i >= 0 && i < this.count) || !Number.isInteger(i)) return undefined;
    const row: Record<string, unknown> = {};
    for (let slot = 0; slot < this.fields.length; slot++) {
      const value = this.columns[slot]!.get(i);
      if (value !== undefined) row[this.fields[slot]!] = value;
    }
    const offset = this.lineOffsets.get(i);
    row['provenance'] = { source: this.sources.get(i), line: typeof offset === 'number' ? offset + i : (offset as [number])[0] };
    const extra = this.extras.get(i);
    if (extra !== undefined) row['extra'] = extra;
    return row as unknown as R;
  }

  /** One field of row `index` without building the row. */
  valueAt(index: number, field: string): unknown {
    const slot = this.slots.get(field);
    if (slot === undefined) throw new TypeError(`a row store of fields ${this.fields.join(', ')} has no "${field}"`);
    return this.columns[slot]!.get(index);
  }

  /** A new store of the rows whose index passes `keep`, in order. */
  filter(keep: (index: number) => boolean): RowStore<R> {
    const kept = new RowStore<R>(this.fields);
    for (let index = 0; index < this.count; index++) if (keep(index)) kept.push(this.at(index)!);
    return kept;
  }

  /** Bytes held by the columns' chunks (the distinct values and `extra` not counted). */
  get chunkBytes(): number {
    let bytes = this.sources.chunkBytes + this.lineOffsets.chunkBytes;
    for (const column of this.columns) bytes += column.chunkBytes;
    return bytes;
  }

  *[Symbol.iterator](): Iterator<R> {
    for (let index = 0; index < this.count; index++) yield this.at(index)!;
  }
}

/**
 * @summary A reader of one field by row position, which for a {@link RowStore} reads the column
 * without building rows (ten million time entries checked for a worker id build no objects).
 * @example
 * const workerOf = fieldReader(dataset.timeEntries, 'workerId')
 * workerOf(0) //=> 'w1'
 */
export function fieldReader<R extends object>(rows: RowsView<R>, field: keyof R & string): (index: number) => unknown {
  if (rows instanceof RowStore) {
    const store = rows as RowStore<R & StorableRow>;
    return (index) => store.valueAt(index, field);
  }
  return (index) => (rows.at(index) as Record<string, unknown>)[field];
}
