import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { expect } from 'vitest';
import { groupBy } from '../../src/collections/group-by.js';
import { RowStore } from '../../src/store/row-store.js';
import { StoredGroups } from '../../src/store/row-groups.js';

type Entry = { workerId: string; date: string; provenance: { source: string; line: number } };
const byDate = (a: Entry, b: Entry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

propTest.prop([
  fc.array(fc.record({ worker: fc.integer({ min: 0, max: 40 }), day: fc.integer({ min: 1, max: 28 }) }), {
    minLength: 60,
    maxLength: 400,
  }),
  fc.boolean(),
])('groups from columns equal groupBy-then-sort of the rows, cold and after eviction', (records, grouped) => {
  // Rows grouped by worker in the file (no index needed) or interleaved (an index, sorted in place).
  const ordered = grouped ? [...records].sort((a, b) => a.worker - b.worker) : records;
  const rows: Entry[] = ordered.map((r, i) => ({
    workerId: `w${r.worker}`,
    date: `2025-03-${String(r.day).padStart(2, '0')}`,
    provenance: { source: 't.csv', line: i + 2 },
  }));
  const store = new RowStore<Entry>(['workerId', 'date']);
  rows.forEach((row) => store.push(row));
  const expected = groupBy(rows, (row) => row.workerId);
  for (const group of expected.values()) group.sort(byDate);
  const groups = new StoredGroups(store, 'workerId', byDate);
  expect(groups.size).toBe(expected.size);
  expect([...groups]).toEqual([...expected]);
  expect([...groups]).toEqual([...expected]); // built again from the sorted index (41 workers > 16 kept)
  for (const key of expected.keys()) expect(groups.get(key)).toEqual(expected.get(key));
  expect(groups.get('nobody')).toBeUndefined();
});
