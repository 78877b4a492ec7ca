import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';

/**
 * An official document (văn bản hành chính) independent of its file format: what the server
 * renders to DOCX and PDF in the layout of Nghị định 30/2020/NĐ-CP. Texts are written as they
 * should read; the renderer only upper-cases what the decree prints in capitals (agency names,
 * Quốc hiệu, loại văn bản, signature titles) and writes dates and numbers out.
 */

/** Text that may not be empty; Vietnamese is stored precomposed (NFC) so that every font finds its glyphs. */
const text = (max: number, label: string) =>
  z
    .string({ message: `Vui lòng nhập ${label.toLowerCase()}` })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, { message: `Vui lòng nhập ${label.toLowerCase()}` })
        .max(max, { message: `${label} tối đa ${max} ký tự` }),
    );

const optionalText = (max: number, label: string) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, { message: `${label} tối đa ${max} ký tự` }))
    .nullish()
    .transform((v) => (v ? v : null));

// ── Title block ───────────────────────────────────────────────────────────────────────────────

export const DocumentHeaderSchema = z.object({
  /** Tên cơ quan, tổ chức chủ quản trực tiếp (e.g. "Ủy ban nhân dân thành phố Đà Nẵng"); none for a top-level body. */
  parentAgency: optionalText(200, 'Tên cơ quan chủ quản'),
  /** Tên cơ quan, tổ chức ban hành văn bản. */
  agency: text(200, 'Tên cơ quan ban hành'),
  /** The number part of "Số: 15/KH-SKHCN"; empty while the document is a draft (filled in by the văn thư). */
  number: optionalText(20, 'Số văn bản'),
  /** Ký hiệu, e.g. "KH-SKHCN". */
  symbol: text(60, 'Ký hiệu văn bản'),
  /** Địa danh, e.g. "Đà Nẵng". */
  place: text(100, 'Địa danh'),
  date: z.string({ message: 'Vui lòng nhập ngày ban hành' }).pipe(IsoDateSchema),
});
export type DocumentHeader = z.infer<typeof DocumentHeaderSchema>;

// ── Body ──────────────────────────────────────────────────────────────────────────────────────

/** A table cell: text, a number (printed with vi-VN grouping) or empty. */
export const DocumentCellSchema = z.union([
  z
    .string()
    .max(2000, { message: 'Ô bảng tối đa 2000 ký tự' })
    .transform((s) => s.normalize('NFC')),
  z.number().finite(),
  z.null(),
]);
export type DocumentCell = z.infer<typeof DocumentCellSchema>;

export const TABLE_COLUMN_KINDS = ['text', 'number'] as const;

export const DocumentTableColumnSchema = z.object({
  header: text(200, 'Tiêu đề cột'),
  /** number: right-aligned, grouped "1.250.000"; text: left (or centred with align). */
  kind: z.enum(TABLE_COLUMN_KINDS).default('text'),
  align: z.enum(['left', 'center', 'right']).optional(),
  /** Relative width; columns share the text width in proportion. */
  width: z.number().positive().max(100).default(1),
});

export const HEADING_LEVELS = [1, 2, 3] as const;

