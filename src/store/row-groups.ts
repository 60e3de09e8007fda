import type { RowStore, StorableRow } from './row-store.js';

/**
 * Groups kept built: a rule asks for one worker's rows several times in a row (once per
 * payment), and walks the workers in the map's order, so a few suffice; more would only be
 * promoted out of the young generation before being dropped.
 */
const KEPT_GROUPS = 16;

/**
 * @summary The rows of a {@link RowStore} grouped by one field, as a read-only map whose groups
 * are built when asked for and only the last few kept.
 *
 * @description
 * Keys iterate in order of first appearance and each group is in store order and then sorted by
 * `compare`: exactly what grouping an array of the same rows gives (`groupBy` then sort), so rules
 * see the same thing either way. The index costs 4 bytes a row plus the keys; a group's rows are
 * built afresh when it is not among the last {@link KEPT_GROUPS} asked for, so holding the map
 * does not hold the rows.
 */
export class StoredGroups<R extends StorableRow> implements ReadonlyMap<string, readonly R[]> {
  private readonly groupOf = new Map<string, number>();
  private readonly starts: Uint32Array;
  /** Row positions by group; `undefined` while every group is a run of rows in store order. */
  private order: Uint32Array | undefined;
  private readonly kept = new Map<number, readonly R[]>();
  /** Groups whose slice of `order` is already sorted by `compare`. */
  private readonly sorted: Uint8Array;

  constructor(
    private readonly store: RowStore<R>,
    field: string,
    private readonly compare: ((a: R, b: R) => number) | undefined,
  ) {
    // Two reads of the key column rather than a group number per row held between them.
    const counts: number[] = [];
    for (let index = 0; index < store.length; index++) {
      const key = store.valueAt(index, field) as string;
      const group = this.groupOf.get(key);
      if (group === undefined) {
        this.groupOf.set(key, counts.length);
        counts.push(1);
      } else counts[group]!++;
    }
    this.starts = new Uint32Array(counts.length + 1);
    for (let group = 0; group < counts.length; group++) this.starts[group + 1] = this.starts[group]! + counts[group]!;
    const next = this.starts.slice(0, counts.length);
    const order = new Uint32Array(store.length);
    let contiguous = true;
    for (let index = 0; index < store.length; index++) {
      const at = next[this.groupOf.get(store.valueAt(index, field) as string)!]!++;
      order[at] = index;
      contiguous &&= at === index;
    }
    // A file already grouped by worker (the usual export) needs no index at all.
    this.order = contiguous ? undefined : order;
    this.sorted = new Uint8Array(counts.length);
  }

  get size(): number {
    return this.groupOf.size;
  }

  has(key: string): boolean {
    return this.groupOf.has(key);
  }

  get(key: string): readonly R[] | undefined {
    const group = this.groupOf.get(key);
    return group === undefined ? undefined : this.rowsOf(group);
  }

  forEach(callback: (value: readonly R[], key: string, map: ReadonlyMap<string, readonly R[]>) => void, thisArg?: unknown): void {
    for (const [key, rows] of this) callback.call(thisArg, rows, key, this);
  }

  *entries(): MapIterator<[string, readonly R[]]> {
    for (const [key, group] of this.groupOf) yield [key, this.rowsOf(group)];
  }

  keys(): MapIterator<string> {
    return this.groupOf.keys();
  }

  *values(): MapIterator<readonly R[]> {
    for (const group of this.groupOf.values()) yield this.rowsOf(group);
  }

  [Symbol.iterator](): MapIterator<[string, readonly R[]]> {
    return this.entries();
  }

  private rowsOf(group: number): readonly R[] {
    const kept = this.kept.get(group);
    if (kept !== undefined) {
      this.kept.delete(group);
      this.kept.set(group, kept);
      return kept;
    }
    const start = this.starts[group]!;
    const end = this.starts[group + 1]!;
    let rows: R[] = [];
    const positionAt = (at: number) => (this.order === undefined ? at : this.order[at]!);
    for (let at = start; at < end; at++) rows.push(this.store.at(positionAt(at))!);
    if (this.compare && !this.sorted[group]) {
      // Sorted once (stably, from store order, as an array's group is); the order is kept for next time.
      const positions = rows.map((row, i) => ({ row, index: positionAt(start + i) }));
      positions.sort((a, b) => this.compare!(a.row, b.row));
      if (positions.some((position, i) => position.index !== positionAt(start + i))) {
        const order = (this.order ??= Uint32Array.from({ length: this.store.length }, (_, at) => at));
        positions.forEach((position, i) => (order[start + i] = position.index));
      }
      rows = positions.map((position) => position.row);
      this.sorted[group] = 1;
    }
    if (this.kept.size >= KEPT_GROUPS) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(group, rows);
    return rows;
  }
}
