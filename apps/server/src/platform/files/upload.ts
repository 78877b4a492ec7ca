import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { AppError } from '../errors.ts';
import { tooLarge } from './files.service.ts';

export type Upload = { fileName: string; data: Buffer; fields: Record<string, string> };

/** Lets the routes of one plugin read multipart uploads of at most `maxBytes`. */
export async function registerUploads(app: FastifyInstance, maxBytes: number): Promise<void> {
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 10_000, parts: 21 } });
}

/** The one file of a multipart request (field `file`) and its text fields, in any order. */
export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart())
    throw new AppError('BAD_REQUEST', 'Hãy gửi tệp dưới dạng multipart/form-data (trường "file")');
  const fields: Record<string, string> = {};
  let file: { fileName: string; data: Buffer } | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        // A part sent with an empty file name has none at all: the name falls back later.
        if (part.fieldname === 'file' && !file) file = { fileName: part.filename ?? '', data };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    if ((err as { statusCode?: number }).statusCode === 413)
      throw new AppError('PAYLOAD_TOO_LARGE', 'Yêu cầu có quá nhiều phần hoặc trường quá dài');
    throw err;
  }
  if (!file)
    throw new AppError('VALIDATION_FAILED', 'Chưa chọn tệp để tải lên', {
      issues: [{ path: 'file', message: 'Chưa chọn tệp' }],
    });
  return { ...file, fields };
}
