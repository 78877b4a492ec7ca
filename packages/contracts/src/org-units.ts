import { z } from 'zod';
import { IsoDateSchema, UuidSchema } from './common.ts';

/** Kinds of unit. Each belongs to one group, by which targets name their denominators. */
export const UNIT_TYPES = [
  'province',
  'district',
  'ward',
  'commune',
  'township',
  'special_zone',
  'department',
  'agency',
  'party_body',
  'mass_organisation',
  'press_agency',
  'school',
  'cdt_team',
  'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_GROUPS = [
  'locality',
  'department',
  'mass_organisation',
  'press',
  'school',
  'cdt_team',
  'other',
] as const;
export type UnitGroup = (typeof UNIT_GROUPS)[number];

export const UNIT_TYPE_GROUP: Record<UnitType, UnitGroup> = {
  province: 'locality',
  district: 'locality',
  ward: 'locality',
  commune: 'locality',
  township: 'locality',
  special_zone: 'locality',
  department: 'department',
  agency: 'department',
  party_body: 'mass_organisation',
  mass_organisation: 'mass_organisation',
  press_agency: 'press',
  school: 'school',
  cdt_team: 'cdt_team',
  other: 'other',
};

/** Administrative level: 1 province, 2 district, 3 commune; organisations have none. */
export const COMMUNE_LEVEL_TYPES: readonly UnitType[] = ['ward', 'commune', 'township', 'special_zone'];

export const SUCCESSION_KINDS = ['merge', 'split', 'rename', 'absorb', 'dissolve', 'transform'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];
export const SHARES = ['full', 'partial'] as const;

export const UnitVersionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: z.enum(UNIT_TYPES),
  officialCode: z.string().nullable(),
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  uncertain: z.boolean(),
  note: z.string().nullable(),
  source: z.string().nullable(),
});
export type UnitVersion = z.infer<typeof UnitVersionSchema>;

export const UnitSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: z.enum(UNIT_TYPES),
  group: z.enum(UNIT_GROUPS),
  officialCode: z.string().nullable(),
  parentId: z.uuid().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  uncertain: z.boolean(),
});
export type UnitSummary = z.infer<typeof UnitSummarySchema>;

export type UnitTreeNode = UnitSummary & { children: UnitTreeNode[] };
export const UnitTreeNodeSchema: z.ZodType<UnitTreeNode> = UnitSummarySchema.extend({
  get children() {
    return z.array(UnitTreeNodeSchema);
  },
}).meta({ id: 'UnitTreeNode' });

export const TreeQuerySchema = z.object({
  asOf: IsoDateSchema.optional(),
  rootId: UuidSchema.optional(),
  depth: z.coerce.number().int().min(1).max(10).optional(),
});

export const TreeResponseSchema = z.object({
  asOf: z.string(),
  roots: z.array(UnitTreeNodeSchema),
  count: z.number().int(),
});

export const SuccessionViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(SUCCESSION_KINDS),
  share: z.enum(SHARES),
  effectiveDate: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  unitCode: z.string().nullable(),
  uncertain: z.boolean(),
  note: z.string().nullable(),
});
export type SuccessionView = z.infer<typeof SuccessionViewSchema>;

export const UnitProfileSchema = z.object({
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  headName: z.string().nullable(),
  version: z.number().int(),
});

export const UnitDetailSchema = z.object({
  id: z.uuid(),
  externalKey: z.string().nullable(),
  current: UnitVersionSchema,
  versions: z.array(UnitVersionSchema),
  predecessors: z.array(SuccessionViewSchema),
  successors: z.array(SuccessionViewSchema),
  ancestors: z.array(z.object({ id: z.uuid(), name: z.string(), type: z.enum(UNIT_TYPES) })),
  childCount: z.number().int(),
  profile: UnitProfileSchema,
  /** Today's successors of a unit that no longer exists, following every succession. */
  currentSuccessors: z.array(z.object({ id: z.uuid(), name: z.string(), officialCode: z.string().nullable() })),
});
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

