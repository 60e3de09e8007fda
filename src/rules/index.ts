/**
 * Every rule, in one list. Adding a rule: write `src/rules/<tier>/<rule-id>.ts` and add one line here.
 * @module
 */
import type { Rule } from './rule.js';
import { minimumWage } from './social-dumping/no/minimum-wage.js';
import { workingTime } from './social-dumping/no/working-time.js';
import { writtenContract } from './social-dumping/no/written-contract.js';

export const RULES: readonly Rule[] = [minimumWage, workingTime, writtenContract] as readonly Rule[];
