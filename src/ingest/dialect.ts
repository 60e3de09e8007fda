/** Delimiters the reader can detect. */
export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Count delimiter characters outside double quotes in one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === delimiter && !inQuotes) count++;
  }
  return count;
}

/**
 * @summary Detect the delimiter from the first lines: the candidate that splits the header into
 * the most fields and splits the next lines consistently.
 *
 * @description
 * Looks at up to 20 lines. Semicolon wins ties because Nordic Excel writes `;` and a comma may
 * be a decimal separator in the same file. A file with one column has no delimiter to find;
 * it gets a comma, and the header check then reports what is missing.
 *
 * @example
 * detectDelimiter('worker_id;name\nw1;Ola') //=> ';'
 * detectDelimiter('a\tb\n1\t2')             //=> '\t'
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .split('\n', 21)
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  const header = lines[0] ?? '';
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of [';', '\t', ','] as const) {
    const headerCount = countOutsideQuotes(header, delimiter);
    if (headerCount === 0) continue;
    const consistent = lines.slice(1).filter((line) => countOutsideQuotes(line, delimiter) === headerCount).length;
    const score = headerCount * 10 + consistent;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
