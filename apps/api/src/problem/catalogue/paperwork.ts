import { entry } from './entry';

/** Refusals of the paperwork: drafts asked before their step, templates that cannot be filled, codes. */
export const PAPERWORK_REFUSALS = {
  DRAFT_STEP_NOT_REACHED: entry<{ documentVi: string; documentEn: string; stepVi: string; stepEn: string }>(
    409,
    ({ documentVi, documentEn, stepVi, stepEn }) => ({
      vi: `Chưa thể soạn ${documentVi}: hồ sơ chưa ${stepVi}.`,
      en: `The ${documentEn} cannot be drafted yet: the case has not ${stepEn}.`,
      field: 'kind',
    }),
  ),
  TEMPLATE_UNREADABLE: entry<{ reason: string }>(422, ({ reason }) => ({
    vi: `Tệp mẫu không phải văn bản Word (DOCX) đọc được, hoặc có trường thay thế viết sai: ${reason}.`,
    en: `The template is not a readable Word (DOCX) file, or a placeholder in it is malformed: ${reason}.`,
    field: 'file',
  })),
  TEMPLATE_PLACEHOLDER_UNKNOWN: entry<{ placeholders: string[]; kind: string }>(422, ({ placeholders, kind }) => ({
    vi: `Mẫu có trường thay thế không có trong dữ liệu của loại văn bản này: ${placeholders.map((p) => `{${p}}`).join(', ')}.`,
    en: `The template names placeholders that the ${kind} drafts do not provide: ${placeholders.map((p) => `{${p}}`).join(', ')}.`,
    field: 'file',
  })),
  TEMPLATE_VERSION_NOT_FOUND: entry<{ version: number }>(404, ({ version }) => ({
    vi: `Không có phiên bản mẫu số ${version} của loại văn bản này.`,
    en: `There is no template version ${version} of this kind of document.`,
    field: 'version',
  })),
  CERTIFICATE_CODE_UNKNOWN: entry(404, () => ({
    vi: 'Không có bằng khen, giấy khen nào mang mã xác minh này.',
    en: 'No certificate carries this verification code.',
    field: 'code',
  })),
  DRAFT_NOT_STORED: entry(422, () => ({
    vi: 'Bản dự thảo đã ký không phải bản dự thảo quyết định Khen đã soạn cho hồ sơ này (hãy tải lại dự thảo của hồ sơ rồi ký bản đó).',
    en: 'The signed draft is not a draft decision Khen produced for this case (download the case’s draft again and sign that one).',
    field: 'signedDocument.draftSha256',
  })),
};
