/**
 * The evaluation rubric's arithmetic. A member's score is the weighted mean of their criterion
 * scores, each taken as a share of its maximum, on a 0–100 scale; a member counts only once every
 * criterion is scored. The model's score is the plain mean of the members who finished.
 */
export type RubricCriterion = { id: string; weight: number; maxScore: number };
export type MemberScores = { userId: string; scores: { criterionId: string; score: number }[] };

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A member's weighted score out of 100, or null while some criterion is not scored. */
export function computeWeightedScore(criteria: RubricCriterion[], scores: { criterionId: string; score: number }[]): number | null {
  if (criteria.length === 0) return null;
  const byId = new Map(scores.map((s) => [s.criterionId, s.score]));
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const s = byId.get(c.id);
    if (s === undefined) return null;
    sum += c.weight * (Math.min(s, c.maxScore) / c.maxScore);
    weights += c.weight;
  }
  return round2((sum / weights) * 100);
}

/** The panel's average of the members' weighted scores (members who have not finished are left out). */
export function computeAverageScore(criteria: RubricCriterion[], members: MemberScores[]): number | null {
  const done = members.map((m) => computeWeightedScore(criteria, m.scores)).filter((x): x is number => x !== null);
  if (done.length === 0) return null;
  return round2(done.reduce((a, b) => a + b, 0) / done.length);
}

/** Scores above a criterion's maximum are refused, not capped, when they are entered. */
export function findScoreProblems(criteria: RubricCriterion[], scores: { criterionId: string; score: number }[]): { index: number; message: string }[] {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const out: { index: number; message: string }[] = [];
  scores.forEach((s, index) => {
    const c = byId.get(s.criterionId);
    if (!c) out.push({ index, message: 'Tiêu chí không có trong bộ tiêu chí đang dùng' });
    else if (s.score > c.maxScore) out.push({ index, message: `Điểm tối đa của tiêu chí là ${c.maxScore}` });
  });
  return out;
}
