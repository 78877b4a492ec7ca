import type { IndicatorValue } from '@lantoa/contracts/reporting';
import type { Queryable } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { todayIso } from '../../platform/time.ts';
import {
  findAllSuccessions,
  findPredecessorClosure,
  findStructureStamp,
  loadStructure,
  loadUnitsAt,
  type StructureNode,
} from '../org-units/index.ts';
import { findYearAggregates, findYearValues } from './facts.repository.ts';
import type * as repo from './indicators.repository.ts';
import { getProvider, sharedOnce, type Formula, type ProviderContext } from './providers.ts';
import { computeRollup, mapToStructure, type RollupResult } from './rollup.ts';

export type StructureMode = 'as-of' | 'today';

type Structure = {
  date: string;
  nodes: StructureNode[];
  byId: Map<string, StructureNode>;
  children: Map<string, string[]>;
};

function buildStructure(date: string, nodes: StructureNode[]): Structure {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (!n.parentId || !byId.has(n.parentId)) continue;
    const list = children.get(n.parentId) ?? [];
    list.push(n.id);
    children.set(n.parentId, list);
  }
  return { date, nodes, byId, children };
}

/**
 * Structures read by dashboards, kept between requests: a subtree on a day does not change unless
 * the structure does, which the stamp (events of structural actions) tells. Bounded in size.
 */
const structureCache = new Map<string, Promise<Structure>>();
const STRUCTURE_CACHE_SIZE = 64;

/**
 * One evaluation session for one unit: its structures, the units whose figures can count toward
 * it, and the report aggregates are loaded once and shared by every indicator and year computed
 * in it (a dashboard asks for dozens of figures).
 */
export class IndicatorSession {
  private readonly providerResults = new Map<string, Promise<Map<string, number | null>>>();
  /** Register facts that several providers read (a numerator and its denominator), computed once per period. */
  private readonly sharedFacts = new Map<string, ProviderContext['shared']>();
  private readonly periodUnits = new Map<string, Promise<StructureNode[]>>();
  private aggregates: Map<string, Map<string, { sum: number; last: number }>> | null = null;
  private successions: Promise<{ from: string; to: string; share: 'full' | 'partial' }[]> | null = null;
  private stamp: Promise<string> | null = null;
  readonly today = todayIso();

  constructor(
    readonly db: Queryable,
    /** The unit asked about: only its subtree is loaded. */
    readonly scopeRootId: string,
    /** Its province root, which the aggregates are stored under (null: everywhere). */
    readonly provinceRootId: string | null,
    readonly programmeId: string | null,
  ) {}

  async structure(date: string): Promise<Structure> {
    this.stamp ??= findStructureStamp(this.db);
    const key = `${this.scopeRootId}|${date}|${await this.stamp}`;
    let s = structureCache.get(key);
    if (!s) {
      s = loadStructure(this.db, this.scopeRootId, date).then((nodes) => buildStructure(date, nodes));
      s.catch(() => structureCache.delete(key));
      structureCache.set(key, s);
      if (structureCache.size > STRUCTURE_CACHE_SIZE) structureCache.delete(structureCache.keys().next().value!);
    }
    return s;
  }

  subtree(s: Structure, unitId: string): string[] {
    if (!s.byId.has(unitId)) return [];
    const out: string[] = [];
    const stack = [unitId];
    while (stack.length) {
      const id = stack.pop()!;
      out.push(id);
      for (const c of s.children.get(id) ?? []) stack.push(c);
    }
    return out;
  }

  /** The day a year's figures are read on: its last day, or today while the year runs. */
  periodDate(year: number): string {
    const end = `${year}-12-31`;
    return end < this.today ? end : this.today;
  }

  /**
   * The units whose figures for a year can count: the subtree as it was (as-of), or, on today's
   * structure, today's subtree with every unit that became part of it, as they were then.
   */
  private unitsFor(year: number, mode: StructureMode): Promise<StructureNode[]> {
    const key = `${year}|${mode}`;
    let r = this.periodUnits.get(key);
    if (!r) {
      const date = this.periodDate(year);
      r =
        mode === 'as-of'
          ? this.structure(date).then((s) => s.nodes)
          : this.structure(this.today).then(async (t) => {
              const ids = t.nodes.map((n) => n.id);
              const before = await findPredecessorClosure(this.db, ids);
              return loadUnitsAt(this.db, [...ids, ...before], date);
            });
      this.periodUnits.set(key, r);
    }
    return r;
  }

  /** Reads every report aggregate the given keys and years need, in one query. */
  async prefetch(keys: string[], years: number[]): Promise<void> {
    const rows = await findYearAggregates(this.db, keys, years, this.provinceRootId);
    const map = new Map<string, Map<string, { sum: number; last: number }>>();
    for (const r of rows) {
      const k = `${r.key}|${r.year}`;
      let m = map.get(k);
      if (!m) map.set(k, (m = new Map()));
      m.set(r.unit_id, { sum: Number(r.value_sum), last: Number(r.last_value) });
    }
    this.aggregates = map;
  }

