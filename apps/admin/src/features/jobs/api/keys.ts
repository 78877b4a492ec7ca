export const jobKeys = {
  all: ['jobs'] as const,
  list: (params: object) => ['jobs', 'list', params] as const,
};
