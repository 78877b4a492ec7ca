import { describe, expect, it } from 'vitest';
import { computeAverageScore, computeWeightedScore, findScoreProblems } from './comm-models.scoring.ts';

const rubric = [
  { id: 'a', weight: 3, maxScore: 10 },
  { id: 'b', weight: 1, maxScore: 5 },
];

describe('computeWeightedScore', () => {
  it.each([
    [[{ criterionId: 'a', score: 10 }, { criterionId: 'b', score: 5 }], 100],
    [[{ criterionId: 'a', score: 0 }, { criterionId: 'b', score: 0 }], 0],
    // (3 × 8/10 + 1 × 2/5) / 4 × 100 = (2.4 + 0.4) / 4 × 100 = 70
    [[{ criterionId: 'a', score: 8 }, { criterionId: 'b', score: 2 }], 70],
    // (3 × 5/10 + 1 × 5/5) / 4 × 100 = 62.5
    [[{ criterionId: 'a', score: 5 }, { criterionId: 'b', score: 5 }], 62.5],
    [[{ criterionId: 'a', score: 7 }], null],
  ])('%o → %s', (scores, expected) => expect(computeWeightedScore(rubric, scores)).toBe(expected));

  it('rounds to two decimals', () => {
    const thirds = [{ id: 'x', weight: 1, maxScore: 3 }];
    expect(computeWeightedScore(thirds, [{ criterionId: 'x', score: 1 }])).toBe(33.33);
  });
});

describe('computeAverageScore', () => {
  it('averages the members who finished and leaves the others out', () => {
    const members = [
      { userId: 'u1', scores: [{ criterionId: 'a', score: 8 }, { criterionId: 'b', score: 2 }] }, // 70
      { userId: 'u2', scores: [{ criterionId: 'a', score: 10 }, { criterionId: 'b', score: 5 }] }, // 100
      { userId: 'u3', scores: [{ criterionId: 'a', score: 1 }] }, // not finished
    ];
    expect(computeAverageScore(rubric, members)).toBe(85);
    expect(computeAverageScore(rubric, [members[2]!])).toBeNull();
  });
});

describe('findScoreProblems', () => {
  it('refuses scores above the maximum and unknown criteria', () => {
    expect(findScoreProblems(rubric, [{ criterionId: 'a', score: 11 }, { criterionId: 'z', score: 1 }, { criterionId: 'b', score: 5 }]).map((p) => p.index)).toEqual([0, 1]);
  });
});
