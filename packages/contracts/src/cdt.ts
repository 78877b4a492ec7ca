import { z } from 'zod';
import { IsoDateSchema, PageQuerySchema, UuidSchema } from './common.ts';

/** Community digital-technology teams (Tổ công nghệ số cộng đồng): register, members, support logs. */

export const TEAM_STATUSES = ['active', 'suspended', 'dissolved'] as const;
export type TeamStatus = (typeof TEAM_STATUSES)[number];
export const MEMBER_ROLES = ['leader', 'deputy', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
/** The services members help people with; each log counts people per service. */
export const SUPPORT_SERVICES = ['vneid', 'onlineServices', 'cashless', 'antiFraud', 'cityApps'] as const;
export type SupportService = (typeof SUPPORT_SERVICES)[number];

/** A team should have at least this many members (a warning, not a block). */
export const MIN_TEAM_MEMBERS = 7;

export const TEAM_STATUS_LABELS_VI: Record<TeamStatus, string> = {
  active: 'Đang hoạt động',
  suspended: 'Tạm ngừng',
  dissolved: 'Đã giải thể',
};
export const MEMBER_ROLE_LABELS_VI: Record<MemberRole, string> = {
  leader: 'Tổ trưởng',
  deputy: 'Tổ phó',
  member: 'Thành viên',
};
export const SUPPORT_SERVICE_LABELS_VI: Record<SupportService, string> = {
  vneid: 'Kích hoạt VNeID',
  onlineServices: 'Dịch vụ công trực tuyến',
  cashless: 'Thanh toán không dùng tiền mặt',
  antiFraud: 'Phòng chống lừa đảo',
  cityApps: 'Ứng dụng của thành phố',
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
export const PHONE_PATTERN = /^[0-9 +().-]{6,20}$/;
const phone = (label: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || PHONE_PATTERN.test(v), { message: `${label}: 6–20 chữ số (có thể có dấu cách, +, (, ), -)` });
const optDate = IsoDateSchema.nullish().transform((v) => v ?? null);

export const MemberInputSchema = z
  .object({
    fullName: text(200, 'họ và tên thành viên'),
    phone: phone('Số điện thoại'),
    role: z.enum(MEMBER_ROLES, { message: 'Vai trò trong tổ không hợp lệ' }).default('member'),
    isYouthUnion: z.boolean().default(false),
    activeFrom: optDate,
    activeTo: optDate,
  })
  .refine((m) => !m.activeFrom || !m.activeTo || m.activeTo >= m.activeFrom, { message: 'Ngày thôi tham gia phải sau ngày bắt đầu', path: ['activeTo'] });
export type MemberInput = z.infer<typeof MemberInputSchema>;

const TeamFieldsSchema = z.object({
  servedArea: text(300, 'thôn, tổ dân phố mà tổ phục vụ'),
  status: z.enum(TEAM_STATUSES, { message: 'Trạng thái không hợp lệ' }).default('active'),
  establishedOn: optDate,
  contactName: optText(200, 'Người liên hệ'),
  contactPhone: phone('Điện thoại liên hệ'),
  note: optText(2000, 'Ghi chú'),
});

export const CreateTeamBodySchema = TeamFieldsSchema.extend({
  name: text(300, 'tên tổ'),
  /** The commune-level unit the team is under (today). */
  communeId: UuidSchema,
  members: z.array(MemberInputSchema).max(200, { message: 'Tối đa 200 thành viên' }).default([]),
});
export type CreateTeamBody = z.infer<typeof CreateTeamBodySchema>;

export const UpdateTeamBodySchema = TeamFieldsSchema.extend({
  name: text(300, 'tên tổ'),
  members: z.array(MemberInputSchema).max(200, { message: 'Tối đa 200 thành viên' }),
  lockVersion: z.number().int().min(1),
});
export type UpdateTeamBody = z.infer<typeof UpdateTeamBodySchema>;

export const MemberSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  phone: z.string().nullable(),
  role: z.enum(MEMBER_ROLES),
  isYouthUnion: z.boolean(),
  activeFrom: z.string().nullable(),
  activeTo: z.string().nullable(),
  isActive: z.boolean(),
});

export const TeamSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  servedArea: z.string(),
  status: z.enum(TEAM_STATUSES),
  communeId: z.uuid().nullable(),
  communeName: z.string().nullable(),
  establishedOn: z.string().nullable(),
  memberCount: z.number().int(),
  belowMinimum: z.boolean(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  isDemo: z.boolean(),
});
export type TeamSummary = z.infer<typeof TeamSummarySchema>;

export const TeamPlacementSchema = z.object({
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
});

