import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.ts';
import type { Db } from '../db/db.ts';
import { AppError } from '../errors.ts';
import type { Actor } from './actor.ts';
import { hasPermission } from './actor.ts';
import { resolveSession } from '../../modules/auth/auth.service.ts';
import type { RouteAccess } from '../http/route-config.ts';

export const SESSION_COOKIE = 'lantoa_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type ApiRoute = { method: string; url: string; access: RouteAccess };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 route with the access it declares (the route × role test reads this). */
    apiRoutes: ApiRoute[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    sessionExpiresAt: Date | null;
  }
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Resolves the session cookie to an actor, checks the CSRF token on state-changing requests, and
 * enforces the access every route declares. Services check the unit scope on top of this.
 */
async function authPlugin(app: FastifyInstance, opts: { db: Db; config: Config }) {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionExpiresAt', null);

  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, access });
  });

  // onRequest, before the body is parsed and validated: who may not call a route learns nothing
  // from validation messages.
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    if (!access || !request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    let expired = false;
    if (token) {
      const resolved = await resolveSession({ db: opts.db, config: opts.config, actor: null }, token, request.ip);
      if (resolved && 'actor' in resolved) {
        request.actor = resolved.actor;
        request.csrfToken = resolved.csrfToken;
        request.sessionExpiresAt = resolved.expiresAt;
      } else {
        expired = resolved !== null;
        clearSessionCookie(reply);
      }
    }
    if (access === 'public') return;
    if (!request.actor) throw new AppError(expired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== request.csrfToken) throw new AppError('CSRF_FAILED');
    }
    if (access !== 'authenticated' && !hasPermission(request.actor, access)) throw new AppError('FORBIDDEN');
  });
}

export default fp(authPlugin, { name: 'lantoa-auth' });
