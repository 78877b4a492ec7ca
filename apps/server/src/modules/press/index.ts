/** Public face of the press module: the facts of target 7, its exports, import and feed job. */
export { computeColumnFacts, countArticlesForYear } from './press.facts.ts';
export { channelListExport, articleCountsExport } from './press.exports.ts';
export { channelImporter } from './press.import.ts';
export { pullFeedsJob, PULL_FEEDS_SCHEDULE } from './press.jobs.ts';
