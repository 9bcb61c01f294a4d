import type { VNode } from 'preact';
import type { Role } from '../api/types';
import { LoginPage } from '../auth/LoginPage';
import { OidcCallbackPage, SignedOutPage } from '../auth/OidcPages';
import { AdminHome } from '../admin/AdminHome';
import { CalendarPage } from '../admin/CalendarPage';
import { DirectoryPage } from '../admin/directory/DirectoryPage';
import { RulesPage } from '../admin/RulesPage';
import { UsersPage } from '../admin/UsersPage';
import { CaseListPage } from '../case/CaseListPage';
import { CasePage } from '../case/CasePage';
import { InboxPage } from '../inbox/InboxPage';
import { CertificateVerifyPage } from '../public/CertificateVerifyPage';
import { InitiativesPage } from '../initiatives/InitiativesPage';
import { ClusterScoringPage } from '../cluster-scoring/ClusterScoringPage';
import { DisclosurePage } from '../public/DisclosurePage';
import { ObjectionStatusPage } from '../public/ObjectionStatusPage';
import { ReportsPage } from '../reports/ReportsPage';
import { SlaBoardPage } from '../sla/SlaBoardPage';
import { BulkUploadPage } from '../unit/BulkUploadPage';
import { NewNominationPage } from '../unit/NewNominationPage';
import { RegistrationsPage } from '../unit/RegistrationsPage';
import { match } from './router';

export interface Route {
  path: string;
  roles?: Role[];
  render: (p: Record<string, string>) => VNode;
  match: (path: string) => Record<string, string> | null;
}

const ALL: Role[] = ['UNIT_OFFICER', 'TDKT_OFFICE', 'COUNCIL_MEMBER', 'AUTHORITY', 'ADMIN', 'SLA_MONITOR'];
export const SLA_ROLES: Role[] = ['SLA_MONITOR', 'ADMIN', 'TDKT_OFFICE'];
/** The board's reports: the administrator and the TĐKT office (the API's REPORT_READERS). */
export const REPORT_ROLES: Role[] = ['ADMIN', 'TDKT_OFFICE'];
/** The initiative registry's page: the units' officers file, the TĐKT office files and assesses. */
export const INITIATIVE_ROLES: Role[] = ['UNIT_OFFICER', 'TDKT_OFFICE'];
/** Cluster and bloc scoring: the member units' officers score, review and vote; the TĐKT office follows. */
export const SCORING_ROLES: Role[] = ['UNIT_OFFICER', 'TDKT_OFFICE'];
/** Registration (đăng ký thi đua): the units' officers register, the TĐKT office and administrators see every unit. */
export const REGISTRATION_ROLES: Role[] = ['UNIT_OFFICER', 'TDKT_OFFICE', 'ADMIN'];
export const HISTORY_ROLES: Role[] = ['ADMIN', 'TDKT_OFFICE', 'AUTHORITY', 'SLA_MONITOR'];

const route = (path: string, render: Route['render'], roles?: Role[]): Route => ({
  path,
  render,
  roles,
  match: (p) => match(path, p),
});

/** Every page and who may open it (the API enforces the same; this only hides what would be refused). */
export const ROUTES: Route[] = [
  route('/dang-nhap', () => <LoginPage />),
  route('/dang-nhap/oidc', () => <OidcCallbackPage />),
  route('/dang-xuat', () => <SignedOutPage />),
  route('/cong-khai', () => <DisclosurePage />),
  route('/cong-khai/y-kien', () => <ObjectionStatusPage />),
  route('/cong-khai/y-kien/:code', (p) => <ObjectionStatusPage code={decodeURIComponent(p.code ?? '')} />),
  route('/xac-minh', () => <CertificateVerifyPage />),
  route('/xac-minh/:code', (p) => <CertificateVerifyPage code={decodeURIComponent(p.code ?? '')} />),
  route('/hop-viec', () => <InboxPage />, ALL),
  route('/ho-so', () => <CaseListPage />, ALL),
  route('/ho-so/moi', () => <NewNominationPage />, ['UNIT_OFFICER']),
  route('/ho-so/:id', (p) => <CasePage id={p.id} />, ALL),
  route('/tai-len', () => <BulkUploadPage />, ['UNIT_OFFICER']),
  route('/sang-kien', () => <InitiativesPage />, INITIATIVE_ROLES),
  route('/cham-diem-cum', () => <ClusterScoringPage />, SCORING_ROLES),
  route('/dang-ky-thi-dua', () => <RegistrationsPage />, REGISTRATION_ROLES),
  route('/sla', () => <SlaBoardPage />, SLA_ROLES),
  route('/bao-cao', () => <ReportsPage />, REPORT_ROLES),
  route('/quan-tri', () => <AdminHome />, ['ADMIN']),
  route('/quan-tri/quy-tac', () => <RulesPage />, ALL),
  route('/quan-tri/lich-nghi', () => <CalendarPage />, ALL),
  route('/quan-tri/nguoi-dung', () => <UsersPage />, ALL),
  route('/quan-tri/danh-muc', () => <DirectoryPage />, ['ADMIN']),
  route('/quan-tri/danh-muc/:tab', (p) => <DirectoryPage tab={p.tab} />, ['ADMIN']),
];

export function homeOf(role: Role): string {
  switch (role) {
    case 'UNIT_OFFICER':
      return '/ho-so';
    case 'ADMIN':
      return '/quan-tri';
    case 'SLA_MONITOR':
      return '/sla';
    default:
      return '/hop-viec';
  }
}
