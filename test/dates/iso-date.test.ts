import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { clockTimeToMinutes, dayNumberToIsoDate, isClockTime, isIsoDate, isoDateToDayNumber } from '../../src/dates/iso-date.js';

describe('ISO dates and clock times', () => {
  it('accept existing dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00:00Z')).toBe(false);
  });

  it('accept 24-hour times', () => {
    expect(isClockTime('00:00')).toBe(true);
    expect(isClockTime('23:59:59')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('7:00')).toBe(false);
    expect(clockTimeToMinutes('07:30')).toBe(450);
  });

  propTest.prop([fc.integer({ min: -200_000, max: 200_000 })])('day numbers round-trip and order like dates', (day) => {
    const iso = dayNumberToIsoDate(day);
    expect(isIsoDate(iso)).toBe(true);
    expect(isoDateToDayNumber(iso)).toBe(day);
    expect(dayNumberToIsoDate(day + 1) > iso).toBe(true);
  });
});
