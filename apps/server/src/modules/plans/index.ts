/** Public face of the plans module: facts for targets 2 and 3, the lists it exports, a unit's yearly plan, who to notify. */
export { computePlanTargetFacts, findUnitYearPlanOutline } from './plans.service.ts';
export { estimateExport, planBoardExport, planListExport } from './plans.exports.ts';
export { findUnitUsers, findUsersWithRole } from './plans.repository.ts';
