export { caseListExport, caseStatsExport } from './cases.exports.ts';
export { caseRoutes } from './cases.routes.ts';
export { getPublicCase, normaliseTrackingCode, parsePublicReport, storePublicReport, type CaseDeps, type PublicCase } from './cases.service.ts';
