/**
 * @summary A stable 64-bit FNV-1a hash of a string, as 16 hex digits.
 * @description
 * Synchronous and platform-neutral (Web Crypto's digest is async), enough to give findings ids
 * that survive re-runs and row reordering. Not for secrets: pseudonymisation uses keyed HMAC.
 * @example
 * stableHash('abc') //=> 'e71fa2190541574b'
 */
export function stableHash(text: string): string {
  // Two 32-bit halves of the 64-bit FNV-1a state, multiplied by the FNV prime 2^40 + 2^8 + 0xb3.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    lo = (lo ^ byte) >>> 0; // ^ yields a signed 32-bit number
    const loMul = lo * 0x1b3;
    const hiMul = hi * 0x1b3 + lo * 0x100 + Math.floor(loMul / 0x1_0000_0000);
    lo = loMul >>> 0;
    hi = hiMul >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
