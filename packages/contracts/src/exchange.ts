import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';
import { UnitListQuerySchema } from './org-units.ts';
import { UserListQuerySchema } from './users.ts';

/** Exports of list endpoints and imports from spreadsheets. */
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportFormatQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: 'Định dạng phải là xlsx hoặc csv' }).default('xlsx'),
});

/** The filter of GET /api/v1/org-units (without paging), and the format. */
export const UnitExportQuerySchema = UnitListQuerySchema.omit({ page: true, pageSize: true }).extend(
  ExportFormatQuerySchema.shape,
);
/** The filter of GET /api/v1/users (without paging), and the format. */
export const UserExportQuerySchema = UserListQuerySchema.omit({ page: true, pageSize: true }).extend(
  ExportFormatQuerySchema.shape,
);

/** A large export runs as a job; its result is `ExportJobResult`. */
export const ExportAcceptedSchema = z.object({ jobId: z.uuid() });
export const ExportJobResultSchema = z.object({ fileId: z.uuid(), rows: z.number().int(), name: z.string() });
export type ExportJobResult = z.infer<typeof ExportJobResultSchema>;

export const IMPORT_KINDS = [
  'org-units',
  'users',
  'training-participants',
  'press-channels',
  'schools',
  'events',
  'cdt-teams',
  'comm-models',
  'partners',
  'school-sessions',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['checking', 'ready', 'invalid', 'applying', 'applied', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const ImportKindParamsSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { message: 'Loại dữ liệu nhập không hợp lệ' }),
});
export const ImportIdParamsSchema = z.object({ id: UuidSchema });

/** Options of a units import, sent as form fields beside the file. */
export const UnitImportOptionsSchema = z.object({
  /** New units are created under this unit; existing ones must already be under it. */
  parentId: UuidSchema,
  /** New units exist, and new names apply, from this day. */
  effectiveDate: IsoDateSchema,
  legalBasis: z.string().trim().max(500).optional(),
});
export const UserImportOptionsSchema = z.object({});

export const ImportRowErrorSchema = z.object({
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
  expected: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportCountsSchema = z.object({
  rows: z.number().int(),
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  errors: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

export const ImportRunViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  status: z.enum(IMPORT_STATUSES),
  fileId: z.uuid(),
  fileName: z.string(),
  options: z.record(z.string(), z.unknown()),
  counts: ImportCountsSchema,
  errors: z.array(ImportRowErrorSchema),
  /** The job checking or applying a large file, while there is one. */
  jobId: z.uuid().nullable(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  appliedAt: z.string().nullable(),
});
export type ImportRunView = z.infer<typeof ImportRunViewSchema>;

export const TemplateQuerySchema = ExportFormatQuerySchema;
