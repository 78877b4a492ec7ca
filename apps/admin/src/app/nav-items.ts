import type { Permission } from '@lantoa/contracts/access';

export type NavItem = { to: string; labelKey: string; permission?: Permission; end?: boolean };

/** The main areas, each shown only to those whose permissions open it. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home', end: true },
  { to: '/dashboard', labelKey: 'nav.dashboard', permission: 'dashboard:read' },
  { to: '/programme-report', labelKey: 'nav.programmeReport', permission: 'dashboard:read' },
  { to: '/org-units', labelKey: 'nav.orgUnits', permission: 'org-unit:read' },
  { to: '/programme', labelKey: 'nav.programme', permission: 'programme:read' },
  { to: '/plans', labelKey: 'nav.plans', permission: 'plan:read' },
  { to: '/budget', labelKey: 'nav.budget', permission: 'budget:read' },
  { to: '/reports', labelKey: 'nav.reports', permission: 'report:read' },
  { to: '/content', labelKey: 'nav.content', permission: 'content:read' },
  { to: '/users', labelKey: 'nav.users', permission: 'user:read' },
  { to: '/audit', labelKey: 'nav.audit', permission: 'audit:read' },
  { to: '/jobs', labelKey: 'nav.jobs' },
];
