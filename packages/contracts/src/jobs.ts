import { z } from 'zod';
import { UuidSchema } from './common.ts';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;

export const JobViewSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  status: z.enum(JOB_STATUSES),
  progress: z.number().int().min(0).max(100),
  message: z.string().nullable(),
  result: z.unknown().nullable(),
  error: z.string().nullable(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof JobViewSchema>;

export const JobListQuerySchema = z.object({
  status: z.enum(JOB_STATUSES).optional(),
  kind: z.string().trim().max(100).optional(),
  mine: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const JobIdParamsSchema = z.object({ id: UuidSchema });
