import type { z } from 'zod';
import type { DashboardQuerySchema, FactsQuerySchema } from '@lantoa/contracts/reporting';
import type { AuthedCtx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Queryable } from '../../platform/db/db.ts';
import { canOnUnit } from '../../platform/auth/authorize.ts';
import { scopeRootsFor } from '../../platform/auth/actor.ts';
import { todayIso } from '../../platform/time.ts';
import { computePlanTargetFacts } from '../plans/index.ts';
import { computeColumnFacts } from '../press/index.ts';
import { computeSchoolFacts } from '../schools/index.ts';
import { evaluateIndicator, IndicatorSession, type StructureMode } from './indicators.service.ts';
import { formulaKeys } from './providers.ts';
import * as indRepo from './indicators.repository.ts';
import * as repo from './reports.repository.ts';
import { findFacts } from './facts.repository.ts';
import * as reportingRepo from './reporting.repository.ts';
import { computeWindow, formatPeriodVi, periodsOf } from './period.ts';

/**
 * The province root a unit's figures are stored under. A root that no unit points to as its
 * province (a country above the provinces) reads every province: null.
 */
async function provinceRootOf(db: Queryable, unitId: string): Promise<string | null> {
  const info = await reportingRepo.findRootInfo(db, unitId);
  if (!info) throw notFound('đơn vị');
  const { root_id, has_members } = info;
  if (root_id && root_id !== unitId) return root_id;
  return has_members ? unitId : null;
}

async function resolveUnit(ctx: AuthedCtx, unitId: string | undefined): Promise<string> {
  const id = unitId ?? scopeRootsFor(ctx.actor, 'dashboard:read')[0];
  if (!id) throw new AppError('FORBIDDEN');
  if (!(await canOnUnit(ctx.db, ctx.actor, 'dashboard:read', id))) throw notFound('đơn vị');
  return id;
}

/**
 * What every dashboard figure depends on, read in one cheap query: writes to any table a provider
 * reads (facts, reports, plans, indicators, the structure, the registers, column posts; see
 * reporting_change in migration 0027) and today's date. A cached
 * dashboard is served only while this is unchanged, so a change shows on the next read.
 */
function dataStamp(db: Queryable): Promise<string> {
  return reportingRepo.findDataStamp(db, todayIso());
}

type Dashboard = Awaited<ReturnType<typeof computeDashboard>>;
const dashboardCache = new Map<string, Dashboard>();
const DASHBOARD_CACHE_SIZE = 200;

/** Every target of the programme for a year, with its series over the programme's years, and reporting completeness. */
export async function getDashboard(db: Queryable, unitId: string, q: { year: number; structure: StructureMode }): Promise<Dashboard> {
  const started = performance.now();
  const key = `${unitId}|${q.year}|${q.structure}|${await dataStamp(db)}`;
  const hit = dashboardCache.get(key);
  if (hit) return { ...hit, computedInMs: Math.round(performance.now() - started) };
  const fresh = await computeDashboard(db, unitId, q);
  dashboardCache.set(key, fresh);
  if (dashboardCache.size > DASHBOARD_CACHE_SIZE) dashboardCache.delete(dashboardCache.keys().next().value!);
  return fresh;
}

export async function computeDashboard(db: Queryable, unitId: string, q: { year: number; structure: StructureMode }) {
  const started = performance.now();
  const programme = await reportingRepo.findActiveProgramme(db, q.year);
  const session = new IndicatorSession(db, unitId, await provinceRootOf(db, unitId), programme?.id ?? null);
  const defs = await indRepo.findIndicatorsForYear(db, q.year);
  const years: number[] = [];
  for (let y = programme?.start ?? q.year; y <= Math.max(programme?.end ?? q.year, q.year); y++) if (y <= +todayIso().slice(0, 4)) years.push(y);
  if (!years.includes(q.year)) years.push(q.year);
  const defsByYear = new Map<number, indRepo.IndicatorRow[]>();
  for (const y of years) defsByYear.set(y, y === q.year ? defs : await indRepo.findIndicatorsForYear(db, y));
  await session.prefetch([...new Set([...defsByYear.values()].flat().flatMap((d) => formulaKeys(d.formula)))], years);
  const indicators = await Promise.all(
    defs.map(async (def) => {
      const targets = await indRepo.findTargets(db, def.code);
      const current = await evaluateIndicator(session, def, unitId, q.year, q.structure, targets);
      const series = [];
      for (const y of years.filter((x) => x <= Math.max(q.year, programme?.end ?? q.year))) {
        const d = defsByYear.get(y)!.find((x) => x.code === def.code) ?? def;
        const v = y === q.year ? current : await evaluateIndicator(session, d, unitId, y, q.structure, targets);
        series.push({ year: y, value: v.value, target: v.target });
      }
      const { structureDate: _s, ...rest } = current;
      return { ...rest, series };
    }),
  );
  const structureDate = q.structure === 'today' ? session.today : session.periodDate(q.year);
  return {
    year: q.year,
    unitId,
    unitName: await reportingRepo.findUnitName(db, unitId, structureDate),
    structure: q.structure,
    structureDate,
    indicators,
    completeness: await completenessSummary(db, unitId, q.year),
    computedInMs: Math.round(performance.now() - started),
  };
}

