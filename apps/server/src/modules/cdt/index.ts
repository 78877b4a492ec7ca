/** Public face of the CDT teams module: facts for indicators, export and import, the nightly recount. */
export { computeSupportFacts, recountTeams } from './cdt.service.ts';
export { teamListExport } from './cdt.exports.ts';
export { teamImporter } from './cdt.import.ts';
export { recountTeamsJob } from './cdt.jobs.ts';
