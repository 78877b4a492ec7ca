export const reportKeys = {
  all: ['reports'] as const,
  forms: ['reports', 'forms'] as const,
  list: (params: object) => ['reports', 'list', params] as const,
  entry: (formId: string, unitId: string, period: string) => ['reports', 'entry', formId, unitId, period] as const,
  completeness: (formId: string, period: string, unitId: string | undefined) =>
    ['reports', 'completeness', formId, period, unitId ?? null] as const,
  unit: (id: string) => ['reports', 'unit', id] as const,
};
