import { useI18n } from '../../i18n/i18n';
import { ErrorBox, Field } from '../../ui/ui';
import { namesField } from './directory-api';

/** The directory pages' shared pieces: the code lists in officials' words, labelled fields, the reason. */

export const UNIT_KINDS: [string, string, string][] = [
  ['PROVINCE', 'Tỉnh, thành phố', 'Province, city'],
  ['MINISTRY', 'Bộ, ngành trung ương', 'Ministry'],
  ['DEPARTMENT', 'Sở, ban, ngành', 'Department'],
  ['COMMUNE', 'Xã, phường, đặc khu', 'Commune, ward'],
  ['PUBLIC_SERVICE', 'Đơn vị sự nghiệp công lập', 'Public service unit'],
  ['ENTERPRISE', 'Doanh nghiệp', 'Enterprise'],
  ['SUB_UNIT', 'Đơn vị trực thuộc', 'Sub-unit'],
  ['OTHER', 'Cơ quan, tổ chức khác', 'Other body'],
  ['DISTRICT_LEGACY', 'Quận, huyện (trước 01/7/2025)', 'District (before 1/7/2025)'],
];
export const LEVELS: [string, string, string][] = [
  ['PROVINCE', 'Cấp tỉnh', 'Province'],
  ['MINISTRY', 'Cấp bộ', 'Ministry'],
  ['DEPARTMENT', 'Cấp sở, ngành', 'Department'],
  ['COMMUNE', 'Cấp xã', 'Commune'],
  ['UNIT', 'Cấp cơ sở', 'Unit'],
];
export const SEATS: [string, string, string][] = [
  ['CHAIR', 'Chủ tịch Hội đồng', 'Chair'],
  ['VICE_CHAIR', 'Phó Chủ tịch', 'Vice-chair'],
  ['STANDING_MEMBER', 'Ủy viên thường trực', 'Standing member'],
  ['SECRETARY', 'Thư ký', 'Secretary'],
  ['MEMBER', 'Ủy viên', 'Member'],
];
export const CAMPAIGN_KINDS: [string, string, string][] = [
  ['ANNUAL', 'Thường xuyên (hằng năm)', 'Annual'],
  ['THEMATIC', 'Theo chuyên đề, đợt', 'Thematic'],
  ['EXTRAORDINARY', 'Đột xuất', 'Extraordinary'],
];

export function useTx() {
  const i18n = useI18n();
  const tx = (vi: string, en: string) => (i18n.lang === 'en' ? en : vi);
  const name = (list: [string, string, string][], code: string) => {
    const hit = list.find(([c]) => c === code);
    return hit ? tx(hit[1], hit[2]) : code;
  };
  return { ...i18n, tx, name };
}

/** A labelled input with the API's reason for it beneath (aria-describedby), Vietnamese first: every form's field. */
export const F = Field;

export function Select(props: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  options: [string, string, string][];
}) {
  const { tx } = useTx();
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
      {props.options.map(([code, vi, en]) => (
        <option key={code} value={code}>
          {tx(vi, en)}
        </option>
      ))}
    </select>
  );
}

/** The form's refusal at the top, unless it names a field shown below (then it is shown there). */
export function FormError({ error, fields }: { error: unknown; fields: string[] }) {
  return namesField(error, fields) ? null : <ErrorBox error={error} />;
}

export function Reason(props: { id: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { tx } = useTx();
  return (
    <F
      id={props.id}
      label={tx('Lý do thay đổi (ghi vào nhật ký)', 'Reason (kept in the audit)')}
      error={props.error}
      hint={tx('Ví dụ: Theo Quyết định số 12/QĐ-UBND ngày 02/01/2026', 'E.g. by Decision 12/QĐ-UBND of 02/01/2026')}
    >
      <input id={props.id} value={props.value} onInput={(e) => props.onChange(e.currentTarget.value)} />
    </F>
  );
}
