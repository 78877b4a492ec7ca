import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

type Patch = Record<string, string | number | boolean | null | undefined>;

/**
 * Filters, sort and page live in the address, so a list can be bookmarked, shared and left with
 * the back button. Empty values are removed from the address.
 */
export function useSearchParamsState() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: Patch, { push = false }: { push?: boolean } = {}) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === null || value === '' || value === false) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        // Without flushSync the router commits in a transition, and a checkbox or select driven
        // by the address would spring back until it does.
        { replace: !push, flushSync: true },
      );
    },
    [setParams],
  );
  return [params, update] as const;
}

/** A value of a fixed list read from the address, or the fallback. */
export function pickParam<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T;
export function pickParam<T extends string>(value: string | null, allowed: readonly T[]): T | undefined;
export function pickParam<T extends string>(value: string | null, allowed: readonly T[], fallback?: T): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function pageParam(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
