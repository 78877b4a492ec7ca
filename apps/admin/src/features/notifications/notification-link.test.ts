import { describe, expect, it } from 'vitest';
import { readNotificationLink } from './notification-link.ts';

describe('readNotificationLink', () => {
  it.each([
    ['/admin/plans/0b8c', { kind: 'app', to: '/plans/0b8c' }],
    ['/admin/plans/new?unitId=6beb&year=2026', { kind: 'app', to: '/plans/new?unitId=6beb&year=2026' }],
    ['/admin/budget/2026', { kind: 'app', to: '/budget/2026' }],
    ['/admin', { kind: 'app', to: '/' }],
    ['/admin/', { kind: 'app', to: '/' }],
    ['/admin?x=1', { kind: 'app', to: '/?x=1' }],
    ['  /admin/jobs/1  ', { kind: 'app', to: '/jobs/1' }],
    ['/administration', { kind: 'page', href: '/administration' }],
    ['/api/v1/files/abc', { kind: 'page', href: '/api/v1/files/abc' }],
    ['/', { kind: 'page', href: '/' }],
    ['https://danang.gov.vn/tin', { kind: 'page', href: 'https://danang.gov.vn/tin' }],
  ])('%s', (link, target) => {
    expect(readNotificationLink(link)).toEqual(target);
  });

  it.each([null, undefined, '', '   ', '//evil.example/x', 'javascript:alert(1)', 'plans/1', 'https://', 'mailto:a@b'])(
    'follows nothing for %s',
    (link) => {
      expect(readNotificationLink(link)).toBeNull();
    },
  );
});
