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
});
