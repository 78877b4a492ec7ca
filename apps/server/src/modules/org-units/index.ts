/** Public face of the org-units module. */
export { getUnit, getTree, searchUnits } from './org-units.service.ts';
