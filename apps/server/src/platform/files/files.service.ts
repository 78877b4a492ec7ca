import type { Readable } from 'node:stream';
import { PERMISSIONS } from '@lantoa/contracts/access';
import type { StoredFileView } from '@lantoa/contracts/files';
import type { Actor } from '../auth/actor.ts';
import { canOnUnit } from '../auth/authorize.ts';
import type { Queryable } from '../db/db.ts';
import { AppError } from '../errors.ts';
import { FileTooLargeError, type BlobStore } from '../storage/storage.ts';
import { sanitizeFileName } from './file-name.ts';
import * as repo from './files.repository.ts';
import { DOCUMENT_KINDS, sniffFile, type FileKind } from './sniff.ts';

export type StoredFile = repo.StoredFileRow;

const READ_PERMISSIONS = PERMISSIONS.filter((p) => p.endsWith(':read'));

export function presentFile(f: StoredFile): StoredFileView {
  return {
    id: f.id,
    name: f.name,
    mime: f.mime,
    size: f.size,
    purpose: f.purpose,
    createdAt: f.created_at.toISOString(),
    url: `/api/v1/files/${f.id}`,
  };
}

export function tooLarge(maxBytes: number): AppError {
  const mb = maxBytes / (1024 * 1024);
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    `Tệp quá lớn: dung lượng tối đa là ${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`,
    { maxBytes },
  );
}

/** Stores bytes (once per content) and records who may read them. */
export async function storeFile(
  db: Queryable,
  blobs: BlobStore,
  f: {
    data: Buffer | Readable;
    name: string;
    mime: string;
    purpose: string;
    ownerId: string | null;
    unitId?: string | null;
    jobId?: string | null;
    maxBytes?: number;
  },
): Promise<StoredFile> {
  let put: { sha256: string; size: number };
  try {
    put = await blobs.put(f.data, f.maxBytes);
  } catch (err) {
    if (err instanceof FileTooLargeError) throw tooLarge(err.maxBytes);
    throw err;
  }
  return repo.insertStoredFile(db, {
    sha256: put.sha256,
    size: put.size,
    mime: f.mime,
    name: sanitizeFileName(f.name),
    purpose: f.purpose,
    ownerId: f.ownerId,
    unitId: f.unitId ?? null,
    jobId: f.jobId ?? null,
  });
}

/**
 * An uploaded file: its type is judged by content (and must agree with the name's extension),
 * its name is cleaned, and it belongs to the uploader.
 */
export async function uploadFile(
  db: Queryable,
  blobs: BlobStore,
  actor: Actor,
  input: { fileName: string; data: Buffer; purpose?: string; allowed?: readonly FileKind[]; unitId?: string | null; maxBytes?: number },
): Promise<{ file: StoredFile; kind: FileKind }> {
  const name = sanitizeFileName(input.fileName);
  const sniffed = sniffFile(input.data, name, input.allowed ?? DOCUMENT_KINDS);
  if (!sniffed.ok) throw new AppError('FILE_TYPE_REFUSED', sniffed.message);
  const file = await storeFile(db, blobs, {
    data: input.data,
    name,
    mime: sniffed.mime,
    purpose: input.purpose ?? 'upload',
    ownerId: actor.userId,
    unitId: input.unitId ?? null,
    maxBytes: input.maxBytes,
  });
  return { file, kind: sniffed.kind };
}

/**
 * Who may read a stored file: its owner, a system administrator, or — for a file attached to a
 * unit — anyone holding a read permission on that unit. Everyone else is told it does not exist.
 */
export async function canReadFile(db: Queryable, actor: Actor, f: StoredFile): Promise<boolean> {
  if (f.owner_id === actor.userId) return true;
  if (actor.assignments.some((a) => a.role === 'system_admin')) return true;
  if (!f.unit_id) return false;
  for (const p of READ_PERMISSIONS) if (await canOnUnit(db, actor, p, f.unit_id)) return true;
  return false;
}

export async function getReadableFile(db: Queryable, actor: Actor, id: string): Promise<StoredFile> {
  const f = await repo.findStoredFile(db, id);
  if (!f || !(await canReadFile(db, actor, f))) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp');
  return f;
}

/** The bytes of a file the actor may read. */
export async function openFile(
  db: Queryable,
  blobs: BlobStore,
  actor: Actor,
  id: string,
): Promise<{ file: StoredFile; stream: Readable }> {
  const file = await getReadableFile(db, actor, id);
  if (!(await blobs.has(file.sha256))) throw new AppError('NOT_FOUND', 'Nội dung tệp không còn trên máy chủ');
  return { file, stream: blobs.open(file.sha256) };
}

export const findStoredFileOfJob = repo.findStoredFileOfJob;
