import { describe, expect, it } from 'vitest';
import { addToTotals, emptyTotals, isMemberActive, teamWarnings } from './cdt.rules.ts';

describe('isMemberActive', () => {
  it.each([
    [null, null, true],
    ['2025-01-01', null, true],
    ['2026-12-01', null, false],
    [null, '2025-11-25', false],
    [null, '2025-11-26', true],
    ['2025-11-26', '2025-11-26', true],
  ] as const)('from %s to %s on 2025-11-26 → %s', (from, to, expected) => {
    expect(isMemberActive(from, to, '2025-11-26')).toBe(expected);
  });
});

describe('teamWarnings', () => {
  const m = (n: number, role = 'member', isActive = true) => Array.from({ length: n }, () => ({ role, isActive }));
  it('warns below seven active members and without a leader', () => {
    expect(teamWarnings([...m(1, 'leader'), ...m(5)])).toEqual(['Tổ có 6 thành viên đang hoạt động, ít hơn 7 thành viên theo quy định']);
    expect(teamWarnings([...m(1, 'leader'), ...m(6)])).toEqual([]);
    expect(teamWarnings([...m(1, 'leader', false), ...m(7)])).toEqual(['Tổ chưa có tổ trưởng đang làm nhiệm vụ']);
    expect(teamWarnings([...m(1, 'leader'), ...m(6), ...m(3, 'member', false)])).toEqual([]);
  });
});

describe('addToTotals', () => {
  it('adds counts and the total of the services', () => {
    const t = emptyTotals();
    addToTotals(t, { logs: 2, vneid: 3, online_services: 1, cashless: 0, anti_fraud: 4, city_apps: 2 });
    addToTotals(t, { logs: 1, vneid: 1, online_services: 0, cashless: 5, anti_fraud: 0, city_apps: 0 });
    expect(t).toEqual({ logs: 3, vneid: 4, onlineServices: 1, cashless: 5, antiFraud: 4, cityApps: 2, total: 16 });
  });
});
