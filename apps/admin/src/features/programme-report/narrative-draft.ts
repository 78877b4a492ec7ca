import type { Narrative } from './api/get-programme-report.ts';
import type { NarrativeSlot } from './report-sections.ts';

/** The longest text the server keeps in each field. */
export const NARRATIVE_LIMITS = {
  overview: 20_000,
  taskArea: 10_000,
  difficulties: 20_000,
  proposals: 20_000,
  signerTitle: 200,
  signerName: 100,
  number: 20,
} as const;

/**
 * The narrative as the server keeps it: every text trimmed, task areas with nothing written
 * left out. Two narratives that are the same after this are the same report.
 */
export function normaliseNarrative(n: Narrative): Narrative {
  const taskAreas = Object.fromEntries(
    Object.entries(n.taskAreas)
      .map(([k, v]) => [k, v.trim()] as const)
      .filter(([, v]) => v !== '')
      .sort(([a], [b]) => Number(a) - Number(b)),
  );
  return {
    overview: n.overview.trim(),
    taskAreas,
    difficulties: n.difficulties.trim(),
    proposals: n.proposals.trim(),
    signerTitle: n.signerTitle.trim(),
    signerName: n.signerName.trim(),
    number: n.number.trim(),
  };
}

export function isSameNarrative(a: Narrative, b: Narrative): boolean {
  return JSON.stringify(normaliseNarrative(a)) === JSON.stringify(normaliseNarrative(b));
}

export function slotText(n: Narrative, slot: NarrativeSlot): string {
  return slot.kind === 'taskArea' ? (n.taskAreas[slot.number] ?? '') : n[slot.kind];
}

export function withSlotText(n: Narrative, slot: NarrativeSlot, text: string): Narrative {
  return slot.kind === 'taskArea'
    ? { ...n, taskAreas: { ...n.taskAreas, [slot.number]: text } }
    : { ...n, [slot.kind]: text };
}

export function slotLimit(slot: NarrativeSlot): number {
  return slot.kind === 'taskArea' ? NARRATIVE_LIMITS.taskArea : NARRATIVE_LIMITS[slot.kind];
}
