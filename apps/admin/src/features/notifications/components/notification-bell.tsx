import { NavLink } from 'react-router';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useUnreadCount } from '../api/get-unread-count.ts';
import '../messages.ts';
import '../notifications.css';

/** The header's way into the inbox, with how many notifications wait unread. */
export function NotificationBell() {
  const t = useT();
  const { data } = useUnreadCount();
  const unread = data?.unread ?? 0;
  const label = t('notifications.bell', { count: formatNumber(unread) });
  return (
    <NavLink
      to="/notifications"
      className={({ isActive }) => (isActive ? 'bell active' : 'bell')}
      aria-label={label}
      title={label}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Zm-2 1H7v-6a5 5 0 0 1 10 0v6Z"
        />
      </svg>
      {unread > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
