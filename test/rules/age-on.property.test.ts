import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { ageOn } from '../../src/rules/age.js';

const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('ageOn', () => {
  it('counts whole years, a birthday reached on the day', () => {
    expect(ageOn('2008-07-15', '2025-07-14')).toBe(16);
    expect(ageOn('2008-07-15', '2025-07-15')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  propTest.prop([isoDate, isoDate], { numRuns: 2000 })(
    'is the calendar definition (years, less one before the birthday)',
    (birth, on) => {
      const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
      expect(ageOn(birth, on)).toBe(on.slice(5) < birth.slice(5) ? years - 1 : years);
    },
  );
});
