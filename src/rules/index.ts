/**
 * Every rule, in one list. Adding a rule: write `src/rules/<tier>/<rule-id>.ts` and add one line here.
 * @module
 */
import type { Rule } from './rule.js';
import { abusiveLivingConditions } from './forced-labour/abusive-living-conditions.js';
import { childLabour } from './forced-labour/child-labour.js';
import { debtBondage } from './forced-labour/debt-bondage.js';
import { deceptiveRecruitment } from './forced-labour/deceptive-recruitment.js';
import { excessiveDeductions } from './forced-labour/excessive-deductions.js';
import { excessiveHours } from './forced-labour/excessive-hours.js';
import { observedIndicator } from './forced-labour/observed-indicator.js';
import { retainedDocuments } from './forced-labour/retained-documents.js';
import { withheldWages } from './forced-labour/withheld-wages.js';
import { holidayPay } from './social-dumping/no/holiday-pay.js';
import { lodgingTravelCharged } from './social-dumping/no/lodging-travel-charged.js';
import { minimumWage } from './social-dumping/no/minimum-wage.js';
import { overtimePremium } from './social-dumping/no/overtime-premium.js';
import { paidLessThanWorked } from './social-dumping/no/paid-less-than-worked.js';
import { payBelowContract } from './social-dumping/no/pay-below-contract.js';
import { postedWorker } from './social-dumping/no/posted-worker.js';
import { workingTime } from './social-dumping/no/working-time.js';
import { writtenContract } from './social-dumping/no/written-contract.js';

export const RULES: readonly Rule[] = [
  abusiveLivingConditions,
  childLabour,
  debtBondage,
  deceptiveRecruitment,
  excessiveDeductions,
  excessiveHours,
  observedIndicator,
  retainedDocuments,
  withheldWages,
  holidayPay,
  lodgingTravelCharged,
  minimumWage,
  overtimePremium,
  paidLessThanWorked,
  payBelowContract,
  postedWorker,
  workingTime,
  writtenContract,
] as readonly Rule[];
