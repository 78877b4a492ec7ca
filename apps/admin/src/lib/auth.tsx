import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { roleHasPermission, type Permission } from '@lantoa/contracts/access';
import type { Me } from '@lantoa/contracts/auth';
import { apiFetch, isApiError, NETWORK_ERROR, setCsrfToken } from './api-client.ts';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

const OFFLINE_ME_KEY = 'lantoa.me';

/**
 * The last signed-in user, kept on the device (without the anti-forgery token) so that the app
 * opens without a network: a team member logs support offline and it is sent later.
 */
export function keepOfflineMe(me: Me | null): void {
  try {
    if (me) localStorage.setItem(OFFLINE_ME_KEY, JSON.stringify({ ...me, csrfToken: '' }));
    else localStorage.removeItem(OFFLINE_ME_KEY);
  } catch {
    // Private browsing without storage: the app simply needs the network.
  }
}

function offlineMe(): Me | null {
  try {
    const kept = localStorage.getItem(OFFLINE_ME_KEY);
    return kept ? (JSON.parse(kept) as Me) : null;
  } catch {
    return null;
  }
}

/** The signed-in user, or null when nobody is signed in (offline: the last one, if any). */
export async function getMe(): Promise<Me | null> {
  try {
    const me = await apiFetch<Me>('/auth/me', { ignoreUnauthenticated: true });
    setCsrfToken(me.csrfToken);
    keepOfflineMe(me);
    return me;
  } catch (err) {
    if (isApiError(err) && err.status === 401) {
      setCsrfToken(null);
      keepOfflineMe(null);
      return null;
    }
    // No network: carry on as the last signed-in user; the server still checks every request.
    if (isApiError(err, NETWORK_ERROR)) {
      const kept = offlineMe();
      if (kept) return kept;
    }
    throw err;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: getMe,
  staleTime: 5 * 60_000,
  // Asked even offline: getMe answers the last signed-in user then.
  networkMode: 'always',
});

export function useSession() {
  return useQuery(meQueryOptions);
}

/** The signed-in user; only for components rendered inside the authenticated part of the app. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useMe needs a signed-in user');
  return data;
}

export function hasPermission(me: Me | null | undefined, permission: Permission): boolean {
  return !!me && me.permissions.includes(permission);
}

export function useCan(permission: Permission): boolean {
  const { data } = useSession();
  return hasPermission(data, permission);
}

/**
 * Whether the user holds `permission` on one unit, as the server decides: through a role on the
 * unit itself or on one of its ancestors (today's, as the unit page lists them). A ward's editor
 * edits that ward, not its neighbours.
 */
export function useCanOnUnit(permission: Permission, unitId: string, ancestorIds: readonly string[]): boolean {
  const { data } = useSession();
  if (!data) return false;
  return data.roles.some(
    (r) => roleHasPermission(r.role, permission) && (r.unitId === unitId || ancestorIds.includes(r.unitId)),
  );
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<{ ok: true }>('/auth/logout', { method: 'POST', ignoreUnauthenticated: true }),
    onSettled: () => {
      setCsrfToken(null);
      keepOfflineMe(null);
      // The session query keeps its observers, so the guard hears "nobody signed in" and leaves
      // the signed-in pages before any of them renders again; clearing it away instead left the
      // menu asking for a user that was no longer there.
      queryClient.setQueryData(ME_QUERY_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
    },
  });
}

let sessionEndReason: string | null = null;

/** Why the session ended (SESSION_EXPIRED, UNAUTHENTICATED, LOGGED_OUT), for the login page to say. */
export function setSessionEndReason(reason: string | null): void {
  sessionEndReason = reason;
}

export function getSessionEndReason(): string | null {
  return sessionEndReason;
}