export const DocumentBlockSchema = z.discriminatedUnion('type', [
  /** "I. MỤC ĐÍCH, YÊU CẦU" (level 1), "1. Mục đích" (level 2), "a) Nội dung" (level 3). */
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
    text: text(500, 'Tiêu đề mục'),
  }),
  z.object({
    type: z.literal('paragraph'),
    text: text(10_000, 'Đoạn văn'),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
  }),
  /** Numbered ("1.", "a)") or dashed items, each a paragraph starting with its marker. */
  z.object({
    type: z.literal('list'),
    style: z.enum(['number', 'letter', 'dash']).default('dash'),
    /** The first number or letter position (1 = "1." or "a)"). */
    start: z.number().int().min(1).max(999).default(1),
    items: z.array(text(5000, 'Mục')).min(1, { message: 'Danh sách phải có ít nhất một mục' }).max(500),
  }),
  z
    .object({
      type: z.literal('table'),
      /** Shown bold and centred above the table, e.g. "Bảng 1. Dự toán kinh phí". */
      caption: optionalText(300, 'Tên bảng'),
      /** A line in italics right-aligned above the table, e.g. "Đơn vị tính: đồng". */
      unitNote: optionalText(100, 'Đơn vị tính'),
      columns: z.array(DocumentTableColumnSchema).min(1).max(12),
      rows: z.array(z.array(DocumentCellSchema)).max(1000),
      /** A last row printed in bold, e.g. "Tổng cộng". */
      total: z
        .array(DocumentCellSchema)
        .nullish()
        .transform((v) => v ?? null),
    })
    .superRefine((t, ctx) => {
      const n = t.columns.length;
      t.rows.forEach((r, i) => {
        if (r.length !== n)
          ctx.addIssue({ code: 'custom', path: ['rows', i], message: `Dòng ${i + 1} phải có ${n} ô` });
      });
      if (t.total && t.total.length !== n)
        ctx.addIssue({ code: 'custom', path: ['total'], message: `Dòng tổng phải có ${n} ô` });
    }),
]);
export type DocumentBlock = z.infer<typeof DocumentBlockSchema>;
export type DocumentTable = Extract<DocumentBlock, { type: 'table' }>;

// ── Closing ───────────────────────────────────────────────────────────────────────────────────

export const DocumentSignatureSchema = z.object({
  /**
   * Quyền hạn, up to two lines above the title: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], ["KT. GIÁM ĐỐC"].
   * Empty when the head signs in their own name.
   */
  authority: z.array(text(200, 'Quyền hạn ký')).max(2).default([]),
  /** Chức vụ của người ký, e.g. "Phó Giám đốc" (printed in capitals). */
  title: text(200, 'Chức vụ người ký'),
  /** Họ và tên, printed as given (bold). */
  name: text(100, 'Họ tên người ký'),
});
export type DocumentSignature = z.infer<typeof DocumentSignatureSchema>;

export const OfficialDocumentSchema = z
  .object({
    header: DocumentHeaderSchema,
    /** Tên loại văn bản ("Kế hoạch", "Quyết định", "Báo cáo"); none for a công văn. */
    kind: optionalText(100, 'Tên loại văn bản'),
    /** Trích yếu nội dung. A công văn prints it as "V/v …" under its number. */
    summary: text(500, 'Trích yếu nội dung'),
    body: z.array(DocumentBlockSchema).min(1, { message: 'Văn bản phải có nội dung' }).max(2000),
    /** Nơi nhận, one line each, without the leading dash ("Lưu: VT, VP." last). */
    recipients: z.array(text(300, 'Nơi nhận')).max(100).default([]),
    signature: DocumentSignatureSchema,
  })
  .meta({ id: 'OfficialDocument' });
export type OfficialDocument = z.infer<typeof OfficialDocumentSchema>;
export type OfficialDocumentInput = z.input<typeof OfficialDocumentSchema>;

// ── Rendering request ─────────────────────────────────────────────────────────────────────────

export const DOCUMENT_FORMATS = ['docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const RenderDocumentBodySchema = z.object({
  document: OfficialDocumentSchema,
  formats: z
    .array(z.enum(DOCUMENT_FORMATS, { message: 'Định dạng phải là docx hoặc pdf' }))
    .min(1, { message: 'Chọn ít nhất một định dạng' })
    .max(2)
    .transform((f) => [...new Set(f)]),
  /** File name without extension; characters that file systems refuse are replaced. */
  fileName: text(150, 'Tên tệp').pipe(
    z
      .string()
      .refine((s) => !/[\\/:*?"<>|]/.test(s) && ![...s].some((c) => c.charCodeAt(0) < 32), {
        message: 'Tên tệp không được chứa \\ / : * ? " < > |',
      }),
  ),
});
export type RenderDocumentBody = z.infer<typeof RenderDocumentBodySchema>;

export const RenderDocumentResponseSchema = z.object({ jobId: UuidSchema });

/** What the render job leaves in its result: one stored file per format. */
export const RenderedFileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export type RenderedFile = z.infer<typeof RenderedFileSchema>;
