import fc from 'fast-check';
import { ILO_INDICATORS } from '../../src/model/enums.js';
import { prng } from '../../scripts/shared/prng.js';

/**
 * Whole datasets for pipeline properties: every table of the data contract, a few employers in a
 * chain, workers drawn from small pools of names, addresses, phones and accounts (so network rules
 * fire), and pay, hours, deductions, documents, recruitment, housing and observations with planted
 * breaches of every tier. Held as plain CSV cells so a property can shuffle, cut or add rows.
 */
export type Tables = Record<string, string[][]>;

export const HEADERS: Readonly<Record<string, readonly string[]>> = {
  organisations: [
    'org_id',
    'name',
    'sector',
    'address',
    'registered_on',
    'registered_employees',
    'vat_registered',
    'role',
    'bankrupt_on',
  ],
  workers: [
    'worker_id',
    'employer_id',
    'name',
    'birth_date',
    'nationality',
    'address',
    'phone',
    'bank_account',
    'registered',
    'posted',
    'posting_country',
    'a1_certificate',
    'hms_card',
    'hms_card_valid_to',
    'start_date',
    'skill_level',
    'experience_years',
  ],
  contracts: [
    'contract_id',
    'worker_id',
    'employer_id',
    'written',
    'signed_on',
    'start_date',
    'hourly_wage',
    'weekly_hours',
    'language_understood',
    'occupation',
  ],
  payments: [
    'payment_id',
    'worker_id',
    'period_start',
    'period_end',
    'paid_on',
    'gross',
    'net',
    'hours_paid',
    'overtime_hours_paid',
    'overtime_pay',
    'holiday_pay',
    'method',
    'to_account',
  ],
  time_entries: ['worker_id', 'employer_id', 'date', 'hours'],
  deductions: ['payment_id', 'worker_id', 'kind', 'amount', 'note'],
  documents: ['worker_id', 'document', 'held_by', 'from', 'to', 'worker_has_access'],
  recruitment: [
    'worker_id',
    'recruiter_id',
    'recruited_in',
    'fee_paid',
    'debt_at_arrival',
    'promised_hourly_wage',
    'promised_occupation',
    'promised_weekly_hours',
    'promised_employer_id',
  ],
  accommodation: ['worker_id', 'address', 'provider_id', 'from', 'occupants', 'area_m2', 'monthly_charge', 'deducted_from_wage'],
  subcontracts: ['buyer_id', 'supplier_id', 'from', 'to', 'value', 'estimated_hours'],
  observations: ['subject_id', 'observed_on', 'source', 'indicator', 'note', 'confidence'],
};

const NAMES = ['Ana Pop', 'Ion Pop', 'Piotr Nowak', 'Kari Nilsen', 'Ole Berg', 'Rasa Butkus', 'Maria Ionescu'];
const ADDRESSES = ['Kaiveien 1, Bergen', 'Storgata 3, Oslo', 'Lia 7, Oslo', 'Fjordgata 2, Ålesund', 'Nygata 9, Bergen'];
const PHONES = ['+47 912 34 567', '+47 900 00 001', '+48 601 222 333', '+40 721 000 111'];
const ACCOUNTS = ['86011117947', '15030000002', '12345678903', '15030079199'];
const SECTORS = ['construction', 'cleaning', 'hospitality', 'agriculture'];

