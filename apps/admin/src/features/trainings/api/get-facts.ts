import { useQuery } from '@tanstack/react-query';
import type { TrainingFacts } from '@lantoa/contracts/trainings';
import { apiFetch } from '../../../lib/api-client.ts';
import { trainingKeys } from './keys.ts';

export function getTrainingFacts(year: number, minShare: number, signal?: AbortSignal): Promise<TrainingFacts> {
  return apiFetch<TrainingFacts>('/trainings/facts', { query: { year, minShare }, signal });
}

/** The register's figures of a year within the reader's scope, with both readings of target 5. */
export function useTrainingFacts(year: number, minShare: number) {
  return useQuery({
    queryKey: trainingKeys.facts(year, minShare),
    queryFn: ({ signal }) => getTrainingFacts(year, minShare, signal),
  });
}
