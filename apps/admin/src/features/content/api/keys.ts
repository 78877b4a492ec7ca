export const contentKeys = {
  all: ['content'] as const,
  list: (params: object) => ['content', 'list', params] as const,
  detail: (id: string) => ['content', 'detail', id] as const,
  versions: (id: string) => ['content', 'versions', id] as const,
  version: (id: string, n: number) => ['content', 'version', id, n] as const,
  usage: (params: object) => ['content', 'usage', params] as const,
};
