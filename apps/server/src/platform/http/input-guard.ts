import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

const MESSAGE = 'Dữ liệu chứa ký tự không hợp lệ (ký tự NUL)';

/** The path of the first string (value or key) holding a NUL character, or null. Iterative: deep input cannot overflow the stack. */
export function findNul(value: unknown, root: string): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [v, where] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return where;
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (k.includes('\u0000')) return where;
        stack.push([child, where ? `${where}.${k}` : k]);
      }
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold a NUL character: input carrying one (in the body, query or path) is
 * refused before validation with a clear message, for every route, instead of failing in the database.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const where = findNul(request.params, 'params') ?? findNul(request.query, 'query') ?? findNul(request.body, '');
    if (where !== null)
      throw new AppError('VALIDATION_FAILED', MESSAGE, { issues: [{ path: where, message: 'Không được chứa ký tự NUL' }] });
  });
}
