/**
 * One string object for each repeated value of a column (a worker's id on each of its 600 time
 * entries, the same date on a thousand rows): rows hold far less memory and the collector copies
 * far less. A column whose values mostly do not repeat (payment ids) stops being interned after a
 * sample, so unique values cost no table entry.
 *
 * Values whose cell was in its plain form (the fast reader took the text as it is, surely valid)
 * are remembered as such: the same text again needs no reading or checking, only the lookup.
 */
export class Interner {
  /** Values of cells read in their plain form (the value is the cell's text). */
  private readonly plain = new Map<string, string>();
  /** Other values (read by the general reader from another form). */
  private readonly other = new Map<string, string>();
  private lookups = 0;
  private hits = 0;
  private active = true;

  /** Distinct values held (0 once the column is found not to repeat). */
  get size(): number {
    return this.plain.size + this.other.size;
  }

  /**
   * The value of a cell whose text was seen before in its plain form, else `undefined`. A hit
   * is that same surely valid value: the text needs no reading.
   */
  plainValue(text: string): string | undefined {
    if (!this.active) return undefined;
    const known = this.plain.get(text);
    if (known !== undefined) {
      this.lookups++;
      this.hits++;
    }
    return known;
  }

  /**
   * The first equal string seen, or `value` itself. `plain`: the value is its cell's text, read
   * by the fast reader as surely valid (so {@link plainValue} may give it for that text).
   */
  intern(value: string, plain = false): string {
    if (!this.active) return value;
    this.lookups++;
    const known = this.plain.get(value) ?? this.other.get(value);
    if (known !== undefined) {
      this.hits++;
      return known;
    }
    if (this.lookups >= SAMPLE && this.hits * 2 < this.lookups) {
      this.active = false;
      this.plain.clear();
      this.other.clear();
    } else if (this.size < MAX_ENTRIES) (plain ? this.plain : this.other).set(value, value);
    return value;
  }
}

/** Values looked at before deciding that a column does not repeat enough (half) to be worth it. */
const SAMPLE = 4096;
/** Distinct values kept per column at most (bounds the table on hostile input). */
const MAX_ENTRIES = 1 << 20;
