export const schoolKeys = {
  all: ['schools'] as const,
  list: (params: object) => ['schools', 'list', params] as const,
  detail: (id: string) => ['schools', 'detail', id] as const,
};
