/** Public face of the users module. */
export { userListExport } from './users.exports.ts';
export { userImporter } from './users.import.ts';
export { findUnitsByCodes } from './users.repository.ts';
