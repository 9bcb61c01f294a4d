import { Form } from '../ui/Form';
import { useEffect, useState } from 'preact/hooks';
import type { Me } from '../api/types';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Field } from '../ui/ui';
import { DEMO_USERS, embeddedToken, serverTokens, tokenVariable, type DemoUser } from './demo-users';
import { signIn } from './session';

async function verify(token: string): Promise<Me> {
  const res = await fetch('/api/me', { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok)
    throw new ApiError(res.status, {
      status: res.status,
      code: body.code ?? `HTTP_${res.status}`,
      detail: body.detail ?? `HTTP ${res.status}`,
      detailEn: body.detailEn,
    });
  return body as Me;
}

/**
 * DEMO/TEST ONLY (the API serves it outside production only): pick a demo user when a token for them is
 * known (build-time list or GET /api/demo/tokens), or paste a bearer token. The token stays in
 * sessionStorage. People sign in through the identity provider (LoginPage); this is for trying the
 * roles quickly.
 */
export function DemoSignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t, label } = useI18n();
  const [known, setKnown] = useState<Record<string, string>>({});
  const [chosen, setChosen] = useState<DemoUser | null>(null);
  const [token, setToken] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void serverTokens().then(setKnown);
  }, []);

  const tokenOf = (u: DemoUser) => known[u.userId] ?? embeddedToken(u.key);

  async function use(tok: string) {
    setBusy(true);
    setError(null);
    try {
      const me = await verify(tok.trim());
      signIn(tok.trim(), me);
      onSignedIn(me);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function choose(u: DemoUser) {
    const tok = tokenOf(u);
    if (tok) void use(tok);
    else {
      setChosen(u);
      setTimeout(() => document.getElementById('token')?.focus(), 0);
    }
  }

  return (
    <section class="demo-sign-in" aria-labelledby="demo-title">
      <h2 id="demo-title">
        {t('auth.demoTitle')} <span class="badge badge-at-risk">{t('auth.demoBadge')}</span>
      </h2>
      <p class="muted">{t('auth.intro')}</p>
      <ErrorBox error={error} />
      <div class="columns">
        <div>
          <h3>{t('auth.demoUsers')}</h3>
          <ul class="user-list">
            {DEMO_USERS.map((u) => (
              <li key={u.userId}>
                <button type="button" class="user-pick" onClick={() => choose(u)} disabled={busy} data-user={u.userId}>
                  <strong>{u.displayName}</strong>
                  <span class="muted small">
                    {label('role', u.role)}
                    {u.scope ? ` · ${u.scope}` : ''} · <code>{u.userId}</code>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <Form
          class="card"
          onSubmit={(e) => {
            e.preventDefault();
            void use(token);
          }}
        >
          <h3>{t('auth.pasteTitle')}</h3>
          {chosen ? (
            <p role="status">{t('auth.pasteFor', { name: chosen.displayName, variable: tokenVariable(chosen.key) })}</p>
          ) : (
            <p class="muted">{t('auth.pasteHint')}</p>
          )}
          <Field id="token" label={t('auth.token')} required>
            <textarea
              id="token"
              rows={5}
              value={token}
              onInput={(e) => setToken(e.currentTarget.value)}
              required
              spellcheck={false}
              autocomplete="off"
            />
          </Field>
          <button type="submit" class="primary" disabled={busy || !token.trim()}>
            {t('auth.demoSignIn')}
          </button>
        </Form>
      </div>
    </section>
  );
}
