import type { SourcedRow } from '../model/dataset.js';

/**
 * Contracting chains as paths: from each root buyer (one nobody buys from) down to each
 * organisation with no suppliers, with the subcontract rows that link them. Cycles are cut (an
 * organisation never appears twice in a path), and the number of paths is capped so a hostile
 * graph cannot explode.
 * @module
 */
type Link = SourcedRow<'subcontracts'>;

/** One path down a chain and the subcontract behind each step (`links[i]` joins `orgs[i]` to `orgs[i + 1]`). */
export interface ChainPath {
  readonly orgs: readonly string[];
  readonly links: readonly Link[];
}

/** Paths beyond this many are not walked (reported by the caller as truncated). */
export const MAX_CHAIN_PATHS = 10_000;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** @summary Every root-to-leaf path of the subcontract graph, sorted, at most {@link MAX_CHAIN_PATHS}. */
export function chainPaths(subcontracts: readonly Link[]): { paths: ChainPath[]; truncated: boolean } {
  const down = new Map<string, Map<string, Link>>();
  const supplied = new Set<string>();
  for (const link of subcontracts) {
    const suppliers = down.get(link.buyerId) ?? new Map<string, Link>();
    // The first row for a buyer–supplier pair in provenance order stands for the pair.
    const known = suppliers.get(link.supplierId);
    if (
      !known ||
      link.provenance.source < known.provenance.source ||
      (link.provenance.source === known.provenance.source && link.provenance.line < known.provenance.line)
    )
      suppliers.set(link.supplierId, link);
    down.set(link.buyerId, suppliers);
    supplied.add(link.supplierId);
  }
  const paths: ChainPath[] = [];
  let truncated = false;
  const walk = (orgs: string[], links: Link[]) => {
    if (paths.length >= MAX_CHAIN_PATHS) {
      truncated = true;
      return;
    }
    const last = orgs[orgs.length - 1]!;
    const next = [...(down.get(last)?.entries() ?? [])].filter(([org]) => !orgs.includes(org)).sort(([a], [b]) => byText(a, b));
    if (next.length === 0 && orgs.length > 1) paths.push({ orgs: [...orgs], links: [...links] });
    for (const [org, link] of next) walk([...orgs, org], [...links, link]);
  };
  for (const root of [...down.keys()].filter((org) => !supplied.has(org)).sort(byText)) walk([root], []);
  return { paths, truncated };
}
