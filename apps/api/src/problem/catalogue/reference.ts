import { entry, type FieldError } from './entry';

/** Refusals of the reference data endpoints: rules, calendar, registry, holds, bulk filing, exports. */
export const REFERENCE_REFUSALS = {
  RULE_SET_NOT_FOUND: entry<{ version: number }>(404, ({ version }) => ({
    vi: `Không có phiên bản ${version}.`,
    en: `No version ${version}.`,
    field: 'version',
  })),
  RULE_SET_INVALID: entry<{ errors: FieldError[] }>(422, ({ errors }) => ({
    vi: `Văn bản quy tắc có lỗi: ${errors.map((e) => `${e.field}: ${e.reason}`).join('; ')}.`,
    en: `The rule document has problems: ${errors.map((e) => `${e.field}: ${e.reasonEn}`).join('; ')}.`,
    field: errors[0]?.field,
    errors,
  })),
  INVALID_SCHEDULE: entry<{ day: string; year: number; why: 'NOT_IN_YEAR' | 'NOT_WEEKEND' }>(
    422,
    ({ day, year, why }) =>
      why === 'NOT_IN_YEAR'
        ? {
            vi: `Ngày ${day} không hợp lệ hoặc không thuộc năm ${year}.`,
            en: `Date ${day} is invalid or not in ${year}.`,
            field: 'daysOff',
          }
        : {
            vi: `Ngày làm bù ${day} không phải thứ Bảy hoặc Chủ nhật.`,
            en: `Make-up day ${day} is not a weekend day.`,
            field: 'workingWeekendDays',
          },
  ),
  HOLD_NOT_FOUND: entry(404, () => ({
    vi: 'Không có trường hợp tạm hoãn đang hiệu lực này.',
    en: 'No such active hold.',
    field: 'holdId',
  })),
  EMPTY_FILE: entry(400, () => ({
    vi: 'Tệp tải lên rỗng hoặc sai định dạng (CSV hoặc XLSX).',
    en: 'The upload is empty or not CSV/XLSX.',
    field: 'body',
  })),
  UNREADABLE_FILE: entry(400, () => ({
    vi: 'Không đọc được tệp (cần CSV UTF-8 hoặc XLSX).',
    en: 'Could not read the file (CSV in UTF-8 or XLSX expected).',
    field: 'body',
  })),
  TOO_MANY_ROWS: entry<{ rows: number; max: number }>(413, ({ rows, max }) => ({
    vi: `Tệp có ${rows} dòng; tối đa ${max} dòng mỗi lần.`,
    en: `${rows} rows; at most ${max}.`,
    field: 'body',
  })),
  BAD_HEADER: entry<{ errors: { messageVi: string; messageEn: string }[] }>(422, ({ errors }) => ({
    vi: errors.map((c) => c.messageVi).join(' '),
    en: errors.map((c) => c.messageEn).join(' '),
    field: 'header',
  })),
  BULK_NOT_FOUND: entry(404, () => ({
    vi: 'Chưa có tiến độ cho lần tải lên này (có thể đang bắt đầu).',
    en: 'No progress for this upload yet (it may be starting).',
    field: 'bulkId',
  })),
  BULK_STILL_FILING: entry<{ bulkId: string }>(409, () => ({
    vi: 'Danh sách đang được lập thành hồ sơ; vui lòng nộp khi đã lập xong.',
    en: 'The list is still being filed; submit it once every row is filed.',
    field: 'bulkId',
  })),
  NOT_AN_EXPORT: entry(400, () => ({
    vi: 'Nội dung không phải bản xuất hồ sơ của Khen.',
    en: 'Not a Khen case export.',
    field: 'body',
  })),
};
