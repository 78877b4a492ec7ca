import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSchoolBody, SchoolView } from '@lantoa/contracts/schools';
import { apiFetch } from '../../../lib/api-client.ts';
import { schoolKeys } from './keys.ts';

export function createSchool(body: CreateSchoolBody): Promise<SchoolView> {
  return apiFetch<SchoolView>('/schools', { method: 'POST', body });
}

export function useCreateSchool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSchool,
    onSuccess: (school) => {
      queryClient.setQueryData(schoolKeys.detail(school.id), school);
      void queryClient.invalidateQueries({ queryKey: schoolKeys.all });
    },
  });
}
