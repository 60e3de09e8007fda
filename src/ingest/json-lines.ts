/**
 * @summary The line on which each element of the top-level arrays of a JSON document starts.
 *
 * @description
 * `JSON.parse` forgets positions, but findings must cite a line. This scans the text once,
 * tracking strings and nesting, and records the start line of each element of every array that
 * is a direct member of the top-level object (`{ "workers": [ … ] }`), or of the top-level array
 * itself (key `''`). Runs after `JSON.parse` succeeded, so the text is known to be valid JSON.
 *
 * @example
 * jsonElementLines('{"workers": [\n {"worker_id": "w1"},\n {"worker_id": "w2"}\n]}').get('workers') //=> [2, 3]
 */
export function jsonElementLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringStart = -1;
  let lastKey = '';
  let currentArray: number[] | undefined;
  let expectingValue = false;
  let topIsArray = false;

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') {
        inString = false;
        if (depth === 1 && !topIsArray && !expectingValue) lastKey = JSON.parse(text.slice(stringStart, i + 1)) as string;
      }
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') continue;
    const arrayLevel = topIsArray ? 1 : 2;
    if (depth === arrayLevel && currentArray && char !== ']' && char !== ',' && expectingValue) {
      currentArray.push(line);
      expectingValue = false;
    }
    switch (char) {
      case '"':
        inString = true;
        stringStart = i;
        break;
      case ':':
        if (depth === 1 && !topIsArray) expectingValue = true;
        break;
      case ',':
        if (depth === arrayLevel && currentArray) expectingValue = true;
        else if (depth === 1) expectingValue = false;
        break;
      case '[':
      case '{':
        depth++;
        if (depth === 1 && char === '[') {
          topIsArray = true;
          currentArray = [];
          lines.set('', currentArray);
          expectingValue = true;
        } else if (depth === 2 && !topIsArray && char === '[' && expectingValue) {
          currentArray = [];
          lines.set(lastKey, currentArray);
          expectingValue = true;
        } else if (depth === 2 && !topIsArray) {
          expectingValue = false;
        }
        break;
      case ']':
      case '}':
        if (depth === arrayLevel) currentArray = topIsArray ? currentArray : undefined;
        depth--;
        if (depth === 1 && !topIsArray) expectingValue = false;
        break;
      default:
        if (depth === 1 && !topIsArray) expectingValue = false;
    }
  }
  return lines;
}
