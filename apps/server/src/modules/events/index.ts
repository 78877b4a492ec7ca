/** Public face of the events module: exports, import, the portal's reads, the register's facts. */
export { eventListExport } from './events.exports.ts';
export { eventImporter } from './events.import.ts';
export { findPublicEventsOfMonth, findPublicProducts, findPublicUpcoming, getPublicEvent, openPublicPhoto, type PublicEvent } from './events.service.ts';
