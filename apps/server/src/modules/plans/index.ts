/** Public face of the plans module: facts for targets 2 and 3, and the lists it exports. */
export { computePlanTargetFacts } from './plans.service.ts';
export { estimateExport, planBoardExport, planListExport } from './plans.exports.ts';
