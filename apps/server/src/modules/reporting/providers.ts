import { z } from 'zod';
import { COMMUNE_LEVEL_TYPES, UNIT_TYPE_GROUP, type UnitType } from '@lantoa/contracts/org-units';
import type { Queryable } from '../../platform/db/db.ts';
import type { StructureNode } from '../org-units/index.ts';
import { computePlanTargetFacts } from '../plans/index.ts';
import { computeTrainingFacts } from '../trainings/index.ts';
import { computeColumnFacts, countArticlesForYear } from '../press/index.ts';
import { computeSchoolFacts } from '../schools/index.ts';
import { computeModelFacts } from '../comm-models/index.ts';
import { computeSupportFacts } from '../cdt/index.ts';
import { SUPPORT_SERVICES } from '@lantoa/contracts/cdt';

/**
 * Named fact providers. Each returns, for every unit of the structure of the period, the value
 * it holds (absent or null = nothing reported). Administrators compose indicators from these by
 * name and parameters; no SQL is written by hand in a formula.
 */
export type ProviderContext = {
  db: Queryable;
  year: number;
  /** The day whose structure the period is read on (end of the year, or today while it runs). */
  periodDate: string;
  /** The units whose figures can count, as they were on `periodDate`. */
  nodes: StructureNode[];
  programmeId: string | null;
  /** Report aggregates of the period's year for a key, per unit. */
  yearValues: (key: string, mode: 'sum' | 'latest') => Promise<Map<string, number>>;
  /** Facts of one register for this period, computed once for all the providers that read them. */
  shared: <T>(name: string, compute: () => Promise<T>) => Promise<T>;
};

/** A `shared` for one period: each named computation runs once, later callers get its promise. */
export function sharedOnce(): ProviderContext['shared'] {
  const results = new Map<string, Promise<unknown>>();
  return <T>(name: string, compute: () => Promise<T>) => {
    if (!results.has(name)) results.set(name, compute());
    return results.get(name) as Promise<T>;
  };
}

export type Provider = {
  name: string;
  label: string;
  params: z.ZodType<Record<string, unknown>>;
  compute: (ctx: ProviderContext, params: any) => Promise<Map<string, number | null>>;
};

/** Localities are districts and commune-level units; the province is the whole, not one of them. */
function inGroup(type: string, group: string): boolean {
  if (group === 'locality') return type === 'district' || (COMMUNE_LEVEL_TYPES as readonly string[]).includes(type);
  return UNIT_TYPE_GROUP[type as UnitType] === group;
}

/**
 * Target 6 counts press agencies (a unit of group press with a participant of kind press who
 * completed a class) and grassroots communicators (a commune-level unit with someone who completed
 * a class for press and grassroots communicators), over all press agencies and commune-level units.
 */
function isTarget6Unit(type: string): boolean {
  return type === 'press_agency' || (COMMUNE_LEVEL_TYPES as readonly string[]).includes(type);
}

const groupParam = z.enum(['locality', 'department', 'mass_organisation', 'press', 'school', 'cdt_team']);

async function elementMode(db: Queryable, code: string): Promise<'sum' | 'latest'> {
  const { rows } = await db.query<{ time_aggregation: 'sum' | 'latest' }>(
    'SELECT time_aggregation FROM data_element WHERE code = $1',
    [code],
  );
  return rows[0]?.time_aggregation ?? 'sum';
}

/** The report keys a formula reads (for one prefetch of all a dashboard needs). */
export function formulaKeys(f: {
  numerator: { provider: string; params: Record<string, unknown> };
  denominator: { provider: string; params: Record<string, unknown> } | null;
}): string[] {
  return [f.numerator, f.denominator].flatMap((p) => {
    if (!p) return [];
    if (p.provider === 'data_element' || p.provider === 'element_flag') return [`de:${String(p.params.element)}`];
    if (p.provider === 'training_leaders_reached' && typeof p.params.onlyUnitsReporting === 'string')
      return [`de:${p.params.onlyUnitsReporting}`];
    return [];
  });
}

