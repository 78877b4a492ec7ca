/** Public face of the partners module. */
export { partnerListExport } from './partners.exports.ts';
