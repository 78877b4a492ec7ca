import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';

/** Trainings register (tập huấn, bồi dưỡng): courses, their classes and participants. */

export const TRAINING_KINDS = ['reporter_class', 'cdt_team', 'press_grassroots', 'teachers', 'leaders'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const PARTICIPANT_KINDS = ['official', 'cdt_member', 'press', 'teacher', 'leader', 'other'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const TRAINING_KIND_LABELS_VI: Record<TrainingKind, string> = {
  reporter_class: 'Lớp báo cáo viên về truyền thông chuyển đổi số',
  cdt_team: 'Tập huấn Tổ công nghệ số cộng đồng',
  press_grassroots: 'Tập huấn báo chí, truyền thanh cơ sở',
  teachers: 'Tập huấn giáo viên',
  leaders: 'Bồi dưỡng lãnh đạo các cấp',
};
export const PARTICIPANT_KIND_LABELS_VI: Record<ParticipantKind, string> = {
  official: 'Cán bộ, công chức, viên chức',
  cdt_member: 'Thành viên Tổ công nghệ số cộng đồng',
  press: 'Phóng viên, biên tập viên',
  teacher: 'Giáo viên',
  leader: 'Lãnh đạo',
  other: 'Khác',
};

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

export const CourseInputSchema = z.object({
  kind: z.enum(TRAINING_KINDS, { message: 'Loại khóa tập huấn không hợp lệ' }),
  title: text(300, 'tên khóa tập huấn'),
  description: optText(4000, 'Mô tả'),
});
export type CourseInput = z.infer<typeof CourseInputSchema>;

export const CourseSchema = z.object({
  id: z.uuid(),
  kind: z.enum(TRAINING_KINDS),
  title: z.string(),
  description: z.string().nullable(),
  classCount: z.number().int(),
});
export type Course = z.infer<typeof CourseSchema>;

export const CourseListQuerySchema = z.object({ kind: z.enum(TRAINING_KINDS, { message: 'Loại khóa tập huấn không hợp lệ' }).optional() });

const ClassFieldsSchema = z.object({
  courseId: UuidSchema,
  organiserUnitId: UuidSchema,
  title: text(300, 'tên lớp'),
  startsOn: IsoDateSchema,
  endsOn: IsoDateSchema,
  place: optText(500, 'Địa điểm'),
  isOnline: z.boolean().default(false),
  trainers: optText(2000, 'Giảng viên'),
  materials: optText(4000, 'Tài liệu'),
});

const classRules = <T extends z.ZodType<z.infer<typeof ClassFieldsSchema>>>(s: T) =>
  s
    .refine((c) => c.endsOn >= c.startsOn, { message: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu', path: ['endsOn'] })
    .refine((c) => c.isOnline || c.place !== null, { message: 'Vui lòng nhập địa điểm hoặc chọn hình thức trực tuyến', path: ['place'] });

export const CreateClassBodySchema = classRules(ClassFieldsSchema);
export type CreateClassBody = z.infer<typeof ClassFieldsSchema>;
export const UpdateClassBodySchema = classRules(ClassFieldsSchema.extend({ lockVersion: z.number().int().min(1) }));
export type UpdateClassBody = CreateClassBody & { lockVersion: number };

export const ParticipantInputSchema = z.object({
  fullName: text(200, 'họ và tên'),
  unitId: UuidSchema.nullish().transform((v) => v ?? null),
  participantKind: z.enum(PARTICIPANT_KINDS, { message: 'Đối tượng học viên không hợp lệ' }),
  cdtTeamUnitId: UuidSchema.nullish().transform((v) => v ?? null),
  attended: z.boolean().default(false),
  completed: z.boolean().default(false),
});
export type ParticipantInput = z.infer<typeof ParticipantInputSchema>;

export const ReplaceParticipantsBodySchema = z.object({
  lockVersion: z.number().int().min(1),
  participants: z.array(ParticipantInputSchema).max(2000, { message: 'Tối đa 2.000 học viên mỗi lớp' }),
});
export type ReplaceParticipantsBody = z.infer<typeof ReplaceParticipantsBodySchema>;

export const TRAINING_CLASS_SORTS = ['starts_on', '-starts_on', 'title', 'organiser', '-participants'] as const;
export const TRAINING_MODES = ['online', 'in_person'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];

export const ClassListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }).optional(),
  kind: z.enum(TRAINING_KINDS, { message: 'Loại khóa tập huấn không hợp lệ' }).optional(),
  /** The organiser and every unit under it (today's structure). */
  organiserUnitId: UuidSchema.optional(),
  mode: z.enum(TRAINING_MODES, { message: 'Hình thức phải là trực tuyến hoặc trực tiếp' }).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(TRAINING_CLASS_SORTS).default('-starts_on'),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng mỗi trang' }).default(20),
});

export const ClassSummarySchema = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  courseTitle: z.string(),
  kind: z.enum(TRAINING_KINDS),
  organiserUnitId: z.uuid(),
  organiserUnitName: z.string(),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  isOnline: z.boolean(),
  place: z.string().nullable(),
  participantCount: z.number().int(),
  completedCount: z.number().int(),
});

export const ParticipantSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  unitCode: z.string().nullable(),
  participantKind: z.enum(PARTICIPANT_KINDS),
  cdtTeamUnitId: z.uuid().nullable(),
  cdtTeamName: z.string().nullable(),
  cdtTeamCode: z.string().nullable(),
  attended: z.boolean(),
  completed: z.boolean(),
});

export const ClassViewSchema = ClassSummarySchema.extend({
  trainers: z.string().nullable(),
  materials: z.string().nullable(),
  lockVersion: z.number().int(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
  participants: z.array(ParticipantSchema),
});
export type ClassView = z.infer<typeof ClassViewSchema>;

export const ClassExportQuerySchema = ClassListQuerySchema.omit({ page: true, pageSize: true });
export type ClassExportQuery = z.infer<typeof ClassExportQuerySchema>;

export const ParticipantIdParamsSchema = z.object({ id: UuidSchema, participantId: UuidSchema });

/** Options of a participants import: the class the rows belong to. */
export const ParticipantImportOptionsSchema = z.object({ classId: UuidSchema });

export const TrainingFactsQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }),
  /** Share of a team's listed members who must complete for the second reading of target 5 (0–1]. */
  minShare: z.coerce.number().gt(0, { message: 'Tỷ lệ phải lớn hơn 0' }).max(1, { message: 'Tỷ lệ tối đa là 1 (100%)' }).default(0.5),
});

/** The register's figures for a year, within the reader's scope. */
export const TrainingFactsSchema = z.object({
  year: z.number().int(),
  minShare: z.number(),
  reporterClasses: z.number().int(),
  classes: z.number().int(),
  participants: z.number().int(),
  completed: z.number().int(),
  cdtTeams: z.object({ withParticipants: z.number().int(), anyCompleted: z.number().int(), shareCompleted: z.number().int() }),
  pressAgencies: z.number().int(),
  grassrootsUnits: z.number().int(),
  leadersReached: z.number().int(),
});
export type TrainingFacts = z.infer<typeof TrainingFactsSchema>;