export const TeamViewSchema = TeamSummarySchema.extend({
  note: z.string().nullable(),
  lockVersion: z.number().int(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
  canLog: z.boolean(),
  members: z.array(MemberSchema),
  /** Which commune the team was under, when (from the unit's versions), oldest first. */
  history: z.array(TeamPlacementSchema),
  warnings: z.array(z.string()),
});
export type TeamView = z.infer<typeof TeamViewSchema>;

export const TEAM_SORTS = ['name', '-name', 'commune', 'members', '-members', 'established'] as const;

export const TeamListQuerySchema = PageQuerySchema.extend({
  /** Teams under this unit (a commune, or a whole city) on today's structure. */
  unitId: UuidSchema.optional(),
  status: z.enum(TEAM_STATUSES, { message: 'Trạng thái không hợp lệ' }).optional(),
  belowMinimum: z
    .enum(['true', 'false'], { message: 'belowMinimum phải là true hoặc false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(TEAM_SORTS, { message: 'Cách sắp xếp không hợp lệ' }).default('name'),
});
export type TeamListQuery = z.infer<typeof TeamListQuerySchema>;

export const TeamExportQuerySchema = TeamListQuerySchema.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['xlsx', 'csv'], { message: 'Định dạng phải là xlsx hoặc csv' }).default('xlsx'),
});

const count = (label: string) =>
  z
    .number({ message: `${label}: nhập một số` })
    .int({ message: `${label}: nhập số nguyên` })
    .min(0, { message: `${label}: không được âm` })
    .max(10_000, { message: `${label}: tối đa 10.000 người mỗi lần ghi` });

export const SupportLogInputSchema = z
  .object({
    /** Generated on the device: sending the same log again returns the stored one. */
    id: z.uuid({ message: 'Mã phiếu ghi không hợp lệ' }),
    teamId: UuidSchema,
    logDate: IsoDateSchema,
    place: text(300, 'địa điểm hỗ trợ'),
    vneid: count(SUPPORT_SERVICE_LABELS_VI.vneid),
    onlineServices: count(SUPPORT_SERVICE_LABELS_VI.onlineServices),
    cashless: count(SUPPORT_SERVICE_LABELS_VI.cashless),
    antiFraud: count(SUPPORT_SERVICE_LABELS_VI.antiFraud),
    cityApps: count(SUPPORT_SERVICE_LABELS_VI.cityApps),
    note: optText(1000, 'Ghi chú'),
  })
  .refine((l) => l.vneid + l.onlineServices + l.cashless + l.antiFraud + l.cityApps > 0, {
    message: 'Vui lòng nhập số người được hỗ trợ cho ít nhất một dịch vụ',
    path: ['vneid'],
  });
export type SupportLogInput = z.infer<typeof SupportLogInputSchema>;

export const SupportLogSchema = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  teamName: z.string(),
  logDate: z.string(),
  place: z.string(),
  vneid: z.number().int(),
  onlineServices: z.number().int(),
  cashless: z.number().int(),
  antiFraud: z.number().int(),
  cityApps: z.number().int(),
  total: z.number().int(),
  note: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type SupportLog = z.infer<typeof SupportLogSchema>;

export const SupportLogListQuerySchema = PageQuerySchema.extend({
  teamId: UuidSchema.optional(),
  unitId: UuidSchema.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});

/** Totals of a period: number of logs and people helped per service. */
export const SupportTotalsSchema = z.object({
  logs: z.number().int(),
  vneid: z.number().int(),
  onlineServices: z.number().int(),
  cashless: z.number().int(),
  antiFraud: z.number().int(),
  cityApps: z.number().int(),
  total: z.number().int(),
});
export type SupportTotals = z.infer<typeof SupportTotalsSchema>;

export const SupportSummaryQuerySchema = z
  .object({
    /** The commune, city or team whose figures are asked for (default: the reader's whole scope). */
    unitId: UuidSchema.optional(),
    year: z.coerce.number().int().min(2000, { message: 'Năm không hợp lệ' }).max(2100, { message: 'Năm không hợp lệ' }),
    month: z.coerce.number().int().min(1, { message: 'Tháng từ 1 đến 12' }).max(12, { message: 'Tháng từ 1 đến 12' }).optional(),
    /** The structure the teams are grouped on (default: the last day of the period, or today). */
    asOf: IsoDateSchema.optional(),
  });
export type SupportSummaryQuery = z.infer<typeof SupportSummaryQuerySchema>;

export const SupportSummarySchema = z.object({
  year: z.number().int(),
  month: z.number().int().nullable(),
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  totals: SupportTotalsSchema,
  /** One line per commune on the structure of `asOf`, with its teams and those without a log in the period. */
  communes: z.array(
    SupportTotalsSchema.extend({
      unitId: z.uuid(),
      name: z.string(),
      teams: z.number().int(),
      teamsWithoutLog: z.number().int(),
    }),
  ),
  /** Per month of the period. */
  months: z.array(SupportTotalsSchema.extend({ month: z.number().int() })),
  /** Teams (active on `asOf`) that logged nothing in the period. */
  teamsWithoutLog: z.array(z.object({ id: z.uuid(), name: z.string(), communeName: z.string().nullable() })),
  teamsWithoutLogTotal: z.number().int(),
});
export type SupportSummary = z.infer<typeof SupportSummarySchema>;

export const TeamOptionSchema = z.object({ id: z.uuid(), name: z.string(), communeName: z.string().nullable() });
