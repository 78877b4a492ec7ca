import type { ExportFormat, ImportKind, ImportRunView } from '@lantoa/contracts/exchange';
import { API_BASE, apiFetch } from './api-client.ts';

/** Spreadsheet imports, shared by the features that offer one (units, users). */
export const importKeys = {
  all: ['imports'] as const,
  run: (id: string) => ['imports', 'run', id] as const,
};

export function templateUrl(kind: ImportKind, format: ExportFormat): string {
  return `${API_BASE}/imports/${kind}/template?format=${format}`;
}

/** Uploads the file for checking; nothing is written yet. */
export function previewImport(kind: ImportKind, file: File, options: Record<string, string>): Promise<ImportRunView> {
  const form = new FormData();
  for (const [k, v] of Object.entries(options)) form.append(k, v);
  form.append('file', file);
  return apiFetch<ImportRunView>(`/imports/${kind}/preview`, { method: 'POST', body: form });
}

export function commitImport(id: string): Promise<ImportRunView> {
  return apiFetch<ImportRunView>(`/imports/${encodeURIComponent(id)}/commit`, { method: 'POST' });
}

export function getImportRun(id: string, signal?: AbortSignal): Promise<ImportRunView> {
  return apiFetch<ImportRunView>(`/imports/${encodeURIComponent(id)}`, { signal });
}

/** A run whose check or commit is still going on in a job. */
export function isRunBusy(run: ImportRunView | undefined): boolean {
  return run?.status === 'checking' || run?.status === 'applying';
}
