export const programmeReportKeys = {
  all: ['programme-reports'] as const,
  detail: (year: number) => ['programme-reports', year] as const,
};
