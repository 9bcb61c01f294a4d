import { DEMO_USERS } from '../auth/demo-users';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { PageTitle } from '../ui/ui';

/** The demo users and their roles and scopes (the API reads roles from tokens; there is no user store). */
export function UsersPage() {
  const { t, label } = useI18n();
  const { me } = useSession();
  return (
    <section>
      <PageTitle>{t('users.title')}</PageTitle>
      <p>{t('users.intro')}</p>
      {me && (
        <p class="small">
          {t('users.me')}: <code>{me.userId}</code> · {label('role', me.role)} · {t('users.groups')}:{' '}
          {me.groups.join(', ') || '—'}
        </p>
      )}
      <table class="responsive">
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.id')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.scope')}</th>
          </tr>
        </thead>
        <tbody>
          {DEMO_USERS.map((u) => (
            <tr key={u.userId}>
              <td data-label={t('users.name')}>{u.displayName}</td>
              <td data-label={t('users.id')}>
                <code>{u.userId}</code>
              </td>
              <td data-label={t('users.role')}>{label('role', u.role)}</td>
              <td data-label={t('users.scope')}>{u.scope ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('users.rolesTitle')}</h2>
      <dl class="facts">
        {(['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN', 'SLA_MONITOR'] as const).map((r) => (
          <>
            <dt key={r}>{label('role', r)}</dt>
            <dd>{t(`users.does.${r}`)}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}
