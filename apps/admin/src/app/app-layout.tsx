import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Button } from '../components/ui/button.tsx';
import { hasPermission, setSessionEndReason, useLogout, useMe } from '../lib/auth.tsx';
import { useI18n } from '../lib/i18n.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { Logo } from '../components/logo.tsx';
import { NotificationBell } from '../features/notifications/components/notification-bell.tsx';
import { visibleNavGroups } from './nav-items.ts';

/**
 * Keeps `--header-height` on the frame equal to the sticky header's height, which changes as the
 * header wraps or the phone menu opens, so the menu can sit just below it.
 */
function useHeaderHeight() {
  const frameRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const frame = frameRef.current;
    const header = headerRef.current;
    if (!frame || !header) return;
    const update = () => frame.style.setProperty('--header-height', `${header.getBoundingClientRect().height}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return { frameRef, headerRef };
}

/**
 * The frame of every signed-in page: header, main menu by section (a sidebar on wide screens, behind
 * the "Menu" button on phones), content.
 */
export function AppLayout() {
  const { t } = useI18n();
  const me = useMe();
  const logout = useLogout();
  const location = useLocation();
  const { frameRef, headerRef } = useHeaderHeight();
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  // The phone menu is open for the page it was opened on; following a link closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  const locked = me.user.mustChangePassword;

  const groups = locked ? [] : visibleNavGroups((permission) => hasPermission(me, permission));

  // Escape closes the phone menu and puts the focus back on its button.
  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpenOn(null);
      menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  // The sidebar scrolls on its own: bring the current area into its view when the page changes.
  useEffect(() => {
    const panel = menuRef.current;
    const active = panel?.querySelector<HTMLElement>('.nav-link.active');
    if (!panel || !active || panel.scrollHeight <= panel.clientHeight) return;
    const box = panel.getBoundingClientRect();
    const link = active.getBoundingClientRect();
    if (link.top < box.top || link.bottom > box.bottom) {
      panel.scrollTop += link.top - box.top - (box.height - link.height) / 2;
    }
  }, [location.pathname]);

  return (
    <div className={groups.length > 0 ? 'app has-sidebar' : 'app'} ref={frameRef}>
      <a className="skip-link" href="#main">
        {t('header.skipToContent')}
      </a>
      <header className="app-header" ref={headerRef}>
        <div className="header-bar">
          <Link to="/" className="brand">
            <Logo />
            <span className="brand-name">Lan Tỏa</span>
            <span className="brand-sub">{t('header.subtitle')}</span>
          </Link>
          {!locked ? <NotificationBell /> : null}
          <button
            type="button"
            ref={menuButtonRef}
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls={groups.length > 0 ? 'app-menu app-nav' : 'app-menu'}
            onClick={() => setMenuOpenOn(menuOpen ? null : location.pathname)}
          >
            <span className="menu-icon" aria-hidden="true" />
            {t('header.menu')}
          </button>
          <div id="app-menu" className={menuOpen ? 'header-menu open' : 'header-menu'}>
            <div className="header-user">
              <span className="user-name" data-testid="current-user">
                <span className="visually-hidden">{t('header.signedInAs')} </span>
                {me.user.fullName}
              </span>
              <LanguageSwitch />
              {!locked ? (
                <Link to="/change-password" className="header-link" onClick={() => setMenuOpenOn(null)}>
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
      <div className="app-body">
        {groups.length > 0 ? (
          <div id="app-nav" ref={menuRef} className={menuOpen ? 'side-menu open' : 'side-menu'}>
            <nav className="main-nav" aria-label={t('nav.label')}>
              {groups.map((group) => (
                <div key={group.id} className="nav-group">
                  <h2 id={`nav-group-${group.id}`} className="nav-group-title">
                    {t(group.labelKey)}
                  </h2>
                  <ul aria-labelledby={`nav-group-${group.id}`}>
                    {group.items.map((item) => (
                      <li key={item.to}>
                        <NavLink
                          to={item.to}
                          end={item.end}
                          className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
                          onClick={() => setMenuOpenOn(null)}
                        >
                          {t(item.labelKey)}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </nav>
          </div>
        ) : null}
        {/* The footer sits beside the sidebar, so the sidebar stays in place down to the page's end. */}
        <div className="app-column">
          <main id="main" className="app-main" tabIndex={-1}>
            <Outlet />
          </main>
          <footer className="app-footer">
            <p>{t('footer.text')}</p>
          </footer>
        </div>
      </div>
    </div>
  );
}
