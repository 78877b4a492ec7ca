export const planKeys = {
  all: ['plans'] as const,
  list: (params: object) => ['plans', 'list', params] as const,
  board: (year: number) => ['plans', 'board', year] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  compare: (id: string, from: number, to: number | 'current') => ['plans', 'compare', id, from, to] as const,
};
