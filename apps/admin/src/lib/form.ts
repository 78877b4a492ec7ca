import type { z } from 'zod';
import { isApiError } from './api-client.ts';
import { currentLang, translate } from './i18n.tsx';

export type FieldErrors = Record<string, string>;

/** The first problem of each field, keyed by its dotted path ("target.name", "parts.0.type"). */
export function issuesToErrors(issues: readonly { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path || '_';
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

export function zodErrors(error: z.ZodError): FieldErrors {
  return issuesToErrors(error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
}

/** Refusals that concern one field, so that the field is marked as well as the message shown. */
const CODE_FIELDS: Record<string, string> = {
  USERNAME_TAKEN: 'username',
  UNIT_CODE_TAKEN: 'officialCode',
  PASSWORD_WRONG: 'currentPassword',
};

/** Field errors the server sent with VALIDATION_FAILED (or implied by the code), or none. */
export function serverFieldErrors(err: unknown, codeFields: Record<string, string> = CODE_FIELDS): FieldErrors {
  if (isApiError(err, 'VALIDATION_FAILED')) return issuesToErrors(err.issues);
  if (isApiError(err)) {
    const field = codeFields[err.code];
    if (field) return { [field]: err.message };
  }
  return {};
}

const EMPTY_CODES = new Set(['invalid_value', 'invalid_type', 'invalid_format', 'invalid_union']);

/**
 * Validates with the contract's schema before sending; returns the data or the field errors.
 * A choice left empty (a select, a unit picker) reads "please choose" rather than the schema's
 * wording for a malformed value.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { data: z.output<S>; errors: null } | { data: null; errors: FieldErrors } {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { data: result.data, errors: null };
  const required = translate(currentLang(), 'form.required');
  return {
    data: null,
    errors: issuesToErrors(
      result.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message:
          EMPTY_CODES.has(i.code) && (i.input === '' || i.input === undefined || i.input === null)
            ? required
            : i.message,
      })),
    ),
  };
}

/** '' from an empty input means "not given". */
export function optional(s: string): string | undefined {
  const trimmed = s.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function nullable(s: string): string | null {
  const trimmed = s.trim();
  return trimmed === '' ? null : trimmed;
}
