import {
  draftNomination,
  isRefusal,
  NOMINATION_KINDS,
  RATINGS,
  type BulkRowResult,
  type DraftInput,
  type NominationKind,
  type Rating,
  type Refusal,
  type RuleSet,
  type Subject,
} from '@khen/domain';
import { normalizeHeader, type Table } from './bulk-file';

/** Accepted column names (Vietnamese or English), normalized. */
const COLUMNS: Record<string, string[]> = {
  name: ['ho_va_ten', 'ho_ten', 'ten', 'name', 'ten_tap_the'],
  key: ['ma_dinh_danh', 'so_cccd', 'cccd', 'ma_can_bo', 'key', 'nominee_key'],
  awardCode: ['danh_hieu', 'ma_danh_hieu', 'hinh_thuc', 'award', 'award_code', 'awardcode'],
  subject: ['doi_tuong', 'subject'],
  kind: ['loai_hinh', 'kind'],
  position: ['chuc_vu', 'position'],
  gender: ['gioi_tinh', 'gender'],
  year: ['nam', 'nam_thanh_tich', 'year'],
  rating: ['xep_loai', 'rating'],
};

const SUBJECT_VALUES: Record<string, Subject> = {
  ca_nhan: 'INDIVIDUAL',
  individual: 'INDIVIDUAL',
  tap_the: 'COLLECTIVE',
  collective: 'COLLECTIVE',
  ho_gia_dinh: 'HOUSEHOLD',
  household: 'HOUSEHOLD',
};
const RATING_VALUES: Record<string, Rating> = {
  ...Object.fromEntries(RATINGS.map((r) => [r.toLowerCase(), r])),
  hoan_thanh_xuat_sac_nhiem_vu: 'HOAN_THANH_XUAT_SAC',
  hoan_thanh_tot_nhiem_vu: 'HOAN_THANH_TOT',
  hoan_thanh_nhiem_vu: 'HOAN_THANH',
  khong_hoan_thanh_nhiem_vu: 'KHONG_HOAN_THANH',
};

export interface BulkContext {
  unitId: string;
  campaignId: string;
  campaignYear: number;
  council: DraftInput['council'];
  ruleSet: RuleSet;
  now: string;
  nominationIdFor: (row: number) => string;
  /** The filing unit as it is today, kept on each case. */
  unit?: DraftInput['unit'];
  /** The campaign's check of a row's award (offered, or proposed upward), after the rules' own. */
  awardOffered?: (awardCode: string) => Refusal | undefined;
}

type RowError = NonNullable<BulkRowResult['errors']>[number];
const error = (field: string, messageVi: string, messageEn: string): RowError => ({ field, messageVi, messageEn });

/** Which column holds which field, or the header errors that stop the whole file. */
export function mapColumns(header: string[]): Record<string, number> | RowError[] {
  const normalized = header.map(normalizeHeader);
  const index: Record<string, number> = {};
  for (const [field, names] of Object.entries(COLUMNS)) {
    const i = normalized.findIndex((h) => names.includes(h));
    if (i >= 0) index[field] = i;
  }
  const missing = ['name', 'awardCode'].filter((f) => index[f] === undefined);
  return missing.length
    ? missing.map((f) =>
        error(
          f,
          `Thiếu cột bắt buộc "${f === 'name' ? 'Họ và tên' : 'Danh hiệu'}" ở dòng tiêu đề.`,
          `The header lacks the required column "${f}".`,
        ),
      )
    : index;
}

/**
 * Each data row → a draft (the same check as filing one by one), or its errors in Vietnamese with
 * the row number as the user sees it in the file (the header is row 1, blank rows counted).
 */
export function rowsToDrafts(
  table: Table,
  columns: Record<string, number>,
  ctx: BulkContext,
): { drafts: { row: number; draft: DraftInput }[]; rejected: BulkRowResult[] } {
  const drafts: { row: number; draft: DraftInput }[] = [];
  const rejected: BulkRowResult[] = [];
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 2;
    const get = (f: string) => (columns[f] === undefined ? '' : (cells[columns[f]] ?? '').trim());
    const errors: RowError[] = [];
    const name = get('name');
    if (!name) errors.push(error('name', 'Thiếu họ và tên người/tập thể được đề nghị.', 'Missing nominee name.'));
    if (name.length > 200)
      errors.push(error('name', 'Họ và tên quá dài (tối đa 200 ký tự).', 'Name too long (200 characters at most).'));
    const awardCode = get('awardCode').toUpperCase();
    if (!/^[A-Z0-9_]{1,32}$/.test(awardCode))
      errors.push(
        error(
          'awardCode',
          `Mã danh hiệu "${get('awardCode')}" không hợp lệ.`,
          `Invalid award code "${get('awardCode')}".`,
        ),
      );
    const subject = get('subject') ? SUBJECT_VALUES[normalizeHeader(get('subject'))] : 'INDIVIDUAL';
    if (!subject)
      errors.push(
        error(
          'subject',
          `Đối tượng "${get('subject')}" không hợp lệ (Cá nhân, Tập thể, Hộ gia đình).`,
          `Invalid subject "${get('subject')}".`,
        ),
      );
    const kindText = get('kind').toUpperCase();
    const kind = (kindText || 'CONG_TRANG') as NominationKind;
    if (!(NOMINATION_KINDS as readonly string[]).includes(kind))
      errors.push(error('kind', `Loại hình "${get('kind')}" không hợp lệ.`, `Invalid kind "${get('kind')}".`));
    const year = get('year') ? Number(get('year')) : ctx.campaignYear;
    if (!Number.isInteger(year))
      errors.push(error('year', `Năm "${get('year')}" không hợp lệ.`, `Invalid year "${get('year')}".`));
    const rating = get('rating') ? RATING_VALUES[normalizeHeader(get('rating'))] : undefined;
    if (get('rating') && !rating)
      errors.push(error('rating', `Xếp loại "${get('rating')}" không hợp lệ.`, `Invalid rating "${get('rating')}".`));
    const genderText = normalizeHeader(get('gender'));
    const gender =
      genderText === 'nu' || genderText === 'female'
        ? ('FEMALE' as const)
        : genderText === 'nam' || genderText === 'male'
          ? ('MALE' as const)
          : undefined;
    if (errors.length) {
      rejected.push({ row, name: name || undefined, errors });
      return;
    }
    const key = get('key') || `${ctx.unitId}:${name.normalize('NFC').toLocaleLowerCase('vi')}`;
    const draft: DraftInput = {
      nominationId: ctx.nominationIdFor(row),
      awardCode,
      kind,
      unitId: ctx.unitId,
      campaignId: ctx.campaignId,
      year,
      nominee: {
        key,
        name,
        subject: subject!,
        unitId: ctx.unitId,
        ...(get('position') ? { position: get('position') } : {}),
        ...(gender ? { gender } : {}),
      },
      council: ctx.council,
      achievements: rating ? { ratings: [{ year, rating }] } : {},
      ...(ctx.unit ? { unit: ctx.unit } : {}),
    };
    const drafted = draftNomination(draft, ctx.ruleSet, ctx.now);
    const checked = isRefusal(drafted) ? drafted : (ctx.awardOffered?.(awardCode) ?? drafted);
    if (isRefusal(checked))
      rejected.push({ row, name, errors: [error(checked.field ?? '', checked.messageVi, checked.messageEn)] });
    else drafts.push({ row, draft });
  });
  return { drafts, rejected };
}
