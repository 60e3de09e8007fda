/**
 * One string object for each repeated value of a column (a worker's id on each of its 600 time
 * entries, the same date on a thousand rows): rows hold far less memory and the collector copies
 * far less. A column whose values mostly do not repeat (payment ids) stops being interned after a
 * sample, so unique values cost no table entry.
 */
export class Interner {
  private readonly seen = new Map<string, string>();
  private lookups = 0;
  private hits = 0;
  private active = true;

  /** Distinct values held (0 once the column is found not to repeat). */
  get size(): number {
    return this.seen.size;
  }

  /** The first equal string seen, or `value` itself. */
  intern(value: string): string {
    if (!this.active) return value;
    const known = this.seen.get(value);
    this.lookups++;
    if (known !== undefined) {
      this.hits++;
      return known;
    }
    if (this.lookups >= SAMPLE && this.hits * 2 < this.lookups) {
      this.active = false;
      this.seen.clear();
    } else if (this.seen.size < MAX_ENTRIES) this.seen.set(value, value);
    return value;
  }
}

/** Values looked at before deciding that a column does not repeat enough (half) to be worth it. */
const SAMPLE = 4096;
/** Distinct values kept per column at most (bounds the table on hostile input). */
const MAX_ENTRIES = 1 << 20;
