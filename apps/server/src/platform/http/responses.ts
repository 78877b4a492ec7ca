import { ErrorBodySchema } from '@lantoa/contracts/errors';

/** The error responses every authenticated route may give, for its OpenAPI entry. */
export const authErrors = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
} as const;

export const writeErrors = {
  ...authErrors,
  409: ErrorBodySchema,
  422: ErrorBodySchema,
} as const;
