import type { SourcedRow } from '../model/dataset.js';
import { compareText } from '../collections/compare-text.js';

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
/**
 * Organisations in one path at most: a path is cut there (and the walk reported as truncated).
 * Real chains are a handful of levels deep; a hostile chain of thousands made every later step
 * quadratic in its depth (2 000 firms in a line exhausted a 4 GB heap).
 */
export const MAX_CHAIN_DEPTH = 50;

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
  // One path under construction, extended and shortened in place; `onPath` cuts cycles.
  const orgs: string[] = [];
  const links: Link[] = [];
  const onPath = new Set<string>();
  const walk = (org: string) => {
    if (paths.length >= MAX_CHAIN_PATHS) {
      truncated = true;
      return;
    }
    orgs.push(org);
    onPath.add(org);
    const next =
      orgs.length >= MAX_CHAIN_DEPTH
        ? []
        : [...(down.get(org)?.entries() ?? [])]
            .filter(([supplier]) => !onPath.has(supplier))
            .sort(([a], [b]) => compareText(a, b));
    if (orgs.length >= MAX_CHAIN_DEPTH && (down.get(org)?.size ?? 0) > 0) truncated = true;
    if (next.length === 0 && orgs.length > 1) paths.push({ orgs: [...orgs], links: [...links] });
    for (const [supplier, link] of next) {
      links.push(link);
      walk(supplier);
      links.pop();
    }
    onPath.delete(org);
    orgs.pop();
  };
  for (const root of [...down.keys()].filter((org) => !supplied.has(org)).sort(compareText)) walk(root);
  return { paths, truncated };
}
