import { inflateRawSync } from 'node:zlib';

/**
 * What a file is, judged by its bytes and never by the name or the Content-Type the browser sent.
 * The name's extension must agree with the content: a program renamed to .pdf is refused.
 */
export const FILE_KINDS = ['pdf', 'png', 'jpeg', 'webp', 'gif', 'docx', 'xlsx', 'csv', 'txt', 'mp4', 'webm'] as const;
export type FileKind = (typeof FILE_KINDS)[number];
/** What an upload may be unless its route says otherwise: documents and images, no video. */
export const DOCUMENT_KINDS: readonly FileKind[] = ['pdf', 'png', 'jpeg', 'webp', 'gif', 'docx', 'xlsx', 'csv', 'txt'];
export const IMAGE_KINDS: readonly FileKind[] = ['png', 'jpeg', 'webp', 'gif'];
export const VIDEO_KINDS: readonly FileKind[] = ['mp4', 'webm'];

type KindInfo = { mime: string; extensions: readonly string[]; label: string };

export const KIND_INFO: Record<FileKind, KindInfo> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  png: { mime: 'image/png', extensions: ['png'], label: 'ảnh PNG' },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'ảnh JPEG' },
  webp: { mime: 'image/webp', extensions: ['webp'], label: 'ảnh WebP' },
  gif: { mime: 'image/gif', extensions: ['gif'], label: 'ảnh GIF' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'tài liệu Word (.docx)',
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'bảng tính Excel (.xlsx)',
  },
  csv: { mime: 'text/csv; charset=utf-8', extensions: ['csv'], label: 'CSV' },
  txt: { mime: 'text/plain; charset=utf-8', extensions: ['txt'], label: 'văn bản thuần (.txt)' },
  mp4: { mime: 'video/mp4', extensions: ['mp4', 'm4v'], label: 'video MP4' },
  webm: { mime: 'video/webm', extensions: ['webm'], label: 'video WebM' },
};

export type SniffResult = { ok: true; kind: FileKind; mime: string } | { ok: false; message: string };

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
/** [Content_Types].xml is a few kB; anything far larger is not an Office file (or is a zip bomb). */
const CONTENT_TYPES_MAX = 1024 * 1024;

function startsWith(buf: Buffer, bytes: readonly number[], at = 0): boolean {
  if (buf.length < at + bytes.length) return false;
  return bytes.every((b, i) => buf[at + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Reads one entry of a zip archive through its central directory; null when absent or unreadable. */
export function readZipEntry(buf: Buffer, wanted: string, maxBytes = CONTENT_TYPES_MAX): Buffer | null {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  let end = -1;
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== ZIP_CENTRAL) return null;
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (name !== wanted) continue;
    if (size > maxBytes || local + 30 > buf.length || buf.readUInt32LE(local) !== ZIP_LOCAL) return null;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    if (data.length !== compressed) return null;
    try {
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
    } catch {
      return null;
    }
    return null;
  }
  return null;
}

function officeKind(buf: Buffer): FileKind | null {
  const types = readZipEntry(buf, '[Content_Types].xml')?.toString('utf8');
  if (!types) return null;
  if (types.includes('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')) return 'xlsx';
  if (types.includes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')) return 'docx';
  return null;
}

/** UTF-8 text without NUL or other control characters than tab, line breaks and form feed. */
export function isPlainText(buf: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/** The kind of content, from its bytes alone; null when it is none of the accepted kinds. */
export function detectKind(buf: Buffer): FileKind | 'text' | null {
  if (startsWith(buf, ascii('%PDF-'))) return 'pdf';
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(buf, ascii('GIF87a')) || startsWith(buf, ascii('GIF89a'))) return 'gif';
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return officeKind(buf);
  // ISO base media (MP4): a box of type "ftyp" first; WebM: an EBML header naming the webm doctype.
  if (startsWith(buf, ascii('ftyp'), 4)) return 'mp4';
  if (startsWith(buf, [0x1a, 0x45, 0xdf, 0xa3]) && buf.subarray(0, 64).includes('webm')) return 'webm';
  if (isPlainText(buf)) return 'text';
  return null;
}

export function extensionOf(name: string): string {
  const m = /\.([^.]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

function kindOfExtension(ext: string): FileKind | null {
  return FILE_KINDS.find((k) => KIND_INFO[k].extensions.includes(ext)) ?? null;
}

function listOf(kinds: readonly FileKind[]): string {
  return kinds.map((k) => KIND_INFO[k].label).join(', ');
}

/**
 * Accepts the file when its content is one of `allowed` and its extension names that same kind.
 * Every refusal says in Vietnamese what is wrong and what is accepted.
 */
export function sniffFile(buf: Buffer, fileName: string, allowed: readonly FileKind[] = DOCUMENT_KINDS): SniffResult {
  const accepted = `Chỉ nhận: ${listOf(allowed)}.`;
  if (buf.length === 0) return { ok: false, message: 'Tệp rỗng (0 byte).' };
  const ext = extensionOf(fileName);
  const claimed = kindOfExtension(ext);
  if (!ext)
    return { ok: false, message: `Tên tệp cần có phần mở rộng cho biết loại tệp (ví dụ .pdf, .xlsx). ${accepted}` };
  if (!claimed || !allowed.includes(claimed))
    return { ok: false, message: `Không nhận tệp có phần mở rộng .${ext}. ${accepted}` };
  const found = detectKind(buf);
  // Text has no signature: the extension decides between CSV and plain text.
  const kind: FileKind | null = found === 'text' ? (claimed === 'csv' || claimed === 'txt' ? claimed : null) : found;
  if (kind !== claimed) {
    const what = kind ? `là ${KIND_INFO[kind].label}` : 'không thuộc loại tệp nào được chấp nhận';
    return {
      ok: false,
      message: `Nội dung tệp không khớp với phần mở rộng .${ext}: tệp ${what}, không phải ${KIND_INFO[claimed].label}. ${accepted}`,
    };
  }
  return { ok: true, kind, mime: KIND_INFO[kind].mime };
}
