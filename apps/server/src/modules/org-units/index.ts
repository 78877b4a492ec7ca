/** Public face of the org-units module. */
export { getUnit, getTree, searchUnits } from './org-units.service.ts';
export { unitListExport } from './org-units.exports.ts';
export { unitImporter } from './org-units.import.ts';
