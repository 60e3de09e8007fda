import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import {
  ContractSchema,
  OrganisationSchema,
  PaymentSchema,
  SubcontractSchema,
  TimeEntrySchema,
  WorkerSchema,
  entryHours,
} from '../../src/model/index.js';
import { validRows } from '../helpers/valid-rows.js';

describe('field rules', () => {
  it('dates must exist and be written YYYY-MM-DD', () => {
    expect(WorkerSchema.safeParse({ ...validRows.workers, birthDate: '2024-02-29' }).success).toBe(true);
    expect(WorkerSchema.safeParse({ ...validRows.workers, birthDate: '2025-02-29' }).success).toBe(false);
    expect(WorkerSchema.safeParse({ ...validRows.workers, birthDate: '15.07.1965' }).success).toBe(false);
  });

  it('money is integer minor units: a float is refused', () => {
    expect(PaymentSchema.safeParse({ ...validRows.payments, grossMinor: 4_400_000.5 }).success).toBe(false);
    expect(PaymentSchema.safeParse({ ...validRows.payments, grossMinor: Number.MAX_SAFE_INTEGER + 2 }).success).toBe(false);
  });

  it('money needs a known currency', () => {
    expect(PaymentSchema.safeParse({ ...validRows.payments, currency: 'XYZ' }).success).toBe(false);
    const { currency: _c, ...noCurrency } = validRows.payments;
    expect(PaymentSchema.safeParse(noCurrency).success).toBe(false);
  });

  it('periods and spans must not end before they start', () => {
    const result = PaymentSchema.safeParse({ ...validRows.payments, periodEnd: '2025-02-28' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['periodEnd'], message: 'periodEnd is before periodStart' });
    expect(ContractSchema.safeParse({ ...validRows.contracts, endDate: '2024-12-31' }).success).toBe(false);
    expect(OrganisationSchema.safeParse({ ...validRows.organisations, bankruptOn: '2018-01-01' }).success).toBe(false);
  });

  it('a subcontract links two different organisations', () => {
    expect(SubcontractSchema.safeParse({ ...validRows.subcontracts, supplierId: 'org-0' }).success).toBe(false);
  });

  it('identifiers cannot be blank or padded, and huge text is refused', () => {
    expect(WorkerSchema.safeParse({ ...validRows.workers, workerId: ' w-1' }).success).toBe(false);
    expect(WorkerSchema.safeParse({ ...validRows.workers, workerId: '' }).success).toBe(false);
    expect(WorkerSchema.safeParse({ ...validRows.workers, name: 'x'.repeat(10_000) }).success).toBe(false);
  });

  it('codes must come from the contract (sector, indicator, country)', () => {
    expect(ContractSchema.safeParse({ ...validRows.contracts, sector: 'mining' }).success).toBe(false);
    expect(WorkerSchema.safeParse({ ...validRows.workers, nationality: 'pl' }).success).toBe(false);
  });

  it('strips unknown keys rather than trusting them (prototype-safe)', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    const parsed = WorkerSchema.parse({ ...validRows.workers, ...hostile, isAdmin: true });
    expect('isAdmin' in parsed).toBe(false);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('time entries', () => {
  it('need hours or start and end', () => {
    const { start: _s, end: _e, ...noTimes } = validRows.timeEntries;
    expect(TimeEntrySchema.safeParse(noTimes).success).toBe(false);
    expect(TimeEntrySchema.safeParse({ ...noTimes, hours: 7.5 }).success).toBe(true);
  });

  it('derive hours from start, end and break, across midnight', () => {
    expect(entryHours({ start: '07:00', end: '15:30', breakMinutes: 30 })).toBe(8);
    expect(entryHours({ start: '22:00', end: '06:00' })).toBe(8);
    expect(entryHours({ hours: 7.5, start: '07:00', end: '08:00' })).toBe(7.5);
    expect(entryHours({ start: '07:00' })).toBeUndefined();
  });

  it('refuse a break longer than the shift', () => {
    expect(TimeEntrySchema.safeParse({ ...validRows.timeEntries, breakMinutes: 600 }).success).toBe(false);
  });

  propTest.prop([fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1439 })])(
    'derived hours are in (0, 24] and a later end never gives fewer hours on the same day',
    (startMinute, length) => {
      const fmt = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const hours = entryHours({ start: fmt(startMinute), end: fmt(startMinute + length) })!;
      expect(hours).toBeCloseTo(length / 60, 10);
      expect(hours).toBeGreaterThan(0);
      expect(hours).toBeLessThanOrEqual(24);
    },
  );
});
