import { z } from 'zod';
import { defineJob } from '../../platform/jobs/jobs.ts';
import { findChannelIdsWithFeed } from './press.repository.ts';
import { pullChannelFeed } from './press.service.ts';

export const PULL_FEEDS_JOB_KIND = 'press.feed.pull';

/**
 * Pulls RSS/Atom feeds into the channels' article lists. With a channel id (the "Lấy tin ngay"
 * button) the job fails with the feed's problem; the scheduled run without one pulls every channel
 * that has a feed, records each failure on its channel and reports them in its result.
 */
export const pullFeedsJob = defineJob({
  kind: PULL_FEEDS_JOB_KIND,
  title: 'Lấy tin từ RSS/Atom của các kênh báo chí, cổng thông tin',
  payload: z.object({ channelId: z.uuid().optional() }),
  attempts: 1,
  run: async (ctx, payload) => {
    if (payload.channelId) {
      await ctx.progress(10, 'Đang lấy tin');
      const r = await pullChannelFeed(ctx.db, ctx.config, payload.channelId);
      await ctx.progress(100, `Đã đọc ${r.items} mục, thêm ${r.added} tin bài mới`);
      return { channels: 1, items: r.items, added: r.added, failed: [] as { channelId: string; message: string }[] };
    }
    const ids = await findChannelIdsWithFeed(ctx.db);
    let items = 0;
    let added = 0;
    const failed: { channelId: string; message: string }[] = [];
    for (const [i, id] of ids.entries()) {
      try {
        const r = await pullChannelFeed(ctx.db, ctx.config, id);
        items += r.items;
        added += r.added;
      } catch (err) {
        failed.push({ channelId: id, message: (err as Error).message });
      }
      await ctx.progress(Math.round(((i + 1) / ids.length) * 100), `Đã lấy ${i + 1}/${ids.length} kênh`);
    }
    return { channels: ids.length, items, added, failed };
  },
});

/** Every hour at minute 17 (Vietnam time), away from the top of the hour. */
export const PULL_FEEDS_SCHEDULE = { kind: PULL_FEEDS_JOB_KIND, cron: '17 * * * *' };
