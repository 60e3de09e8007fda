import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/ingest/index.js';
import { REPORT_FORMATS, renderReport, screen } from '../../src/index.js';

/**
 * A labour camp, or hostile data: thousands of workers with one account, one address, one phone
 * and one dwelling. Rules that compared every worker with every other took minutes here
 * (20 000 workers: 226 s); they must stay linear.
 */
describe('thousands of workers sharing everything', () => {
  it('screens 20 000 such workers of one employer in seconds, with the sharing found, and reports them', () => {
    const count = 20_000;
    const workers = ['worker_id,employer_id,name,address,bank_account,phone'];
    const payments = ['payment_id,worker_id,period_start,period_end,gross,to_account,method'];
    const accommodation = ['worker_id,address,provider_id,from,occupants,area_m2'];
    for (let i = 0; i < count; i++) {
      workers.push(`w${i},o1,Name ${i},"Leirveien 1, Oslo",15030000002,+4799999999`);
      payments.push(`p${i},w${i},2025-01-01,2025-01-31,30000,15030000002,bank`);
      accommodation.push(`w${i},"Leirveien 1, Oslo",o1,2025-01-01,,300`);
    }
    const { dataset, issues } = parseDataset({
      workers: workers.join('\n'),
      payments: payments.join('\n'),
      accommodation: accommodation.join('\n'),
    });
    const started = performance.now();
    const screening = screen(dataset, { ingestIssues: issues });
    expect(performance.now() - started).toBeLessThan(30_000);
    const byRule = (id: string) => screening.findings.filter((f) => f.ruleId === id);
    expect(byRule('third-party-account')).toHaveLength(count);
    expect(byRule('third-party-account')[0]!.message).toContain(`${count - 1} other worker(s)`);
    expect(byRule('overcrowded-housing')).toHaveLength(count);
    expect(byRule('overcrowded-housing')[0]!.message).toContain(`${count} people at the worker’s address`);
    // One employer with 60 000 findings: every report stays linear (JUnit copied its list per finding: 63 s).
    for (const format of REPORT_FORMATS) {
      const rendering = performance.now();
      expect(renderReport(screening, format).length).toBeGreaterThan(0);
      expect(performance.now() - rendering, format).toBeLessThan(15_000);
    }
  }, 120_000);
});

/**
 * One worker with tens of thousands of payments, deductions and time entries (hostile, or a
 * decades-long export): rules that matched every payment with every entry took 26 s at 20 000.
 */
describe('one worker with 20 000 payments, deductions and time entries', () => {
  it('screens in seconds', () => {
    const count = 20_000;
    const payments = ['payment_id,worker_id,period_start,period_end,gross,hours_paid,holiday_pay,to_account,method'];
    const deductions = ['deduction_id,worker_id,payment_id,kind,amount'];
    const entries = ['worker_id,date,start,end'];
    for (let i = 0; i < count; i++) {
      const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      payments.push(`p${i},w1,${day},${day},1000,8,100,15030000002,bank`);
      deductions.push(`d${i},w1,p${i},lodging,10`);
      entries.push(`w1,${day},07:00,15:00`);
    }
    const { dataset, issues } = parseDataset({
      workers: 'worker_id,employer_id,bank_account\nw1,o1,15030000002\n',
      organisations: 'org_id,sector\no1,construction\n',
      payments: payments.join('\n'),
      deductions: deductions.join('\n'),
      time_entries: entries.join('\n'),
    });
    const started = performance.now();
    const screening = screen(dataset, { ingestIssues: issues });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(screening.findings.filter((f) => f.ruleId === 'no/lodging-travel-charged')).toHaveLength(count);
  }, 60_000);
});

/** A subcontract "chain" of 2 000 firms in a line: walking it exhausted a 4 GB heap. */
describe('a chain of 2 000 subcontractors', () => {
  it('is cut at the depth limit, screened in seconds, and the cut is reported', () => {
    const count = 2_000;
    const organisations = ['org_id,name,role'];
    const subcontracts = ['buyer_id,supplier_id,from,price'];
    const workers = ['worker_id,employer_id'];
    for (let i = 0; i <= count; i++) organisations.push(`o${i},Firm ${i},subcontractor`);
    for (let i = 0; i < count; i++) {
      subcontracts.push(`o${i},o${i + 1},2025-01-01,1000`);
      workers.push(`w${i},o${i + 1}`);
    }
    const { dataset, issues } = parseDataset({
      organisations: organisations.join('\n'),
      subcontracts: subcontracts.join('\n'),
      workers: workers.join('\n'),
    });
    const started = performance.now();
    const screening = screen(dataset, { ingestIssues: issues, on: '2025-06-01' });
    expect(performance.now() - started).toBeLessThan(10_000);
    const depth = screening.findings.filter((f) => f.ruleId === 'chain-depth');
    expect(depth.find((f) => f.subject.id === '(truncated)')?.message).toMatch(/deeper than 50 organisations/);
    expect(screening.chains.every((chain) => chain.path.length <= 50)).toBe(true);
  }, 60_000);
});

/** One buyer with 8 000 subcontractors, each with a worker, and one worker with 8 000 contracts. */
describe('8 000 subcontractors of one buyer, 8 000 contracts of one worker', () => {
  it('screens and reports in seconds', () => {
    const count = 8_000;
    const organisations = ['org_id,name,role,registered_on,registered_employees'];
    const subcontracts = ['buyer_id,supplier_id,from,price'];
    const workers = ['worker_id,employer_id'];
    const contracts = ['contract_id,worker_id,employer_id,start_date,hourly_wage,sector'];
    const payments = ['payment_id,worker_id,period_start,period_end,gross,hours_paid'];
    organisations.push('o0,Buyer,client,2020-01-01,10');
    for (let i = 1; i <= count; i++) {
      organisations.push(`o${i},Firm ${i},subcontractor,2025-01-01,1`);
      subcontracts.push(`o0,o${i},2025-01-01,1000`);
      workers.push(`w${i},o${i}`);
      const day = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      contracts.push(`c${i},w1,o1,${day},200,construction`);
      payments.push(`p${i},w1,${day},${day},1000,8`);
    }
    const { dataset, issues } = parseDataset({
      organisations: organisations.join('\n'),
      subcontracts: subcontracts.join('\n'),
      workers: workers.join('\n'),
      contracts: contracts.join('\n'),
      payments: payments.join('\n'),
    });
    const started = performance.now();
    const screening = screen(dataset, { ingestIssues: issues, on: '2025-06-01' });
    expect(performance.now() - started).toBeLessThan(10_000);
    for (const format of REPORT_FORMATS) {
      const rendering = performance.now();
      renderReport(screening, format);
      expect(performance.now() - rendering, format).toBeLessThan(5_000);
    }
  }, 60_000);
});
