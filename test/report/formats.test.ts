import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import {
  ReportSchema,
  neutraliseFormula,
  reportJsonSchema,
  toFindingsCsv,
  toHtml,
  toJsonReport,
  toJunit,
  toMarkdown,
  MARKDOWN_MAX_CHARS,
  toSarif,
  escapeXml,
} from '../../src/index.js';
import { FIXTURES, hostileScreening, screenFixture } from '../helpers/screenings.js';
import { HAS_SCHEMAS, junitErrors, sarifErrors } from './validators.js';
import { ROOT } from '../helpers/paths.js';

describe.skipIf(!HAS_SCHEMAS)('SARIF and JUnit against the official schemas (third-party material beside the repository)', () => {
  it.each(FIXTURES)('%s: SARIF validates against SARIF 2.1.0 and JUnit against the Ant schema', async (name) => {
    const screening = await screenFixture(name);
    expect(sarifErrors(toSarif(screening))).toEqual([]);
    expect(await junitErrors(toJunit(screening))).toEqual([]);
    expect(await junitErrors(toJunit(screening, { failOn: 'info' }))).toEqual([]);
  });

  it('hostile identifiers still give valid SARIF and JUnit', async () => {
    // The reader rejects control characters in ids, so put them into the messages directly.
    const base = hostileScreening('w<x>&"\'');
    const screening = { ...base, findings: base.findings.map((f) => ({ ...f, message: `${f.message}\u0001\uD800]]>` })) };
    expect(screening.findings.length).toBeGreaterThan(0);
    expect(sarifErrors(toSarif(screening))).toEqual([]);
    expect(await junitErrors(toJunit(screening, { failOn: 'info' }))).toEqual([]);
  });
});

describe('SARIF', () => {
  it('has one result per finding, located at the evidence lines, fingerprinted by the stable id', async () => {
    const screening = await screenFixture('breaches');
    const sarif = JSON.parse(toSarif(screening));
    const run = sarif.runs[0];
    expect(run.results).toHaveLength(screening.findings.length);
    const first = run.results[0];
    const finding = screening.findings[0]!;
    expect(first.partialFingerprints).toEqual({ 'labourScreenFindingId/v1': finding.id });
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(finding.ruleId);
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/breaches/payments.csv', uriBaseId: 'SRCROOT' },
      region: { startLine: finding.evidence[0]!.line, startColumn: 1 },
    });
    expect(first.locations[0].message.text).toBe(`${finding.evidence[0]!.field} = ${finding.evidence[0]!.value}`);
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.automationDetails).toEqual({ id: `labour-screen/NO/${screening.referenceDate}` });
    expect(run.originalUriBaseIds).toBeUndefined();
    expect(run.results.map((r: { level: string }) => r.level)).toContain('error');
    const holiday = run.tool.driver.rules.find((r: { id: string }) => r.id === 'no/holiday-pay');
    expect(holiday.helpUri).toMatch(/\/docs\/rules\/no\/holiday-pay\.md$/);
    expect(holiday.properties.tier).toBe('social-dumping');
  });

  it('percent-encodes non-ASCII file names', async () => {
    const sarif = JSON.parse(toSarif(await screenFixture('norwegian-excel-export-broken')));
    const uris = sarif.runs[0].invocations[0].toolExecutionNotifications.flatMap(
      (n: { locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        (n.locations ?? []).map((l) => l.physicalLocation.artifactLocation.uri),
    );
    expect(uris).toContain('fixtures/norwegian-excel-export-broken/l%C3%B8nnsutbetalinger.csv');
  });
});

