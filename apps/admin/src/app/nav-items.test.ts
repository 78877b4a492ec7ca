import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Permission } from '@lantoa/contracts/access';
import { en } from '../lib/messages/en.ts';
import { vi } from '../lib/messages/vi.ts';
import { NAV_GROUPS, NAV_ITEMS, visibleNavGroups } from './nav-items.ts';

const viMessages: Record<string, string> = vi;
const enMessages: Record<string, string> = en;

describe('main menu sections', () => {
  it('puts every area in exactly one section, and no address twice', () => {
    const seen = new Map<string, string[]>();
    for (const group of NAV_GROUPS) {
      for (const item of group.items) seen.set(item.to, [...(seen.get(item.to) ?? []), group.id]);
    }
    for (const item of NAV_ITEMS) expect(seen.get(item.to), item.to).toHaveLength(1);
    expect(seen.size).toBe(NAV_ITEMS.length);
  });

  it('lists the areas in section order and keeps every area a role had before the sections', () => {
    expect(NAV_ITEMS).toEqual(NAV_GROUPS.flatMap((group) => group.items));
    expect(NAV_ITEMS.map((item) => item.to).sort()).toEqual(
      [
        '/',
        '/audit',
        '/budget',
        '/cases',
        '/cdt',
        '/content',
        '/dashboard',
        '/difficulties',
        '/events',
        '/inspections',
        '/jobs',
        '/models',
        '/org-units',
        '/partners',
        '/plans',
        '/press',
        '/programme',
        '/programme-report',
        '/reports',
        '/rewards',
        '/schools',
        '/surveys',
        '/trainings',
        '/users',
      ].sort(),
    );
    expect(NAV_ITEMS[0]).toMatchObject({ to: '/', end: true });
  });

  it('has distinct section ids and no empty section', () => {
    expect(new Set(NAV_GROUPS.map((group) => group.id)).size).toBe(NAV_GROUPS.length);
    for (const group of NAV_GROUPS) expect(group.items.length, group.id).toBeGreaterThan(0);
  });

  it('guards areas only with permissions that exist', () => {
    for (const item of NAV_ITEMS) {
      if (item.permission) expect(PERMISSIONS, item.to).toContain(item.permission);
    }
  });

  it('names every section and area, and describes every area, in Vietnamese and English', () => {
    const keys = [
      ...NAV_GROUPS.map((group) => group.labelKey),
      ...NAV_ITEMS.flatMap((item) => [item.labelKey, `${item.labelKey}.desc`]),
    ];
    for (const key of keys) {
      expect(viMessages[key], `vi ${key}`).toBeTruthy();
      expect(enMessages[key], `en ${key}`).toBeTruthy();
    }
    const titles = NAV_GROUPS.map((group) => viMessages[group.labelKey]);
    expect(new Set(titles).size).toBe(titles.length);
    // A section heading is never also the name of an area: the two would read the same.
    const areaNames = new Set(NAV_ITEMS.map((item) => viMessages[item.labelKey]));
    for (const title of titles) expect(areaNames.has(title), title).toBe(false);
  });
});

describe('visibleNavGroups', () => {
  const only = (permissions: readonly Permission[]) => (p: Permission) => permissions.includes(p);

  it('shows everything to someone who holds every permission', () => {
    const groups = visibleNavGroups(() => true);
    expect(groups.map((group) => group.id)).toEqual(NAV_GROUPS.map((group) => group.id));
    expect(groups.flatMap((group) => group.items)).toEqual(NAV_ITEMS);
  });

  it('leaves out the areas a permission is missing for, and the sections left empty', () => {
    const groups = visibleNavGroups(only([]));
    expect(groups.map((group) => [group.id, group.items.map((item) => item.to)])).toEqual([
      ['overview', ['/']],
      ['content', ['/surveys']],
      ['system', ['/jobs']],
    ]);
  });

  it('gives a community digital technology team member a short menu of their own', () => {
    const groups = visibleNavGroups(only(ROLE_PERMISSIONS.cdt_member));
    expect(groups.map((group) => [group.id, group.items.map((item) => item.to)])).toEqual([
      ['overview', ['/']],
      ['registers', ['/cdt']],
      ['content', ['/surveys']],
      ['system', ['/jobs']],
    ]);
  });

  it('shows each role exactly the areas its permissions open, in menu order', () => {
    for (const role of ROLES) {
      const visible = visibleNavGroups(only(ROLE_PERMISSIONS[role])).flatMap((group) => group.items);
      const expected = NAV_ITEMS.filter((item) => !item.permission || ROLE_PERMISSIONS[role].includes(item.permission));
      expect(visible, role).toEqual(expected);
    }
  });

  it('does not change the sections it was given', () => {
    const before = JSON.stringify(NAV_GROUPS);
    visibleNavGroups(only([]));
    expect(JSON.stringify(NAV_GROUPS)).toBe(before);
  });
});
