import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OkSchema } from '@lantoa/contracts/common';
import {
  CreateDocumentBodySchema,
  CreateProgrammeBodySchema,
  CreateResponsibilityBodySchema,
  CreateTargetBodySchema,
  CreateTaskAreaBodySchema,
  DeleteQuerySchema,
  ProgrammeDetailSchema,
  ProgrammeDocumentSchema,
  ProgrammeItemParamsSchema,
  ProgrammeListQuerySchema,
  ProgrammeListSchema,
  ProgrammeParamsSchema,
  ProgrammeSchema,
  ResponsibilitySchema,
  TargetSchema,
  TaskAreaSchema,
  UpdateDocumentBodySchema,
  UpdateProgrammeBodySchema,
  UpdateResponsibilityBodySchema,
  UpdateTargetBodySchema,
  UpdateTaskAreaBodySchema,
} from '@lantoa/contracts/programme';
import type { Config } from '../../config.ts';
import type { AuthedCtx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/db.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import * as programmes from './programme.service.ts';

const TAG = ['programme'];

export async function programmeRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Routes that need a permission only run with a signed-in actor (the auth plugin sees to it).
  const ctxOf = (request: FastifyRequest): AuthedCtx => ({ db, config, actor: request.actor! });

  // ── Programme ───────────────────────────────────────────────────────────────────────────
  r.get(
    '/api/v1/programmes',
    {
      config: { access: 'programme:read' },
      schema: {
        tags: TAG,
        summary: 'Danh sách đề án (dự thảo chỉ hiện với người quản lý đề án)',
        querystring: ProgrammeListQuerySchema,
        response: { 200: ProgrammeListSchema, ...authErrors },
      },
    },
    async (request) => programmes.findProgrammes(ctxOf(request), request.query),
  );

  r.get(
    '/api/v1/programmes/:id',
    {
      config: { access: 'programme:read' },
      schema: {
        tags: TAG,
        summary: 'Một đề án với văn bản, nội dung nhiệm vụ, chỉ tiêu và phân công',
        params: ProgrammeParamsSchema,
        response: { 200: ProgrammeDetailSchema, ...authErrors },
      },
    },
    async (request) => programmes.getProgramme(ctxOf(request), request.params.id),
  );

  r.post(
    '/api/v1/programmes',
    {
      config: { access: 'programme:manage' },
      schema: {
        tags: TAG,
        summary: 'Tạo đề án mới, có thể kèm toàn bộ nội dung (tất cả hoặc không gì cả)',
        body: CreateProgrammeBodySchema,
        response: { 201: ProgrammeDetailSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await programmes.createProgramme(ctxOf(request), request.body);
      return reply.status(201).send(created);
    },
  );

  r.put(
    '/api/v1/programmes/:id',
    {
      config: { access: 'programme:manage' },
      schema: {
        tags: TAG,
        summary: 'Sửa thông tin chung của đề án (cần số phiên bản đang sửa)',
        params: ProgrammeParamsSchema,
        body: UpdateProgrammeBodySchema,
        response: { 200: ProgrammeSchema, ...writeErrors },
      },
    },
    async (request) => programmes.updateProgramme(ctxOf(request), request.params.id, request.body),
  );

  r.delete(
    '/api/v1/programmes/:id',
    {
      config: { access: 'programme:manage' },
      schema: {
        tags: TAG,
        summary: 'Xóa đề án dự thảo',
        params: ProgrammeParamsSchema,
        querystring: DeleteQuerySchema,
        response: { 200: OkSchema, ...writeErrors },
      },
    },
    async (request) => {
      await programmes.deleteProgramme(ctxOf(request), request.params.id, request.query.version);
      return { ok: true as const };
    },
  );

  // ── Parts of a programme: one pattern for documents, task areas, targets, responsibilities ──
  registerPart(app, ctxOf, {
    path: 'documents',
    label: 'văn bản',
    schema: ProgrammeDocumentSchema,
    createBody: CreateDocumentBodySchema,
    updateBody: UpdateDocumentBodySchema,
    create: programmes.createDocument,
    update: programmes.updateDocument,
    remove: programmes.deleteDocument,
  });
  registerPart(app, ctxOf, {
    path: 'task-areas',
    label: 'nội dung nhiệm vụ',
    schema: TaskAreaSchema,
    createBody: CreateTaskAreaBodySchema,
    updateBody: UpdateTaskAreaBodySchema,
    create: programmes.createTaskArea,
    update: programmes.updateTaskArea,
    remove: programmes.deleteTaskArea,
  });
  registerPart(app, ctxOf, {
    path: 'targets',
    label: 'chỉ tiêu',
    schema: TargetSchema,
    createBody: CreateTargetBodySchema,
    updateBody: UpdateTargetBodySchema,
    create: programmes.createTarget,
    update: programmes.updateTarget,
    remove: programmes.deleteTarget,
  });
  registerPart(app, ctxOf, {
    path: 'responsibilities',
    label: 'phân công nhiệm vụ',
    schema: ResponsibilitySchema,
    createBody: CreateResponsibilityBodySchema,
    updateBody: UpdateResponsibilityBodySchema,
    create: programmes.createResponsibility,
    update: programmes.updateResponsibility,
    remove: programmes.deleteResponsibility,
  });
}

type PartRoutes<S extends z.ZodType, C extends z.ZodType, U extends z.ZodType> = {
  path: string;
  label: string;
  schema: S;
  createBody: C;
  updateBody: U;
  create: (ctx: AuthedCtx, programmeId: string, body: z.output<C>) => Promise<z.input<S>>;
  update: (ctx: AuthedCtx, programmeId: string, id: string, body: z.output<U>) => Promise<z.input<S>>;
  remove: (ctx: AuthedCtx, programmeId: string, id: string, version?: number) => Promise<void>;
};

type ItemParams = { id: string; itemId: string };

/**
 * POST /programmes/:id/<part>, PUT and DELETE /programmes/:id/<part>/:itemId. The zod schemas
 * validate and serialise at run time as on every route; the request types are spelled out here
 * because the type provider cannot follow schemas through a generic.
 */
function registerPart<S extends z.ZodType, C extends z.ZodType, U extends z.ZodType>(
  r: FastifyInstance,
  ctxOf: (request: FastifyRequest) => AuthedCtx,
  part: PartRoutes<S, C, U>,
) {
  r.post<{ Params: { id: string } }>(
    `/api/v1/programmes/:id/${part.path}`,
    {
      config: { access: 'programme:manage' },
      schema: {
        tags: TAG,
        summary: `Thêm ${part.label} vào đề án`,
        params: ProgrammeParamsSchema,
        body: part.createBody,
        response: { 201: part.schema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await part.create(ctxOf(request), request.params.id, request.body as z.output<C>);
      return reply.status(201).send(created);
    },
  );

  r.put<{ Params: ItemParams }>(
    `/api/v1/programmes/:id/${part.path}/:itemId`,
    {
      config: { access: 'programme:manage' },
      schema: {
        tags: TAG,
        summary: `Sửa ${part.label} (cần số phiên bản đang sửa)`,
        params: ProgrammeItemParamsSchema,
        body: part.updateBody,
        response: { 200: part.schema, ...writeErrors },
      },
    },
    async (request) =>
      part.update(ctxOf(request), request.params.id, request.params.itemId, request.body as z.output<U>),
  );

  r.delete<{ Params: ItemParams; Querystring: { version?: number } }>(
    `/api/v1/programmes/:id/${part.path}/:itemId`,
    {
      config: { access: 'programme:manage' },
      schema: {
        tags: TAG,
        summary: `Xóa ${part.label}`,
        params: ProgrammeItemParamsSchema,
        querystring: DeleteQuerySchema,
        response: { 200: OkSchema, ...writeErrors },
      },
    },
    async (request) => {
      await part.remove(ctxOf(request), request.params.id, request.params.itemId, request.query.version);
      return { ok: true as const };
    },
  );
}
