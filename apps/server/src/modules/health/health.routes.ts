import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/db.ts';

const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().nullable() }),
  version: z.string(),
});
const HealthDownSchema = HealthSchema.extend({ status: z.literal('degraded') });

export async function healthRoutes(app: FastifyInstance, { db, version }: { db: Db; version: string }) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/health', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: 'Tình trạng hệ thống và cơ sở dữ liệu', response: { 200: HealthSchema, 503: HealthDownSchema } },
  }, async (_request, reply) => {
    const started = performance.now();
    try {
      await db.query('SELECT 1');
      return { status: 'ok' as const, database: { status: 'up' as const, latencyMs: Math.round(performance.now() - started) }, version };
    } catch {
      return reply.status(503).send({ status: 'degraded' as const, database: { status: 'down' as const, latencyMs: null }, version });
    }
  });
}
