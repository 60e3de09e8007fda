import { INDICATOR_PROFILES } from '../assess/ilo-table.js';
import type { Severity } from '../model/enums.js';
import type { Finding } from './finding.js';
import { stableHash } from './hash.js';
import type { DraftFinding, RuleMeta } from './rule.js';
import { formatMessage } from '../i18n/format-message.js';
import { SHARED_MESSAGES } from '../i18n/shared-messages.js';
import type { Language } from '../i18n/messages.js';

/**
 * @summary Turn a rule's draft into a finding: stable id, tier, indicator, ILO dimensions,
 * references and next steps from the rule's meta.
 *
 * @description
 * The id hashes rule, subject, period and the evidence *values* as a set (not line numbers, not
 * their order), so reordering rows changes nothing but the lines cited. The severity is the configured one, else
 * the rule's own grading, else the rule's default.
 * The message is rendered in `lang` from the rule's templates; the id and data are kept, so a
 * report can render it in another language.
 * @throws TypeError for a finding without evidence: every finding cites the rows it rests on
 * @throws MessageError for a message id the rule does not define, or data its template lacks
 */
export function completeFinding(
  meta: RuleMeta,
  draft: DraftFinding,
  configuredSeverity?: Severity,
  lang: Language = 'en',
): Finding {
  // Every finding says where it was seen: a report without a row to point at cannot be acted on
  // (and GitHub rejects a whole SARIF upload when one result has no location).
  if (draft.evidence.length === 0)
    throw new TypeError(
      `rule ${meta.id} gave a finding without evidence (${draft.subject.kind} ${draft.subject.id}): cite the rows it rests on`,
    );
  const period = draft.period ?? null;
  const indicator = draft.indicator ?? meta.indicator ?? null;
  const id = stableHash(
    JSON.stringify([
      meta.id,
      draft.subject.kind,
      draft.subject.id,
      period?.from,
      period?.to,
      // Sorted, so the id holds even where a rule lists the same rows in another order.
      draft.evidence.map((e) => `${e.field}\0${e.value}`).sort(),
    ]),
  );
  return {
    id,
    ruleId: meta.id,
    tier: meta.tier,
    severity: configuredSeverity ?? draft.severity ?? meta.defaultSeverity,
    indicator: indicator === null ? null : `ilo:${indicator}`,
    dimensions: [...(draft.dimensions ?? (indicator ? INDICATOR_PROFILES[indicator].dimensions : []))],
    subject: draft.subject,
    period,
    basis: draft.observed ? 'observation' : 'records',
    confidence: draft.observed?.confidence ?? null,
    ...(draft.contextOnly || (indicator !== null && INDICATOR_PROFILES[indicator].context) ? { contextOnly: true as const } : {}),
    message: formatMessage(draft.message, lang, [meta.messages, SHARED_MESSAGES]),
    messageId: draft.message.id,
    data: draft.message.data ?? {},
    evidence: [...draft.evidence],
    legalRefs: [...meta.legalRefs],
    nextSteps: [meta.nextSteps[lang]],
  };
}
