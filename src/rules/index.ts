/**
 * Every rule, in one list. Adding a rule: write `src/rules/<tier>/<rule-id>.ts` and add one line here.
 * @module
 */
import type { Rule } from './rule.js';
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
