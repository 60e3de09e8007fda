import { describe, expect, it } from 'vitest';
import { Interner } from '../../src/ingest/interner.js';

describe('Interner', () => {
  it('keeps one entry per repeated value and returns equal strings', () => {
    const interner = new Interner();
    for (let i = 0; i < 10_000; i++) expect(interner.intern(`w${i % 50}`)).toBe(`w${i % 50}`);
    expect(interner.size).toBe(50);
  });

  it('stops holding values for a column whose values do not repeat (payment ids)', () => {
    const interner = new Interner();
    for (let i = 0; i < 5_000; i++) expect(interner.intern(`p${i}`)).toBe(`p${i}`);
    expect(interner.size).toBe(0);
  });

  it('gives a value again for the same text only when it was read in its plain form', () => {
    const interner = new Interner();
    expect(interner.plainValue('07:30')).toBeUndefined();
    const plain = interner.intern('07:30', true);
    expect(interner.plainValue('07:30')).toBe(plain);
    // '07:45' read from '7:45' by the general reader: its text is not known to be plain.
    interner.intern('07:45');
    expect(interner.plainValue('07:45')).toBeUndefined();
    expect(interner.intern('07:45', true)).toBe('07:45');
    expect(interner.size).toBe(2);
  });

  it('forgets plain values too once a column is found not to repeat', () => {
    const interner = new Interner();
    for (let i = 0; i < 5_000; i++) interner.intern(`p${i}`, true);
    expect(interner.plainValue('p1')).toBeUndefined();
    expect(interner.size).toBe(0);
  });
});