async function completenessSummary(db: Queryable, unitId: string, year: number) {
  const today = todayIso();
  const asOf = `${year}-12-31` < today ? `${year}-12-31` : today;
  const out = [];
  for (const form of await repo.findForms(db)) {
    const periods = periodsOf(form.period_type, year).filter((p) => p.start <= today);
    if (!periods.length) continue;
    const rule = { deadlineDay: form.deadline_day, lateDays: form.late_days };
    const counts = await repo.findCompletenessCounts(db, {
      formId: form.id, asOf, rootId: unitId, types: form.unit_types,
      periods: periods.map((p) => ({ id: p.id, deadline: computeWindow(p, rule, today).deadline })),
    });
    for (const c of counts) {
      out.push({ formId: form.id, formName: form.name, period: c.period, periodLabel: formatPeriodVi(c.period), expected: c.expected, submitted: c.submitted, onTime: c.on_time, accepted: c.accepted });
    }
  }
  return out;
}

export async function getDashboardFor(ctx: AuthedCtx, q: z.infer<typeof DashboardQuerySchema>) {
  return getDashboard(ctx.db, await resolveUnit(ctx, q.unitId), q);
}

/** One indicator for each unit directly under `unitId`, with the lagging ones marked. */
export async function getBreakdown(ctx: AuthedCtx, code: string, q: z.infer<typeof DashboardQuerySchema>) {
  return computeBreakdown(ctx.db, await resolveUnit(ctx, q.unitId), code, q);
}

