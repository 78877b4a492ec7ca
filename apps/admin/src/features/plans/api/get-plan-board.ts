import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PlanBoardSchema } from '@lantoa/contracts/plans';
import { apiFetch } from '../../../lib/api-client.ts';
import { planKeys } from './keys.ts';

export type PlanBoard = z.infer<typeof PlanBoardSchema>;
export type PlanBoardUnit = PlanBoard['units'][number];

/**
 * Every expected unit of the year with its plan's status. Asked for whole: the counts answered
 * with a status or group filter count only that slice, and the board shows all counts at once.
 */
export function getPlanBoard(year: number, signal?: AbortSignal): Promise<PlanBoard> {
  return apiFetch<PlanBoard>('/plans/board', { query: { year }, signal });
}

export function usePlanBoard(year: number) {
  return useQuery({
    queryKey: planKeys.board(year),
    queryFn: ({ signal }) => getPlanBoard(year, signal),
  });
}
