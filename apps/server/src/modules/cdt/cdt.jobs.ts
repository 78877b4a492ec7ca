import { z } from 'zod';
import { defineJob } from '../../platform/jobs/jobs.ts';
import { recountTeams } from './cdt.service.ts';

/** Nightly: members whose end date has passed stop counting toward their team's seven. */
export const recountTeamsJob = defineJob({
  kind: 'cdt.recount',
  title: 'Đếm lại thành viên đang hoạt động của các tổ công nghệ số cộng đồng',
  payload: z.object({}).passthrough(),
  attempts: 2,
  run: async (ctx) => ({ teams: await recountTeams(ctx.db) }),
});
