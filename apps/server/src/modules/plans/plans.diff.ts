import type { PlanContent } from '@lantoa/contracts/plans';

export type PlanDiffEntry = { path: string; label: string; before: unknown; after: unknown };

const TOP_LABELS: Record<string, string> = {
  title: 'Tên kế hoạch',
  summary: 'Tóm tắt',
  inSocioEconomicPlan: 'Đưa vào kế hoạch phát triển KT-XH',
  inYearlyProgramme: 'Đưa vào chương trình hoạt động hằng năm',
  inMidTermProgramme: 'Đưa vào chương trình trung hạn',
  inLongTermProgramme: 'Đưa vào chương trình dài hạn',
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * What changed between two versions of a plan, field by field; activities and budget lines are
 * compared by position, with added and removed items reported whole. Pure.
 */
export function computePlanDiff(before: PlanContent, after: PlanContent): PlanDiffEntry[] {
  const out: PlanDiffEntry[] = [];
  for (const key of Object.keys(TOP_LABELS)) {
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (!same(a, b)) out.push({ path: key, label: TOP_LABELS[key]!, before: a ?? null, after: b ?? null });
  }
  const lists = [
    ['activities', 'Hoạt động'],
    ['budgetLines', 'Dòng kinh phí'],
  ] as const;
  for (const [key, label] of lists) {
    const a = before[key] as unknown as Record<string, unknown>[];
    const b = after[key] as unknown as Record<string, unknown>[];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i];
      const y = b[i];
      if (!x) out.push({ path: `${key}[${i}]`, label: `${label} ${i + 1} (thêm mới)`, before: null, after: y });
      else if (!y) out.push({ path: `${key}[${i}]`, label: `${label} ${i + 1} (bỏ)`, before: x, after: null });
      else {
        for (const field of new Set([...Object.keys(x), ...Object.keys(y)])) {
          if (!same(x[field], y[field])) out.push({ path: `${key}[${i}].${field}`, label: `${label} ${i + 1}: ${field}`, before: x[field] ?? null, after: y[field] ?? null });
        }
      }
    }
  }
  return out;
}

export function planTotal(content: Pick<PlanContent, 'budgetLines'>): number {
  return content.budgetLines.reduce((s, l) => s + l.amount, 0);
}
