/**
 * Rows made as object literals. A row made by adding its fields one by one (`row[field] = value`
 * in a loop) takes a megamorphic store per field and a separate property array; at a million rows
 * that was over a second of building and of copying by the collector. A literal with the row's
 * exact keys is one allocation of the right size. Which optional fields a row has varies, so there
 * is one literal per set of fields present, made when first needed.
 * @module
 */

/** Makes a row from values by field position (`undefined` = absent) and its provenance. */
export type RowMaker = (values: readonly unknown[], provenance: unknown) => Record<string, unknown>;

/** Sets of present fields given their own literal, per table; rarer ones (hostile input) use the loop. */
const MAX_SHAPES = 64;

/**
 * @summary A function that makes rows of `fields`: an object with the fields whose value is not
 * `undefined`, in `fields` order, then `provenance`.
 *
 * @description
 * Where code may be generated (not under a Content-Security-Policy without `unsafe-eval`), each
 * set of present fields gets a function returning an object literal with just those keys, as zod 4
 * compiles its object parsers; elsewhere, and for tables of more than 30 fields or beyond 64
 * shapes, the fields are added one by one. Both make equal objects with keys in the same order.
 * Keys are written as JSON string literals, so no field name can become code.
 *
 * @example
 * const make = rowMaker(['workerId', 'hours', 'site'])
 * make(['w1', undefined, 'Oslo'], { source: 't.csv', line: 2 })
 * //=> { workerId: 'w1', site: 'Oslo', provenance: { source: 't.csv', line: 2 } }
 */
export function rowMaker(fields: readonly string[], generateCode: boolean = canGenerateCode()): RowMaker {
  const names = [...fields];
  // Assigning a `__proto__` key, in a literal or not, would set the prototype: it is defined instead.
  const inert = names.includes('__proto__');
  const byLoop: RowMaker = (values, provenance) => {
    const row: Record<string, unknown> = {};
    for (let slot = 0; slot < names.length; slot++) {
      const value = values[slot];
      if (value === undefined) continue;
      if (inert) Object.defineProperty(row, names[slot]!, { value, writable: true, enumerable: true, configurable: true });
      else row[names[slot]!] = value;
    }
    row['provenance'] = provenance;
    return row;
  };
  if (!generateCode || inert || names.length > 30 || names.includes('provenance')) return byLoop;

  const shapes = new Map<number, RowMaker>();
  let lastMask = -1;
  let last: RowMaker = byLoop;
  return (values, provenance) => {
    let mask = 0;
    for (let slot = 0; slot < names.length; slot++) if (values[slot] !== undefined) mask |= 1 << slot;
    if (mask !== lastMask) {
      let maker = shapes.get(mask);
      if (maker === undefined) {
        maker = shapes.size < MAX_SHAPES ? literalMaker(names, mask) : byLoop;
        shapes.set(mask, maker);
      }
      lastMask = mask;
      last = maker;
    }
    return last(values, provenance);
  };
}

function literalMaker(names: readonly string[], mask: number): RowMaker {
  const entries = names.flatMap((name, slot) => (mask & (1 << slot) ? [`${JSON.stringify(name)}: v[${slot}]`] : []));
  entries.push('"provenance": p');
  return new Function('v', 'p', `return { ${entries.join(', ')} };`) as RowMaker;
}

let codegen: boolean | undefined;

/** Whether `new Function` is allowed here (a strict Content-Security-Policy forbids it). */
function canGenerateCode(): boolean {
  if (codegen === undefined) {
    try {
      codegen = (new Function('return true') as () => boolean)();
    } catch {
      codegen = false;
    }
  }
  return codegen;
}
