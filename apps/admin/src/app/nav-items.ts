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
  { to: '/trainings', labelKey: 'nav.trainings', permission: 'training:read' },
  { to: '/press', labelKey: 'nav.press', permission: 'press:read' },
  { to: '/schools', labelKey: 'nav.schools', permission: 'school:read' },
  { to: '/events', labelKey: 'nav.events', permission: 'event:read' },
  { to: '/models', labelKey: 'nav.models', permission: 'comm-model:read' },
  { to: '/partners', labelKey: 'nav.partners', permission: 'partner:read' },
  { to: '/cdt', labelKey: 'nav.cdt', permission: 'cdt:read' },
  { to: '/cases', labelKey: 'nav.cases', permission: 'case:read' },
  { to: '/difficulties', labelKey: 'nav.difficulties', permission: 'difficulty:read' },
  { to: '/surveys', labelKey: 'nav.surveys' },
  { to: '/rewards', labelKey: 'nav.rewards', permission: 'reward:read' },
  { to: '/inspections', labelKey: 'nav.inspections', permission: 'inspection:read' },
  { to: '/content', labelKey: 'nav.content', permission: 'content:read' },
  { to: '/users', labelKey: 'nav.users', permission: 'user:read' },
  { to: '/audit', labelKey: 'nav.audit', permission: 'audit:read' },
  { to: '/jobs', labelKey: 'nav.jobs' },
];
