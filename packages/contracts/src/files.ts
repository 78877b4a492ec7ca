import { z } from 'zod';

/** A stored file as the API shows it; the bytes download from `url`. */
export const StoredFileViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  purpose: z.string(),
  createdAt: z.string(),
  url: z.string(),
});
export type StoredFileView = z.infer<typeof StoredFileViewSchema>;

/** Kinds of file an upload may hold (judged by content, see the server's sniffer). */
export const UPLOAD_ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.gif,.docx,.xlsx,.csv,.txt';
