import type { Permission } from '@lantoa/contracts/access';

/** What a route requires: a permission, any signed-in user, or nothing. Every API route declares one. */
export type RouteAccess = Permission | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
