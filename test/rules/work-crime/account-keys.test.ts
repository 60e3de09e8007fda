import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { accountKey, accountKeys } from '../../../src/rules/work-crime/shared.js';

describe('accountKeys', () => {
  it('matches spellings of one account as accountKey does', () => {
    const keyOf = accountKeys();
    expect(keyOf('NO93 8601 1117 947')).toBe('86011117947');
    expect(keyOf('8601.11.17947')).toBe('86011117947');
    expect(keyOf('NO93 8601 1117 947')).toBe('86011117947');
  });

  propTest.prop([
    fc.array(
      fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('15030000002', 'NO9386011117947', 'DE89 3704 0044 0532 0130 00')),
    ),
  ])('gives for any values, repeated or not, what accountKey gives', (values) => {
    const keyOf = accountKeys();
    for (const value of [...values, ...values]) expect(keyOf(value)).toBe(accountKey(value));
  });
});
