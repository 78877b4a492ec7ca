import { describe, expect, it } from 'vitest';
import { countTeamsTrained, isTeamTrained } from './trainings.facts.ts';

describe('isTeamTrained', () => {
  it.each([
    [{ listed: 3, completed: 0 }, null, false],
    [{ listed: 3, completed: 1 }, null, true],
    [{ listed: 3, completed: 1 }, 1, false],
    [{ listed: 3, completed: 3 }, 1, true],
    [{ listed: 4, completed: 2 }, 0.5, true],
    [{ listed: 0, completed: 0 }, null, false],
  ] as const)('%o with minShare %s → %s', (t, minShare, expected) => {
    expect(isTeamTrained({ unitId: 'x', ...t }, minShare)).toBe(expected);
  });

  it('counts both readings over a list', () => {
    const teams = [
      { unitId: 'a', listed: 2, completed: 2 },
      { unitId: 'b', listed: 3, completed: 1 },
      { unitId: 'c', listed: 1, completed: 0 },
    ];
    expect(countTeamsTrained(teams)).toBe(2);
    expect(countTeamsTrained(teams, 1)).toBe(1);
  });
});
