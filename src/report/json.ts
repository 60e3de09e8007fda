import type { Screening } from '../screen/screen.js';

/**
 * @summary The JSON report: the screening as in ../shared/spec/interfaces.md, two-space indented
 * with a final newline. Byte-identical for the same screening (key order is fixed by `screen()`).
 */
export function toJsonReport(screening: Screening): string {
  return `${JSON.stringify(screening, null, 2)}\n`;
}
