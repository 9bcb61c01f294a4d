import type { Role } from '@khen/domain';
import { entry, type FieldError } from './entry';

const ROLE_VI: Record<Role, string> = {
  UNIT_OFFICER: 'cán bộ đơn vị',
  TDKT_OFFICE: 'Ban Thi đua – Khen thưởng',
  COUNCIL_MEMBER: 'thành viên Hội đồng',
  AUTHORITY: 'người có thẩm quyền',
  ADMIN: 'quản trị viên',
  SLA_MONITOR: 'giám sát tiến độ',
  PUBLIC: 'người dân',
  SYSTEM: 'hệ thống',
};

/** Refusals of the request itself: who sends it, and input the API cannot take. */
export const REQUEST_REFUSALS = {
  /** The token verifier says what is wrong (issuer, audience, expired, signature) in both languages. */
  UNAUTHENTICATED: entry<{ reason: string; messageVi?: string; messageEn?: string }>(401, (p) => ({
    vi: p.messageVi ?? 'Chưa đăng nhập hoặc mã truy cập không hợp lệ.',
    en: p.messageEn ?? `Missing or invalid bearer token (${p.reason}).`,
  })),
  ROLE_NOT_ALLOWED: entry<{ role: Role; allowed: Role[] }>(403, ({ role, allowed }) => ({
    vi: `Vai trò ${ROLE_VI[role]} không được thực hiện thao tác này (dành cho: ${allowed.map((r) => ROLE_VI[r]).join(', ')}).`,
    en: `Role ${role} may not do this (allowed: ${allowed.join(', ')}).`,
  })),
  /**
   * The request names (X-Khen-Acting-As) a role the person does not hold today, in their token or in the
   * directory: `requested` is that role when it is one (else the text sent), `held` what they do hold.
   */
  ACTING_AS_NOT_HELD: entry<{ requested: string; held: Role[] }>(403, ({ requested, held }) => {
    const named = Object.hasOwn(ROLE_VI, requested) ? ROLE_VI[requested as Role] : `«${requested.slice(0, 60)}»`;
    return {
      vi: `Bạn không giữ vai trò ${named} nên không thể làm thao tác này với tư cách đó (vai trò bạn đang giữ: ${held.map((r) => ROLE_VI[r]).join(', ') || 'không có'}). Vui lòng chọn lại vai trò ở đầu trang.`,
      en: `You do not hold the role ${requested.slice(0, 60)}, so you cannot act as it (roles you hold: ${held.join(', ') || 'none'}). Choose another role at the top of the page.`,
      field: 'X-Khen-Acting-As',
    };
  }),
  /** Input that fails the checks of its form; `of` names a whole document (a rule set) when it is one. */
  VALIDATION_FAILED: entry<{ errors: FieldError[]; of?: 'RULE_DOCUMENT' }>(400, ({ errors, of }) => ({
    vi: `${of ? 'Văn bản quy tắc' : 'Dữ liệu'} không hợp lệ: ${errors.map((e) => e.reason).join('; ')}.`,
    en: `Invalid ${of ? 'rule document' : 'input'}: ${errors.map((e) => e.reasonEn).join('; ')}.`,
    field: errors[0]?.field,
    errors,
  })),
  INVALID_CHARACTERS: entry<{ field: string }>(400, ({ field }) => ({
    vi: `Dữ liệu chứa ký tự không lưu được (ký tự NUL hoặc ký tự Unicode lỗi) tại ${field}. Vui lòng gõ lại nội dung này.`,
    en: `The input contains a character that cannot be stored (NUL or a broken Unicode character) at ${field}. Please type it again.`,
    field,
  })),
  OUT_OF_RANGE: entry<{ field: string; min: number; max: number }>(400, ({ field, min, max }) => ({
    vi: `${field} phải là số nguyên từ ${min} đến ${max}.`,
    en: `${field} must be an integer from ${min} to ${max}.`,
    field,
  })),
  INVALID_CURSOR: entry(400, () => ({
    vi: 'Con trỏ phân trang không hợp lệ.',
    en: 'Invalid page cursor.',
    field: 'cursor',
  })),
  /** Malformed JSON, a path parameter of the wrong form, any other client error of a parser. */
  BAD_REQUEST: entry<{ detail: string }>(400, ({ detail }) => ({ vi: 'Yêu cầu không hợp lệ.', en: detail })),
  PAYLOAD_TOO_LARGE: entry<{ detail: string }>(413, ({ detail }) => ({ vi: 'Nội dung gửi lên quá lớn.', en: detail })),
  UNSUPPORTED_MEDIA_TYPE: entry<{ detail: string }>(415, ({ detail }) => ({
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: detail,
  })),
  NOT_FOUND: entry<{ detail: string }>(404, ({ detail }) => ({ vi: 'Không tìm thấy.', en: detail })),
  /** A method the API document does not list on a path it does (the Allow header lists those it does). */
  METHOD_NOT_ALLOWED: entry<{ method: string; allow: string }>(405, ({ method, allow }) => ({
    vi: `Địa chỉ này không nhận phương thức ${method} (chỉ nhận: ${allow}).`,
    en: `This path does not take ${method} (allowed: ${allow}).`,
  })),
};
