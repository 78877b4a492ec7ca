import { z } from 'zod';

/** Every error code the API can answer with, and the HTTP status it maps to. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  USERNAME_TAKEN: 409,
  UNIT_CODE_TAKEN: 409,
  INVALID_DATE_RANGE: 422,
  UNIT_NOT_VALID_ON_DATE: 422,
  UNIT_CYCLE: 422,
  UNIT_PARENT_INVALID: 422,
  UNIT_HAS_CHILDREN: 422,
  UNIT_VERSION_OVERLAP: 422,
  MERGE_NEEDS_TWO: 422,
  SPLIT_NEEDS_TWO: 422,
  PASSWORD_TOO_WEAK: 422,
  PASSWORD_WRONG: 422,
  LAST_ADMIN: 422,
  PROGRAMME_CODE_TAKEN: 409,
  TASK_AREA_NUMBER_TAKEN: 409,
  TARGET_NUMBER_TAKEN: 409,
  PROGRAMME_NOT_DRAFT: 422,
  TASK_AREA_UNKNOWN: 422,
  RESPONSIBLE_UNIT_UNKNOWN: 422,
  TRANSITION_NOT_ALLOWED: 409,
  COMMENT_REQUIRED: 422,
  PLAN_LOCKED: 409,
  REPORT_LOCKED: 409,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TYPE_REFUSED: 415,
  IMPORT_HAS_ERRORS: 422,
  IMPORT_NOT_PENDING: 409,
  TOO_MANY_LOGIN_ATTEMPTS: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Field-level problem, as returned in `details.issues` of VALIDATION_FAILED. */
export const FieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;
