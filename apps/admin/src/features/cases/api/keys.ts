export const caseKeys = {
  all: ['cases'] as const,
  list: (params: object) => ['cases', 'list', params] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  stats: (year: number) => ['cases', 'stats', year] as const,
};
