/**
 * Disjoint sets over string keys (union by size, path halving): the clusters of workers that share
 * accounts, addresses or phones are its components.
 */
export class UnionFind {
  readonly #parent = new Map<string, string>();
  readonly #size = new Map<string, number>();

  /** The representative of `key`'s set (adds `key` as a set of its own when new). */
  find(key: string): string {
    if (!this.#parent.has(key)) {
      this.#parent.set(key, key);
      this.#size.set(key, 1);
      return key;
    }
    let node = key;
    while (this.#parent.get(node) !== node) {
      const grand = this.#parent.get(this.#parent.get(node)!)!;
      this.#parent.set(node, grand);
      node = grand;
    }
    return node;
  }

  union(a: string, b: string): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.#size.get(ra)! < this.#size.get(rb)!) [ra, rb] = [rb, ra];
    this.#parent.set(rb, ra);
    this.#size.set(ra, this.#size.get(ra)! + this.#size.get(rb)!);
  }

  /** Every set with more than one member, as sorted arrays, sorted by their first member. */
  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const key of this.#parent.keys()) {
      const root = this.find(key);
      const group = byRoot.get(root);
      if (group) group.push(key);
      else byRoot.set(root, [key]);
    }
    return [...byRoot.values()]
      .filter((g) => g.length > 1)
      .map((g) => g.sort())
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  }
}
