import { describe, expect, it } from 'vitest';
import { formatMessage, placeholders, MessageError } from '../../src/i18n/format-message.js';
import { SHARED_MESSAGES } from '../../src/i18n/shared-messages.js';
import { ASSESSMENT_RULES } from '../../src/assess/assessment-rules.js';
import { RULES, toHtml, toJsonReport, toMarkdown, checkProject } from '../../src/index.js';
import { loadProject } from '../../src/node/index.js';
import { fixture, ROOT } from '../helpers/paths.js';
import { inLanguage, rulesById } from '../../src/report/shared.js';
import { FIXTURES } from '../helpers/screenings.js';

/** Issue 25.1: messages are data, rendered in the report's language in every format. */
const RULE_METAS = [...RULES, ...ASSESSMENT_RULES].map((rule) => rule.meta);

const screenIn = async (name: (typeof FIXTURES)[number], lang: 'en' | 'nb') => {
  const project = await loadProject(fixture(name), { cwd: ROOT });
  return checkProject(project.read, project.config, { lang }).screening;
};

describe('message templates', () => {
  it('every rule has its messages in English and Norwegian, none empty', () => {
    for (const meta of RULE_METAS) {
      expect(Object.keys(meta.messages).length, meta.id).toBeGreaterThan(0);
      for (const [id, text] of Object.entries(meta.messages)) {
        expect(text.en.trim(), `${meta.id} ${id} en`).not.toBe('');
        expect(text.nb.trim(), `${meta.id} ${id} nb`).not.toBe('');
      }
    }
  });

  it('renders values, nested messages and lists with each language’s separator', () => {
    const templates = {
      top: { en: 'Worked {{hours}} hours: {{parts|; }}{{more}}.', nb: 'Arbeidet {{hours}} timer: {{parts|; }}{{more}}.' },
      part: { en: 'day {{n}}', nb: 'dag {{n}}' },
    };
    const message = {
      id: 'top',
      data: {
        hours: 14,
        parts: [
          { id: 'part', data: { n: 1 } },
          { id: 'part', data: { n: 2 } },
        ],
        more: '',
      },
    };
    expect(formatMessage(message, 'en', [templates])).toBe('Worked 14 hours: day 1; day 2.');
    expect(formatMessage(message, 'nb', [templates])).toBe('Arbeidet 14 timer: dag 1; dag 2.');
    expect(placeholders(templates.top.en)).toEqual(['hours', 'more', 'parts']);
  });

  it('fails loudly on an unknown id or a missing value, never a half-filled text', () => {
    expect(() => formatMessage({ id: 'nope' }, 'en', [SHARED_MESSAGES])).toThrow(MessageError);
    expect(() => formatMessage({ id: 'rate-from', data: { rate: '1.00' } }, 'en', [SHARED_MESSAGES])).toThrow(
      'message "rate-from" needs a value for {{from}}',
    );
  });

  it('a data value cannot reach another template: __proto__ and constructor are not ids', () => {
    expect(() => formatMessage({ id: '__proto__' }, 'en', [SHARED_MESSAGES])).toThrow(MessageError);
    expect(() => formatMessage({ id: 'constructor' }, 'en', [SHARED_MESSAGES])).toThrow(MessageError);
  });
});

describe('--lang nb: no English finding message in JSON, Markdown or HTML', () => {
  it.each(FIXTURES)('%s', async (name) => {
    const en = await screenIn(name, 'en');
    const nb = await screenIn(name, 'nb');
    expect(nb.findings.map((f) => [f.id, f.messageId])).toEqual(en.findings.map((f) => [f.id, f.messageId]));
    const reports = [
      toJsonReport(nb),
      toMarkdown(nb, { lang: 'nb', maxChars: Number.MAX_SAFE_INTEGER }),
      toHtml(nb, { lang: 'nb' }),
    ];
    for (const [i, finding] of en.findings.entries()) {
      const norwegian = nb.findings[i]!;
      expect(norwegian.message, `${finding.ruleId} ${finding.messageId}`).not.toBe(finding.message);
      expect(norwegian.message).not.toContain('{{');
      // The English text appears nowhere (Markdown escapes, so compare its words).
      for (const report of reports) expect(report).not.toContain(finding.message.slice(0, 60));
    }
    // Rendering in another language from the id and data gives the same text as screening in it.
    // Rules not run, and coverage reasons, say why in Norwegian too.
    for (const [i, skipped] of en.skipped.entries()) expect(nb.skipped[i]!.reason, skipped.ruleId).not.toBe(skipped.reason);
    for (const [i, c] of en.coverage.entries())
      for (const [j, reason] of c.reasons.entries()) expect(nb.coverage[i]!.reasons[j]!.reason).not.toBe(reason.reason);
    expect(inLanguage(en, 'nb', rulesById()).findings.map((f) => f.message)).toEqual(nb.findings.map((f) => f.message));
  });
});
