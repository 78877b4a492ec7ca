import type { FastifyInstance } from 'fastify';

/** Security headers on every answer; the CSP allows only our own origin (swagger UI needs inline styles). */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    // A page meant to be embedded elsewhere (the column widget) says so in its own CSP.
    if (!String(reply.getHeader('content-security-policy') ?? '').includes('frame-ancestors *')) reply.header('x-frame-options', 'SAMEORIGIN');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (!reply.hasHeader('content-security-policy')) {
      const isDocs = request.url.startsWith('/api/docs');
      reply.header(
        'content-security-policy',
        [
          "default-src 'self'",
          `script-src 'self'${isDocs ? " 'unsafe-inline'" : ''}`,
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "frame-ancestors 'self'",
          "form-action 'self'",
          "base-uri 'self'",
          "object-src 'none'",
        ].join('; '),
      );
    }
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
