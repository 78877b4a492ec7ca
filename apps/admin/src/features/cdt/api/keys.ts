export const cdtKeys = {
  all: ['cdt'] as const,
  list: (params: object) => ['cdt', 'teams', params] as const,
  detail: (id: string) => ['cdt', 'team', id] as const,
  logTeams: ['cdt', 'log-teams'] as const,
  logs: (params: object) => ['cdt', 'logs', params] as const,
  summary: (params: object) => ['cdt', 'summary', params] as const,
};
