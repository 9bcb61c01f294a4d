import { formatMegabytes, formatMegabytesEn } from '@khen/domain';
import { REFUSED_KIND_EN, REFUSED_KIND_VI, type RefusedKind } from '@khen/projections';
import { entry } from './entry';

const ACCEPTED_VI = 'PDF, DOCX, XLSX, JPG hoặc PNG';
const ACCEPTED_EN = 'PDF, DOCX, XLSX, JPG or PNG';

/** Refusals of dossier files: uploads (each names the file and the limit) and the links that open them. */
export const DOCUMENT_REFUSALS = {
  UPLOAD_NOT_MULTIPART: entry(415, () => ({
    vi: 'Tệp phải được gửi dạng multipart/form-data, trong trường «file».',
    en: 'Send the file as multipart/form-data, in the field "file".',
    field: 'file',
  })),
  UPLOAD_NO_FILE: entry(400, () => ({
    vi: 'Không có tệp nào trong trường «file» của biểu mẫu tải lên.',
    en: 'The upload form carries no file in the field "file".',
    field: 'file',
  })),
  UPLOAD_ONE_FILE: entry(400, () => ({
    vi: 'Mỗi lần chỉ tải lên một tệp (trường «file»); hãy gửi từng tệp một.',
    en: 'One file per upload (field "file"); send the files one by one.',
    field: 'file',
  })),
  UPLOAD_TRUNCATED: entry<{ fileName?: string }>(400, ({ fileName }) => ({
    vi: `Tệp ${fileName ? `«${fileName}» ` : ''}tải lên không trọn vẹn (đường truyền bị ngắt): không lưu gì, hãy tải lại.`,
    en: `The upload ${fileName ? `of "${fileName}" ` : ''}ended before the file was complete: nothing was stored; upload it again.`,
    field: 'file',
  })),
  EMPTY_DOCUMENT: entry<{ fileName: string }>(400, ({ fileName }) => ({
    vi: `Tệp «${fileName}» rỗng (0 byte): không có gì để lưu.`,
    en: `File "${fileName}" is empty (0 bytes): nothing to store.`,
    field: 'file',
  })),
  DOCUMENT_TOO_LARGE: entry<{ fileName?: string; maxBytes: number }>(413, ({ fileName, maxBytes }) => ({
    vi: `Tệp ${fileName ? `«${fileName}» ` : ''}vượt giới hạn ${formatMegabytes(maxBytes)} cho mỗi tệp: không lưu gì.`,
    en: `File ${fileName ? `"${fileName}" ` : ''}is over the limit of ${formatMegabytesEn(maxBytes)} per file: nothing was stored.`,
    field: 'file',
  })),
  DOCUMENT_TYPE_REFUSED: entry<{ fileName: string; kind: RefusedKind }>(422, ({ fileName, kind }) => ({
    vi: `Tệp «${fileName}» là ${REFUSED_KIND_VI[kind]}, không nhận: chỉ nhận ${ACCEPTED_VI} (xét theo nội dung tệp, không theo tên).`,
    en: `File "${fileName}" is ${REFUSED_KIND_EN[kind]}, refused: only ${ACCEPTED_EN} (judged by the content, not the name).`,
    field: 'file',
  })),
  DOCUMENT_HASH_MISMATCH: entry<{ fileName: string; declared: string; actual: string }>(
    422,
    ({ fileName, declared, actual }) => ({
      vi: `Nội dung tệp «${fileName}» không khớp mã SHA-256 đã khai (${declared.slice(0, 12)}…, nhận được ${actual.slice(0, 12)}…): không lưu gì.`,
      en: `The content of "${fileName}" does not match the declared SHA-256 (${declared.slice(0, 12)}…, received ${actual.slice(0, 12)}…): nothing was stored.`,
      field: 'sha256',
    }),
  ),
  /** A citizen's evidence (public objection): PDF, JPG or PNG only, judged by the content. */
  EVIDENCE_TYPE_REFUSED: entry<{ fileName: string }>(422, ({ fileName }) => ({
    vi: `Tệp «${fileName}» không nhận làm tài liệu kèm ý kiến phản ánh: chỉ nhận PDF, JPG hoặc PNG (xét theo nội dung tệp, không theo tên).`,
    en: `File "${fileName}" is refused as evidence: only PDF, JPG or PNG (judged by the content, not the name).`,
    field: 'file',
  })),
  /** An objection naming a file that was not uploaded as evidence for this case. */
  EVIDENCE_NOT_UPLOADED: entry<{ sha256: string }>(422, ({ sha256 }) => ({
    vi: `Tệp đính kèm (mã SHA-256 ${sha256.slice(0, 12)}…) chưa được tải lên cho hồ sơ này: hãy đính kèm lại tệp rồi gửi.`,
    en: `The attached file (SHA-256 ${sha256.slice(0, 12)}…) was not uploaded for this case: attach the file again, then send.`,
    field: 'evidence',
  })),
  TOO_MANY_EVIDENCE_UPLOADS: entry(429, () => ({
    vi: 'Bạn đã tải lên quá nhiều tệp đính kèm trong một giờ; vui lòng thử lại sau.',
    en: 'Too many evidence uploads from this client in an hour; try again later.',
    field: 'file',
  })),
  DOCUMENT_NOT_FOUND: entry(404, () => ({
    vi: 'Không có tài liệu với mã này, hoặc bạn không có quyền xem.',
    en: 'No document with this hash, or not yours to read.',
    field: 'sha256',
  })),
  DOCUMENT_LINK_INVALID: entry<{ expired: boolean }>(403, ({ expired }) => ({
    vi: expired
      ? 'Liên kết mở tài liệu đã hết hạn (5 phút): hãy mở lại tài liệu từ trang hồ sơ.'
      : 'Liên kết mở tài liệu không hợp lệ: hãy mở tài liệu từ trang hồ sơ.',
    en: expired
      ? 'This document link has expired (5 minutes): open the document again from the case page.'
      : 'This document link is not valid: open the document from the case page.',
    field: 'signature',
  })),
};
