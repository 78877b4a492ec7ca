export const pressKeys = {
  all: ['press'] as const,
  list: (params: object) => ['press', 'list', params] as const,
  detail: (id: string) => ['press', 'detail', id] as const,
  articles: (id: string, params: object) => ['press', 'articles', id, params] as const,
  counts: (params: object) => ['press', 'counts', params] as const,
};
