/**
 * One column of a {@link RowStore}: append-only, in chunks so that growing never copies the
 * column. A column starts dictionary-encoded (each chunk holds 1-, 2- or 4-byte codes into the
 * distinct values, widened per chunk as the dictionary grows): ids, dates, times, codes and
 * hours repeat, so ten million time entries cost a few bytes a field. A column whose values
 * mostly do not repeat (payment ids, amounts) turns raw: 4-byte integers, 8-byte numbers, Latin-1
 * strings packed as bytes, or plain arrays, chosen per chunk by what the chunk holds.
 */

/** Rows per chunk (2^14). */
export const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

/** A column turns raw past this many distinct values when more than half its values are distinct. */
const RAW_AFTER = 4096;

/** `undefined` in an integer chunk (a value equal to it widens the chunk to 8-byte numbers). */
const NO_INT = -2147483648;

/** Map keys treat -0 as 0; this key keeps the sign. */
const NEGATIVE_ZERO = Symbol('-0');

type Codes = Uint8Array | Uint16Array | Uint32Array;
type RawChunk = Int32Array | Float64Array | PackedStrings | unknown[];

/**
 * A chunk of Latin-1 strings as bytes and end offsets: a payment id costs its length plus 4
 * bytes outside the heap instead of a string object (about 32 bytes) and a pointer. Missing
 * values are marked in a bitmap made when the first one arrives. Built afresh when read.
 */
class PackedStrings {
  private bytes = new Uint8Array(CHUNK * 8);
  private readonly ends = new Uint32Array(CHUNK);
  private missing: Uint8Array | undefined;

  /**
   * Appends `value` at `slot` (the chunk's length), or returns false, storing nothing, if it is
   * neither a Latin-1 string nor `undefined`.
   */
  push(slot: number, value: unknown): boolean {
    const start = slot === 0 ? 0 : this.ends[slot - 1]!;
    if (value === undefined) {
      (this.missing ??= new Uint8Array(CHUNK >>> 3))[slot >>> 3]! |= 1 << (slot & 7);
      this.ends[slot] = start;
      return true;
    }
    if (typeof value !== 'string') return false;
    if (start + value.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, start + value.length));
      grown.set(this.bytes);
      this.bytes = grown;
    }
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code > 0xff) return false;
      this.bytes[start + i] = code;
    }
    this.ends[slot] = start + value.length;
    return true;
  }

  get(slot: number): string | undefined {
    if (this.missing !== undefined && (this.missing[slot >>> 3]! & (1 << (slot & 7))) !== 0) return undefined;
    const start = slot === 0 ? 0 : this.ends[slot - 1]!;
    const end = this.ends[slot]!;
    let text = '';
    // In pieces: apply() takes every byte as an argument, and engines cap the argument count.
    for (let from = start; from < end; from += 8192)
      text += String.fromCharCode.apply(null, this.bytes.subarray(from, Math.min(end, from + 8192)) as unknown as number[]);
    return text;
  }

  get byteLength(): number {
    return this.bytes.byteLength + this.ends.byteLength + (this.missing?.byteLength ?? 0);
  }
}

const dictionaryKey = (value: unknown): unknown => (Object.is(value, -0) ? NEGATIVE_ZERO : value);

/**
 * A string the store keeps for good: copied out of the text it was cut from, since a slice of
 * a long string can keep the whole text it came from (a 4 MiB chunk of the file) alive.
 */
const detached = (value: unknown): unknown =>
  typeof value === 'string' && value.length >= 13 ? (JSON.parse(JSON.stringify(value)) as string) : value;

function widenCodes(chunk: Codes, code: number): Codes {
  const wider = code > 0xffff ? new Uint32Array(CHUNK) : new Uint16Array(CHUNK);
  wider.set(chunk);
  return wider;
}

/** The value at `slot` of a raw chunk, the chunk's marker for a missing value read as `undefined`. */
function rawValue(chunk: RawChunk, slot: number): unknown {
  if (chunk instanceof PackedStrings) return chunk.get(slot);
  const value = chunk[slot];
  if (chunk instanceof Int32Array) return value === NO_INT ? undefined : value;
  if (chunk instanceof Float64Array) return Number.isNaN(value) ? undefined : value;
  return value;
}

/** A raw chunk's first `length` values as a plain array (a value arrived that the chunk cannot hold). */
function plainChunk(chunk: RawChunk, length: number): unknown[] {
  const plain = new Array<unknown>(CHUNK);
  for (let slot = 0; slot < length; slot++) plain[slot] = rawValue(chunk, slot);
  return plain;
}