describe('SARIF for code-scanning consumers', () => {
  it('every result has a location with line and column; at most 10, the rest as related locations', async () => {
    const screening = await screenFixture('forced-labour-agriculture');
    const results = JSON.parse(toSarif(screening)).runs[0].results as {
      locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[];
      relatedLocations?: { id: number }[];
    }[];
    expect(results.length).toBe(screening.findings.length);
    for (const result of results) {
      expect(result.locations.length).toBeGreaterThanOrEqual(1);
      expect(result.locations.length).toBeLessThanOrEqual(10);
      for (const { physicalLocation } of result.locations) {
        expect(physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
        expect(physicalLocation.region.startColumn).toBe(1);
      }
    }
    const spread = results.filter((r) => r.relatedLocations);
    expect(spread.length).toBeGreaterThan(0);
    for (const r of spread) expect(r.relatedLocations!.map((l) => l.id)).toEqual(r.relatedLocations!.map((_, i) => i + 1));
  });

  it('absolute sources become relative to the base, or file URIs without one', async () => {
    const screening = await screenFixture('breaches', '/nonexistent-cwd');
    expect(screening.findings[0]!.evidence[0]!.source).toBe(`${ROOT}fixtures/breaches/payments.csv`.replace(/\\/g, '/'));
    const uriOf = (text: string) => JSON.parse(text).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    const based = JSON.parse(toSarif(screening, { sarifBase: { dir: ROOT } })).runs[0];
    expect(based.results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'fixtures/breaches/payments.csv',
      uriBaseId: 'SRCROOT',
    });
    expect(based.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(uriOf(toSarif(screening)).uri).toMatch(/^file:\/\/\/.*fixtures\/breaches\/payments\.csv$/);
    expect(uriOf(toSarif(screening)).uriBaseId).toBeUndefined();
  });
});

describe('organisations by name and number in every format', () => {
  it('CSV, SARIF and JUnit carry the employer a finding is about, by name and org number', async () => {
    const screening = await screenFixture('breaches');
    const rows = parse(toFindingsCsv(screening).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['subject_id'] === 'w-101')).toMatchObject({ employer_id: 'org-baltic', employer_name: 'Baltic Statyba UAB' });
    const sarif = JSON.parse(toSarif(screening)).runs[0].results as { properties: { employer?: { name: string | null } } }[];
    expect(sarif.every((r) => r.properties.employer?.name)).toBe(true);
    expect(toJunit(screening)).toContain('<property name="employerName" value="Baltic Statyba UAB"/>');
  });
});

describe('JUnit', () => {
  it('fails the rule cases at or above the threshold, per employer', async () => {
    const screening = await screenFixture('breaches');
    const high = toJunit(screening);
    expect(high.match(/<failure /g)).toHaveLength(5);
    expect(high).toContain('<testsuite name="org-baltic"');
    expect(toJunit(screening, { failOn: 'low' }).match(/<failure /g)).toHaveLength(9);
    expect(toJunit(screening, { failOn: 'critical' })).not.toContain('<failure');
  });

  it('puts the findings, evidence, legal basis and next steps in the failure body (GitLab shows only the body)', async () => {
    const xml = toJunit(await screenFixture('breaches'), { lang: 'nb' });
    const body = /<failure [^>]*>([^<]*)<\/failure>/.exec(xml.slice(xml.indexOf('no/minimum-wage" classname')))![1]!;
    expect(body).toContain('1 finding(s) at or above high:');
    expect(body).toContain('[high] worker w-101');
    expect(body).toContain('fixtures/breaches/payments.csv:2');
    expect(body).toContain('Rettslig grunnlag: ');
    expect(body).toContain('Kontroller videre: ');
  });
});

describe('JSON report', () => {
  it('matches the report schema, and the JSON Schema is generated from it', async () => {
    const screening = await screenFixture('breaches');
    const parsed = ReportSchema.parse(JSON.parse(toJsonReport(screening)));
    expect(parsed.workers.find((w) => w.id === 'w-101')).toMatchObject({ employerId: 'org-baltic', level: 'social-dumping' });
    expect(parsed.employers.find((e) => e.id === 'org-baltic')).toMatchObject({ level: 'social-dumping', share: 1 });
    const schema = reportJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual([
      'tool',
      'lang',
      'jurisdiction',
      'referenceDate',
      'summary',
      'findings',
      'workers',
      'employers',
      'chains',
      'skipped',
      'coverage',
      'screened',
      'warnings',
      'ingestIssues',
    ]);
  });

  it('levels chains by their worst organisation', async () => {
    const screening = await screenFixture('example');
    expect(screening.chains).toEqual([
      { root: 'org-client', path: ['org-client', 'org-main', 'org-sub1'], level: 'none', via: null },
      { root: 'org-client', path: ['org-client', 'org-main', 'org-sub2'], level: 'none', via: null },
    ]);
  });
});

