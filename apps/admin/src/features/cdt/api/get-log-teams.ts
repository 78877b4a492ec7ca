import { useQuery } from '@tanstack/react-query';
import { apiFetch, isApiError, NETWORK_ERROR } from '../../../lib/api-client.ts';
import { cdtKeys } from './keys.ts';

export type LogTeam = { id: string; name: string; communeName: string | null };

const STORE_KEY = 'lantoa.cdt.log-teams';

/**
 * The teams the user logs support for. Kept on the device too, so that the log form still knows
 * the team when it opens without a network.
 */
export async function getLogTeams(signal?: AbortSignal): Promise<LogTeam[]> {
  try {
    const { items } = await apiFetch<{ items: LogTeam[] }>('/cdt/log-teams', { signal });
    localStorage.setItem(STORE_KEY, JSON.stringify(items));
    return items;
  } catch (err) {
    const kept = localStorage.getItem(STORE_KEY);
    if (kept && isApiError(err, NETWORK_ERROR)) return JSON.parse(kept) as LogTeam[];
    throw err;
  }
}

export function useLogTeams() {
  return useQuery({ queryKey: cdtKeys.logTeams, queryFn: ({ signal }) => getLogTeams(signal), staleTime: 10 * 60_000, retry: false, networkMode: 'always' });
}