const isInt32 = (value: number) => (value | 0) === value && value !== NO_INT && !Object.is(value, -0);

export class Column {
  private dictionary: Map<unknown, number> | undefined = new Map([[undefined, 0]]);
  private values: unknown[] = [undefined];
  private codes: Codes[] = [];
  private raw: RawChunk[] = [];

  /** Appends `value` as row `index` (which must be the column's length). */
  push(index: number, value: unknown): void {
    if (this.dictionary === undefined) return this.pushRaw(index, value);
    const key = dictionaryKey(value);
    let code = this.dictionary.get(key);
    if (code === undefined) {
      code = this.values.length;
      if (code > RAW_AFTER && code * 2 > index + 1) {
        this.turnRaw(index);
        return this.pushRaw(index, value);
      }
      this.dictionary.set(key, code);
      this.values.push(detached(value));
    }
    const at = index >>> CHUNK_BITS;
    let chunk = this.codes[at];
    if (chunk === undefined)
      this.codes.push(
        (chunk = code > 0xffff ? new Uint32Array(CHUNK) : code > 0xff ? new Uint16Array(CHUNK) : new Uint8Array(CHUNK)),
      );
    else if ((chunk instanceof Uint8Array && code > 0xff) || (chunk instanceof Uint16Array && code > 0xffff))
      chunk = this.codes[at] = widenCodes(chunk, code);
    chunk[index & MASK] = code;
  }

  /** The value of row `index`. */
  get(index: number): unknown {
    if (this.dictionary !== undefined) return this.values[this.codes[index >>> CHUNK_BITS]![index & MASK]!];
    return rawValue(this.raw[index >>> CHUNK_BITS]!, index & MASK);
  }

  /** Bytes held by the codes or raw chunks (not the dictionary's values). */
  get chunkBytes(): number {
    let bytes = 0;
    for (const chunk of this.codes) bytes += chunk.byteLength;
    for (const chunk of this.raw) bytes += Array.isArray(chunk) ? chunk.length * 8 : chunk.byteLength;
    return bytes;
  }

  /** How each chunk is held, for tests and diagnostics: `codes`, `int32`, `float64`, `latin1` or `values`. */
  get chunkKinds(): readonly string[] {
    if (this.dictionary !== undefined) return this.codes.map(() => 'codes');
    return this.raw.map((chunk) =>
      chunk instanceof Int32Array
        ? 'int32'
        : chunk instanceof Float64Array
          ? 'float64'
          : chunk instanceof PackedStrings
            ? 'latin1'
            : 'values',
    );
  }

  private turnRaw(length: number): void {
    const old = { codes: this.codes, values: this.values };
    this.dictionary = undefined;
    this.values = [];
    this.codes = [];
    for (let index = 0; index < length; index++) this.pushRaw(index, old.values[old.codes[index >>> CHUNK_BITS]![index & MASK]!]);
  }

  private pushRaw(index: number, value: unknown): void {
    const at = index >>> CHUNK_BITS;
    let chunk = this.raw[at];
    if (chunk === undefined) {
      chunk =
        typeof value === 'number'
          ? isInt32(value)
            ? new Int32Array(CHUNK)
            : new Float64Array(CHUNK)
          : typeof value === 'string'
            ? new PackedStrings()
            : new Array<unknown>(CHUNK);
      this.raw.push(chunk);
    }
    const slot = index & MASK;
    if (chunk instanceof PackedStrings) {
      if (chunk.push(slot, value)) return;
      chunk = this.raw[at] = plainChunk(chunk, slot);
    }
    if (chunk instanceof Int32Array) {
      if (value === undefined) return void (chunk[slot] = NO_INT);
      if (typeof value === 'number' && isInt32(value)) return void (chunk[slot] = value);
      chunk = this.raw[at] =
        typeof value === 'number' ? Float64Array.from(chunk, (v) => (v === NO_INT ? NaN : v)) : plainChunk(chunk, slot);
    }
    if (chunk instanceof Float64Array) {
      if (value === undefined) return void (chunk[slot] = NaN);
      if (typeof value === 'number' && !Number.isNaN(value)) return void (chunk[slot] = value);
      chunk = this.raw[at] = plainChunk(chunk, slot); // NaN marks undefined here, so a NaN goes plain
    }
    (chunk as unknown[])[slot] = detached(value);
  }
}
