import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { hasPermission, useMe } from '../../lib/auth.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { NAV_ITEMS } from '../nav-items.ts';

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
  const areas = NAV_ITEMS.filter((item) => item.to !== '/' && (!item.permission || hasPermission(me, item.permission)));
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
      {areas.length > 0 ? (
        <section aria-labelledby="home-areas">
          <h2 id="home-areas" className="section-title">
            {t('home.areas')}
          </h2>
          <ul className="area-grid">
            {areas.map((item) => (
              <li key={item.to}>
                <Link to={item.to} className="area-card">
                  <span className="area-title">{t(item.labelKey)}</span>
                  <span className="area-desc">{t(`${item.labelKey}.desc`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
