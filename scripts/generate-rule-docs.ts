/**
 * Writes docs/rules/<rule>.md and docs/rules/README.md from the rules' meta (the only place a
 * rule is described). `npm run docs:rules`; a test fails when the committed pages are stale.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENTED_RULES as RULES, ruleMarkdown, ruleSlug } from '../src/index.js';
import { ruleDocsIndex } from '../src/report/rule-docs.js';

const dir = fileURLToPath(new URL('../docs/rules', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) if (name.endsWith('.md')) rmSync(join(dir, name));
for (const rule of RULES) writeFileSync(join(dir, `${ruleSlug(rule.meta.id)}.md`), ruleMarkdown(rule));
writeFileSync(join(dir, 'README.md'), ruleDocsIndex(RULES));
console.log(`wrote ${RULES.length + 1} pages to docs/rules`);
