import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { jsonReportPieces, toJsonReport, type Screening } from '../../src/index.js';
import { FIXTURES, hostileScreening, screenFixture } from '../helpers/screenings.js';

const joined = (screening: Screening) => [...jsonReportPieces(screening)].join('');

describe('jsonReportPieces', () => {
  it.each(FIXTURES)('joins to exactly the JSON report of fixtures/%s', async (name) => {
    const screening = await screenFixture(name);
    expect(joined(screening)).toBe(toJsonReport(screening));
  });

  it('joins to exactly the JSON report of hostile values', () => {
    const screening = hostileScreening('a\nb"\u2028</script>');
    expect(joined(screening)).toBe(toJsonReport(screening));
  });

  it('hands out a large report in pieces of about a megabyte', async () => {
    const base = await screenFixture('breaches');
    const findings = Array.from({ length: 6_000 }, (_, i) => base.findings[i % base.findings.length]!);
    const screening = { ...base, findings };
    const pieces = [...jsonReportPieces(screening)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(2 ** 20 + 100_000);
    expect(pieces.join('')).toBe(toJsonReport(screening));
  });

  // Any object of JSON-like members, with the cases JSON.stringify treats specially: empty arrays
  // and objects, undefined members (omitted) and elements (null), nested line breaks in strings.
  const member = fc.oneof(
    fc.jsonValue(),
    fc.constant(undefined),
    fc.constant([]),
    fc.constant({}),
    fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string()), { maxLength: 8 }),
  );
  propTest.prop([fc.dictionary(fc.string(), member, { maxKeys: 8 })])(
    'joins to JSON.stringify(…, null, 2) of any object',
    (object) => {
      expect(joined(object as unknown as Screening)).toBe(toJsonReport(object as unknown as Screening));
    },
  );
});
