/** Public face of the plans module: facts for targets 2 and 3, read by the indicator engine. */
export { computePlanTargetFacts } from './plans.service.ts';
