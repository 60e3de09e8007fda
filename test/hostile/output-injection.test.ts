import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { test as propTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { marked } from 'marked';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import type { Screening } from '../../src/index.js';
import { toFindingsCsv as toCsv, toHtml, toJunit, toMarkdown, toSarif } from '../../src/report/index.js';
import { HAS_SCHEMAS, junitErrors, sarifErrors } from '../report/validators.js';
import { screenFixture } from '../helpers/screenings.js';

/**
 * Whatever a value holds, each format keeps it data: HTML shows it as text, Markdown keeps its
 * table shape, CSV neutralises formulas, JUnit and SARIF stay valid. The values are put straight
 * into a screening (worker ids, names, messages, evidence), past the reader's own checks, so the
 * renderers are tested on their own.
 */
const base = await screenFixture('breaches');

const attack = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '=HYPERLINK("http://evil.example","x")',
  '+SUM(1,1)',
  '@cmd',
  '-2+3',
  '\t=1',
  '| a | b |',
  '`code` ``` ~~~',
  '[link](http://x) ![img](http://x)',
  ']]></failure><x>',
  '&amp; &#x3C; \u0000 \u0007 \u001b[31m',
  '\u2028\u2029\uFEFF\u202E',
  '\uD800 lone surrogate',
  '__proto__',
);
const hostile = fc.oneof(attack, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

/** The screening with `value` in every place a report quotes data from the input. */
function inject(screening: Screening, value: string): Screening {
  const worker = `w ${value}`;
  return {
    ...screening,
    findings: screening.findings.map((f) => ({
      ...f,
      subject: f.subject.kind === 'worker' ? { ...f.subject, id: worker } : f.subject,
      message: `${f.message} ${value}`,
      evidence: f.evidence.map((e) => ({ ...e, value })),
    })),
    workers: screening.workers.map((w, i) => (i === 0 ? { ...w, id: worker } : w)),
  };
}

type Node = DefaultTreeAdapterMap['node'];
function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of 'childNodes' in node ? node.childNodes : []) walk(child, visit);
  if ('content' in node && node.content) walk(node.content as Node, visit);
}

const RUNS = { numRuns: 60 } as const;

describe('output injection', () => {
  it('HTML: the Content-Security-Policy allows the report’s own script by its hash, and nothing else', () => {
    const html = toHtml(base);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).not.toContain("script-src 'unsafe-inline'");
  });

  propTest.prop([hostile], RUNS)('HTML: no element or attribute comes from the data; the value reads as text', (value) => {
    const document = parseHtml(toHtml(inject(base, value)));
    const scripts: string[] = [];
    let text = '';
    walk(document, (node) => {
      if ('tagName' in node) {
        if (
          ['script', 'iframe', 'object', 'embed', 'img', 'a', 'form', 'link', 'meta'].includes(node.tagName) &&
          node.tagName !== 'meta'
        )
          scripts.push(node.tagName);
        for (const attribute of node.attrs) {
          expect(attribute.name, `<${node.tagName} ${attribute.name}>`).not.toMatch(/^on/i);
          expect(attribute.value).not.toMatch(/^\s*javascript:/i);
        }
      }
      if (node.nodeName === '#text') text += (node as { value: string }).value;
    });
    // The report's own inline script only (it sorts tables); nothing the data added.
    expect(scripts).toEqual(['script']);
    const printable = value.replace(/[\u0000-\u001f\u007f-\u009f\uD800-\uDFFF\uFEFF\u2028\u2029\u202E]/g, '').trim();
    if (printable.length > 0 && printable === value) expect(text).toContain(printable);
  });

  propTest.prop([hostile], RUNS)(
    'Markdown: rendered as GitHub does, no element comes from the data; tables keep their shape',
    (value) => {
      const md = toMarkdown(inject(base, value));
      const elements: string[] = [];
      walk(parseHtml(marked.parse(md, { gfm: true, async: false }) as string), (node) => {
        if (!('tagName' in node)) return;
        if (['script', 'iframe', 'object', 'embed', 'img', 'svg', 'form', 'style'].includes(node.tagName))
          elements.push(node.tagName);
        for (const attribute of node.attrs) expect(attribute.name, `<${node.tagName} ${attribute.name}>`).not.toMatch(/^on/i);
      });
      expect(elements).toEqual([]);
      const tables = marked.lexer(md, { gfm: true }).filter((token) => token.type === 'table') as {
        header: unknown[];
        rows: unknown[][];
      }[];
      for (const table of tables) for (const row of table.rows) expect(row.length).toBe(table.header.length);
    },
  );

  propTest.prop([hostile], RUNS)('CSV: parses back to the same shape, and no cell can start a formula', (value) => {
    const csv = toCsv(inject(base, value));
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe.skipIf(!HAS_SCHEMAS)('hostile data against the official SARIF and JUnit schemas', () => {
  propTest.prop([hostile], { numRuns: 25 })('JUnit and SARIF stay valid with any Unicode', async (value) => {
    const screening = inject(base, value);
    expect(await junitErrors(toJunit(screening, { failOn: 'info' }))).toEqual([]);
    const sarif = toSarif(screening);
    expect(sarifErrors(sarif)).toEqual([]);
    const messages = (JSON.parse(sarif) as { runs: { results: { message: { text: string } }[] }[] }).runs[0]!.results;
    expect(messages.length).toBe(base.findings.length);
  });
});
