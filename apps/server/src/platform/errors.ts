import { ERROR_STATUS, type ErrorCode } from '@lantoa/contracts/errors';
import { ERROR_MESSAGES_VI } from '@lantoa/contracts/messages';

/** The one error type services throw; the HTTP layer maps its code to a status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES_VI[code]);
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${what}`);
}
