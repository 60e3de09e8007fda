import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { addMonths } from 'date-fns';
import {
  addMonthsToIsoDate,
  clockTimeToMinutes,
  dayNumberToIsoDate,
  isClockTime,
  isIsoDate,
  isoDateToDayNumber,
} from '../../src/dates/iso-date.js';

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

  it('add months, clamping to the end of a shorter month', () => {
    expect(addMonthsToIsoDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsToIsoDate('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToIsoDate('2024-03-15', 12)).toBe('2025-03-15');
    expect(addMonthsToIsoDate('2025-12-01', 1)).toBe('2026-01-01');
    expect(addMonthsToIsoDate('2025-01-15', -13)).toBe('2023-12-15');
  });

  propTest.prop([fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -36, max: 36 })])(
    'agree with date-fns addMonths',
    (day, months) => {
      const iso = dayNumberToIsoDate(day);
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const local = addMonths(new Date(y, m - 1, d, 12), months);
      const expected = `${String(local.getFullYear()).padStart(4, '0')}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
      expect(addMonthsToIsoDate(iso, months)).toBe(expected);
    },
  );
});

describe('day numbers (the hot-path arithmetic against Date.UTC)', () => {
  propTest.prop([fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })])(
    'isoDateToDayNumber agrees with Date.UTC and dayNumberToIsoDate inverts it',
    (date) => {
      const iso = date.toISOString().slice(0, 10);
      const expected = Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 86_400_000);
      expect(isoDateToDayNumber(iso)).toBe(expected);
      expect(dayNumberToIsoDate(expected)).toBe(iso);
    },
  );
  propTest.prop([fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })])('clockTimeToMinutes reads HH:mm', (h, m) => {
    const text = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    expect(clockTimeToMinutes(text)).toBe(h * 60 + m);
    expect(clockTimeToMinutes(`${text}:59`)).toBe(h * 60 + m);
  });
  propTest.prop(
    [fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '9', ':', '.', ' ', 'a', '/'), minLength: 4, maxLength: 6 })],
    {
      numRuns: 2000,
    },
  )('isClockTime (char codes for HH:mm) agrees with the pattern', (text) => {
    expect(isClockTime(text)).toBe(/^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.test(text));
  });
});
