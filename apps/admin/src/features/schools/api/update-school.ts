import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SchoolView, UpdateSchoolBody } from '@lantoa/contracts/schools';
import { apiFetch } from '../../../lib/api-client.ts';
import { schoolKeys } from './keys.ts';

export function updateSchool(id: string, body: UpdateSchoolBody): Promise<SchoolView> {
  return apiFetch<SchoolView>(`/schools/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateSchool(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSchoolBody) => updateSchool(id, body),
    onSuccess: (school) => {
      queryClient.setQueryData(schoolKeys.detail(id), school);
      void queryClient.invalidateQueries({ queryKey: schoolKeys.all });
    },
  });
}
