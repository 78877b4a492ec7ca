export type DashboardParams = { year: number; unitId?: string; structure: 'as-of' | 'today' };

export const dashboardKeys = {
  all: ['dashboard'] as const,
  summary: (p: DashboardParams) => ['dashboard', 'summary', p] as const,
  breakdown: (code: string, p: DashboardParams) => ['dashboard', 'breakdown', code, p] as const,
  facts: (code: string, p: DashboardParams & { page: number }) => ['dashboard', 'facts', code, p] as const,
  indicators: ['dashboard', 'indicators'] as const,
  forms: ['dashboard', 'forms'] as const,
};