describe('CSV of findings', () => {
  it('neutralises formulas in every cell and parses back to the same table', () => {
    const screening = hostileScreening('=HYPERLINK("http://evil")');
    const rows = parse(toFindingsCsv(screening)) as string[][];
    expect(rows[0]![0]).toBe('id');
    const subjectIds = rows.slice(1).map((row) => row[6]);
    expect(subjectIds).toContain(`'=HYPERLINK("http://evil")`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  propTest.prop([fc.string()])('neutraliseFormula leaves no formula start and changes only what it must', (value) => {
    const safe = neutraliseFormula(value);
    expect(safe).not.toMatch(/^[=+\-@\t\r]/);
    expect(safe === value || safe === `'${value}`).toBe(true);
  });
});

const md = async (name: (typeof FIXTURES)[number]) => toMarkdown(await screenFixture(name));

describe('HTML and Markdown', () => {
  it('HTML is self-contained and keeps hostile data as text', () => {
    const html = toHtml(hostileScreening());
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<svg');
  });

  it('HTML is a case: the overview first, every organisation by name, workers by level adding up', async () => {
    for (const name of FIXTURES) {
      const screening = await screenFixture(name);
      const html = toHtml(screening);
      expect(html.indexOf('<h2>Case overview</h2>'), name).toBeLessThan(html.indexOf('<h2>What was screened</h2>'));
      for (const employer of screening.employers)
        if (employer.name && html.includes(`<code>${escapeXml(employer.id)}</code>`))
          expect(html, `${name}: ${employer.id}`).toContain(escapeXml(employer.name));
      const levels = /<p class="levels">(.*?)<\/p>/.exec(html)![1]!;
      const total = [...levels.matchAll(/<b>(\d+)<\/b>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
      expect(total, name).toBe(screening.summary.workers);
    }
  });

  it('HTML folds each rule\'s findings per employer, with the rows on demand and the legal basis once', async () => {
    const html = toHtml(await screenFixture('nordic-case'));
    expect(html).toMatch(/<details data-severity="critical" data-tier="social-dumping"><summary>.*Pay below the generally applicable minimum wage/);
    expect(html).toContain('<div class="ev"><code>fixtures/nordic-case/payments.csv:3 gross=24000.00</code>');
    expect(html.match(/<td><code>no\/minimum-wage<\/code><br>/g)).toHaveLength(1);
    expect(html.length).toBeLessThan(150_000);
  });

  it('HTML and Markdown speak Norwegian with --lang nb', async () => {
    const screening = await screenFixture('breaches');
    expect(toHtml(screening, { lang: 'nb' })).toContain('Rapport fra arbeidslivsscreening');
    const md = toMarkdown(screening, { lang: 'nb' });
    expect(md).toContain('| sosial dumping | 0 | 5 | 4 | 1 | 0 | 10 |');
    expect(md).toContain('Feriepenger under lovens sats');
  });

  it('a screening without findings says what was screened and what could not be judged, never a bare "No findings"', async () => {
    const screening = await screenFixture('example');
    expect(screening.findings).toEqual([]);
    const md = toMarkdown(screening);
    expect(md).toContain('## What was screened');
    expect(md).toContain('No findings in what the rules could judge');
    expect(md).toMatch(/- rows per table: organisations \d+, workers \d+/);
    const html = toHtml(screening, { lang: 'nb' });
    expect(html).toContain('<h2>Hva som ble screenet</h2>');
    expect(html).toContain('Ingen funn i det reglene kunne vurdere');
    expect(html).not.toContain('<p>Ingen funn.</p>');
  });

  it('Markdown fits a pull-request comment: every fixture under 60 000 characters, the rest left out and counted', async () => {
    for (const name of FIXTURES) expect((await md(name)).length, name).toBeLessThanOrEqual(MARKDOWN_MAX_CHARS);
    const screening = await screenFixture('forced-labour-agriculture');
    expect(toMarkdown(screening).length).toBeGreaterThan(20_000);
    for (const maxChars of [10_000, 15_000, 20_000]) {
      const text = toMarkdown(screening, { maxChars });
      expect(text.length).toBeLessThanOrEqual(maxChars);
      expect(text).toMatch(/Shortened to fit a pull-request comment:\*\* \d+ finding\(s\) and \d+ worker assessment\(s\) are not shown/);
      // The closing parts stay: rules not run and the legal basis of the rules shown.
      expect(text).toContain('## Rules cited: legal basis and what to verify');
    }
  });

  it('Markdown groups a rule\'s findings per employer, names the employer, and says the same thing once', async () => {
    const text = await md('nordic-case');
    expect(text).toContain('## Carpathia Bemanning AS `org-staff`: trafficking');
    expect(text).toContain('Workers by level: trafficking **3** · work crime **1** · social dumping **3** · none **1**');
    // Four workers with the same underpayment: one line naming all four.
    expect(text).toMatch(/- \*\*critical\*\* · worker `w-201`, `w-202`, `w-203`, `w-204` · 2025-04-01 – 2025-04-30: Effective hourly pay/);
    // Legal basis once per rule, not under every finding.
    expect(text.split('\n').filter((line) => line.startsWith('- `no/minimum-wage`: Legal basis'))).toHaveLength(1);
  });

  it('Markdown escapes markup in text, and keeps ids literal in code spans that data cannot end', () => {
    const md = toMarkdown(hostileScreening('w|1 *bold* <b>'));
    // Ids are code spans (literal inside): only the pipe is escaped, for GFM tables.
    expect(md).toContain('`w\\|1 *bold* <b>`');
    expect(toMarkdown(hostileScreening('a`b'))).toContain("`a'b`");
  });

  it('escapeXml escapes markup and replaces characters XML cannot carry', () => {
    expect(escapeXml('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\uD800c\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uD83D\uDE00');
  });
});
