/**
 * Deterministic benchmark data in the data contract: N workers across employers of 25 workers in
 * subcontract chains, 12 months of pay, daily time entries, deductions, and a share of planted
 * breaches of every tier. Written as CSV streams, so millions of rows never sit in memory.
 *
 *   npm run bench:data -- --workers 20000 --out bench/data/20k [--weeks 10] [--breaches 0.05] [--seed 1]
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { mod11CheckDigit } from '../src/ids/mod11.js';
import { prng } from '../scripts/shared/prng.js';

export interface GenerateOptions {
  readonly workers: number;
  readonly out: string;
  /** Weeks of daily (Monday–Friday) time entries per worker, from 2025-01-06. */
  readonly weeks?: number;
  /** Share of workers with a planted breach. */
  readonly breaches?: number;
  readonly seed?: number;
}

/** A CSV file written in large chunks, respecting back-pressure. */
class CsvWriter {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private size = 0;
  rows = 0;
  constructor(path: string, header: string) {
    this.stream = createWriteStream(path);
    this.buffer.push(header);
  }
  async row(line: string): Promise<void> {
    this.buffer.push(line);
    this.rows++;
    this.size += line.length;
    if (this.size > 1 << 20) await this.flush();
  }
  private async flush(): Promise<void> {
    const ok = this.stream.write(`${this.buffer.join('\n')}\n`);
    this.buffer = [];
    this.size = 0;
    if (!ok) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    if (this.buffer.length) await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

const iso = (day: number) => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(2025, 0, 1)) / 86_400_000);
const money = (ore: number) => `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;

/** A valid Norwegian account number from a serial (mod 11 check digit; skips the serials without one). */
function account(serial: number): string {
  for (let s = serial * 11; ; s++) {
    const stem = `1503${String(s).padStart(6, '0').slice(-6)}`;
    const check = mod11CheckDigit(stem, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (check !== undefined) return `${stem}${check}`;
  }
}

/** @summary Write the dataset; returns the row count of every table. */
export async function generate(options: GenerateOptions): Promise<Record<string, number>> {
  const { workers, out, weeks = 10, breaches = 0.05, seed = 1 } = options;
  const rnd = prng(seed);
  mkdirSync(out, { recursive: true });
  const open = (name: string, header: string) => new CsvWriter(join(out, `${name}.csv`), header);
  const orgs = open('organisations', 'org_id,name,country,sector,address,registered_on,registered_employees,vat_registered,role');
  const people = open(
    'workers',
    'worker_id,employer_id,name,birth_date,nationality,address,bank_account,hms_card,hms_card_valid_to,posted,registered,start_date,skill_level,experience_years',
  );
  const contracts = open(
    'contracts',
    'contract_id,worker_id,employer_id,written,signed_on,start_date,sector,hourly_wage,weekly_hours,language_understood,currency',
  );
  const pay = open(
    'payments',
    'payment_id,worker_id,employer_id,period_start,period_end,paid_on,gross,net,hours_paid,overtime_hours_paid,overtime_pay,method,to_account,currency',
  );
  const entries = open('time_entries', 'worker_id,employer_id,date,start,end,break_minutes');
  const deductions = open('deductions', 'payment_id,worker_id,kind,amount');
  const subcontracts = open('subcontracts', 'buyer_id,supplier_id,from,to,value,estimated_hours');
  const documents = open('documents', 'worker_id,document,held_by,from,to,worker_has_access');
  const recruitment = open('recruitment', 'worker_id,recruiter_id,recruited_in,fee_paid,debt_at_arrival');
  const accommodation = open('accommodation', 'worker_id,address,provider_id,from,occupants,area_m2');
  const observations = open('observations', 'subject_id,observed_on,source,indicator,confidence');

  const perEmployer = 25;
  const employers = Math.ceil(workers / perEmployer);
  for (let e = 0; e < employers; e++) {
    const id = `org-${e}`;
    const sector = e % 3 === 0 ? 'cleaning' : 'construction';
    await orgs.row(
      `${id},Firma ${e} AS,NO,${sector},"Industriveien ${e}, Oslo",2012-03-01,${perEmployer + 5},yes,${e % 4 === 0 ? 'main-contractor' : 'subcontractor'}`,
    );
    // Chains of four: a main contractor buys from the next three in turn.
    if (e % 4 !== 0)
      await subcontracts.row(
        `org-${e - 1},${id},2025-01-01,2025-12-31,${money(perEmployer * 1700 * 60_000)},${perEmployer * 1700}`,
      );
  }

  const firstMonday = dayOf('2025-01-06');
  for (let w = 0; w < workers; w++) {
    const id = `w-${w}`;
    const employer = `org-${Math.floor(w / perEmployer)}`;
    const sector = Math.floor(w / perEmployer) % 3 === 0 ? 'cleaning' : 'construction';
    const planted = rnd() < breaches ? Math.floor(rnd() * 9) : -1;
    const wage = (sector === 'cleaning' ? 26_000 : 30_000) - (planted === 0 ? 9_000 : 0);
    const acct = account(w);
    await people.row(
      `${id},${employer},Arbeider ${w},19${70 + (w % 30)}-0${1 + (w % 9)}-1${w % 9},NO,"Boligveien ${w}, Oslo",${acct},HMS${w},2026-12-31,no,${planted === 1 ? 'no' : 'yes'},2025-01-02,skilled,5`,
    );
    await contracts.row(`c-${w},${id},${employer},yes,2024-12-20,2025-01-02,${sector},${money(wage)},37.5,yes,NOK`);
    // Time entries: Monday to Friday for `weeks` weeks; a planted breach works 11-hour days.
    const hoursByMonth = new Map<number, number>();
    for (let week = 0; week < weeks; week++)
      for (let d = 0; d < (planted === 2 ? 6 : 5); d++) {
        const day = firstMonday + week * 7 + d;
        const long = planted === 2;
        await entries.row(`${id},${employer},${iso(day)},07:00,${long ? '18:30' : '15:00'},30`);
        const month = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).getUTCMonth();
        hoursByMonth.set(month, (hoursByMonth.get(month) ?? 0) + (long ? 11 : 7.5));
      }
    for (let month = 0; month < 12; month++) {
      const start = `2025-${String(month + 1).padStart(2, '0')}-01`;
      const end = new Date(Date.UTC(2025, month + 1, 0)).toISOString().slice(0, 10);
      const paidOn = month === 11 ? '2026-01-05' : `2025-${String(month + 2).padStart(2, '0')}-05`;
      const worked = hoursByMonth.get(month);
      const hours = worked ?? 150;
      const ordinary = Math.min(hours, 162.5);
      const overtime = hours - ordinary;
      const gross = Math.round(ordinary * wage + overtime * wage * 1.5);
      const tax = Math.round(gross * 0.3);
      const pid = `p-${w}-${month}`;
      const cash = planted === 3;
      const to = planted === 4 ? account(workers + (w % 50)) : acct;
      await pay.row(
        `${pid},${id},${employer},${start},${end},${planted === 5 && month < 6 ? '2025-07-20' : paidOn},${money(gross)},${money(gross - tax)},${ordinary},${overtime},${money(Math.round(overtime * wage * 1.5))},${cash ? 'cash' : 'bank'},${cash ? '' : to},NOK`,
      );
      await deductions.row(`${pid},${id},tax,${money(tax)}`);
      if (planted === 6) await deductions.row(`${pid},${id},lodging,${money(Math.round(gross * 0.35))}`);
    }
    if (planted === 7) {
      await documents.row(`${id},passport,employer,2025-01-02,,no`);
      await recruitment.row(`${id},agency,RO,12000.00,30000.00`);
    }
    if (planted === 8) {
      await accommodation.row(`${id},"Brakkeveien ${w % 40}, Oslo",${employer},2025-01-02,10,30`);
      await observations.row(`${id},2025-03-03,inspection,isolation,medium`);
    }
  }
  const writers = {
    orgs,
    people,
    contracts,
    pay,
    entries,
    deductions,
    subcontracts,
    documents,
    recruitment,
    accommodation,
    observations,
  };
  for (const writer of Object.values(writers)) await writer.close();
  return Object.fromEntries(Object.entries(writers).map(([name, writer]) => [name, writer.rows]));
}

/** `--name value` pairs of the command line. */
export function flags(argv: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      map.set(arg.slice(2), next);
      i++;
    } else map.set(arg.slice(2), 'true');
  }
  return map;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const args = flags(process.argv.slice(2));
  const workers = Number(args.get('workers') ?? 2000);
  const out = args.get('out') ?? join('bench', 'data', `${workers}`);
  const started = performance.now();
  const counts = await generate({
    workers,
    out,
    weeks: Number(args.get('weeks') ?? 10),
    breaches: Number(args.get('breaches') ?? 0.05),
    seed: Number(args.get('seed') ?? 1),
  });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `wrote ${total} rows to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`,
  );
}
