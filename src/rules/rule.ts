import type * as z from 'zod';
import type { ConfidenceLevel, IloIndicator, Jurisdiction, Severity, TableName, Tier } from '../model/index.js';
import type { DimensionContribution } from '../assess/ilo-table.js';
import type { Evidence, Period, Subject } from './finding.js';
import type { RuleContext } from './context.js';
import type { Message, MessageTemplates } from '../i18n/format-message.js';

/** Text in English and Norwegian (bokmål). */
export interface LocalText {
  readonly en: string;
  readonly nb: string;
}

/** What a rule is, for the engine, the docs and the reports. Rule docs are generated from it. */
export interface RuleMeta<O extends z.ZodType = z.ZodType> {
  /** Stable id, `<jurisdiction>/<name>` for national rules (`no/minimum-wage`). */
  readonly id: string;
  readonly title: LocalText;
  readonly tier: Tier;
  readonly defaultSeverity: Severity;
  /** The ILO indicator the rule speaks to, if any. */
  readonly indicator?: IloIndicator;
  /** Tables without which the rule cannot run (it is skipped, with that reason). */
  readonly needs: readonly TableName[];
  readonly legalRefs: readonly string[];
  /** Options schema; defaults come from it. */
  readonly options: O;
  /** What the rule checks and why (Markdown). */
  readonly docs: LocalText;
  /** What a person should verify next, and who acts. */
  readonly nextSteps: LocalText;
  /**
   * The rule's messages by id, in every language, with `{{name}}` for the data a finding gives
   * (ESLint's `meta.messages`): findings carry the id and data, reports render them.
   */
  readonly messages: MessageTemplates;
  /** Jurisdictions the rule applies to; all when absent. */
  readonly jurisdictions?: readonly Jurisdiction[];
  /**
   * Worked examples for the rule's page, at least one `breach` and one `compliant`. A test runs
   * the rule on each, so the page can never show an example the rule does not agree with.
   */
  readonly examples: readonly RuleExample[];
  /**
   * What the rule judges, for the coverage a screening reports: the unit counted (`salary
   * payments`) and why an input of that unit could not be judged, by reason id.
   */
  readonly coverage: RuleCoverageMeta;
}

/** The unit a rule's coverage counts, and its reasons for inputs it could not judge. */
export interface RuleCoverageMeta {
  /** What one input is, in the plural (`salary payments`, `workers with time entries`). */
  readonly unit: LocalText;
  /** Why an input could not be judged, by reason id (`no-hours`). */
  readonly unmeasured: Readonly<Record<string, LocalText>>;
}

/** A row an input comes from, cited as the example of a coverage reason. */
export interface CoverageRow {
  readonly provenance: { readonly source: string; readonly line: number };
}

/**
 * What a rule tells the engine about its inputs while it checks them: each input of its unit
 * was judged, or could not be judged for a reason the rule's `meta.coverage` names.
 */
export interface CoverageReport {
  /** `count` inputs (default 1) were judged. */
  judged(count?: number): void;
  /** An input could not be judged: `reason` is an id of `meta.coverage.unmeasured`; `row` is where it comes from. */
  unmeasured(reason: string, row?: CoverageRow, count?: number): void;
}

/** A worked example: small tables in the data contract's CSV, and what the rule makes of them. */
export interface RuleExample {
  /** `breach`: the rule reports at least one finding; `compliant`: it reports none. */
  readonly kind: 'breach' | 'compliant';
  readonly title: LocalText;
  /** CSV lines (header first) by table name as in file names: `workers`, `time_entries`, … */
  readonly tables: Readonly<Record<string, readonly string[]>>;
  /** Screening date; default `2025-12-31`. */
  readonly on?: string;
  /** Jurisdiction of the screening; default `NO`. */
  readonly jurisdiction?: Jurisdiction;
}

/** What a rule reports; the engine adds id, rule, tier, indicator, references and ordering. */
export interface DraftFinding {
  readonly subject: Subject;
  readonly period?: Period | undefined;
  readonly evidence: readonly Evidence[];
  /** What was seen: an id of the rule's `meta.messages` and the data its template names. */
  readonly message: Message;
  /** The rule's own grading (e.g. by shortfall); the configured severity overrides it. */
  readonly severity?: Severity;
  /** The ILO indicator of this finding when it differs from the rule's (e.g. one per observation). */
  readonly indicator?: IloIndicator;
  /**
   * The Delphi dimensions this finding feeds, when the facts set them apart from the indicator's
   * table entry (e.g. documents retained at recruitment also feed coercive recruitment).
   */
  readonly dimensions?: readonly DimensionContribution[];
  /**
   * The confidence of the person who observed it, for findings that rest on an observation
   * rather than on records (see `Finding.basis`).
   */
  readonly observed?: { readonly confidence: ConfidenceLevel };
  /** The finding describes the worker's situation, not what anyone did (see `Finding.contextOnly`). */
  readonly contextOnly?: true;
}

/** Anything with rule meta: the rules, and the findings the assessment itself adds. */
export interface Documented {
  readonly meta: RuleMeta;
}

/** A rule module: `meta` plus a pure `check`. */
export interface Rule<O extends z.ZodType = z.ZodType> {
  readonly meta: RuleMeta<O>;
  /** Why the rule cannot run here (e.g. no minimum wage in the jurisdiction), or undefined. */
  readonly skipReason?: (context: RuleContext) => Message | undefined;
  readonly check: (context: RuleContext, options: z.output<O>, coverage: CoverageReport) => readonly DraftFinding[];
}

/** Define a rule with its option types inferred (identity at run time). */
export function defineRule<O extends z.ZodType>(rule: Rule<O>): Rule<O> {
  return rule;
}
