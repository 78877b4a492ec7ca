import type { Breakdown } from './api/get-breakdown.ts';

export type BreakdownSheet = {
  title: string;
  meta: string;
  headers: string[];
  rows: (string | number | null)[][];
  fileName: string;
};

/** A file name without diacritics or signs that some systems refuse. */
export function safeFileName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

/** The breakdown as rows of a sheet: figures stay numbers, so that they can be summed in Excel. */
export function breakdownRows(
  rows: Breakdown['rows'],
  labels: { type: (type: string) => string; lagging: string; onTrack: string },
): (string | number | null)[][] {
  return rows.map((r) => [
    r.unitName,
    r.officialCode ?? '',
    labels.type(r.type),
    r.value,
    r.numerator,
    r.denominator,
    r.value === null ? '' : r.lagging ? labels.lagging : labels.onTrack,
  ]);
}

/** Builds the .xlsx in the browser (the server has no export of breakdowns) and offers it for download. */
export async function downloadBreakdownXlsx(sheet: BreakdownSheet): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  const data = [
    [bold(sheet.title)],
    [sheet.meta],
    [],
    sheet.headers.map(bold),
    ...sheet.rows.map((row) => row.map((value) => (value === null ? null : { value }))),
  ];
  const blob = await writeXlsxFile(data, {
    sheet: 'Theo don vi',
    columns: [{ width: 34 }, { width: 10 }, { width: 14 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 12 }],
  }).toBlob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = sheet.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
