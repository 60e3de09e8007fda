import type { Screening } from '../screen/screen.js';

/**
 * @summary The JSON report: the screening as `ReportSchema` describes it, two-space indented
 * with a final newline. Byte-identical for the same screening (key order is fixed by `screen()`).
 */
export function toJsonReport(screening: Screening): string {
  return `${JSON.stringify(screening, null, 2)}\n`;
}

/** Text gathered before a piece is handed out: large enough that writing it costs little. */
const PIECE_CHARS = 1 << 20;

/**
 * @summary The JSON report in pieces of about a megabyte, which joined are exactly
 * {@link toJsonReport}: for screenings too large to hold their report as one string (200 000
 * workers gave a report of 469 MB; JavaScript strings stop at about 512 MB).
 *
 * @description
 * Each top-level array is written an element at a time, every element stringified as
 * `JSON.stringify(…, null, 2)` does it and indented to its depth (a JSON string never holds a raw
 * line break, so indenting after each one is safe).
 *
 * @example
 * for (const piece of jsonReportPieces(screening)) out.write(piece)
 */
export function* jsonReportPieces(screening: Screening): Generator<string, void, undefined> {
  let text = '{';
  let members = 0;
  for (const [key, value] of Object.entries(screening)) {
    const name = `${members === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      const json = JSON.stringify(value, null, 2);
      if (json === undefined) continue; // omitted, as JSON.stringify omits it
      text += name + indented(json, '  ');
      members++;
      continue;
    }
    text += `${name}[`;
    members++;
    for (let i = 0; i < value.length; i++) {
      text += `${i === 0 ? '' : ','}\n    ${indented(JSON.stringify(value[i], null, 2) ?? 'null', '    ')}`;
      if (text.length >= PIECE_CHARS) {
        yield text;
        text = '';
      }
    }
    text += '\n  ]';
  }
  yield `${text}${members === 0 ? '}' : '\n}'}\n`;
}

const indented = (json: string, indent: string): string => json.replaceAll('\n', `\n${indent}`);
