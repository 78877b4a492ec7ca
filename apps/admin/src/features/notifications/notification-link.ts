/** Where following a notification leads: a screen of this app, another page of the site, or nowhere. */
export type NotificationTarget = { kind: 'app'; to: string } | { kind: 'page'; href: string };

const ADMIN_PREFIX = '/admin';

/**
 * Reads a notification's link. The server writes admin paths as the browser sees them
 * ("/admin/plans/<id>"); the router works below /admin, so the prefix is taken off. Other paths of
 * the same site and http(s) addresses open as ordinary links; anything else (a scheme such as
 * javascript:, a protocol-relative "//host") is not followed.
 */
export function readNotificationLink(link: string | null | undefined): NotificationTarget | null {
  const s = link?.trim();
  if (!s) return null;
  if (s.startsWith('/') && !s.startsWith('//')) {
    const rest = s.slice(ADMIN_PREFIX.length);
    if (s.startsWith(ADMIN_PREFIX) && (rest === '' || /^[/?#]/.test(rest))) {
      return { kind: 'app', to: rest.startsWith('/') ? rest : `/${rest}` };
    }
    return { kind: 'page', href: s };
  }
  if (/^https?:\/\/[^/]/i.test(s)) return { kind: 'page', href: s };
  return null;
}
