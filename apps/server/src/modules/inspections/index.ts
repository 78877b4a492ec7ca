/** Public face of the inspections module: its exports and the daily overdue job. */
export { inspectionPlanExport, recommendationExport, assessmentExport } from './inspections.exports.ts';
export { overdueRecommendationsJob } from './inspections.jobs.ts';
export { notifyOverdueRecommendations } from './inspections.service.ts';
