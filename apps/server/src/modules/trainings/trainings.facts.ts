/**
 * Pure counting rules of the trainings register. A "trained" team, agency or leader is one with a
 * participant who completed a class that ended in the year asked about.
 */

export type TeamTally = { unitId: string; listed: number; completed: number };

/**
 * Whether a CDT team counts as trained: by default when at least one of its listed participants
 * completed; with `minShare` (0–1] when that share of them did.
 */
export function isTeamTrained(t: TeamTally, minShare: number | null = null): boolean {
  if (t.completed < 1 || t.listed < 1) return false;
  return minShare === null ? true : t.completed / t.listed >= minShare;
}

export function countTeamsTrained(teams: TeamTally[], minShare: number | null = null): number {
  return teams.filter((t) => isTeamTrained(t, minShare)).length;
}
