import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditEntrySchema, AuditQuerySchema } from '@lantoa/contracts/audit';
import { pageOf } from '@lantoa/contracts/common';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/db.ts';
import { authErrors } from '../../platform/http/responses.ts';
import * as repo from './audit.repository.ts';

export async function auditRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/audit', {
    config: { access: 'audit:read' },
    schema: { tags: ['audit'], summary: 'Nhật ký thay đổi (chỉ ghi thêm)', querystring: AuditQuerySchema, response: { 200: pageOf(AuditEntrySchema), ...authErrors } },
  }, async (req) => {
    const q = req.query;
    const { rows, total } = await repo.listAudit(db, { ...q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    return {
      items: rows.map((r) => ({
        id: String(r.id), at: r.at.toISOString(), actorId: r.actor_id, actorName: r.actor_name, action: r.action,
        entityType: r.entity_type, entityId: r.entity_id, summary: r.summary, before: r.before ?? null, after: r.after ?? null, ip: r.ip,
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  });
}
