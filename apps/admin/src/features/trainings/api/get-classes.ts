import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClassSummarySchema, TrainingKind, TrainingMode } from '@lantoa/contracts/trainings';
import { apiFetch } from '../../../lib/api-client.ts';
import { trainingKeys } from './keys.ts';

export type ClassSummary = z.infer<typeof ClassSummarySchema>;
export type ClassPage = { items: ClassSummary[]; total: number; page: number; pageSize: number };
export type ClassListParams = {
  year?: number;
  kind?: TrainingKind;
  organiserUnitId?: string;
  mode?: TrainingMode;
  q?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
};

export function getClasses(params: ClassListParams, signal?: AbortSignal): Promise<ClassPage> {
  return apiFetch<ClassPage>('/trainings/classes', { query: params, signal });
}

export function useClasses(params: ClassListParams) {
  return useQuery({
    queryKey: trainingKeys.list(params),
    queryFn: ({ signal }) => getClasses(params, signal),
    placeholderData: keepPreviousData,
  });
}
