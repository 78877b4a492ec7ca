/** Roles and permissions. Permissions are `resource:action`; roles hold them on a unit subtree. */
export const ROLES = [
  'system_admin',
  'programme_manager',
  'unit_editor',
  'unit_approver',
  'finance_appraiser',
  'leader',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'org-unit:read',
  'org-unit:update-profile',
  'org-unit:restructure',
  'user:read',
  'user:manage',
  'audit:read',
  'programme:read',
  'programme:manage',
  'job:manage',
  'plan:read',
  'plan:edit',
  'plan:review',
  'budget:read',
  'budget:consolidate',
  'budget:appraise',
  'budget:approve',
  'report:read',
  'report:edit',
  'report:approve',
  'report:accept',
  'report:manage',
  'dashboard:read',
  'training:read',
  'training:manage',
  'content:read',
  'content:edit',
  'content:publish',
  'content:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * What each role may do. A role assignment names a unit: the permission then holds on that unit
 * and every unit below it on the structure of the day asked about.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: PERMISSIONS,
  programme_manager: [
    'org-unit:read',
    'org-unit:update-profile',
    'org-unit:restructure',
    'user:read',
    'audit:read',
    'programme:read',
    'programme:manage',
    'plan:read',
    'plan:edit',
    'plan:review',
    'budget:read',
    'budget:consolidate',
    'report:read',
    'report:accept',
    'report:manage',
    'dashboard:read',
    'training:read',
    'training:manage',
    'content:read',
    'content:edit',
    'content:publish',
    'content:manage',
  ],
  unit_editor: ['org-unit:read', 'org-unit:update-profile', 'programme:read', 'plan:read', 'plan:edit', 'report:read', 'report:edit', 'dashboard:read', 'training:read', 'training:manage', 'content:read', 'content:edit'],
  unit_approver: ['org-unit:read', 'org-unit:update-profile', 'programme:read', 'plan:read', 'plan:edit', 'report:read', 'report:edit', 'report:approve', 'dashboard:read', 'training:read', 'training:manage', 'content:read', 'content:edit', 'content:publish'],
  finance_appraiser: ['org-unit:read', 'programme:read', 'plan:read', 'budget:read', 'budget:appraise', 'dashboard:read', 'training:read', 'content:read'],
  leader: ['org-unit:read', 'audit:read', 'programme:read', 'user:read', 'plan:read', 'budget:read', 'budget:approve', 'report:read', 'dashboard:read', 'training:read', 'content:read'],
  viewer: ['org-unit:read', 'programme:read', 'plan:read', 'budget:read', 'report:read', 'dashboard:read', 'training:read', 'content:read'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
