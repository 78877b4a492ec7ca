import { useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Button } from '../components/ui/button.tsx';
import { hasPermission, setSessionEndReason, useLogout, useMe } from '../lib/auth.tsx';
import { useI18n } from '../lib/i18n.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { Logo } from '../components/logo.tsx';
import { NotificationBell } from '../features/notifications/components/notification-bell.tsx';
import { NAV_ITEMS } from './nav-items.ts';

/** The frame of every signed-in page: header, main menu (a button on phones), content. */
export function AppLayout() {
  const { t } = useI18n();
  const me = useMe();
  const logout = useLogout();
  const location = useLocation();
  // The phone menu is open for the page it was opened on; following a link closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  const locked = me.user.mustChangePassword;

  const items = NAV_ITEMS.filter((item) => !item.permission || hasPermission(me, item.permission));

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('header.skipToContent')}
      </a>
      <header className="app-header">
        <div className="header-bar">
          <Link to="/" className="brand">
            <Logo />
            <span className="brand-name">Lan Tỏa</span>
            <span className="brand-sub">{t('header.subtitle')}</span>
          </Link>
          {!locked ? <NotificationBell /> : null}
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}
          >
            <span className="menu-icon" aria-hidden="true" />
            {t('header.menu')}
          </button>
          <div id="app-menu" className={menuOpen ? 'header-menu open' : 'header-menu'}>
            {!locked ? (
              <nav className="main-nav" aria-label={t('nav.label')}>
                <ul>
                  {items.map((item) => (
                    <li key={item.to}>
                      <NavLink
                        to={item.to}
                        end={item.end}
                        className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
                      >
                        {t(item.labelKey)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <div className="header-user">
              <span className="user-name" data-testid="current-user">
                <span className="visually-hidden">{t('header.signedInAs')} </span>
                {me.user.fullName}
              </span>
              <LanguageSwitch />
              {!locked ? (
                <Link to="/change-password" className="header-link">
                  {t('nav.changePassword')}
                </Link>
              ) : null}
              <Button
                size="sm"
                variant="secondary"
                busy={logout.isPending}
                onClick={() => {
                  setSessionEndReason('LOGGED_OUT');
                  logout.mutate();
                }}
              >
                {t('header.logout')}
              </Button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </div>
  );
}
