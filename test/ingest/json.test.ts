import { describe, expect, it } from 'vitest';
import { jsonElementLines, parseDataset, parseJsonDocument } from '../../src/ingest/index.js';

const doc = `{
  "workers": [
    { "worker_id": "w1", "employer_id": "org1", "name": "Ola" },
    {
      "workerId": "w2",
      "employerId": "org1",
      "registered": false
    }
  ],
  "lønnsutbetalinger": [
    { "payment_id": "p1", "worker_id": "w1", "period_start": "01.03.2025", "period_end": "2025-03-31", "gross": 44000.5, "hours_paid": 160 },
    { "paymentId": "p2", "workerId": "w2", "periodStart": "2025-03-01", "periodEnd": "2025-03-31", "grossMinor": 4400050, "currency": "EUR" }
  ]
}`;

describe('JSON documents', () => {
  it('reads several tables, any header style, and cites the line each row starts on', () => {
    const { dataset, issues } = parseJsonDocument(doc, { source: 'case.json' });
    expect(issues).toEqual([]);
    expect(dataset.workers.map((w) => [w.workerId, w.provenance.line])).toEqual([
      ['w1', 3],
      ['w2', 4],
    ]);
    expect(dataset.workers[1]!.registered).toBe(false);
    expect(dataset.payments).toMatchObject([
      {
        paymentId: 'p1',
        grossMinor: 4_400_050,
        hoursPaid: 160,
        periodStart: '2025-03-01',
        currency: 'NOK',
        provenance: { source: 'case.json', line: 11 },
      },
      { paymentId: 'p2', grossMinor: 4_400_050, currency: 'EUR', provenance: { line: 12 } },
    ]);
  });

  it('refuses a float where minor units are required, and floats with too many decimals', () => {
    const { issues } = parseDataset({
      workers: [{ worker_id: 'w1', employer_id: 'o' }],
      payments: [
        { paymentId: 'p1', workerId: 'w1', periodStart: '2025-03-01', periodEnd: '2025-03-31', grossMinor: 10.5 },
        { payment_id: 'p2', worker_id: 'w1', period_start: '2025-03-01', period_end: '2025-03-31', gross: 10.555 },
      ],
    });
    expect(issues.map((i) => [i.line, i.column, i.severity])).toEqual([
      [1, 'grossMinor', 'warning'],
      [2, 'gross', 'warning'],
    ]);
  });

  it('treats __proto__ keys in JSON as unknown data, never as a prototype', () => {
    const hostile =
      '{"workers": [{"worker_id": "w1", "employer_id": "o", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}]}';
    const { dataset } = parseJsonDocument(hostile);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(dataset.workers[0]!.extra).toEqual([
      { column: '__proto__', value: '{"polluted":true}' },
      { column: 'constructor', value: '{"prototype":{"polluted":true}}' },
    ]);
  });

  it('reports invalid JSON, a table that is not an array, and elements that are not objects', () => {
    expect(parseJsonDocument('{"workers": [').issues[0]).toMatchObject({ code: 'invalid-json', severity: 'error' });
    expect(parseJsonDocument('{"workers": {}}').issues.map((i) => i.code)).toEqual(['invalid-json', 'missing-table']);
    const { issues, tables } = parseJsonDocument('{"workers": [{"worker_id": "w1", "employer_id": "o"}, 42, null]}');
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [1, 'not-an-object'],
      [1, 'not-an-object'],
    ]);
    expect(tables[0]!.stats).toMatchObject({ records: 3, accepted: 1, rejected: 2 });
  });

  it('reads a single-table file (top-level array) when told the table', () => {
    const { dataset } = parseJsonDocument('[\n {"worker_id": "w1", "employer_id": "o"}\n]', {
      table: 'workers',
      source: 'workers.json',
    });
    expect(dataset.workers[0]!.provenance).toEqual({ source: 'workers.json', line: 2 });
  });

  it('locates elements in nested and escaped JSON', () => {
    const lines = jsonElementLines('{"a": {"x": ["[", "]"]},\n"workers": [\n"\\"quoted\\"",\n[1, [2]],\n{"k": "v"}\n]}');
    expect(lines.get('workers')).toEqual([3, 4, 5]);
    expect(lines.has('x')).toBe(false);
  });
});
