/**
 * Writes docs/rules/<rule>.md and docs/rules/README.md from the rules' meta (the only place a
 * rule is described). `npm run docs:rules`; a test fails when the committed pages are stale.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENTED_RULES as RULES, ruleMarkdown, ruleSlug } from '../src/index.js';
import { ruleDocsIndex } from '../src/report/rule-docs.js';

const dir = fileURLToPath(new URL('../docs/rules', import.meta.url));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const rule of RULES) {
  const file = join(dir, `${ruleSlug(rule.meta.id)}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, ruleMarkdown(rule));
}
writeFileSync(join(dir, 'README.md'), ruleDocsIndex(RULES));
console.log(`wrote ${RULES.length + 1} pages to docs/rules`);