export async function computeBreakdown(db: Queryable, unitId: string, code: string, q: { year: number; structure: StructureMode }) {
  const ctx = { db };
  const def = (await indRepo.findIndicatorsForYear(ctx.db, q.year)).find((d) => d.code === code);
  if (!def) throw notFound('chỉ số');
  const programme = await reportingRepo.findActiveProgramme(ctx.db, q.year);
  const session = new IndicatorSession(ctx.db, unitId, await provinceRootOf(ctx.db, unitId), programme?.id ?? null);
  await session.prefetch(formulaKeys(def.formula), [q.year]);
  const date = q.structure === 'today' ? session.today : session.periodDate(q.year);
  const structure = await session.structure(date);
  const targets = await indRepo.findTargets(ctx.db, code);
  const target = targets.get(q.year)?.target ?? null;
  const children = structure.children.get(unitId) ?? [];
  const rows = [];
  for (const child of children) {
    const node = structure.byId.get(child)!;
    const v = await evaluateIndicator(session, def, child, q.year, q.structure, targets);
    rows.push({
      unitId: child, unitName: node.name, type: node.type, officialCode: node.officialCode, value: v.value, numerator: v.numerator, denominator: v.denominator,
      lagging: v.value !== null && target !== null && def.formula.aggregation === 'ratio' && v.value < target,
      hasChildren: (structure.children.get(child) ?? []).length > 0,
    });
  }
  // Units that hold nothing for this indicator (no data, no denominator) are left out of the table.
  const meaningful = rows.filter((r) => r.value !== null || (r.denominator ?? 0) > 0 || r.numerator !== 0);
  return { code, year: q.year, structureDate: date, target, rows: meaningful.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')) };
}

/** The facts behind a figure: report values, accepted plans, or the units counted. */
export async function getIndicatorFacts(ctx: AuthedCtx, code: string, q: z.infer<typeof FactsQuerySchema>) {
  const unitId = await resolveUnit(ctx, q.unitId);
  const def = (await indRepo.findIndicatorsForYear(ctx.db, q.year)).find((d) => d.code === code);
  if (!def) throw notFound('chỉ số');
  const programme = await reportingRepo.findActiveProgramme(ctx.db, q.year);
  const session = new IndicatorSession(ctx.db, unitId, await provinceRootOf(ctx.db, unitId), programme?.id ?? null);
  const date = session.periodDate(q.year);
  const structure = await session.structure(date);
  const units = session.subtree(structure, unitId);
  const names = new Map(structure.nodes.map((n) => [n.id, n.name]));
  const parts = [def.formula.numerator, def.formula.denominator].filter((p): p is NonNullable<typeof p> => Boolean(p));
  const elementKeys = parts.filter((p) => p.provider === 'data_element' || p.provider === 'element_flag').map((p) => `de:${String(p.params.element)}`);
  const items: { unitId: string; unitName: string; key: string; label: string; period: string; value: number; sourceType: string; sourceId: string | null; link: string | null }[] = [];
  let total = 0;
  if (elementKeys.length) {
    const rows = await findFacts(ctx.db, elementKeys, q.year, units, q.pageSize, (q.page - 1) * q.pageSize);
    total = rows[0]?.total ?? 0;
    for (const r of rows) {
      items.push({
        unitId: r.unit_id, unitName: names.get(r.unit_id) ?? '', key: r.key, label: r.label ?? r.key.replace(/^de:/, ''),
        period: r.period ? formatPeriodVi(r.period) : `${r.period_start}…${r.period_end}`,
        value: Number(r.value), sourceType: r.source_type, sourceId: r.source_id,
        link: r.form_id && r.period ? `/admin/reports/entry?formId=${r.form_id}&unitId=${r.unit_id}&period=${r.period}` : null,
      });
    }
  } else if (parts.some((p) => p.provider.startsWith('plan_target')) && programme) {
    const f = await computePlanTargetFacts(ctx.db, { programmeId: programme.id, year: q.year, asOf: date, rootId: unitId });
    const list = (parts.some((p) => p.provider === 'plan_target2') ? f.target2.units : f.target3.units).filter((u) => units.includes(u.unitId));
    total = list.length;
    for (const u of list.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)) {
      items.push({ unitId: u.unitId, unitName: u.unitName, key: def.code, label: u.counts ? 'Đạt' : 'Chưa đạt', period: String(q.year), value: u.counts ? 1 : 0, sourceType: 'plan', sourceId: u.planId, link: u.planId ? `/admin/plans/${u.planId}` : null });
    }
  } else if (parts.some((p) => p.provider.startsWith('press_outlets'))) {
    const inScope = new Set(units);
    const f = await computeColumnFacts(ctx.db, { asOf: date, nodes: structure.nodes.filter((n) => inScope.has(n.id)) });
    total = f.outlets.length;
    for (const o of f.outlets.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)) {
      items.push({
        unitId: o.unitId, unitName: names.get(o.unitId) ?? '', key: def.code, label: `${o.name}: ${o.hasColumn ? 'có chuyên mục' : 'chưa có chuyên mục'}`, period: String(q.year),
        value: o.hasColumn ? 1 : 0, sourceType: 'press_channel', sourceId: o.channelId, link: o.channelId ? `/admin/press/${o.channelId}` : null,
      });
    }
  } else if (parts.some((p) => p.provider.startsWith('schools_'))) {
    const inScope = new Set(units);
    const f = await computeSchoolFacts(ctx.db, { year: q.year, day: date, nodes: structure.nodes.filter((n) => inScope.has(n.id)) });
    total = f.schools.length;
    for (const x of f.schools.slice((q.page - 1) * q.pageSize, q.page * q.pageSize)) {
      items.push({
        unitId: x.communeUnitId, unitName: names.get(x.communeUnitId) ?? '', key: def.code, label: `${x.name}: ${x.hasSession ? 'có ngoại khóa CĐS' : 'chưa có ngoại khóa CĐS'}`,
        period: `Năm học ${q.year - 1}–${q.year}`, value: x.hasSession ? 1 : 0, sourceType: 'school', sourceId: x.schoolId, link: `/admin/schools/${x.schoolId}`,
      });
    }
  }
  return { items, total, page: q.page, pageSize: q.pageSize };
}
