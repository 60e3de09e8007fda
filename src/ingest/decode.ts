import { IngestError } from './issue.js';

export type DetectedEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Decoded text and what was found about its bytes. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: DetectedEncoding;
  readonly hadBom: boolean;
}

/**
 * Offset of the first byte that breaks UTF-8, or -1. Windows-1252 text with æøå is almost never
 * valid UTF-8, so this is how `auto` tells the two apart.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * @summary The encoding a file's first bytes decide, if they decide one: a UTF-8 or UTF-16 BOM,
 * an explicit choice, or UTF-16 without BOM (a NUL in every other byte of ASCII text).
 * `undefined` means: UTF-8 or Windows-1252, to be told from the bytes that follow.
 * `skip` is the length of the BOM to drop.
 */
export function encodingFromSignature(
  head: Uint8Array,
  encoding: 'auto' | 'utf-8' | 'windows-1252',
): { readonly label: DetectedEncoding; readonly skip: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (encoding === 'utf-8') return { label: 'utf-8', skip: 0 };
  if (encoding === 'windows-1252') return { label: 'windows-1252', skip: 0 };
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  const sample = Math.min(head.length, 1024) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return { label: 'utf-16le', skip: 0 };
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return { label: 'utf-16be', skip: 0 };
  return undefined;
}

/**
 * @summary Turn file bytes into text: BOMs honoured, UTF-8 checked strictly, else Windows-1252.
 *
 * @description
 * Uses the platform's `TextDecoder` (browsers and Node alike), so no code page tables ship with
 * the library. An explicit `utf-8` that does not decode is an error naming the byte and line,
 * never text full of U+FFFD that would quietly corrupt names and compare wrongly.
 *
 * @throws IngestError when bytes declared as UTF-8 are not UTF-8
 */
export function decodeBytes(bytes: Uint8Array, encoding: 'auto' | 'utf-8' | 'windows-1252', source: string): DecodedText {
  const signature = encodingFromSignature(bytes, encoding);
  if (signature?.label === 'utf-8') return strictUtf8(bytes.subarray(signature.skip), source, signature.skip > 0);
  if (signature) {
    const text = new TextDecoder(signature.label).decode(bytes.subarray(signature.skip));
    return { text, encoding: signature.label, hadBom: signature.skip > 0 };
  }
  if (firstInvalidUtf8Offset(bytes) === -1) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', hadBom: false };
  }
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', hadBom: false };
}

function strictUtf8(bytes: Uint8Array, source: string, hadBom: boolean): DecodedText {
  const bad = firstInvalidUtf8Offset(bytes);
  if (bad !== -1) {
    const line = lineOfOffset(bytes, bad);
    const message = `${source}:${line}: not valid UTF-8 at byte ${bad + (hadBom ? 3 : 0)}; if the file comes from Excel, read it as windows-1252`;
    throw new IngestError(message, {
      source,
      line,
      severity: 'error',
      code: 'invalid-encoding',
      expected: 'UTF-8 text',
      message: `not valid UTF-8 at byte ${bad + (hadBom ? 3 : 0)}; if the file comes from Excel, read it as windows-1252`,
    });
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', hadBom };
}
