import type { JobView } from '@lantoa/contracts/jobs';

/** A file a job made, to be downloaded from /api/v1/files/<id>. */
export type JobFile = { id: string; name: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function asFile(value: unknown, idKey: 'id' | 'fileId'): JobFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as Record<string, unknown>)[idKey];
  const name = (value as Record<string, unknown>).name;
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  return { id, name: typeof name === 'string' && name.trim() ? name : id };
}

/**
 * The files in a job's result. Each kind of job words its result its own way: an export answers
 * `{ fileId, name }`, a document render `{ files: [{ id, name }] }`; anything else has no file.
 */
export function findJobFiles(result: JobView['result']): JobFile[] {
  if (typeof result !== 'object' || result === null) return [];
  const single = asFile(result, 'fileId');
  const files = (result as { files?: unknown }).files;
  const many = Array.isArray(files) ? files.map((f) => asFile(f, 'id')).filter((f) => f !== null) : [];
  return single ? [single, ...many.filter((f) => f.id !== single.id)] : many;
}

/** Where a job's file downloads from. */
export function fileDownloadUrl(id: string): string {
  return `/api/v1/files/${encodeURIComponent(id)}`;
}
