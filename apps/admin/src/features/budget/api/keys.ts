export const estimateKeys = {
  all: ['budget-estimates'] as const,
  detail: (year: number) => ['budget-estimates', year] as const,
};
