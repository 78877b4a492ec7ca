/** Public face of the schools module: the facts of target 8, its exports and import. */
export { computeSchoolFacts } from './schools.facts.ts';
export { schoolListExport, sessionListExport } from './schools.exports.ts';
export { schoolImporter } from './schools.import.ts';
export { sessionImporter } from './sessions.import.ts';
