import { hasMessage, useT } from '../../../lib/i18n.tsx';

export const AUDIT_ENTITY_TYPES = [
  'user',
  'org_unit',
  'programme',
  'programme_document',
  'task_area',
  'programme_target',
  'programme_responsibility',
] as const;

/** Known actions; the filter matches by prefix, so "org-unit." finds every unit change. */
export const AUDIT_ACTIONS = [
  'auth.',
  'auth.login',
  'auth.logout',
  'auth.change-password',
  'user.',
  'user.create',
  'user.update',
  'user.reset-password',
  'org-unit.',
  'org-unit.create',
  'org-unit.rename',
  'org-unit.move',
  'org-unit.close',
  'org-unit.merge',
  'org-unit.split',
  'org-unit.update-profile',
  'programme.',
  'programme.create',
  'programme.update',
  'programme.delete',
  'programme.document.',
  'programme.task-area.',
  'programme.target.',
  'programme.responsibility.',
] as const;

/** Wording for actions and entity types, falling back to the raw value for ones added later. */
export function useAuditLabels() {
  const t = useT();
  return {
    action: (action: string) => (hasMessage(`audit.action.${action}`) ? t(`audit.action.${action}`) : action),
    entity: (type: string) => (hasMessage(`audit.entity.${type}`) ? t(`audit.entity.${type}`) : type),
  };
}
