import { Link } from 'react-router';
import { NOTIFICATION_KIND_LABELS, type NotificationView } from '@lantoa/contracts/notifications';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { useI18n } from '../../../lib/i18n.tsx';
import { pageParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useNotifications } from '../api/get-notifications.ts';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read.ts';
import { useMarkNotificationRead } from '../api/mark-notification-read.ts';
import { readNotificationLink } from '../notification-link.ts';

const PAGE_SIZE = 20;
const FILTERS = ['all', 'unread'] as const;

function NotificationItem({
  notification: n,
  onRead,
  reading,
}: {
  notification: NotificationView;
  onRead: (id: string) => void;
  reading: boolean;
}) {
  const { t, lang } = useI18n();
  const unread = n.readAt === null;
  const target = readNotificationLink(n.link);
  const kind = NOTIFICATION_KIND_LABELS[n.kind as keyof typeof NOTIFICATION_KIND_LABELS]?.[lang] ?? n.kind;
  // Following the link reads the notification; the request goes on while the next page loads.
  const follow = () => {
    if (unread) onRead(n.id);
  };
  const title = (
    <>
      {unread ? <span className="visually-hidden">{t('notifications.unreadMark')} </span> : null}
      {n.title}
    </>
  );

  return (
    <li className={unread ? 'notice unread' : 'notice'}>
      <span className="notice-dot" aria-hidden="true" />
      <div className="notice-main">
        <p className="notice-title">
          {target?.kind === 'app' ? (
            <Link to={target.to} className="notice-link" onClick={follow}>
              {title}
            </Link>
          ) : target?.kind === 'page' ? (
            <a href={target.href} className="notice-link" onClick={follow}>
              {title}
            </a>
          ) : (
            title
          )}
        </p>
        {n.body ? <p className="notice-body">{n.body}</p> : null}
        <p className="notice-meta">
          <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
          <span aria-hidden="true"> · </span>
          <span>{kind}</span>
        </p>
      </div>
      {unread ? (
        <Button size="sm" variant="ghost" className="notice-read" busy={reading} onClick={() => onRead(n.id)}>
          {t('notifications.markRead')}
          <span className="visually-hidden"> {t('notifications.markReadWhich', { title: n.title })}</span>
        </Button>
      ) : null}
    </li>
  );
}

/** The inbox: newest first, unread ones marked; following one reads it. */
export function NotificationsPage() {
  const { t } = useI18n();
  const [params, update] = useSearchParamsState();
  const unreadOnly = params.get('unread') === '1';
  const query = useNotifications({ unreadOnly, page: pageParam(params.get('page')), pageSize: PAGE_SIZE });
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unread = query.data?.unread ?? 0;

  return (
    <div className="page">
      <PageHeader
        title={t('notifications.title')}
        subtitle={query.data ? t('notifications.unreadCount', { count: formatNumber(unread) }) : undefined}
        actions={
          <>
            <Button variant="primary" busy={markAll.isPending} disabled={unread === 0} onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </Button>
            <ButtonLink to="/notifications/settings">{t('notifications.settings')}</ButtonLink>
          </>
        }
      />
      {markAll.isSuccess && unread === 0 ? (
        <Alert tone="success">
          <p>{t('notifications.allRead')}</p>
        </Alert>
      ) : null}
      {markAll.isError ? <ErrorAlert error={markAll.error} /> : null}
      {markRead.isError ? <ErrorAlert error={markRead.error} /> : null}
      <div className="segmented" role="group" aria-label={t('notifications.show')}>
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            className={(f === 'unread') === unreadOnly ? 'segment active' : 'segment'}
            aria-pressed={(f === 'unread') === unreadOnly}
            onClick={() => update({ unread: f === 'unread' ? '1' : null, page: null })}
          >
            {t(`notifications.show.${f}`)}
          </button>
        ))}
      </div>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}>
              <p>{t('notifications.emptyHint')}</p>
            </EmptyState>
          ) : (
            <>
              <ul className="notice-list" aria-label={t('notifications.listLabel')}>
                {data.items.map((n) => (
                  <NotificationItem
                    key={n.id}
                    notification={n}
                    onRead={(id) => markRead.mutate(id)}
                    reading={markRead.isPending && markRead.variables === n.id}
                  />
                ))}
              </ul>
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPageChange={(page) => update({ page: page === 1 ? null : page })}
              />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
