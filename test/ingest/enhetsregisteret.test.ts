import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeRegistryOrganisations, parseDataset, readEnhetsregisteret, screen, sectorOfNace } from '../../src/index.js';
import { fixture } from '../helpers/paths.js';

const JSON_EXPORT = readFileSync(join(fixture('registry'), 'enhetsregisteret.json'), 'utf8');
const CSV_EXPORT = readFileSync(join(fixture('registry'), 'enhetsregisteret.csv'), 'utf8');

describe('readEnhetsregisteret', () => {
  it('reads the JSON bulk download into organisations, citing the line each unit starts on', () => {
    const { rows, issues, stats } = readEnhetsregisteret(JSON_EXPORT);
    expect(stats).toMatchObject({ records: 4, accepted: 4, rejected: 0 });
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(
      rows.map((r) => [r.orgId, r.sector, r.registeredEmployees, r.vatRegistered, r.bankruptOn ?? null, r.provenance.line]),
    ).toEqual([
      ['915000002', 'construction', 60, true, null, 2],
      ['921000006', 'construction', 12, true, '2024-10-01', 15],
      ['925000000', 'construction', 0, false, null, 28],
      ['930000000', 'cleaning', undefined, true, null, 40],
    ]);
    expect(rows[0]).toMatchObject({
      name: 'FJELLBYGG HOVEDENTREPRISE AS',
      address: 'Sandviksveien 2, 5035 BERGEN',
      registeredOn: '2006-05-12',
      country: 'NO',
    });
    expect(rows[3]!.address).toBe('Strandgaten 77, 2. etasje, 5013 BERGEN');
    expect(rows[3]!.extra).toContainEqual(expect.objectContaining({ column: 'under_avvikling' }));
  });

  it('reads the CSV bulk download to the same organisations', () => {
    const fromCsv = readEnhetsregisteret(CSV_EXPORT);
    const fromJson = readEnhetsregisteret(JSON_EXPORT);
    const strip = (rows: typeof fromCsv.rows) =>
      rows.map(({ provenance: _p, extra: _e, address, ...rest }) => ({ ...rest, address: address?.replace(', 2. etasje', '') }));
    expect(strip(fromCsv.rows)).toEqual(strip(fromJson.rows));
    expect(fromCsv.rows.map((r) => `${r.provenance.source}:${r.provenance.line}`)).toEqual([
      'enhetsregisteret.csv:2',
      'enhetsregisteret.csv:3',
      'enhetsregisteret.csv:4',
      'enhetsregisteret.csv:5',
    ]);
  });

  it('reads the search API envelope, and fails clearly on anything else', () => {
    const envelope = JSON.stringify({ _embedded: { enheter: JSON.parse(JSON_EXPORT) } });
    expect(readEnhetsregisteret(envelope).rows).toHaveLength(4);
    expect(readEnhetsregisteret('{"enheter": 3}').issues).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('expected an array of units') }),
    ]);
    expect(readEnhetsregisteret('[{"organisasjonsnummer": "1"').issues[0]).toMatchObject({
      severity: 'error',
      code: 'invalid-json',
    });
    // A unit without an organisation number is rejected with the line, not dropped.
    const missing = readEnhetsregisteret('[\n{"navn": "X AS"}\n]');
    expect(missing.stats).toMatchObject({ records: 1, rejected: 1 });
    expect(missing.issues.some((i) => i.severity === 'error' && i.line === 2)).toBe(true);
  });

  it('maps NACE codes to sectors', () => {
    expect(['43.210', '43.320', '81.210', '10.200', '49.410', '56.101', '01.130', '62.010'].map(sectorOfNace)).toEqual([
      'electrical',
      'construction',
      'cleaning',
      'fish-processing',
      'freight-transport',
      'hospitality',
      'agriculture',
      'other',
    ]);
  });

  it('enriches a bidder list so the shell-company rule sees the phoenix', () => {
    const { dataset } = parseDataset({
      organisations: 'org_id,org_number,role\nmain,915000002,main-contractor\nbidder,925000000,subcontractor\nold,921000006,\n',
      workers: 'worker_id,employer_id\nw1,bidder\n',
      subcontracts: 'buyer_id,supplier_id,from,value,estimated_hours\nmain,bidder,2025-03-01,900000.00,3000\n',
    });
    const organisations = mergeRegistryOrganisations(dataset.organisations!, readEnhetsregisteret(JSON_EXPORT).rows);
    expect(organisations.map((o) => [o.orgId, o.role ?? null, o.provenance.source])).toEqual([
      ['main', 'main-contractor', 'enhetsregisteret.json'],
      ['bidder', 'subcontractor', 'enhetsregisteret.json'],
      ['old', null, 'enhetsregisteret.json'],
    ]);
    const result = screen({ ...dataset, organisations }, { on: '2025-06-30' });
    const shell = result.findings.filter((f) => f.ruleId === 'shell-company' && f.subject.id === 'bidder');
    expect(shell).toHaveLength(1);
    expect(shell[0]!.message).toContain('at the address of old, bankrupt on 2024-10-01');
    expect(shell[0]!.evidence.map((e) => `${e.source}:${e.line}`)).toContain('enhetsregisteret.json:28');
  });
});
