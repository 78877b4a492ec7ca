import {
  BUDGET_SOURCES,
  type AUDIENCES,
  type BudgetSource,
  type CHANNELS,
  type PlanContent,
  type PlanView,
} from '@lantoa/contracts/plans';
import { formatNumber, parseVndInput } from '../../lib/format.ts';

export type Audience = (typeof AUDIENCES)[number];
export type Channel = (typeof CHANNELS)[number];

/** An activity as the form holds it: text as typed, choices possibly not made yet. */
export type ActivityDraft = {
  /** Stable while the form is open, so that budget lines stay tied to their activity when others are removed. */
  key: string;
  taskAreaNumber: number | null;
  title: string;
  description: string;
  audiences: Audience[];
  channels: Channel[];
  periodStart: string;
  periodEnd: string;
  responsibleUnit: { id: string; name: string } | null;
  coordinatingUnitIds: string[];
  outputQuantity: string;
  outputUnit: string;
  linkedProgrammes: string[];
};

export type BudgetLineDraft = {
  key: string;
  activityKey: string | null;
  taskAreaNumber: number | null;
  description: string;
  amount: number | null;
  source: BudgetSource | '';
};

export type PlanDraft = {
  title: string;
  summary: string;
  inSocioEconomicPlan: boolean;
  inYearlyProgramme: boolean;
  inMidTermProgramme: boolean;
  inLongTermProgramme: boolean;
  activities: ActivityDraft[];
  budgetLines: BudgetLineDraft[];
};

let counter = 0;
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}-new-${counter}`;
}

export function emptyActivity(): ActivityDraft {
  return {
    key: newKey('a'),
    taskAreaNumber: null,
    title: '',
    description: '',
    audiences: [],
    channels: [],
    periodStart: '',
    periodEnd: '',
    responsibleUnit: null,
    coordinatingUnitIds: [],
    outputQuantity: '',
    outputUnit: '',
    linkedProgrammes: [],
  };
}

export function emptyBudgetLine(defaults: Partial<BudgetLineDraft> = {}): BudgetLineDraft {
  return {
    key: newKey('l'),
    activityKey: null,
    taskAreaNumber: null,
    description: '',
    amount: null,
    source: '',
    ...defaults,
  };
}

export function emptyDraft(title: string): PlanDraft {
  return {
    title,
    summary: '',
    inSocioEconomicPlan: false,
    inYearlyProgramme: false,
    inMidTermProgramme: false,
    inLongTermProgramme: false,
    activities: [],
    budgetLines: [],
  };
}

export function draftFromPlan(plan: PlanView): PlanDraft {
  return {
    title: plan.title,
    summary: plan.summary ?? '',
    inSocioEconomicPlan: plan.inSocioEconomicPlan,
    inYearlyProgramme: plan.inYearlyProgramme,
    inMidTermProgramme: plan.inMidTermProgramme,
    inLongTermProgramme: plan.inLongTermProgramme,
    activities: plan.activities.map((a) => ({
      key: a.id,
      taskAreaNumber: a.taskAreaNumber,
      title: a.title,
      description: a.description ?? '',
      audiences: a.audiences as Audience[],
      channels: a.channels as Channel[],
      periodStart: a.periodStart ?? '',
      periodEnd: a.periodEnd ?? '',
      responsibleUnit: a.responsibleUnitId ? { id: a.responsibleUnitId, name: a.responsibleUnitName ?? '' } : null,
      coordinatingUnitIds: a.coordinatingUnitIds,
      outputQuantity: a.outputQuantity === null ? '' : formatNumber(a.outputQuantity),
      outputUnit: a.outputUnit ?? '',
      linkedProgrammes: a.linkedProgrammes,
    })),
    budgetLines: plan.budgetLines.map((l) => ({
      key: l.id,
      activityKey: l.activityId,
      taskAreaNumber: l.taskAreaNumber,
      description: l.description,
      amount: l.amount,
      source: l.source,
    })),
  };
}

function quantity(text: string): number | string | null {
  const s = text.trim();
  if (s === '') return null;
  const whole = parseVndInput(s);
  if (whole !== null) return whole;
  // "2,5" is two and a half in Vietnamese; anything else goes to the schema as typed and is refused there.
  const decimal = /^\d+,\d+$/.test(s) ? Number(s.replace(',', '.')) : NaN;
  return Number.isFinite(decimal) ? decimal : s;
}

/**
 * The body the API expects, before validation: empty choices become undefined so that the
 * contract's schema says "required", and budget lines point at their activity by position.
 */
export function contentFromDraft(draft: PlanDraft): Record<keyof PlanContent, unknown> {
  const index = new Map(draft.activities.map((a, i) => [a.key, i]));
  return {
    title: draft.title,
    summary: draft.summary,
    inSocioEconomicPlan: draft.inSocioEconomicPlan,
    inYearlyProgramme: draft.inYearlyProgramme,
    inMidTermProgramme: draft.inMidTermProgramme,
    inLongTermProgramme: draft.inLongTermProgramme,
    activities: draft.activities.map((a) => ({
      taskAreaNumber: a.taskAreaNumber ?? undefined,
      title: a.title,
      description: a.description,
      audiences: a.audiences,
      channels: a.channels,
      periodStart: a.periodStart || null,
      periodEnd: a.periodEnd || null,
      responsibleUnitId: a.responsibleUnit?.id ?? null,
      coordinatingUnitIds: a.coordinatingUnitIds,
      outputQuantity: quantity(a.outputQuantity),
      outputUnit: a.outputUnit,
      linkedProgrammes: a.linkedProgrammes,
    })),
    budgetLines: draft.budgetLines.map((l) => ({
      activityIndex: l.activityKey === null ? null : (index.get(l.activityKey) ?? null),
      taskAreaNumber: l.taskAreaNumber ?? undefined,
      description: l.description,
      amount: l.amount ?? undefined,
      source: l.source || undefined,
    })),
  };
}

/** Removes an activity; its budget lines stay, no longer tied to it. */
export function removeActivity(draft: PlanDraft, key: string): PlanDraft {
  return {
    ...draft,
    activities: draft.activities.filter((a) => a.key !== key),
    budgetLines: draft.budgetLines.map((l) => (l.activityKey === key ? { ...l, activityKey: null } : l)),
  };
}

export type SourceTotals = { bySource: Record<BudgetSource, number>; total: number };

/** Sums of the lines per source of funds; lines without an amount yet count as nothing. */
export function computeSourceTotals(
  lines: readonly { amount: number | null; source: BudgetSource | '' }[],
): SourceTotals {
  const bySource = Object.fromEntries(BUDGET_SOURCES.map((s) => [s, 0])) as Record<BudgetSource, number>;
  let total = 0;
  for (const l of lines) {
    const amount = l.amount ?? 0;
    total += amount;
    if (l.source) bySource[l.source] += amount;
  }
  return { bySource, total };
}
