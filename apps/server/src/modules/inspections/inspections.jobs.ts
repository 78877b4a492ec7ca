import { z } from 'zod';
import { defineJob } from '../../platform/jobs/jobs.ts';
import { Notifier } from '../../platform/notifications/notifier.ts';
import { notifyOverdueRecommendations } from './inspections.service.ts';

/** Daily: recommendations past their deadline are flagged to the responsible unit and the standing agency, once. */
export const overdueRecommendationsJob = defineJob({
  kind: 'inspections.overdue',
  title: 'Báo kiến nghị sau kiểm tra quá hạn',
  payload: z.object({}).passthrough(),
  attempts: 1,
  run: async (ctx) => ({ flagged: await notifyOverdueRecommendations(ctx.db, new Notifier(ctx.queue, Boolean(ctx.config.smtpUrl))) }),
});
