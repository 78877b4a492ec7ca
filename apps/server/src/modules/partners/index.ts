/** Public face of the partners module. */
export { partnerListExport } from './partners.exports.ts';
export { partnerImporter } from './partners.import.ts';
