/** Public face of the schools module: the facts of target 8 and its exports. */
export { computeSchoolFacts } from './schools.facts.ts';
export { schoolListExport, sessionListExport } from './schools.exports.ts';