export const UnitSearchQuerySchema = z.object({
  q: z.string().trim().min(1, { message: 'Vui lòng nhập từ khóa' }).max(200),
  asOf: IsoDateSchema.optional(),
  includeHistorical: z.enum(['true', 'false']).optional(),
  type: z.enum(UNIT_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const UnitListQuerySchema = z.object({
  asOf: IsoDateSchema.optional(),
  q: z.string().trim().max(200).optional(),
  type: z.enum(UNIT_TYPES).optional(),
  group: z.enum(UNIT_GROUPS).optional(),
  parentId: UuidSchema.optional(),
  sort: z.enum(['name', 'code', 'type']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const name = z
  .string()
  .trim()
  .min(2, { message: 'Tên đơn vị phải có ít nhất 2 ký tự' })
  .max(255, { message: 'Tên đơn vị tối đa 255 ký tự' });
const code = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z._-]{1,20}$/, { message: 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch (tối đa 20 ký tự)' });

const actionBase = {
  effectiveDate: IsoDateSchema,
  legalBasis: z.string().trim().max(500).optional(),
  note: z.string().trim().max(2000).optional(),
};

export const CreateUnitBodySchema = z.object({
  ...actionBase,
  name,
  shortName: z.string().trim().max(100).optional(),
  type: z.enum(UNIT_TYPES, { message: 'Loại đơn vị không hợp lệ' }),
  officialCode: code.optional(),
  parentId: UuidSchema.nullable(),
});
export type CreateUnitBody = z.infer<typeof CreateUnitBodySchema>;

export const RenameUnitBodySchema = z.object({
  ...actionBase,
  name,
  shortName: z.string().trim().max(100).optional(),
  officialCode: code.optional(),
  type: z.enum(UNIT_TYPES).optional(),
});
export const MoveUnitBodySchema = z.object({ ...actionBase, parentId: UuidSchema });
export const CloseUnitBodySchema = z.object({ ...actionBase });

export const MergeUnitsBodySchema = z.object({
  ...actionBase,
  sourceIds: z
    .array(UuidSchema)
    .min(2, { message: 'Cần chọn ít nhất 2 đơn vị để sáp nhập' })
    .max(50)
    .refine((a) => new Set(a).size === a.length, { message: 'Một đơn vị được chọn hai lần' }),
  /** Keep one of the sources as the merged unit (it absorbs the others), or create a new one. */
  target: z.discriminatedUnion('mode', [
    z.object({
      mode: z.literal('existing'),
      unitId: UuidSchema,
      name: name.optional(),
      officialCode: code.optional(),
    }),
    z.object({
      mode: z.literal('new'),
      name,
      shortName: z.string().trim().max(100).optional(),
      type: z.enum(UNIT_TYPES),
      officialCode: code.optional(),
      parentId: UuidSchema,
    }),
  ]),
});
export type MergeUnitsBody = z.infer<typeof MergeUnitsBodySchema>;

export const SplitUnitBodySchema = z.object({
  ...actionBase,
  /** Whether the split unit lives on (as one of the parts) or closes. */
  keepSource: z.boolean().default(false),
  parts: z
    .array(
      z.object({
        name,
        shortName: z.string().trim().max(100).optional(),
        type: z.enum(UNIT_TYPES),
        officialCode: code.optional(),
        parentId: UuidSchema,
      }),
    )
    .min(1, { message: 'Cần ít nhất một đơn vị mới' })
    .max(20),
});
export type SplitUnitBody = z.infer<typeof SplitUnitBodySchema>;

export const UpdateProfileBodySchema = z.object({
  address: z.string().trim().max(500).nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9 +().-]{6,20}$/, { message: 'Số điện thoại không hợp lệ' })
    .nullable(),
  email: z.email({ message: 'Email không hợp lệ' }).nullable(),
  website: z.url({ message: 'Địa chỉ website không hợp lệ' }).nullable(),
  headName: z.string().trim().max(200).nullable(),
  version: z.number().int().min(1),
});

export const UnitActionResultSchema = z.object({
  eventId: z.uuid(),
  unitIds: z.array(z.uuid()),
});
