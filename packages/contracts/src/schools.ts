import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';

/**
 * Schools register: schools from lower secondary (THCS) up, their DX extracurricular sessions,
 * clubs, science playgrounds and teachers trained. A school is placed in a commune-level unit for
 * a range of days (its placements follow the 2025 mergers); it is not a unit of the structure.
 */

export const SCHOOL_LEVELS = ['lower_secondary', 'upper_secondary', 'multi_level', 'continuing', 'vocational'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
export const SCHOOL_LEVEL_LABELS_VI: Record<SchoolLevel, string> = {
  lower_secondary: 'Trung học cơ sở (THCS)',
  upper_secondary: 'Trung học phổ thông (THPT)',
  multi_level: 'Nhiều cấp học (THCS và THPT)',
  continuing: 'Giáo dục thường xuyên (GDTX)',
  vocational: 'Giáo dục nghề nghiệp',
};
export const OWNERSHIPS = ['public', 'private'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const OWNERSHIP_LABELS_VI: Record<Ownership, string> = { public: 'Công lập', private: 'Ngoài công lập' };

export const SESSION_TOPICS = ['ai', 'data_analysis', 'digital_skills', 'online_safety', 'other'] as const;
export type SessionTopic = (typeof SESSION_TOPICS)[number];
export const SESSION_TOPIC_LABELS_VI: Record<SessionTopic, string> = {
  ai: 'Trí tuệ nhân tạo (AI)',
  data_analysis: 'Phân tích dữ liệu',
  digital_skills: 'Kỹ năng số',
  online_safety: 'An toàn trên không gian mạng',
  other: 'Chủ đề khác',
};

/** School year Y runs from 1 September of Y−1 to 31 August of Y (target 8 counts by it). */
export function schoolYearRange(year: number): { from: string; to: string } {
  return { from: `${year - 1}-09-01`, to: `${year}-08-31` };
}
/** The school year a day falls in (2024-10-05 → 2025). */
export function schoolYearOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 9 ? y + 1 : y;
}

const text = (max: number, label: string) =>
  z
    .string({ message: `Vui lòng nhập ${label}` })
    .trim()
    .min(1, { message: `Vui lòng nhập ${label}` })
    .max(max, { message: `${label[0]!.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự` });
const optText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} tối đa ${max} ký tự` })
    .nullish()
    .transform((v) => (v ? v : null));
const count = (label: string, max = 1_000_000) =>
  z
    .number({ message: `${label} phải là số` })
    .int({ message: `${label} phải là số nguyên` })
    .min(0, { message: `${label} không được âm` })
    .max(max, { message: `${label} quá lớn` });

export const SchoolProfileFieldsSchema = z.object({
  level: z.enum(SCHOOL_LEVELS, { message: 'Cấp học không hợp lệ' }),
  ownership: z.enum(OWNERSHIPS, { message: 'Loại hình trường không hợp lệ' }),
  hasDxClub: z.boolean().default(false),
  clubNote: optText(1000, 'Ghi chú câu lạc bộ'),
  hasSciencePlayground: z.boolean().default(false),
  teachersTrained: count('Số giáo viên được tập huấn', 10_000).default(0),
  students: count('Số học sinh').nullish().transform((v) => v ?? null),
});
export type SchoolProfileFields = z.infer<typeof SchoolProfileFieldsSchema>;

export const CreateSchoolBodySchema = SchoolProfileFieldsSchema.extend({
  name: text(300, 'tên trường'),
  /** The commune-level unit the school is in today. */
  communeUnitId: UuidSchema,
  /** The commune it was in before its commune was formed (a 2025 merger), if it existed then. */
  formerCommuneUnitId: UuidSchema.nullish().transform((v) => v ?? null),
});
export type CreateSchoolBody = z.infer<typeof CreateSchoolBodySchema>;

export const UpdateSchoolBodySchema = SchoolProfileFieldsSchema.extend({ lockVersion: z.number().int().min(1) });
export type UpdateSchoolBody = z.infer<typeof UpdateSchoolBodySchema>;

export const SCHOOL_SORTS = ['name', 'commune', '-sessions'] as const;

const yearQuery = z.coerce.number().int().min(2000, { message: 'Năm học không hợp lệ' }).max(2100, { message: 'Năm học không hợp lệ' });

export const SchoolListQuerySchema = z.object({
  level: z.enum(SCHOOL_LEVELS, { message: 'Cấp học không hợp lệ' }).optional(),
  ownership: z.enum(OWNERSHIPS, { message: 'Loại hình trường không hợp lệ' }).optional(),
  communeUnitId: UuidSchema.optional(),
  /** The school year whose sessions are counted (default: the current one). */
  schoolYear: yearQuery.optional(),
  hasSession: z.enum(['true', 'false'], { message: 'Giá trị lọc không hợp lệ' }).transform((v) => v === 'true').optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(SCHOOL_SORTS, { message: 'Cách sắp xếp không hợp lệ' }).default('name'),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng mỗi trang' }).default(20),
});
export type SchoolListQuery = z.infer<typeof SchoolListQuerySchema>;

export const SchoolSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  communeUnitId: z.uuid().nullable(),
  communeName: z.string().nullable(),
  level: z.enum(SCHOOL_LEVELS),
  ownership: z.enum(OWNERSHIPS),
  hasDxClub: z.boolean(),
  hasSciencePlayground: z.boolean(),
  teachersTrained: z.number().int(),
  students: z.number().int().nullable(),
  schoolYear: z.number().int(),
  sessionCount: z.number().int(),
  studentsReached: z.number().int(),
  isDemo: z.boolean(),
});
export type SchoolSummary = z.infer<typeof SchoolSummarySchema>;

export const SchoolPlacementSchema = z.object({ communeUnitId: z.uuid().nullable(), communeName: z.string().nullable(), validFrom: z.string().nullable(), validTo: z.string().nullable() });

export const SessionInputSchema = z.object({
  heldOn: IsoDateSchema,
  topic: z.enum(SESSION_TOPICS, { message: 'Chủ đề không hợp lệ' }),
  title: text(500, 'nội dung buổi ngoại khóa'),
  classes: count('Số lớp', 1000),
  students: count('Số học sinh', 100_000),
  note: optText(2000, 'Ghi chú'),
});
export type SessionInput = z.infer<typeof SessionInputSchema>;

export const SessionSchema = z.object({
  id: z.uuid(),
  schoolId: z.uuid(),
  schoolName: z.string(),
  heldOn: z.string(),
  schoolYear: z.number().int(),
  topic: z.enum(SESSION_TOPICS),
  title: z.string(),
  classes: z.number().int(),
  students: z.number().int(),
  note: z.string().nullable(),
  isDemo: z.boolean(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SchoolViewSchema = SchoolSummarySchema.extend({
  clubNote: z.string().nullable(),
  lockVersion: z.number().int(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
  placements: z.array(SchoolPlacementSchema),
  sessions: z.array(SessionSchema),
});
export type SchoolView = z.infer<typeof SchoolViewSchema>;

export const SessionListQuerySchema = z.object({
  schoolYear: yearQuery.optional(),
  topic: z.enum(SESSION_TOPICS, { message: 'Chủ đề không hợp lệ' }).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng mỗi trang' }).default(20),
});
export type SessionListQuery = z.infer<typeof SessionListQuerySchema>;
