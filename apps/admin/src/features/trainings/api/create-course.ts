import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Course, CourseInput } from '@lantoa/contracts/trainings';
import { apiFetch } from '../../../lib/api-client.ts';
import { trainingKeys } from './keys.ts';

export function createCourse(body: CourseInput): Promise<Course> {
  return apiFetch<Course>('/trainings/courses', { method: 'POST', body });
}

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCourse,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.courses }),
  });
}
