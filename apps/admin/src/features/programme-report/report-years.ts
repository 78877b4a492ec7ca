/**
 * The years of Đề án 2022–2025 (Quyết định 2780/QĐ-UBND), newest first; the screen opens on the
 * last year, whose report is the one being written.
 */
export const REPORT_YEARS = [2025, 2024, 2023, 2022] as const;
export const DEFAULT_REPORT_YEAR = REPORT_YEARS[0];

/** The year in the address when it is one of the programme's, else null. */
export function reportYearParam(value: string | undefined): number | null {
  const n = Number(value);
  return (REPORT_YEARS as readonly number[]).includes(n) ? n : null;
}
