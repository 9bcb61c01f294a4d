import { Link } from '../../app/router';
import { PageTitle } from '../../ui/ui';
import { AuditTab } from './AuditTab';
import { CampaignsTab } from './CampaignsTab';
import { ClustersTab } from './ClustersTab';
import { CouncilsTab } from './CouncilsTab';
import { useTx } from './directory-ui';
import { ImportTab } from './ImportTab';
import { PeopleTab } from './PeopleTab';
import { UnitsTab } from './UnitsTab';

/**
 * The directory's administration (docs/architecture.md, "Directory"): the unit tree (loaded level by
 * level), councils with their terms and dated members, campaigns, clusters and blocs, and the audit of every change.
 * Every form says why (the audit's reason), sends the version it read (If-Match) and shows the API's
 * Vietnamese reason beside the field it names.
 */
export const DIRECTORY_TABS = [
  'don-vi',
  'hoi-dong',
  'dot-thi-dua',
  'cum-khoi',
  'nguoi',
  'nhap-tep',
  'nhat-ky',
] as const;
type Tab = (typeof DIRECTORY_TABS)[number];

export function DirectoryPage({ tab = 'don-vi' }: { tab?: string }) {
  const { tx } = useTx();
  const current = (DIRECTORY_TABS as readonly string[]).includes(tab) ? (tab as Tab) : 'don-vi';
  const names: Record<Tab, string> = {
    'don-vi': tx('Đơn vị', 'Units'),
    'hoi-dong': tx('Hội đồng', 'Councils'),
    'dot-thi-dua': tx('Đợt thi đua', 'Campaigns'),
    'cum-khoi': tx('Cụm, khối thi đua', 'Clusters'),
    nguoi: tx('Vai trò của người dùng', "People's seats"),
    'nhap-tep': tx('Nhập từ tệp', 'Import a file'),
    'nhat-ky': tx('Nhật ký thay đổi', 'Audit'),
  };
  return (
    <section>
      <PageTitle>{tx('Danh mục tổ chức', 'Directory')}</PageTitle>
      <nav class="tabs" aria-label={tx('Các mục danh mục', 'Directory sections')}>
        {DIRECTORY_TABS.map((t) => (
          <Link
            key={t}
            href={t === 'don-vi' ? '/quan-tri/danh-muc' : `/quan-tri/danh-muc/${t}`}
            aria-current={t === current ? 'page' : undefined}
            class={t === current ? 'tab active' : 'tab'}
          >
            {names[t]}
          </Link>
        ))}
      </nav>
      {current === 'don-vi' && <UnitsTab />}
      {current === 'hoi-dong' && <CouncilsTab />}
      {current === 'dot-thi-dua' && <CampaignsTab />}
      {current === 'cum-khoi' && <ClustersTab />}
      {current === 'nguoi' && <PeopleTab />}
      {current === 'nhap-tep' && <ImportTab />}
      {current === 'nhat-ky' && <AuditTab />}
    </section>
  );
}
