import type { IndicatorStrength } from '../../model/enums.js';
import { INDICATOR_PROFILES } from '../../assess/ilo-table.js';
import type { IloIndicator } from '../../model/enums.js';
import type { Message } from '../../i18n/format-message.js';

/**
 * Words and helpers the forced-labour indicator rules share.
 * @module
 */

/** Who acts on forced-labour indicators, in one sentence per language (the seeds stress cooperation). */
export const WHO_ACTS = {
  en: 'Share with the labour inspectorate and, where coercion is indicated, the police and the anti-trafficking coordinator (in Norway KOM, the national coordinating unit for victims of trafficking; in Denmark the Centre against Human Trafficking), who can offer the worker protection before anyone confronts the employer.',
  nb: 'Del med Arbeidstilsynet og, der det er tegn på tvang, politiet og koordinatoren mot menneskehandel (KOM, Koordineringsenheten for ofre for menneskehandel), som kan gi arbeidstakeren beskyttelse før noen konfronterer arbeidsgiveren.',
} as const;

/** @summary `2025-03-14` → `2025-03`. */
export const monthOf = (date: string) => date.slice(0, 7);

/** @summary An indicator code as words: `debt-bondage` → `debt bondage`. */
export const indicatorWords = (code: IloIndicator) => code.replace(/-/g, ' ');

/** @summary The strongest strength an indicator has in the ILO table. */
export function strongestStrength(code: IloIndicator): IndicatorStrength {
  const strengths = INDICATOR_PROFILES[code].dimensions.map((d) => d.strength);
  return strengths.includes('strong') ? 'strong' : strengths.includes('medium') ? 'medium' : 'weak';
}

/** @summary Evidence rows cited, at most `max`, with how many were left out. */
export function firstOf<T>(rows: readonly T[], max: number): { shown: T[]; more: Message | '' } {
  const shown = rows.slice(0, max);
  return { shown, more: rows.length > max ? { id: 'more-not-cited', data: { count: rows.length - max } } : '' };
}
