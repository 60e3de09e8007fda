import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/ingest/index.js';
import { pseudonymise, screen, toJsonReport } from '../../src/index.js';
import { screenFixture } from '../helpers/screenings.js';

const KEY = 'a-test-key-of-32-characters-long';

describe('pseudonymise()', () => {
  it('replaces worker ids everywhere, consistently, so findings still link to workers', async () => {
    const screening = await screenFixture('breaches');
    const masked = await pseudonymise(screening, KEY);
    const json = toJsonReport(masked);
    for (const id of screening.workers.map((w) => w.id)) expect(json).not.toContain(`"${id}"`);
    for (const finding of masked.findings) {
      expect(finding.subject.id).toMatch(/^p-[0-9a-f]{16}$/);
      expect(masked.workers.find((w) => w.id === finding.subject.id)?.findings).toContain(finding.id);
    }
    expect(masked.findings.map((f) => f.id)).toEqual(screening.findings.map((f) => f.id));
    expect(toJsonReport(await pseudonymise(screening, KEY))).toBe(json);
  });

  it('replaces personal evidence values and their mentions in messages; other keys give other tokens', async () => {
    const { dataset } = parseDataset({
      workers: 'worker_id,employer_id,bank_account\n12345678903,org,15030000002\n',
      payments:
        'payment_id,worker_id,period_start,period_end,gross,to_account,method\np1,12345678903,2025-03-01,2025-03-31,40000.00,98765432106,bank\n',
    });
    const base = screen(dataset, { on: '2025-04-01' });
    // A finding citing a personal column (as the work-crime account rules do).
    const screening = {
      ...base,
      findings: [
        {
          id: '0123456789abcdef',
          ruleId: 'no/example',
          tier: 'work-crime' as const,
          severity: 'high' as const,
          indicator: null,
          dimensions: [],
          subject: { kind: 'worker' as const, id: '12345678903' },
          period: null,
          basis: 'records' as const,
          confidence: null,
          legalRefs: [],
          nextSteps: [],
          message: 'Pay for 12345678903 went to account 98765432106, not 15030000002.',
          messageId: 'paid-elsewhere',
          data: { worker: '12345678903', to: '98765432106', parts: [{ id: 'own', data: { account: '15030000002' } }] },
          evidence: [
            { source: 'payments.csv', line: 2, field: 'to_account', value: '98765432106' },
            { source: 'workers.csv', line: 2, field: 'bank_account', value: '15030000002' },
            { source: 'payments.csv', line: 2, field: 'gross', value: '40000.00' },
          ],
        },
      ],
    };
    const masked = await pseudonymise(screening, KEY);
    const [finding] = masked.findings;
    expect(finding!.evidence.map((e) => e.value)).toEqual([
      expect.stringMatching(/^p-[0-9a-f]{16}$/),
      expect.stringMatching(/^p-[0-9a-f]{16}$/),
      '40000.00',
    ]);
    expect(finding!.message).toBe(
      `Pay for ${finding!.subject.id} went to account ${finding!.evidence[0]!.value}, not ${finding!.evidence[1]!.value}.`,
    );
    const json = toJsonReport(masked);
    expect(json).not.toContain('12345678903');
    // The message's data is scrubbed too, nested messages included.
    expect(JSON.stringify(finding!.data)).not.toMatch(/12345678903|98765432106|15030000002/);
    const other = await pseudonymise(screening, `${KEY}-other`);
    expect(other.workers[0]!.id).not.toBe(masked.workers[0]!.id);
  });

  it('refuses a short key', async () => {
    await expect(pseudonymise(await screenFixture('example'), 'short')).rejects.toThrow(/at least 16 bytes/);
  });
});