export const PROVIDERS: Provider[] = [
  {
    name: 'data_element',
    label: 'Số liệu đơn vị báo cáo (chỉ tiêu dữ liệu)',
    params: z.object({ element: z.string().min(1) }),
    compute: async (ctx, p: { element: string }) => {
      const values = await ctx.yearValues(`de:${p.element}`, await elementMode(ctx.db, p.element));
      const out = new Map<string, number | null>();
      for (const n of ctx.nodes) {
        const v = values.get(n.id);
        if (v !== undefined) out.set(n.id, v);
      }
      return out;
    },
  },
  {
    name: 'units_in_group',
    label: 'Số đơn vị thuộc nhóm (đang hoạt động cuối kỳ)',
    params: z.object({ group: groupParam }),
    compute: async (ctx, p: { group: string }) =>
      new Map(ctx.nodes.filter((n) => inGroup(n.type, p.group)).map((n) => [n.id, 1])),
  },
  {
    name: 'element_flag',
    label: 'Đơn vị trong nhóm có số liệu đạt ngưỡng (1/0)',
    params: z.object({ element: z.string().min(1), group: groupParam, min: z.number().default(1) }),
    compute: async (ctx, p: { element: string; group: string; min: number }) => {
      const values = await ctx.yearValues(`de:${p.element}`, await elementMode(ctx.db, p.element));
      const out = new Map<string, number | null>();
      for (const n of ctx.nodes) {
        if (!inGroup(n.type, p.group)) continue;
        const v = values.get(n.id);
        out.set(n.id, v === undefined ? null : v >= p.min ? 1 : 0);
      }
      return out;
    },
  },
  {
    name: 'plan_target2',
    label: 'Địa phương có kế hoạch được chấp nhận, đưa truyền thông CĐS vào kế hoạch KT-XH và bố trí kinh phí',
    params: z.object({}),
    compute: async (ctx) => {
      if (!ctx.programmeId) return new Map();
      const unitIds = ctx.nodes.filter((n) => inGroup(n.type, 'locality')).map((n) => n.id);
      const f = await computePlanTargetFacts(ctx.db, {
        programmeId: ctx.programmeId,
        year: ctx.year,
        asOf: ctx.periodDate,
        unitIds,
        which: 'target2',
      });
      return new Map(f.target2.units.map((u) => [u.unitId, u.counts ? 1 : 0]));
    },
  },
  {
    name: 'plan_target3',
    label: 'Đoàn thể có kế hoạch được chấp nhận, đưa truyền thông CĐS vào chương trình hoạt động',
    params: z.object({}),
    compute: async (ctx) => {
      if (!ctx.programmeId) return new Map();
      const unitIds = ctx.nodes.filter((n) => inGroup(n.type, 'mass_organisation')).map((n) => n.id);
      const f = await computePlanTargetFacts(ctx.db, {
        programmeId: ctx.programmeId,
        year: ctx.year,
        asOf: ctx.periodDate,
        unitIds,
        which: 'target3',
      });
      return new Map(f.target3.units.map((u) => [u.unitId, u.counts ? 1 : 0]));
    },
  },
  {
    name: 'training_reporter_classes',
    label: 'Số lớp báo cáo viên về truyền thông CĐS kết thúc trong năm (theo đơn vị tổ chức; sổ tập huấn)',
    params: z.object({}),
    compute: async (ctx) => {
      const f = await computeTrainingFacts(ctx.db, { year: ctx.year, unitIds: ctx.nodes.map((n) => n.id) });
      return new Map(f.reporterClasses.byOrganiser.map((r) => [r.unitId, r.count]));
    },
  },
  {
    name: 'training_cdt_teams_trained',
    label: 'Tổ công nghệ số cộng đồng được tập huấn trong năm (1/0; mặc định: ít nhất một thành viên hoàn thành)',
    params: z.object({ minShare: z.number().gt(0).max(1).nullable().default(null) }),
    compute: async (ctx, p: { minShare: number | null }) => {
      const teamIds = ctx.nodes.filter((n) => n.type === 'cdt_team').map((n) => n.id);
      const f = await computeTrainingFacts(ctx.db, { year: ctx.year, unitIds: teamIds, minShare: p.minShare });
      const trained = new Set(f.cdtTeams.teams.filter((t) => t.counts).map((t) => t.unitId));
      return new Map(teamIds.map((id) => [id, trained.has(id) ? 1 : 0]));
    },
  },
  {
    name: 'training_press_grassroots_trained',
    label: 'Cơ quan báo chí và địa phương cấp xã có người được tập huấn trong năm (1/0; sổ tập huấn)',
    params: z.object({}),
    compute: async (ctx) => {
      const units = ctx.nodes.filter((n) => isTarget6Unit(n.type));
      const f = await computeTrainingFacts(ctx.db, {
        year: ctx.year,
        unitIds: units.map((n) => n.id),
        typeOf: new Map(units.map((n) => [n.id, n.type])),
      });
      const trained = new Set([...f.pressAgencies.unitIds, ...f.grassrootsUnits.unitIds]);
      return new Map(units.map((n) => [n.id, trained.has(n.id) ? 1 : 0]));
    },
  },
  {
    name: 'units_press_and_commune',
    label: 'Số cơ quan báo chí và địa phương cấp xã (đang hoạt động cuối kỳ)',
    params: z.object({}),
    compute: async (ctx) => new Map(ctx.nodes.filter((n) => isTarget6Unit(n.type)).map((n) => [n.id, 1])),
  },
  {
    name: 'training_leaders_reached',
    label: 'Số lãnh đạo hoàn thành lớp tập huấn, phổ biến trong năm (theo đơn vị của người học; sổ tập huấn)',
    params: z.object({ onlyUnitsReporting: z.string().min(1).nullable().default(null) }),
    compute: async (ctx, p: { onlyUnitsReporting: string | null }) => {
      const f = await computeTrainingFacts(ctx.db, { year: ctx.year, unitIds: ctx.nodes.map((n) => n.id) });
      const reached = new Map(f.leadersByUnit.map((r) => [r.unitId, r.count]));
      if (!p.onlyUnitsReporting) return reached;
      // Only units that reported their number of leaders count, so the share never passes 100 %.
      const totals = await ctx.yearValues(
        `de:${p.onlyUnitsReporting}`,
        await elementMode(ctx.db, p.onlyUnitsReporting),
      );
      return new Map([...totals.keys()].map((id) => [id, reached.get(id) ?? 0]));
    },
  },
  {
    name: 'press_outlets',
    label: 'Cơ quan báo chí và cổng thông tin Thành ủy, thành phố phải có chuyên mục Chuyển đổi số (sổ kênh báo chí)',
    params: z.object({}),
    compute: async (ctx) =>
      (await ctx.shared('press-columns', () => computeColumnFacts(ctx.db, { asOf: ctx.periodDate, nodes: ctx.nodes })))
        .expected,
  },
  {
    name: 'press_outlets_with_column',
    label: 'Cơ quan báo chí, cổng thông tin có chuyên mục Chuyển đổi số đến cuối kỳ (sổ kênh báo chí)',
    params: z.object({}),
    compute: async (ctx) => {
      const f = await ctx.shared('press-columns', () =>
        computeColumnFacts(ctx.db, { asOf: ctx.periodDate, nodes: ctx.nodes }),
      );
      return new Map([...f.expected.keys()].map((id) => [id, f.withColumn.get(id) ?? 0]));
    },
  },
  {
    name: 'press_articles',
    label: 'Số tin bài trong chuyên mục Chuyển đổi số đăng trong năm (sổ kênh báo chí)',
    params: z.object({}),
    compute: async (ctx) => countArticlesForYear(ctx.db, { year: ctx.year, nodes: ctx.nodes }),
  },
  {
    name: 'schools_registered',
    label: 'Trường từ THCS trở lên trong sổ trường học (đang hoạt động cuối kỳ)',
    params: z.object({}),
    compute: async (ctx) =>
      (
        await ctx.shared('schools', () =>
          computeSchoolFacts(ctx.db, { year: ctx.year, day: ctx.periodDate, nodes: ctx.nodes }),
        )
      ).registered,
  },
  {
    name: 'schools_with_dx_session',
    label: 'Trường từ THCS trở lên có buổi ngoại khóa về chuyển đổi số trong năm học (1/0)',
    params: z.object({}),
    compute: async (ctx) =>
      (
        await ctx.shared('schools', () =>
          computeSchoolFacts(ctx.db, { year: ctx.year, day: ctx.periodDate, nodes: ctx.nodes }),
        )
      ).withSession,
  },
  {
    name: 'comm_models_deployed',
    label: 'Số mô hình truyền thông CĐS bắt đầu triển khai trong năm (theo đơn vị đề xuất)',
    params: z.object({}),
    compute: async (ctx) => {
      const f = await computeModelFacts(ctx.db, { year: ctx.year, unitIds: ctx.nodes.map((n) => n.id) });
      return new Map(f.byUnit.map((r) => [r.unitId, r.count]));
    },
  },
  {
    name: 'cdt_support_people',
    label: 'Số người được Tổ công nghệ số cộng đồng hỗ trợ trong năm (theo dịch vụ, hoặc tất cả)',
    params: z.object({ service: z.enum([...SUPPORT_SERVICES, 'all']).default('all') }),
    compute: async (ctx, p: { service: (typeof SUPPORT_SERVICES)[number] | 'all' }) => {
      const teamIds = ctx.nodes.filter((n) => n.type === 'cdt_team').map((n) => n.id);
      const facts = await computeSupportFacts(ctx.db, { year: ctx.year, teamIds });
      return new Map([...facts].map(([id, t]) => [id, p.service === 'all' ? t.total : t[p.service]]));
    },
  },
  {
    name: 'cdt_support_logs',
    label: 'Số lần Tổ công nghệ số cộng đồng ghi nhận hỗ trợ người dân trong năm',
    params: z.object({}),
    compute: async (ctx) => {
      const teamIds = ctx.nodes.filter((n) => n.type === 'cdt_team').map((n) => n.id);
      const facts = await computeSupportFacts(ctx.db, { year: ctx.year, teamIds });
      return new Map([...facts].map(([id, t]) => [id, t.logs]));
    },
  },
  {
    name: 'cdt_team_logged',
    label: 'Tổ công nghệ số cộng đồng có ghi nhận hỗ trợ trong năm (1/0)',
    params: z.object({}),
    compute: async (ctx) => {
      const teamIds = ctx.nodes.filter((n) => n.type === 'cdt_team').map((n) => n.id);
      const facts = await computeSupportFacts(ctx.db, { year: ctx.year, teamIds });
      return new Map(teamIds.map((id) => [id, (facts.get(id)?.logs ?? 0) > 0 ? 1 : 0]));
    },
  },
];