  /** Aggregates of one key and year (from the prefetch when there was one). */
  async yearValues(key: string, year: number, mode: 'sum' | 'latest'): Promise<Map<string, number>> {
    if (!this.aggregates || !this.aggregates.has(`${key}|${year}`)) {
      if (this.aggregates) return new Map(); // prefetched: nothing reported
      return findYearValues(this.db, key, year, mode);
    }
    const out = new Map<string, number>();
    for (const [u, v] of this.aggregates.get(`${key}|${year}`)!) out.set(u, mode === 'sum' ? v.sum : v.last);
    return out;
  }

  private sharedFor(period: string): ProviderContext['shared'] {
    let shared = this.sharedFacts.get(period);
    if (!shared) this.sharedFacts.set(period, (shared = sharedOnce()));
    return shared;
  }

  private provide(
    part: { provider: string; params: Record<string, unknown> },
    year: number,
    mode: StructureMode,
  ): Promise<Map<string, number | null>> {
    const key = `${part.provider}|${JSON.stringify(part.params)}|${year}|${mode}`;
    let r = this.providerResults.get(key);
    if (!r) {
      const provider = getProvider(part.provider);
      if (!provider) throw new AppError('BAD_REQUEST', `Nguồn dữ liệu không tồn tại: ${part.provider}`);
      const date = this.periodDate(year);
      r = this.unitsFor(year, mode).then((nodes) =>
        provider.compute(
          {
            db: this.db,
            year,
            periodDate: date,
            nodes,
            programmeId: this.programmeId,
            yearValues: (k, m) => this.yearValues(k, year, m),
            shared: this.sharedFor(`${year}|${mode}`),
          },
          provider.params.parse(part.params),
        ),
      );
      this.providerResults.set(key, r);
    }
    return r;
  }

  /**
   * The value of a formula for a unit and a year. As-of: on the structure at the end of the year.
   * Today: numerator and denominator, computed on the year's structure, are carried to today's
   * units through the successions, then rolled up on today's tree.
   */
  async evaluate(
    formula: Formula,
    unitId: string,
    year: number,
    mode: StructureMode,
  ): Promise<RollupResult & { structureDate: string }> {
    const num = await this.provide(formula.numerator, year, mode);
    const den = formula.denominator ? await this.provide(formula.denominator, year, mode) : undefined;
    if (mode === 'as-of') {
      const s = await this.structure(this.periodDate(year));
      const units = this.subtree(s, unitId);
      return {
        ...computeRollup({
          numerator: num,
          denominator: den ? toNumbers(den) : undefined,
          units,
          aggregation: formula.aggregation,
          missing: formula.missing,
          scale: formula.scale,
        }),
        structureDate: s.date,
      };
    }
    const today = await this.structure(this.today);
    const exists = (id: string) => today.byId.has(id);
    this.successions ??= findAllSuccessions(this.db);
    const successions = await this.successions;
    // Missing values stay missing on the new structure: only reported values are carried.
    const reported = new Map([...num].filter((e): e is [string, number] => e[1] !== null && e[1] !== undefined));
    const carriedNum = mapToStructure(reported, successions, exists);
    let carriedDen: Map<string, number> | undefined;
    if (den) {
      const denReported =
        formula.missing === 'exclude' ? new Map([...toNumbers(den)].filter(([u]) => reported.has(u))) : toNumbers(den);
      carriedDen = mapToStructure(denReported, successions, exists);
    }
    const units = this.subtree(today, unitId);
    // On today's structure a unit has a value when anything was carried to it.
    const numerator = new Map<string, number | null>(units.map((u) => [u, carriedNum.get(u) ?? null]));
    return {
      ...computeRollup({
        numerator,
        denominator: carriedDen,
        units,
        aggregation: formula.aggregation,
        missing: formula.missing,
        scale: formula.scale,
      }),
      structureDate: today.date,
    };
  }
}

function toNumbers(m: Map<string, number | null>): Map<string, number> {
  return new Map([...m].filter((e): e is [string, number] => e[1] !== null && e[1] !== undefined));
}

/** Whether a value meets its target: at least the target (for yearly counts, within the range). */
export function computeMet(value: number | null, target: number | null): boolean | null {
  if (value === null || target === null) return null;
  return value >= target;
}

export async function evaluateIndicator(
  session: IndicatorSession,
  def: repo.IndicatorRow,
  unitId: string,
  year: number,
  mode: StructureMode,
  targets: Map<number, { target: number; max: number | null }>,
): Promise<IndicatorValue & { structureDate: string }> {
  const r = await session.evaluate(def.formula, unitId, year, mode);
  const t = targets.get(year) ?? null;
  return {
    code: def.code,
    targetNumber: def.target_number,
    name: def.name,
    description: def.description,
    unitLabel: def.unit_label,
    aggregation: def.formula.aggregation,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    unitsWithData: r.unitsWithData,
    unitsMissing: r.unitsMissing,
    target: t?.target ?? null,
    targetMax: t?.max ?? null,
    met: computeMet(r.value, t?.target ?? null),
    structureDate: r.structureDate,
  };
}
