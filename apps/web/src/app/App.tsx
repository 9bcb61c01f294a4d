import { useEffect, useRef } from 'preact/hooks';
import { Api } from '../api/endpoints';
import { LoginPage } from '../auth/LoginPage';
import { setMe, useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { NotFound } from '../ui/ui';
import { Header } from './Header';
import { location as current, navigate, usePath } from './router';
import { ROUTES, homeOf } from './routes';

export function App() {
  const path = usePath();
  const { token, me } = useSession();
  const { t } = useI18n();

  // Who am I, once per token (a token from another tab or an expired one signs out on 401).
  useEffect(() => {
    if (token && !me) Api.me().then(setMe, () => undefined);
  }, [token, me]);

  // Move focus to the new page's heading after a client-side navigation (screen readers, keyboard
  // users); on a fresh load the first Tab still reaches the skip link.
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    const focus = () => document.getElementById('page-title')?.focus({ preventScroll: true });
    setTimeout(focus, 0);
  }, [path]);

  let page = null;
  if (path === '/') {
    if (token && me) navigate(homeOf(me.role), true);
    else if (!token) navigate('/cong-khai', true);
  } else {
    for (const r of ROUTES) {
      const params = r.match(path);
      if (!params) continue;
      // Deep links: the sign-in comes back to this page, query included.
      if (r.roles && !token) page = <LoginPage next={current.get()} />;
      else if (r.roles && me && !r.roles.includes(me.role))
        page = (
          <p class="error" role="alert">
            {t('app.forbidden')}
          </p>
        );
      else if (r.roles && !me) page = null;
      else page = r.render(params);
      break;
    }
    if (page === null && !ROUTES.some((r) => r.match(path))) page = <NotFound />;
  }

  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {page}
      </main>
      <footer class="footer muted small">{t('app.footer')}</footer>
    </>
  );
}
