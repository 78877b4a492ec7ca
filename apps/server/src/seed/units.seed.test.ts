import { describe, expect, it } from 'vitest';
import { planDaNangUnits } from './units.seed.ts';

const on = (v: { validFrom: string | null; validTo: string | null }, d: string) =>
  (v.validFrom === null || v.validFrom <= d) && (v.validTo === null || v.validTo >= d);

describe('planDaNangUnits', () => {
  const { units, successions } = planDaNangUnits();
  const commune = new Set(['ward', 'commune', 'township', 'special_zone']);
  const count = (day: string, pred: (v: { type: string; parentKey: string | null }) => boolean) =>
    [...units.values()].filter((vs) => vs.some((v) => on(v, day) && pred(v))).length;

  it.each([
    ['2024-06-01', 56],
    ['2025-03-01', 47],
  ])('Đà Nẵng has the right number of commune-level units under its districts on %s', (day, n) => {
    const dnDistricts = new Set(['gso:490', 'gso:491', 'gso:492', 'gso:493', 'gso:494', 'gso:495', 'gso:497', 'gso:498']);
    expect(count(day, (v) => commune.has(v.type) && dnDistricts.has(v.parentKey ?? ''))).toBe(n);
  });

  it('has 94 commune-level units directly under the city from 2025-07-01 and no district', () => {
    expect(count('2025-08-01', (v) => commune.has(v.type) && v.parentKey === 'gso:48')).toBe(94);
    expect(count('2025-08-01', (v) => v.type === 'district')).toBe(0);
    expect(count('2024-06-01', (v) => v.type === 'district' && v.parentKey === 'gso:48')).toBe(8);
  });

  it('gives every unit that ends on 2025-06-30 a successor from 2025-07-01', () => {
    const ending = [...units.entries()].filter(([, vs]) => vs.some((v) => v.validTo === '2025-06-30') && !vs.some((v) => on(v, '2025-07-01')));
    expect(ending.length).toBeGreaterThan(290);
    const withSuccessor = new Set(successions.filter((s) => s.date === '2025-07-01').map((s) => s.fromKey));
    expect(ending.map(([k]) => k).filter((k) => !withSuccessor.has(k))).toEqual([]);
  });

  it('keeps the split of Xã Hòa Liên as two partial successions and flags the uncertain predecessor', () => {
    const hoaLien = successions.filter((s) => s.fromKey === 'gso:20296');
    expect(hoaLien.map((s) => [s.kind, s.share])).toEqual([['split', 'partial'], ['split', 'partial']]);
    expect(successions.find((s) => s.fromKey === 'gso:20674')?.uncertain).toBe(true);
  });

  it('records the 2025-01-01 ward mergers and renames', () => {
    expect(successions.find((s) => s.fromKey === 'gso:20239')).toMatchObject({ toKey: 'gso:20236', date: '2025-01-01' });
    expect(units.get('gso:20236')!.map((v) => v.name)).toEqual(['Phường Hải Châu I', 'Phường Hải Châu']);
  });

  it('marks agencies known only from general knowledge or with approximate dates as uncertain', () => {
    expect(units.get('agency:mttq')![0]!.uncertain).toBe(true);
    expect(units.get('agency:so-vhtt')![0]!.uncertain).toBe(true);
    expect(units.get('agency:so-tu-phap')![0]!.uncertain).toBe(false);
    expect(successions.find((s) => s.fromKey === 'agency:so-tttt')).toMatchObject({ toKey: 'agency:so-khcn', date: '2025-03-01' });
  });
});
