import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ChangePasswordBodySchema, LoginBodySchema, MeSchema } from '@lantoa/contracts/auth';
import { OkSchema } from '@lantoa/contracts/common';
import { ErrorBodySchema } from '@lantoa/contracts/errors';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/db.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/auth.plugin.ts';
import { authErrors, writeErrors } from '../../platform/http/responses.ts';
import * as auth from './auth.service.ts';

export async function authRoutes(app: FastifyInstance, { db, config }: { db: Db; config: Config }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const secureCookie = config.env === 'production';

  r.post('/api/v1/auth/login', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Đăng nhập bằng tên đăng nhập và mật khẩu',
      body: LoginBodySchema,
      response: { 200: MeSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 429: ErrorBodySchema },
    },
  }, async (request, reply) => {
    const ctx = { db, config, actor: null };
    const { token, expiresAt } = await auth.login(ctx, request.body, {
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    });
    setSessionCookie(reply, token, expiresAt, secureCookie);
    const resolved = await auth.resolveSession(ctx, token, request.ip);
    if (!resolved || !('actor' in resolved)) throw new Error('session vanished right after login');
    return auth.getMe({ ...ctx, actor: resolved.actor }, resolved.csrfToken, resolved.expiresAt);
  });

  r.post('/api/v1/auth/logout', {
    config: { access: 'authenticated' },
    schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: OkSchema, ...authErrors } },
  }, async (request, reply) => {
    await auth.logout({ db, config, actor: request.actor! });
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  r.get('/api/v1/auth/me', {
    config: { access: 'authenticated' },
    schema: { tags: ['auth'], summary: 'Người dùng hiện tại, quyền và mã chống giả mạo', response: { 200: MeSchema, ...authErrors } },
  }, async (request) => {
    return auth.getMe({ db, config, actor: request.actor! }, request.csrfToken!, request.sessionExpiresAt!);
  });

  r.post('/api/v1/auth/change-password', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['auth'],
      summary: 'Đổi mật khẩu (các phiên khác bị đăng xuất)',
      body: ChangePasswordBodySchema,
      response: { 200: OkSchema, ...writeErrors },
    },
  }, async (request) => {
    await auth.changePassword({ db, config, actor: request.actor! }, request.body);
    return { ok: true as const };
  });
}
