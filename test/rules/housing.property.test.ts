import { describe, expect } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { occupantsOf } from '../../src/rules/housing.js';
import { createRuleContext } from '../../src/rules/context.js';
import { NORWAY } from '../../src/jurisdictions/index.js';
import type { Dataset, SourcedRow } from '../../src/model/dataset.js';

type Stay = SourcedRow<'accommodation'>;

const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-03-${String(d).padStart(2, '0')}`);
const stayArb = fc.record({
  workerId: fc.constantFrom('w0', 'w1', 'w2', 'w3', 'w4', 'w5'),
  address: fc.constantFrom('Brakkeveien 1', 'brakkeveien  1.', 'Leirveien 2'),
  from: fc.option(day, { nil: undefined }),
  to: fc.option(day, { nil: undefined }),
  occupants: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
});

/** The definition: distinct workers at the same address whose stay overlaps this one. */
function naive(stays: readonly Stay[], stay: Stay, key: (address: string) => string): number {
  const overlaps = (a: Stay, b: Stay) =>
    (a.from ?? '0000-00-00') <= (b.to ?? '9999-12-31') && (b.from ?? '0000-00-00') <= (a.to ?? '9999-12-31');
  return new Set(stays.filter((o) => key(o.address) === key(stay.address) && overlaps(stay, o)).map((o) => o.workerId)).size;
}

describe('occupantsOf', () => {
  propTest.prop([fc.array(stayArb, { minLength: 1, maxLength: 25 }), fc.boolean()], { numRuns: 300 })(
    'counts the distinct workers whose stay at the address overlaps, indexed or not',
    (drafts, onePerWorker) => {
      const chosen = onePerWorker ? drafts.filter((d, i) => drafts.findIndex((o) => o.workerId === d.workerId) === i) : drafts;
      const stays = chosen.map((d, i) => {
        const [from, to] =
          d.from !== undefined && d.to !== undefined && d.from > d.to && onePerWorker ? [d.to, d.from] : [d.from, d.to];
        return {
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
          ...(d.occupants !== undefined ? { occupants: d.occupants } : {}),
          workerId: d.workerId,
          address: d.address,
          provenance: { source: 'accommodation.csv', line: i + 2 },
        } as Stay;
      });
      const workers = ['w0', 'w1', 'w2', 'w3', 'w4', 'w5'].map((workerId, i) => ({
        workerId,
        employerId: 'org',
        provenance: { source: 'workers.csv', line: i + 2 },
      }));
      const context = createRuleContext({ workers, accommodation: stays } as unknown as Dataset, NORWAY, '2025-12-31');
      const key = (address: string) => address.toLowerCase().replace(/[.,;]/g, ' ').replace(/\s+/g, ' ').trim();
      for (const stay of stays) {
        const seen = naive(stays, stay, key);
        expect(occupantsOf(context, stay)).toEqual({ count: Math.max(stay.occupants ?? 0, seen), workersSeen: seen });
      }
    },
  );
});
