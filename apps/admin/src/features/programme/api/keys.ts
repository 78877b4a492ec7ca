export const programmeKeys = {
  all: ['programmes'] as const,
  list: (params: object) => ['programmes', 'list', params] as const,
  detail: (id: string) => ['programmes', 'detail', id] as const,
};
