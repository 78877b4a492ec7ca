import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERROR_STATUS, type ErrorCode } from '@lantoa/contracts/errors';
import { ERROR_MESSAGES_VI } from '@lantoa/contracts/messages';
import { AppError } from '../errors.ts';

type PgError = Error & { code?: string; constraint?: string };

function body(code: ErrorCode, message?: string, details?: unknown) {
  return { error: { code, message: message ?? ERROR_MESSAGES_VI[code], ...(details === undefined ? {} : { details }) } };
}

/** Maps a PostgreSQL error that escaped a service to an API error, or null when it is a bug. */
function fromPg(err: PgError): AppError | null {
  switch (err.code) {
    case '23505':
      return new AppError('CONFLICT', undefined, { constraint: err.constraint });
    case '23P01':
      return new AppError('UNIT_VERSION_OVERLAP');
    // A request naming an object that does not exist (a unit, a survey…) where a service did not look first.
    // Or removing one that others still point to.
    case '23503':
      return err.message?.startsWith('update or delete')
        ? new AppError('CONFLICT', 'Không thể xóa hoặc sửa vì dữ liệu khác đang tham chiếu đến đối tượng này')
        : new AppError('BAD_REQUEST', 'Đối tượng được tham chiếu không tồn tại hoặc đã bị xóa');
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('BAD_REQUEST');
    // A number the request carried does not fit the column (e.g. a version of 2^40).
    case '22003':
      return new AppError('BAD_REQUEST', 'Giá trị số vượt quá giới hạn cho phép');
    // Characters PostgreSQL text cannot hold (NUL), or a value too long to index.
    case '22021':
    case '22P05':
      return new AppError('BAD_REQUEST', 'Dữ liệu chứa ký tự không hợp lệ');
    case '54000':
      return new AppError('BAD_REQUEST', 'Dữ liệu quá dài');
    case '57P01':
    case '57P03':
    case '08000':
    case '08003':
    case '08006':
      return new AppError('DATABASE_UNAVAILABLE');
    default:
      if (err.message?.includes('ECONNREFUSED') || err.message?.includes('Connection terminated'))
        return new AppError('DATABASE_UNAVAILABLE');
      return null;
  }
}

/** One error shape for every failure: `{ error: { code, message, details } }`; 5xx hide their cause. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => {
        const where = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const part = err.validationContext === 'body' ? '' : `${err.validationContext}.`;
        return { path: `${part}${where}` || (err.validationContext ?? ''), message: v.message ?? 'Không hợp lệ' };
      });
      const first = issues[0];
      const message = first ? `Dữ liệu không hợp lệ: ${first.message}` : ERROR_MESSAGES_VI.VALIDATION_FAILED;
      return reply.status(400).send(body('VALIDATION_FAILED', message, { issues }));
    }
    if (err instanceof AppError) {
      return reply.status(err.status).send(body(err.code, err.message, err.details));
    }
    const pgErr = fromPg(err);
    if (pgErr) {
      if (pgErr.status >= 500) request.log.error({ err }, 'database unavailable');
      return reply.status(pgErr.status).send(body(pgErr.code, pgErr.message, pgErr.details));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response does not match its schema');
      return reply.status(500).send(body('INTERNAL'));
    }
    const status = err.statusCode ?? 500;
    if (status === 413) return reply.status(413).send(body('PAYLOAD_TOO_LARGE'));
    if (status === 429) return reply.status(429).send(body('RATE_LIMITED'));
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, and the like.
      const code: ErrorCode = status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
      return reply.status(ERROR_STATUS[code] === status ? status : 400).send(body(code));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('INTERNAL'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('NOT_FOUND', `Không tìm thấy đường dẫn ${request.method} ${request.url.split('?')[0]}`));
  });
}

/**
 * Errors the router raises before any route runs (a path that is not valid percent-encoded UTF-8,
 * a path parameter longer than the router allows): the same error shape as everything else.
 */
export function frameworkErrors(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
  reply
    .status(tooLong ? 414 : 400)
    .send(body('BAD_REQUEST', tooLong ? 'Đường dẫn quá dài' : 'Đường dẫn không hợp lệ (mã hóa ký tự sai)'));
}

/**
 * Errors of the HTTP parser itself (headers or URL too large, malformed request line): answered
 * in the error shape, then the connection is closed as Node does.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'Đường dẫn hoặc phần đầu của yêu cầu quá lớn']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'Yêu cầu gửi quá chậm']
        : [400, 'Bad Request', ERROR_MESSAGES_VI.BAD_REQUEST];
  if (!socket.writable) return void socket.destroy(err);
  const payload = JSON.stringify(body('BAD_REQUEST', message));
  socket.write(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(payload)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${payload}`,
  );
  socket.destroy(err);
}
