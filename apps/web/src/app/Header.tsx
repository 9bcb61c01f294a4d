import { Api } from '../api/endpoints';
import type { Me, Role, Seat } from '../api/types';
import { signOutEverywhere } from '../auth/refresh';
import { getActingAs, setActingAs, setMe, useSession } from '../auth/session';
import { useDirectory } from './directory';
import { setLang, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { Link, usePath } from './router';
import { INITIATIVE_ROLES, REGISTRATION_ROLES, REPORT_ROLES, SCORING_ROLES, SLA_ROLES } from './routes';

const NAV: { href: string; key: MessageKey; roles?: Role[] }[] = [
  {
    href: '/hop-viec',
    key: 'nav.inbox',
    roles: ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN', 'SLA_MONITOR'],
  },
  {
    href: '/ho-so',
    key: 'nav.cases',
    roles: ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN', 'SLA_MONITOR'],
  },
  { href: '/ho-so/moi', key: 'nav.newCase', roles: ['UNIT_OFFICER'] },
  { href: '/tai-len', key: 'nav.bulk', roles: ['UNIT_OFFICER'] },
  { href: '/sang-kien', key: 'nav.initiatives', roles: INITIATIVE_ROLES },
  { href: '/cham-diem-cum', key: 'nav.clusterScoring', roles: SCORING_ROLES },
  { href: '/dang-ky-thi-dua', key: 'nav.registrations', roles: REGISTRATION_ROLES },
  { href: '/quan-tri', key: 'nav.admin', roles: ['ADMIN'] },
  { href: '/sla', key: 'nav.sla', roles: SLA_ROLES },
  { href: '/bao-cao', key: 'nav.reports', roles: REPORT_ROLES },
  { href: '/quan-tri/quy-tac', key: 'nav.rules', roles: ['ADMIN', 'TDKT_OFFICE'] },
  { href: '/quan-tri/lich-nghi', key: 'nav.calendar', roles: ['ADMIN', 'TDKT_OFFICE'] },
  { href: '/quan-tri/nguoi-dung', key: 'nav.users', roles: ['ADMIN'] },
  { href: '/quan-tri/danh-muc', key: 'nav.directory', roles: ['ADMIN'] },
  { href: '/cong-khai', key: 'nav.public' },
];

/**
 * What the person acts as, and, when they hold several seats (a department's signer who also sits on the
 * city council), a switch: the choice goes with every API call (X-Khen-Acting-As) and the page reloads,
 * so that the inbox and every list show that seat's work only.
 */
function ActingAs({ me }: { me: Me }) {
  const { t, label } = useI18n();
  const { unitName, councils } = useDirectory();
  const seats = me.seats ?? [];
  const scopeName = (s: Seat) =>
    s.councilId
      ? (councils.find((c) => c.councilId === s.councilId)?.name ?? s.councilId)
      : unitName(s.authorityId ?? s.unitId);
  const seatLabel = (s: Seat) =>
    s.councilId || s.authorityId || s.unitId ? `${label('role', s.role)} · ${scopeName(s)}` : label('role', s.role);
  const who = me.displayName ?? me.userId;
  if (seats.length < 2) return <span data-testid="whoami">{`${who} · ${label('role', me.role)}`}</span>;
  const switchTo = async (key: string) => {
    setActingAs(key === seats[0]!.key ? null : key);
    setMe(await Api.me());
    window.location.reload();
  };
  return (
    <span data-testid="whoami">
      {who} ·{' '}
      <label class="acting-as">
        <span class="sr-only">{t('auth.actingAs')}</span>
        <select
          data-testid="acting-as"
          title={t('auth.actingAs')}
          value={me.actingAs ?? getActingAs() ?? seats[0]!.key}
          onChange={(e) => void switchTo((e.target as HTMLSelectElement).value)}
        >
          {seats.map((s) => (
            <option key={s.key} value={s.key}>
              {seatLabel(s)}
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}

export function Header() {
  const { t, lang } = useI18n();
  const { token, me } = useSession();
  const path = usePath();
  const items = NAV.filter((n) => !n.roles || (me && n.roles.includes(me.role)));
  return (
    <header class="header">
      <div class="brand">
        <Link href="/">{t('app.name')}</Link> <span class="muted small">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {items.map((n) => (
            <li key={n.href}>
              <Link href={n.href} aria-current={path === n.href ? 'page' : undefined}>
                {t(n.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div class="tools">
        <div role="group" aria-label={t('lang.label')} class="lang">
          <button type="button" aria-pressed={lang === 'vi'} onClick={() => setLang('vi')} lang="vi">
            Tiếng Việt
          </button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')} lang="en">
            English
          </button>
        </div>
        {token ? (
          <div class="user">
            {me ? <ActingAs me={me} /> : <span data-testid="whoami">…</span>}
            <button type="button" class="link" data-testid="sign-out" onClick={() => void signOutEverywhere()}>
              {t('auth.signOut')}
            </button>
          </div>
        ) : (
          <Link href="/dang-nhap" class="button">
            {t('auth.signIn')}
          </Link>
        )}
      </div>
    </header>
  );
}