export function getProvider(name: string): Provider | undefined {
  return PROVIDERS.find((p) => p.name === name);
}

export const FormulaSchema = z.object({
  numerator: z.object({ provider: z.string(), params: z.record(z.string(), z.unknown()).default({}) }),
  denominator: z
    .object({ provider: z.string(), params: z.record(z.string(), z.unknown()).default({}) })
    .nullable()
    .default(null),
  aggregation: z.enum(['ratio', 'sum', 'count', 'average', 'latest']),
  missing: z.enum(['exclude', 'zero']).default('exclude'),
  scale: z.number().default(1),
});
export type Formula = z.infer<typeof FormulaSchema>;

/** Checks that a formula names existing providers with valid parameters (Vietnamese messages). */
export function validateFormula(f: Formula): string[] {
  const errors: string[] = [];
  for (const side of ['numerator', 'denominator'] as const) {
    const part = f[side];
    if (!part) {
      if (side === 'numerator' || f.aggregation === 'ratio')
        errors.push(side === 'numerator' ? 'Thiếu tử số' : 'Tỷ lệ cần có mẫu số');
      continue;
    }
    const p = getProvider(part.provider);
    if (!p) errors.push(`Nguồn dữ liệu không tồn tại: ${part.provider}`);
    else if (!p.params.safeParse(part.params).success) errors.push(`Tham số không hợp lệ cho nguồn "${p.label}"`);
  }
  return errors;
}
