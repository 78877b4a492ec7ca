import { JobRegistry } from './platform/jobs/jobs.ts';
import { sendNotificationEmailJob, dispatchRemindersJob } from './platform/notifications/notifications.jobs.ts';
import { renderDocumentJob } from './platform/documents/documents.jobs.ts';
import { defineExportJob } from './platform/exports/exports.jobs.ts';
import { defineImportJob } from './platform/imports/imports.jobs.ts';
import { EXPORT_SOURCES, IMPORTERS } from './data-exchange.ts';
import { pullFeedsJob, PULL_FEEDS_SCHEDULE } from './modules/press/index.ts';
import { recountTeamsJob } from './modules/cdt/index.ts';
import { overdueRecommendationsJob } from './modules/inspections/index.ts';
import { publishDueContentJob } from './modules/content/index.ts';

/**
 * Every kind of background job, registered in one place so that the server and a separate worker
 * process (`npm run worker`) know the same kinds.
 */
export function buildJobRegistry(): JobRegistry {
  const registry = new JobRegistry();
  registry.register(sendNotificationEmailJob);
  registry.register(dispatchRemindersJob);
  registry.register(renderDocumentJob);
  registry.register(defineExportJob(EXPORT_SOURCES));
  registry.register(defineImportJob(IMPORTERS));
  registry.register(pullFeedsJob);
  registry.register(recountTeamsJob);
  registry.register(overdueRecommendationsJob);
  registry.register(publishDueContentJob);
  return registry;
}

/** Scheduled tasks (cron, Vietnam time) run by the worker. */
export const SCHEDULES = [
  { kind: dispatchRemindersJob.kind, cron: '* * * * *' },
  PULL_FEEDS_SCHEDULE,
  { kind: recountTeamsJob.kind, cron: '5 0 * * *' },
  // Every morning at 07:00: recommendations past their deadline are flagged once.
  { kind: overdueRecommendationsJob.kind, cron: '0 7 * * *' },
  { kind: publishDueContentJob.kind, cron: '* * * * *' },
];
