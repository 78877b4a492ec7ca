import type { FieldIssue } from '@lantoa/contracts/errors';

export const API_BASE = '/api/v1';

type QueryValue = string | number | boolean | null | undefined;

export type ApiRequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, or as multipart when it is a FormData. */
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Set for requests whose 401 is an answer, not a reason to send the user to the login page. */
  ignoreUnauthenticated?: boolean;
};

/** An error answered by the API as `{ error: { code, message, details } }`, or a network failure. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;
  constructor(code: string, message: string, status: number, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }

  /** Field problems of a VALIDATION_FAILED answer, as sent by the server. */
  get issues(): FieldIssue[] {
    const d = this.details as { issues?: unknown } | null | undefined;
    if (!d || !Array.isArray(d.issues)) return [];
    return d.issues.filter(
      (i): i is FieldIssue =>
        typeof i === 'object' &&
        i !== null &&
        typeof (i as FieldIssue).path === 'string' &&
        typeof (i as FieldIssue).message === 'string',
    );
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';
const SESSION_CODES = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);

let csrfToken: string | null = null;
let unauthenticatedHandler: ((code: string) => void) | null = null;
let csrfRefresher: (() => Promise<string | null>) | null = null;

/** The anti-forgery token of the current session (from /auth/me or the login answer). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request finds the session gone; the app sends the user to the login page. */
export function onUnauthenticated(handler: ((code: string) => void) | null): void {
  unauthenticatedHandler = handler;
}

/** How to get a fresh token when the server refuses the one we hold (for example after a re-login in another tab). */
export function onCsrfRefresh(refresher: (() => Promise<string | null>) | null): void {
  csrfRefresher = refresher;
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function send(path: string, options: ApiRequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  // A form (file upload) sets its own multipart content type, boundary included.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(`${API_BASE}${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(NETWORK_ERROR, 'Không kết nối được máy chủ', 0);
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await res.json();
  } catch {
    payload = null;
  }
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(
      error.code,
      typeof error.message === 'string' ? error.message : error.code,
      res.status,
      error.details,
    );
  }
  return new ApiError(
    res.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
    res.statusText || `HTTP ${res.status}`,
    res.status,
  );
}

/** Calls the API under /api/v1 on the same origin, with the session cookie and the CSRF header. */
export async function apiFetch<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const res = await apiResponse(path, options);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Like apiFetch, but hands back the answer itself, for the callers that read a file from it or
 * tell 200 from 202. Errors are thrown the same way.
 */
export async function apiResponse(path: string, options: ApiRequestOptions = {}): Promise<Response> {
  let res = await send(path, options);
  if (res.status === 403 && (options.method ?? 'GET') !== 'GET' && csrfRefresher) {
    const err = await toApiError(res.clone());
    if (err.code === 'CSRF_FAILED') {
      const fresh = await csrfRefresher();
      if (fresh) {
        csrfToken = fresh;
        res = await send(path, options);
      }
    }
  }
  if (!res.ok) {
    const err = await toApiError(res);
    if (res.status === 401 && SESSION_CODES.has(err.code) && !options.ignoreUnauthenticated) {
      csrfToken = null;
      unauthenticatedHandler?.(err.code);
    }
    throw err;
  }
  return res;
}

export function isApiError(err: unknown, code?: string): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}
