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
import { recruitmentVulnerability } from './forced-labour/recruitment-vulnerability.js';
import { retainedDocuments } from './forced-labour/retained-documents.js';
import { withheldWages } from './forced-labour/withheld-wages.js';
import { buyerDuty } from './social-dumping/no/buyer-duty.js';
import { holidayPay } from './social-dumping/no/holiday-pay.js';
import { lowOrNoSalary } from './social-dumping/low-or-no-salary.js';
import { lodgingTravelCharged } from './social-dumping/no/lodging-travel-charged.js';
import { minimumWage } from './social-dumping/no/minimum-wage.js';
import { overtimePremium } from './social-dumping/no/overtime-premium.js';
import { paidLessThanWorked } from './social-dumping/no/paid-less-than-worked.js';
import { payBelowContract } from './social-dumping/no/pay-below-contract.js';
import { postedWorker } from './social-dumping/no/posted-worker.js';
import { unapprovedSupplier } from './social-dumping/no/unapproved-supplier.js';
import { workingTime } from './social-dumping/no/working-time.js';
import { writtenContract } from './social-dumping/no/written-contract.js';
import { cashWages } from './work-crime/cash-wages.js';
import { chainDepth } from './work-crime/chain-depth.js';
import { identityAnomalies } from './work-crime/identity-anomalies.js';
import { missingHmsCard } from './work-crime/missing-hms-card.js';
import { observedWorkCrime } from './work-crime/observed-work-crime.js';
import { overcrowdedHousing } from './work-crime/overcrowded-housing.js';
import { priceBelowLabourCost } from './work-crime/price-below-labour-cost.js';
import { sharedInfrastructure } from './work-crime/shared-infrastructure.js';
import { shellCompany } from './work-crime/shell-company.js';
import { thirdPartyAccount } from './work-crime/third-party-account.js';
import { unregisteredWork } from './work-crime/unregistered-work.js';

export const RULES: readonly Rule[] = [
  abusiveLivingConditions,
  childLabour,
  debtBondage,
  deceptiveRecruitment,
  excessiveDeductions,
  excessiveHours,
  observedIndicator,
  recruitmentVulnerability,
  retainedDocuments,
  withheldWages,
  buyerDuty,
  holidayPay,
  lowOrNoSalary,
  lodgingTravelCharged,
  minimumWage,
  overtimePremium,
  paidLessThanWorked,
  payBelowContract,
  postedWorker,
  unapprovedSupplier,
  workingTime,
  writtenContract,
  cashWages,
  chainDepth,
  identityAnomalies,
  missingHmsCard,
  observedWorkCrime,
  overcrowdedHousing,
  priceBelowLabourCost,
  sharedInfrastructure,
  shellCompany,
  thirdPartyAccount,
  unregisteredWork,
] as readonly Rule[];
