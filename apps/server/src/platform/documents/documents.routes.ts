import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { RenderDocumentBodySchema, RenderDocumentResponseSchema } from '@lantoa/contracts/documents';
import type { RouteDeps } from '../../app.ts';
import { writeErrors } from '../http/responses.ts';
import { RENDER_DOCUMENT_JOB_KIND } from './documents.jobs.ts';

export async function documentRoutes(app: FastifyInstance, { jobs }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];

  r.post(
    '/api/v1/documents/render',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Tạo văn bản hành chính (Word, PDF) theo thể thức Nghị định 30/2020/NĐ-CP',
        description:
          'Xếp hàng một công việc nền; theo dõi ở /api/v1/jobs/{jobId}. Khi xong, kết quả công việc liệt kê các tệp đã tạo (id, tên, loại, dung lượng).',
        body: RenderDocumentBodySchema,
        response: { 202: RenderDocumentResponseSchema, ...writeErrors },
      },
    },
    async (req, reply) => {
      const jobId = await jobs.enqueue(RENDER_DOCUMENT_JOB_KIND, req.body, { actorId: req.actor!.userId });
      return reply.status(202).send({ jobId });
    },
  );
}
