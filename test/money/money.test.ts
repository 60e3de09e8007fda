import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { formatMinorAsMajor, money, parseMajorToMinor } from '../../src/money/money.js';

describe('money', () => {
  it('holds integer minor units and refuses floats and unknown currencies', () => {
    expect(money(123_450, 'NOK')).toEqual({ amountMinor: 123_450, currency: 'NOK' });
    expect(() => money(1.5, 'NOK')).toThrow(RangeError);
    expect(() => money(1, 'XYZ' as 'NOK')).toThrow(RangeError);
  });

  it('parses major-unit decimals exactly, without float error', () => {
    expect(parseMajorToMinor('0.29', 2)).toBe(29);
    expect(parseMajorToMinor('1234.5', 2)).toBe(123_450);
    expect(parseMajorToMinor('-12', 2)).toBe(-1200);
    expect(parseMajorToMinor('1.234', 2)).toBeUndefined();
    expect(parseMajorToMinor('1,50', 2)).toBeUndefined();
    expect(parseMajorToMinor('9'.repeat(30), 2)).toBeUndefined();
  });

  propTest.prop([fc.integer({ min: -1e12, max: 1e12 })])('format and parse round-trip every amount', (minor) => {
    expect(parseMajorToMinor(formatMinorAsMajor(minor, 2), 2)).toBe(minor);
    expect(parseMajorToMinor(formatMinorAsMajor(minor, 0), 0)).toBe(minor);
  });
});
