import { z } from 'zod';
import { defineJob } from '../../platform/jobs/jobs.ts';
import { publishDueItems } from './content.service.ts';

/** Publishes the scheduled items whose time has come (scheduled every minute). */
export const publishDueContentJob = defineJob({
  kind: 'content.publish-due',
  title: 'Đăng nội dung đã hẹn giờ',
  payload: z.object({}).passthrough(),
  attempts: 3,
  run: async (ctx) => ({ published: await publishDueItems(ctx.db) }),
});
