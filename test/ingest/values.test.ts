import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { detectDecimalSeparator, detectDelimiter, normaliseNumberText, readDate, readTime } from '../../src/ingest/index.js';
import { readCell } from '../../src/ingest/values.js';

const nok = { decimalSeparator: ',' as const, currency: 'NOK' as const, blankBooleanIsFalse: false };
const dot = { ...nok, decimalSeparator: '.' as const };

describe('numbers as Nordic spreadsheets write them', () => {
  it.each([
    ['1 234,50', ',', '1234.50'],
    ['1\u00a0234,50', ',', '1234.50'],
    ['1\u202f234,50', ',', '1234.50'],
    ['1.234,50', ',', '1234.50'],
    ['kr 1 234,50', ',', '1234.50'],
    ['1 234,- kr', ',', '1234'],
    ['NOK 250', ',', '250'],
    ['−12,5', ',', '-12.5'],
    ['1,234.50', '.', '1234.50'],
    ['1234.5', '.', '1234.5'],
    ['12 345 678,90', ',', '12345678.90'],
  ] as const)('%s (decimal %s) → %s', (raw, separator, text) => {
    expect(normaliseNumberText(raw, separator)).toMatchObject({ ok: true, text });
  });

  it.each([
    ['1.5', ','],
    ['1.23.456', ','],
    ['12 34,5', ','],
    ['1,2,3', ','],
    ['abc', '.'],
    ['', '.'],
    ['--5', '.'],
  ] as const)('refuses ambiguous or malformed %s (decimal %s)', (raw, separator) => {
    expect(normaliseNumberText(raw, separator).ok).toBe(false);
  });

  it('reads money exactly in øre and refuses a foreign currency mark', () => {
    expect(readCell('kr 1 234,50', 'money', nok)).toEqual({ ok: true, value: 123_450 });
    expect(readCell('0,29', 'money', nok)).toEqual({ ok: true, value: 29 });
    expect(readCell('EUR 100', 'money', nok)).toMatchObject({ ok: false });
    expect(readCell('1,234', 'money', nok)).toMatchObject({ ok: false });
  });

  it('reads percentages, hours and counts', () => {
    expect(readCell('100 %', 'decimal', nok)).toEqual({ ok: true, value: 100 });
    expect(readCell('7,5', 'decimal', nok)).toEqual({ ok: true, value: 7.5 });
    expect(readCell('1 200', 'integer', nok)).toEqual({ ok: true, value: 1200 });
    expect(readCell('12,5', 'integer', nok)).toMatchObject({ ok: false });
  });

  propTest.prop([fc.integer({ min: -1e11, max: 1e11 }), fc.constantFrom(' ', '\u00a0', '.'), fc.boolean()])(
    'any amount written with grouping and decimal comma reads back to the same øre',
    (minor, group, withMark) => {
      const sign = minor < 0 ? '-' : '';
      const [whole, fraction] = (Math.abs(minor) / 100).toFixed(2).split('.') as [string, string];
      const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
      const written = `${withMark ? 'kr ' : ''}${sign}${grouped},${fraction}`;
      expect(readCell(written, 'money', nok)).toEqual({ ok: true, value: minor });
    },
  );

  it('detects the decimal separator from the values, else from the delimiter', () => {
    expect(detectDecimalSeparator(['1 234,50', '200'], ';')).toBe(',');
    expect(detectDecimalSeparator(['1234.50', '17.5'], ';')).toBe('.');
    expect(detectDecimalSeparator(['200', '300'], ';')).toBe(',');
    expect(detectDecimalSeparator(['200', '300'], ',')).toBe('.');
    expect(detectDecimalSeparator(['1.234,50'], '\t')).toBe(',');
  });
});

describe('dates, times, booleans, codes', () => {
  it.each([
    ['2025-03-31', '2025-03-31'],
    ['31.03.2025', '2025-03-31'],
    ['31/03/2025', '2025-03-31'],
    ['31-03-2025', '2025-03-31'],
    ['1.3.2025', '2025-03-01'],
    ['2025-03-31T23:30:00+02:00', '2025-03-31'],
    [' 29.02.2024 ', '2024-02-29'],
  ])('date %s → %s', (raw, iso) => expect(readDate(raw)).toBe(iso));

  it.each(['29.02.2025', '31.04.2025', '03/31/2025', '2025-3-31', '31.03.25', 'i går'])('refuses date %s', (raw) => {
    expect(readDate(raw)).toBeUndefined();
  });

  it('reads times the Norwegian way too', () => {
    expect(readTime('7:00')).toBe('07:00');
    expect(readTime('07.30')).toBe('07:30');
    expect(readTime('0730')).toBe('07:30');
    expect(readTime('24:00')).toBeUndefined();
  });

  it('reads yes/no in English, Norwegian, Danish and checkbox style', () => {
    for (const yes of ['ja', 'Yes', 'TRUE', '1', 'x', 'J'])
      expect(readCell(yes, 'boolean', nok)).toEqual({ ok: true, value: true });
    for (const no of ['nei', 'No', 'false', '0', 'nej']) expect(readCell(no, 'boolean', nok)).toEqual({ ok: true, value: false });
    expect(readCell('kanskje', 'boolean', nok)).toMatchObject({ ok: false });
  });

  it('maps Norwegian words to codes and keeps codes case-insensitive', () => {
    const methods = ['bank', 'cash', 'card', 'other'];
    expect(readCell('Kontant', 'enum', nok, methods, { kontant: 'cash' })).toEqual({ ok: true, value: 'cash' });
    expect(readCell('BANK', 'enum', nok, methods)).toEqual({ ok: true, value: 'bank' });
    expect(readCell('sjekk', 'enum', nok, methods)).toMatchObject({ ok: false, expected: 'one of bank, cash, card, other' });
    expect(readCell('kr', 'currency', dot)).toEqual({ ok: true, value: 'NOK' });
  });
});

describe('delimiter detection', () => {
  it.each([
    ['worker_id;name\nw1;Ola', ';'],
    ['worker_id,name\nw1,Ola', ','],
    ['worker_id\tname\nw1\tOla', '\t'],
    ['gross;net\n"1,5";2,5', ';'],
    ['"a,b";c\n"1,2";3', ';'],
  ])('%j → %j', (text, delimiter) => expect(detectDelimiter(text)).toBe(delimiter));
});
