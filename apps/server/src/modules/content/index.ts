/** Public face of the content module: column counts for indicators, published items for the portal. */
export { countColumnPosts, findUnitsWithColumnPost } from './content.service.ts';
export { onPublicContentChange } from './content.events.ts';
export {
  COUNT_CAP,
  RANK_POOL,
  findPublicFile,
  findRelatedItems,
  getPublishedItem,
  getUnitName,
  listColumnUnits,
  listPublishedItems,
  listSitemapEntries,
  searchPublishedItems,
  type PublicItem,
  type PublicFile,
  type SearchResult,
} from './content.public.ts';
export { publishDueContentJob } from './content.jobs.ts';
export { contentListExport, contentUsageExport } from './content.exports.ts';
