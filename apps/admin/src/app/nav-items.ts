import type { Permission } from '@lantoa/contracts/access';

export type NavItem = { to: string; labelKey: string; permission?: Permission; end?: boolean };

/** A section of the main menu: a heading and the areas under it. */
export type NavGroup = { id: string; labelKey: string; items: readonly NavItem[] };

/**
 * The main areas in the sections of the menu, each area shown only to those whose permissions open
 * it. The home page lists the areas by the same sections.
 */
export const NAV_GROUPS: readonly NavGroup[] = [
  {
    id: 'overview',
    labelKey: 'nav.group.overview',
    items: [
      { to: '/', labelKey: 'nav.home', end: true },
      { to: '/dashboard', labelKey: 'nav.dashboard', permission: 'dashboard:read' },
      { to: '/programme-report', labelKey: 'nav.programmeReport', permission: 'dashboard:read' },
    ],
  },
  {
    id: 'planning',
    labelKey: 'nav.group.planning',
    items: [
      { to: '/programme', labelKey: 'nav.programme', permission: 'programme:read' },
      { to: '/plans', labelKey: 'nav.plans', permission: 'plan:read' },
      { to: '/budget', labelKey: 'nav.budget', permission: 'budget:read' },
      { to: '/reports', labelKey: 'nav.reports', permission: 'report:read' },
      { to: '/inspections', labelKey: 'nav.inspections', permission: 'inspection:read' },
    ],
  },
  {
    id: 'registers',
    labelKey: 'nav.group.registers',
    items: [
      { to: '/trainings', labelKey: 'nav.trainings', permission: 'training:read' },
      { to: '/cdt', labelKey: 'nav.cdt', permission: 'cdt:read' },
      { to: '/schools', labelKey: 'nav.schools', permission: 'school:read' },
      { to: '/press', labelKey: 'nav.press', permission: 'press:read' },
      { to: '/events', labelKey: 'nav.events', permission: 'event:read' },
      { to: '/models', labelKey: 'nav.models', permission: 'comm-model:read' },
      { to: '/partners', labelKey: 'nav.partners', permission: 'partner:read' },
    ],
  },
  {
    id: 'content',
    labelKey: 'nav.group.content',
    items: [
      { to: '/content', labelKey: 'nav.content', permission: 'content:read' },
      { to: '/cases', labelKey: 'nav.cases', permission: 'case:read' },
      { to: '/difficulties', labelKey: 'nav.difficulties', permission: 'difficulty:read' },
      // Open to every signed-in user, as its route is.
      { to: '/surveys', labelKey: 'nav.surveys' },
      { to: '/rewards', labelKey: 'nav.rewards', permission: 'reward:read' },
    ],
  },
  {
    id: 'system',
    labelKey: 'nav.group.system',
    items: [
      { to: '/org-units', labelKey: 'nav.orgUnits', permission: 'org-unit:read' },
      { to: '/users', labelKey: 'nav.users', permission: 'user:read' },
      { to: '/audit', labelKey: 'nav.audit', permission: 'audit:read' },
      // Everyone's own exports and generated documents.
      { to: '/jobs', labelKey: 'nav.jobs' },
    ],
  },
];

/** Every area, in menu order. */
export const NAV_ITEMS: readonly NavItem[] = NAV_GROUPS.flatMap((group) => group.items);

/**
 * The sections as someone with the given permissions sees them: only the areas they may open, and
 * no section of which they could open nothing.
 */
export function visibleNavGroups(can: (permission: Permission) => boolean): NavGroup[] {
  return NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => !item.permission || can(item.permission)),
  })).filter((group) => group.items.length > 0);
}
