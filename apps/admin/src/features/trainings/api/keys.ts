export const trainingKeys = {
  all: ['trainings'] as const,
  courses: ['trainings', 'courses'] as const,
  list: (params: object) => ['trainings', 'list', params] as const,
  detail: (id: string) => ['trainings', 'detail', id] as const,
  facts: (year: number, minShare: number) => ['trainings', 'facts', year, minShare] as const,
};
