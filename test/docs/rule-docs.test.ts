import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_RULES as RULES, ruleDocsIndex, ruleMarkdown, ruleSlug } from '../../src/index.js';
import { ROOT } from '../helpers/paths.js';

const DIR = join(ROOT, 'docs', 'rules');

describe('docs/rules (generated from meta; npm run docs:rules)', () => {
  it('has exactly one page per rule plus the index, each as generated', () => {
    expect((readdirSync(DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort()).toEqual(
      ['README.md', ...RULES.map((r) => `${ruleSlug(r.meta.id)}.md`)].sort(),
    );
    for (const rule of RULES) expect(readFileSync(join(DIR, `${ruleSlug(rule.meta.id)}.md`), 'utf8')).toBe(ruleMarkdown(rule));
    expect(readFileSync(join(DIR, 'README.md'), 'utf8')).toBe(ruleDocsIndex(RULES));
  });

  it('keeps page paths inside docs/rules whatever the id', () => {
    expect(ruleSlug('no/minimum-wage')).toBe('no/minimum-wage');
    expect(ruleSlug('../../etc/passwd')).toBe('etc/passwd');
    expect(ruleSlug('a/./b c')).toBe('a/b-c');
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))(
    '%s documents itself in English and Norwegian, with every option described',
    (_, rule) => {
      const { meta } = rule;
      for (const text of [meta.title, meta.docs, meta.nextSteps]) {
        expect(text.en.length).toBeGreaterThan(10);
        expect(text.nb.length).toBeGreaterThan(10);
      }
      expect(meta.legalRefs.length).toBeGreaterThan(0);
      const optionLines = ruleMarkdown(rule)
        .split('\n')
        .filter((l) => /^- `\w+` \(/.test(l));
      for (const line of optionLines) expect(line).toMatch(/\): \S/);
    },
  );
});
