import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import type { Me, Problem } from '../api/types';
import { homeOf } from '../app/routes';
import { Link, navigate } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, PageTitle } from '../ui/ui';
import { completeSignIn } from './oidc';
import { signInOidc } from './session';

let handled: string | null = null;

/** Back from the identity provider (the redirect URI): trade the code, ask the API who this is, go on. */
export function OidcCallbackPage() {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    // The code is single-use: handle this callback once even if the page renders again.
    if (handled === window.location.search) return;
    handled = window.location.search;
    void (async () => {
      try {
        const { tokens, next } = await completeSignIn(new URLSearchParams(window.location.search));
        const res = await fetch('/api/me', {
          headers: { Authorization: `Bearer ${tokens.accessToken}`, Accept: 'application/json' },
        });
        const body = (await res.json().catch(() => ({}))) as Me & Partial<Problem>;
        if (!res.ok)
          throw new ApiError(res.status, {
            status: res.status,
            code: body.code ?? `HTTP_${res.status}`,
            detail: body.detail ?? `HTTP ${res.status}`,
            detailEn: body.detailEn,
          });
        const me: Me = body;
        signInOidc(tokens, me);
        navigate(next || homeOf(me.role), true);
      } catch (e) {
        setError(e);
      }
    })();
  }, []);

  return (
    <section class="narrow-wide">
      <PageTitle>{t('auth.callbackTitle')}</PageTitle>
      {error ? (
        <>
          <ErrorBox error={error} />
          <p>
            <Link href="/dang-nhap" class="button primary">
              {t('auth.tryAgain')}
            </Link>
          </p>
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

/** Where the identity provider sends the person after sign-out (post_logout_redirect_uri). */
export function SignedOutPage() {
  const { t } = useI18n();
  return (
    <section class="narrow-wide">
      <PageTitle>{t('auth.signedOutTitle')}</PageTitle>
      <p role="status">{t('auth.signedOut')}</p>
      <p>
        <Link href="/dang-nhap" class="button primary">
          {t('auth.signInAgain')}
        </Link>{' '}
        <Link href="/cong-khai" class="button secondary">
          {t('nav.public')}
        </Link>
      </p>
    </section>
  );
}
