import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { hasPermission, useMe } from '../../lib/auth.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { visibleNavGroups } from '../nav-items.ts';

function greetingKey(now: Date): string {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' }).format(now),
  );
  if (hour < 11) return 'home.goodMorning';
  if (hour < 14) return 'home.goodNoon';
  if (hour < 18) return 'home.goodAfternoon';
  return 'home.goodEvening';
}

export function HomePage() {
  const t = useT();
  const me = useMe();
  // The menu's sections, without the home page itself.
  const groups = visibleNavGroups((permission) => hasPermission(me, permission))
    .map((group) => ({ ...group, items: group.items.filter((item) => item.to !== '/') }))
    .filter((group) => group.items.length > 0);
  return (
    <div className="page">
      <PageHeader
        title={t(greetingKey(new Date()), { name: me.user.fullName })}
        documentTitle={t('nav.home')}
        subtitle={me.user.unitName ? t('home.yourUnit', { unit: me.user.unitName }) : undefined}
      />
      <section className="card" aria-labelledby="home-roles">
        <h2 id="home-roles" className="section-title">
          {t('home.yourRoles')}
        </h2>
        {me.roles.length === 0 ? (
          <p className="muted">{t('home.noRoles')}</p>
        ) : (
          <ul className="role-list">
            {me.roles.map((r) => (
              <li key={r.id}>
                <strong>{t(`role.${r.role}`)}</strong>
                <span className="muted"> — {r.unitName}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="muted small">{t('home.sessionUntil', { time: formatDateTime(me.expiresAt) })}</p>
      </section>
      {groups.length > 0 ? (
        <section aria-labelledby="home-areas" className="home-areas">
          <h2 id="home-areas" className="section-title">
            {t('home.areas')}
          </h2>
          {groups.map((group) => (
            <div key={group.id} className="area-group">
              <h3 id={`home-group-${group.id}`} className="area-group-title">
                {t(group.labelKey)}
              </h3>
              <ul className="area-grid" aria-labelledby={`home-group-${group.id}`}>
                {group.items.map((item) => (
                  <li key={item.to}>
                    <Link to={item.to} className="area-card">
                      <span className="area-title">{t(item.labelKey)}</span>
                      <span className="area-desc">{t(`${item.labelKey}.desc`)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
