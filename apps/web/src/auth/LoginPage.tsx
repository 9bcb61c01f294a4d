import { useEffect, useState } from 'preact/hooks';
import type { Me } from '../api/types';
import { homeOf } from '../app/routes';
import { navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, PageTitle } from '../ui/ui';
import { DemoSignIn } from './DemoSignIn';
import { authConfig, beginSignIn, type AuthConfig } from './oidc';
import { useSession } from './session';

/**
 * Sign-in: through the identity provider (OpenID Connect, authorization code + PKCE; Keycloak by
 * default), coming back to `next` (the page the person opened). Outside production the demo users'
 * quick sign-in follows, clearly marked as such.
 */
export function LoginPage({ next }: { next?: string }) {
  const { t, lang } = useI18n();
  const { ended } = useSession();
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void authConfig().then(setConfig);
  }, []);

  const back = next && !next.startsWith('/dang-nhap') && next !== '/dang-xuat' ? next : '';
  const done = (me: Me) => navigate(back || homeOf(me.role));

  async function start() {
    setBusy(true);
    setError(null);
    try {
      await beginSignIn(back, lang);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section class="narrow-wide">
      <PageTitle>{t('auth.title')}</PageTitle>
      {ended === 'expired' && (
        <p class="notice" role="status">
          {t('auth.expired')}
        </p>
      )}
      {back && <p class="muted">{t('auth.needed')}</p>}
      <ErrorBox error={error} />
      {config === null ? (
        <p>{t('common.loading')}</p>
      ) : config.oidc ? (
        <div class="card sign-in">
          <p>{t('auth.oidcIntro')}</p>
          <button type="button" class="primary" onClick={() => void start()} disabled={busy} data-testid="oidc-sign-in">
            {t('auth.signIn')}
          </button>
        </div>
      ) : (
        !config.demo && <p class="error">{t('auth.notConfigured')}</p>
      )}
      {config?.demo && <DemoSignIn onSignedIn={done} />}
    </section>
  );
}
