import { z } from 'zod';
import { IsoDateSchema, UuidSchema, pageOf } from './common.ts';
import { UNIT_GROUPS } from './org-units.ts';

/**
 * The programme (Đề án) as configuration: its decision, task areas (nội dung nhiệm vụ), targets
 * (chỉ tiêu) and responsibilities. A new programme is entered through these shapes, not in code.
 */

export const PROGRAMME_STATUSES = ['draft', 'active', 'closed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** standing = cơ quan thường trực, lead = chủ trì, coordinate = phối hợp. */
export const RESPONSIBILITY_ROLES = ['standing', 'lead', 'coordinate'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

/** Vietnamese labels used where there is no language choice (the public portal). */
export const PROGRAMME_STATUS_LABELS_VI: Record<ProgrammeStatus, string> = {
  draft: 'Dự thảo',
  active: 'Đang thực hiện',
  closed: 'Đã kết thúc',
};
export const RESPONSIBILITY_ROLE_LABELS_VI: Record<ResponsibilityRole, string> = {
  standing: 'Cơ quan thường trực',
  lead: 'Chủ trì',
  coordinate: 'Phối hợp',
};
/** How a target names its denominator ("100 % of …"). */
export const UNIT_GROUP_LABELS_VI: Record<(typeof UNIT_GROUPS)[number], string> = {
  locality: 'Địa phương (quận, huyện, phường, xã)',
  department: 'Sở, ban, ngành',
  mass_organisation: 'Đoàn thể, tổ chức chính trị - xã hội',
  press: 'Cơ quan báo chí, truyền thông',
  school: 'Trường học',
  cdt_team: 'Tổ công nghệ số cộng đồng',
  other: 'Khác',
};

// ── Field rules, shared by create and update bodies ───────────────────────────────────────────

/** Optional free text: trimmed, and an empty string means "none" (what an emptied form field sends). */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} tối đa ${max} ký tự` })
    .nullish()
    .transform((v) => (v ? v : null));

const requiredText = (min: number, max: number, label: string) =>
  z
    .string({ message: `Vui lòng nhập ${label.toLowerCase()}` })
    .trim()
    .min(min, { message: min <= 1 ? `Vui lòng nhập ${label.toLowerCase()}` : `${label} phải có ít nhất ${min} ký tự` })
    .max(max, { message: `${label} tối đa ${max} ký tự` });

const itemNumber = (label: string) =>
  z
    .number({ message: `${label} phải là số` })
    .int({ message: `${label} phải là số nguyên` })
    .min(1, { message: `${label} phải từ 1 trở lên` })
    .max(999, { message: `${label} tối đa 999` });

/** A required calendar date, with the field named in the message when it is missing. */
const dateField = (label: string) => z.string({ message: `Vui lòng nhập ${label}` }).pipe(IsoDateSchema);

const sort = z.number().int().min(0).max(100_000).default(0);
const versionField = z.number({ message: 'Thiếu số phiên bản dữ liệu' }).int().min(1);
const unitGroup = z.enum(UNIT_GROUPS, { message: 'Nhóm đơn vị không hợp lệ' });

const programmeFields = {
  code: z
    .string({ message: 'Vui lòng nhập mã đề án' })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,59}$/, {
      message: 'Mã đề án gồm 2–60 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới',
    }),
  title: requiredText(5, 500, 'Tên đề án'),
  decisionNumber: requiredText(1, 100, 'Số quyết định'),
  decisionDate: dateField('ngày ban hành'),
  issuer: requiredText(2, 255, 'Cơ quan ban hành'),
  ownerUnitId: UuidSchema.nullish().transform((v) => v ?? null),
  periodStart: dateField('ngày bắt đầu'),
  periodEnd: dateField('ngày kết thúc'),
  parentTitle: optionalText(500, 'Tên đề án/chương trình cấp trên'),
  summary: optionalText(5000, 'Tóm tắt'),
  objective: optionalText(5000, 'Mục tiêu'),
  status: z.enum(PROGRAMME_STATUSES, { message: 'Trạng thái không hợp lệ' }).default('draft'),
};

function checkPeriod(v: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx) {
  if (v.periodEnd < v.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu' });
  }
}

const documentFields = {
  title: requiredText(2, 500, 'Tên văn bản'),
  number: optionalText(100, 'Số, ký hiệu'),
  issuedOn: z
    .string({ message: 'Ngày ban hành phải có dạng YYYY-MM-DD' })
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(IsoDateSchema.nullable()),
  url: z
    .string()
    .trim()
    .max(1000, { message: 'Đường dẫn tối đa 1000 ký tự' })
    .refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), {
      message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://',
    })
    .nullish()
    .transform((v) => (v ? v : null)),
  note: optionalText(2000, 'Ghi chú'),
  sort,
};

const taskAreaFields = {
  number: itemNumber('Số thứ tự nội dung'),
  title: requiredText(2, 300, 'Tên ngắn của nội dung'),
  /** The wording of the decision, kept as published. */
  content: requiredText(1, 10_000, 'Nội dung'),
};

const targetFields = {
  number: itemNumber('Số thứ tự chỉ tiêu'),
  title: requiredText(2, 300, 'Tên ngắn của chỉ tiêu'),
  content: requiredText(1, 10_000, 'Nội dung chỉ tiêu'),
  targetValue: z
    .number({ message: 'Giá trị chỉ tiêu phải là số' })
    .min(0, { message: 'Giá trị chỉ tiêu không được âm' }),
  /** Upper end of a range target ("2–3 mô hình"); null for a single value. */
  targetValueMax: z
    .number({ message: 'Giá trị tối đa phải là số' })
    .nullish()
    .transform((v) => v ?? null),
  unit: requiredText(1, 30, 'Đơn vị tính'),
  /** The value is due every year of the period, not once by its end. */
  isYearly: z.boolean().default(false),
  /** The kind of unit that makes the denominator of a "100 % of …" target; null when it is not a unit count. */
  unitGroup: unitGroup.nullish().transform((v) => v ?? null),
  taskAreaNumbers: z
    .array(itemNumber('Số thứ tự nội dung'))
    .max(50)
    .refine((a) => new Set(a).size === a.length, { message: 'Một nội dung được chọn hai lần' })
    .default([]),
};

function checkTarget(v: { targetValue: number; targetValueMax: number | null; unit: string }, ctx: z.RefinementCtx) {
  if (v.targetValueMax !== null && v.targetValueMax < v.targetValue) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetValueMax'],
      message: 'Giá trị tối đa phải lớn hơn hoặc bằng giá trị chỉ tiêu',
    });
  }
  if (v.unit === '%' && (v.targetValue > 100 || (v.targetValueMax ?? 0) > 100)) {
    ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'Tỷ lệ không được vượt quá 100%' });
  }
}

const responsibilityFields = {
  taskAreaId: UuidSchema.nullish().transform((v) => v ?? null),
  unitId: UuidSchema.nullish().transform((v) => v ?? null),
  /** "Every ward", "every department": a kind of unit rather than one unit. */
  unitGroup: unitGroup.nullish().transform((v) => v ?? null),
  role: z.enum(RESPONSIBILITY_ROLES, { message: 'Vai trò phải là thường trực, chủ trì hoặc phối hợp' }),
  duty: requiredText(2, 10_000, 'Nhiệm vụ'),
  sort,
};

function checkWho(v: { unitId: string | null; unitGroup: string | null }, ctx: z.RefinementCtx) {
  if (!v.unitId && !v.unitGroup) {
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Chọn một đơn vị hoặc một nhóm đơn vị' });
  }
}

// ── Request bodies ─────────────────────────────────────────────────────────────────────────────

export const CreateDocumentBodySchema = z.object(documentFields);
export type CreateDocumentBody = z.infer<typeof CreateDocumentBodySchema>;
export const UpdateDocumentBodySchema = z.object({ ...documentFields, version: versionField });
export type UpdateDocumentBody = z.infer<typeof UpdateDocumentBodySchema>;

export const CreateTaskAreaBodySchema = z.object(taskAreaFields);
export type CreateTaskAreaBody = z.infer<typeof CreateTaskAreaBodySchema>;
export const UpdateTaskAreaBodySchema = z.object({ ...taskAreaFields, version: versionField });
export type UpdateTaskAreaBody = z.infer<typeof UpdateTaskAreaBodySchema>;

export const CreateTargetBodySchema = z.object(targetFields).superRefine(checkTarget);
export type CreateTargetBody = z.infer<typeof CreateTargetBodySchema>;
export const UpdateTargetBodySchema = z.object({ ...targetFields, version: versionField }).superRefine(checkTarget);
export type UpdateTargetBody = z.infer<typeof UpdateTargetBodySchema>;

export const CreateResponsibilityBodySchema = z.object(responsibilityFields).superRefine(checkWho);
export type CreateResponsibilityBody = z.infer<typeof CreateResponsibilityBodySchema>;
export const UpdateResponsibilityBodySchema = z
  .object({ ...responsibilityFields, version: versionField })
  .superRefine(checkWho);
export type UpdateResponsibilityBody = z.infer<typeof UpdateResponsibilityBodySchema>;

/** Inside a new programme the task areas have no ids yet: a responsibility names its area by number. */
const NestedResponsibilitySchema = z
  .object({
    ...responsibilityFields,
    taskAreaId: z.never({ message: 'Trong đề án mới, dùng taskAreaNumber thay cho taskAreaId' }).optional(),
    taskAreaNumber: itemNumber('Số thứ tự nội dung')
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine(checkWho);

function uniqueNumbers(list: { number: number }[] | undefined, path: string, what: string, ctx: z.RefinementCtx) {
  const seen = new Set<number>();
  (list ?? []).forEach((item, i) => {
    if (seen.has(item.number)) {
      ctx.addIssue({ code: 'custom', path: [path, i, 'number'], message: `Số thứ tự ${what} ${item.number} bị trùng` });
    }
    seen.add(item.number);
  });
}

/**
 * A programme, optionally with its whole content in one request (everything is created in one
 * transaction, or nothing).
 */
export const CreateProgrammeBodySchema = z
  .object({
    ...programmeFields,
    documents: z.array(CreateDocumentBodySchema).max(100).optional(),
    taskAreas: z.array(CreateTaskAreaBodySchema).max(200).optional(),
    targets: z.array(CreateTargetBodySchema).max(200).optional(),
    responsibilities: z.array(NestedResponsibilitySchema).max(500).optional(),
  })
  .superRefine((v, ctx) => {
    checkPeriod(v, ctx);
    uniqueNumbers(v.taskAreas, 'taskAreas', 'nội dung', ctx);
    uniqueNumbers(v.targets, 'targets', 'chỉ tiêu', ctx);
  });
export type CreateProgrammeBody = z.infer<typeof CreateProgrammeBodySchema>;

export const UpdateProgrammeBodySchema = z
  .object({ ...programmeFields, version: versionField })
  .superRefine(checkPeriod);
export type UpdateProgrammeBody = z.infer<typeof UpdateProgrammeBodySchema>;

export const ProgrammeListQuerySchema = z.object({
  status: z.enum(PROGRAMME_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(200, { message: 'Tối đa 200 dòng mỗi trang' }).default(50),
});
export type ProgrammeListQuery = z.infer<typeof ProgrammeListQuerySchema>;

export const ProgrammeParamsSchema = z.object({ id: UuidSchema });
export const ProgrammeItemParamsSchema = z.object({ id: UuidSchema, itemId: UuidSchema });
/** A delete may name the version it saw; a stale one is refused like a stale update. */
export const DeleteQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
});

// ── Responses ──────────────────────────────────────────────────────────────────────────────────

export const ProgrammeSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    title: z.string(),
    decisionNumber: z.string(),
    decisionDate: z.string(),
    issuer: z.string(),
    ownerUnitId: z.uuid().nullable(),
    ownerUnitName: z.string().nullable(),
    periodStart: z.string(),
    periodEnd: z.string(),
    parentTitle: z.string().nullable(),
    summary: z.string().nullable(),
    objective: z.string().nullable(),
    status: z.enum(PROGRAMME_STATUSES),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Programme' });
export type Programme = z.infer<typeof ProgrammeSchema>;

export const ProgrammeSummarySchema = ProgrammeSchema.extend({
  taskAreaCount: z.number().int(),
  targetCount: z.number().int(),
}).meta({ id: 'ProgrammeSummary' });
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;

export const ProgrammeDocumentSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    title: z.string(),
    number: z.string().nullable(),
    issuedOn: z.string().nullable(),
    url: z.string().nullable(),
    note: z.string().nullable(),
    sort: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'ProgrammeDocument' });
export type ProgrammeDocument = z.infer<typeof ProgrammeDocumentSchema>;

export const TaskAreaSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    content: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'TaskArea' });
export type TaskArea = z.infer<typeof TaskAreaSchema>;

export const TargetSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    content: z.string(),
    targetValue: z.number(),
    targetValueMax: z.number().nullable(),
    unit: z.string(),
    isYearly: z.boolean(),
    unitGroup: z.enum(UNIT_GROUPS).nullable(),
    taskAreaNumbers: z.array(z.number().int()),
    version: z.number().int(),
  })
  .meta({ id: 'Target' });
export type Target = z.infer<typeof TargetSchema>;

export const ResponsibilitySchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    taskAreaId: z.uuid().nullable(),
    taskAreaNumber: z.number().int().nullable(),
    unitId: z.uuid().nullable(),
    /** The unit's name in its latest version (a merged agency keeps the name it had). */
    unitName: z.string().nullable(),
    unitGroup: z.enum(UNIT_GROUPS).nullable(),
    role: z.enum(RESPONSIBILITY_ROLES),
    duty: z.string(),
    sort: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Responsibility' });
export type Responsibility = z.infer<typeof ResponsibilitySchema>;

export const ProgrammeDetailSchema = ProgrammeSchema.extend({
  documents: z.array(ProgrammeDocumentSchema),
  taskAreas: z.array(TaskAreaSchema),
  targets: z.array(TargetSchema),
  responsibilities: z.array(ResponsibilitySchema),
}).meta({ id: 'ProgrammeDetail' });
export type ProgrammeDetail = z.infer<typeof ProgrammeDetailSchema>;

export const ProgrammeListSchema = pageOf(ProgrammeSummarySchema);
export type ProgrammeList = z.infer<typeof ProgrammeListSchema>;

/** "100 %", "2 lớp/năm", "2–3 mô hình/năm", in Vietnamese number format. */
export function formatTargetValue(t: Pick<Target, 'targetValue' | 'targetValueMax' | 'unit' | 'isYearly'>): string {
  const n = (x: number) => x.toLocaleString('vi-VN');
  const value =
    t.targetValueMax !== null && t.targetValueMax !== t.targetValue
      ? `${n(t.targetValue)}–${n(t.targetValueMax)}`
      : n(t.targetValue);
  const withUnit = t.unit === '%' ? `${value}%` : `${value} ${t.unit}`;
  return t.isYearly ? `${withUnit}/năm` : withUnit;
}
