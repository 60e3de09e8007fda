import { encodingFromSignature, firstInvalidUtf8Offset, type DetectedEncoding } from './decode.js';
import { IngestError } from './issue.js';

/** Bytes examined before deciding an encoding (as a whole-file read would on a small file). */
const WINDOW = 64 * 1024;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/**
 * @summary Decode a stream of byte chunks to text with the same detection as `decodeBytes`.
 *
 * @description
 * Platform-neutral (any `AsyncIterable<Uint8Array>`: a node file stream, a Web `ReadableStream`).
 * A BOM, UTF-16 signature or explicit encoding decides at once. Otherwise the decoder stays
 * undecided while the bytes are ASCII, where UTF-8 and Windows-1252 agree, and decides at the
 * first non-ASCII byte from the 64 KiB that follow: valid UTF-8 there means UTF-8, else
 * Windows-1252. `onEncoding` hears the decision. UTF-8 is decoded strictly: bytes that break it
 * later raise an `IngestError` naming the byte, never U+FFFD in a name.
 */
export async function* decodeByteStream(
  chunks: AsyncIterable<Uint8Array>,
  encoding: 'auto' | 'utf-8' | 'windows-1252',
  source: string,
  onEncoding: (label: DetectedEncoding | 'ascii') => void = () => {},
): AsyncGenerator<string> {
  let pending: Uint8Array = new Uint8Array(0);
  let mode: 'head' | 'ascii' | 'decided' = 'head';
  let decoder: TextDecoder | undefined;
  let consumed = 0;
  const ascii = new TextDecoder('utf-8');

  const decide = (label: DetectedEncoding) => {
    decoder = new TextDecoder(label, { fatal: label === 'utf-8' });
    mode = 'decided';
    onEncoding(label);
  };

  function* step(end: boolean): Generator<string> {
    if (mode === 'head') {
      if (pending.length < WINDOW && !end) return;
      const start = encodingFromSignature(pending.subarray(0, WINDOW), encoding);
      if (start) {
        pending = pending.subarray(start.skip);
        consumed += start.skip;
        decide(start.label);
      } else {
        mode = 'ascii';
        onEncoding('ascii');
      }
    }
    if (mode === 'ascii') {
      const index = firstNonAscii(pending);
      const asciiPart = index === -1 ? pending : pending.subarray(0, index);
      if (asciiPart.length > 0) yield ascii.decode(asciiPart);
      consumed += asciiPart.length;
      pending = index === -1 ? new Uint8Array(0) : pending.subarray(index);
      if (index === -1 || (pending.length < WINDOW && !end)) return;
      const window = pending.subarray(0, WINDOW);
      const bad = firstInvalidUtf8Offset(window);
      // A multi-byte character may be cut by the window's end; that is not an invalid byte.
      const valid = bad === -1 || (window.length < pending.length && bad >= window.length - 3);
      decide(valid ? 'utf-8' : 'windows-1252');
    }
    if (mode === 'decided' && decoder) {
      try {
        const text = decoder.decode(pending, { stream: !end });
        consumed += pending.length;
        pending = new Uint8Array(0);
        if (text) yield text;
      } catch {
        const at = consumed + Math.max(0, firstInvalidUtf8Offset(pending));
        const message = `not valid UTF-8 near byte ${at}; if the file comes from Excel, read it as windows-1252`;
        throw new IngestError(`${source}: ${message}`, {
          source,
          line: 0,
          severity: 'error',
          code: 'invalid-encoding',
          expected: 'UTF-8 text',
          message,
        });
      }
    }
  }

  for await (const chunk of chunks) {
    pending = concat(pending, chunk);
    yield* step(false);
  }
  yield* step(true);
}
