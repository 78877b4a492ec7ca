import { useQuery } from '@tanstack/react-query';
import type { Course } from '@lantoa/contracts/trainings';
import { apiFetch } from '../../../lib/api-client.ts';
import { trainingKeys } from './keys.ts';

export function getCourses(signal?: AbortSignal): Promise<{ items: Course[] }> {
  return apiFetch<{ items: Course[] }>('/trainings/courses', { signal });
}

/** The catalogue of courses, every kind (a few dozen at most). */
export function useCourses() {
  return useQuery({ queryKey: trainingKeys.courses, queryFn: ({ signal }) => getCourses(signal), staleTime: 60_000 });
}