/** @summary A random, internally consistent dataset as CSV cells, from one seed. */
export function buildScenario(seed: number, workerCount: number): Tables {
  const rnd = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const chance = (p: number) => rnd() < p;
  const amount = (min: number, max: number) => (min + Math.floor(rnd() * (max - min))).toFixed(2);
  const date = (month: number, day: number) => `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const orgCount = 2 + Math.floor(rnd() * 2);
  const orgs = Array.from({ length: orgCount }, (_, i) => `e${i + 1}`);
  const t: Tables = Object.fromEntries(Object.keys(HEADERS).map((name) => [name, []]));

  orgs.forEach((org, i) => {
    const fresh = chance(0.3);
    t['organisations']!.push([
      org,
      `Firma ${i + 1} AS`,
      pick(SECTORS),
      pick(ADDRESSES),
      fresh ? date(1, 10) : '2010-01-01',
      String(Math.floor(rnd() * 20)),
      chance(0.8) ? 'yes' : 'no',
      i === 0 ? 'main-contractor' : 'subcontractor',
      chance(0.1) ? date(2, 1) : '',
    ]);
    if (i > 0)
      t['subcontracts']!.push([
        orgs[i - 1]!,
        org,
        date(1, 1),
        date(12, 31),
        amount(10_000, 2_000_000),
        String(100 + Math.floor(rnd() * 5000)),
      ]);
  });

  let paymentNo = 0;
  for (let w = 1; w <= workerCount; w++) {
    const id = `w${w}`;
    const employer = pick(orgs);
    const wage = 150 + Math.floor(rnd() * 200);
    const posted = chance(0.3);
    t['workers']!.push([
      id,
      employer,
      chance(0.7) ? pick(NAMES) : '',
      chance(0.7) ? `${1960 + Math.floor(rnd() * 50)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}` : '',
      pick(['NO', 'PL', 'RO', 'LT']),
      chance(0.6) ? pick(ADDRESSES) : '',
      chance(0.5) ? pick(PHONES) : '',
      chance(0.6) ? pick(ACCOUNTS) : '',
      chance(0.85) ? 'yes' : 'no',
      posted ? 'yes' : 'no',
      posted ? 'PL' : '',
      posted ? (chance(0.6) ? 'yes' : 'no') : '',
      chance(0.7) ? `HMS${w}` : '',
      chance(0.7) ? date(1 + Math.floor(rnd() * 12), 15) : '',
      date(1, 2),
      pick(['skilled', 'unskilled']),
      String(Math.floor(rnd() * 10)),
    ]);
    if (chance(0.8))
      t['contracts']!.push([
        `c${w}`,
        id,
        employer,
        chance(0.85) ? 'yes' : 'no',
        date(1, 1 + Math.floor(rnd() * 20)),
        date(1, 2),
        wage.toFixed(2),
        '37.5',
        chance(0.9) ? 'yes' : 'no',
        'arbeider',
      ]);
    const months = 1 + Math.floor(rnd() * 4);
    for (let m = 1; m <= months; m++) {
      const hours = 100 + Math.floor(rnd() * 80);
      const overtime = chance(0.3) ? 5 + Math.floor(rnd() * 10) : 0;
      const rate = chance(0.25) ? wage * (0.6 + rnd() * 0.4) : wage;
      const paymentId = `p${++paymentNo}`;
      const late = chance(0.15);
      t['payments']!.push([
        paymentId,
        id,
        date(m, 1),
        date(m, 28),
        late ? date(Math.min(12, m + 2 + Math.floor(rnd() * 2)), 20) : date(m + 1, 5),
        (hours * rate + overtime * wage * (chance(0.5) ? 1 : 1.4)).toFixed(2),
        (hours * rate * 0.6).toFixed(2),
        String(hours - (chance(0.15) ? 10 : 0)),
        String(overtime),
        (overtime * wage * 1.4).toFixed(2),
        chance(0.2) ? amount(0, 5000) : '0',
        chance(0.15) ? 'cash' : 'bank',
        chance(0.15) ? pick(ACCOUNTS) : '',
      ]);
      t['deductions']!.push([paymentId, id, 'tax', (hours * rate * 0.3).toFixed(2), '']);
      if (chance(0.2))
        t['deductions']!.push([
          paymentId,
          id,
          pick(['lodging', 'travel', 'fine', 'loan-repayment', 'food']),
          amount(500, 15_000),
          chance(0.3) ? 'spart til sesongslutt' : '',
        ]);
      const days = 4 + Math.floor(rnd() * 20);
      for (let d = 1; d <= days; d++)
        t['time_entries']!.push([id, employer, date(m, d), String(chance(0.15) ? 11 + Math.floor(rnd() * 4) : 7.5)]);
    }
    if (chance(0.3))
      t['documents']!.push([
        id,
        pick(['passport', 'id-card', 'bank-card', 'phone']),
        pick(['worker', 'employer', 'recruiter']),
        date(2, 1),
        chance(0.5) ? date(5, 1) : '',
        chance(0.5) ? 'yes' : 'no',
      ]);
    if (chance(0.4))
      t['recruitment']!.push([
        id,
        'agency',
        pick(['PL', 'RO']),
        chance(0.3) ? amount(1000, 10_000) : '0.00',
        chance(0.2) ? amount(5000, 30_000) : '0.00',
        (wage + (chance(0.3) ? 80 : 0)).toFixed(2),
        'arbeider',
        '37.5',
        chance(0.8) ? employer : pick(orgs),
      ]);
    if (chance(0.3))
      t['accommodation']!.push([
        id,
        pick(ADDRESSES),
        chance(0.6) ? employer : '',
        date(1, 2),
        String(1 + Math.floor(rnd() * 9)),
        String(10 + Math.floor(rnd() * 60)),
        chance(0.5) ? amount(1000, 9000) : '',
        chance(0.5) ? 'yes' : 'no',
      ]);
    if (chance(0.25))
      t['observations']!.push([
        chance(0.9) ? id : employer,
        date(1 + Math.floor(rnd() * 5), 10),
        pick(['inspection', 'interview', 'police', 'ngo']),
        pick(ILO_INDICATORS),
        chance(0.3) ? 'noted' : '',
        pick(['low', 'medium', 'high']),
      ]);
  }
  return t;
}

export const scenarioArb = fc
  .record({ seed: fc.integer(), workers: fc.integer({ min: 1, max: 12 }) })
  .map(({ seed, workers }) => buildScenario(seed, workers));

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** @summary The tables as CSV text, header first, in the given table order. */
export function toCsv(tables: Tables, order: readonly string[] = Object.keys(tables)): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of order)
    out[name] = [HEADERS[name]!, ...tables[name]!].map((row) => row.map(quote).join(',')).join('\n') + '\n';
  return out;
}

/** @summary The same tables with rows shuffled by a permutation seed (Fisher–Yates). */
export function shuffleRows(tables: Tables, seed: number): Tables {
  const rnd = prng(seed);
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => {
      const copy = [...rows];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return [name, copy];
    }),
  );
}
