import { refusal, type Refusal } from '../../refusal';
import { formatMegabytes, formatMegabytesEn } from '../file-size';
import { RULES } from './basis';

/** The dossier's files: uploaded by whoever files them, within the dossier's size limit. */
export const documentRefusals = {
  documentNotUploaded: (name: { vi: string; en: string }, sha256: string, by: 'UNIT' | 'AUTHORITY'): Refusal =>
    refusal(
      'DOCUMENT_NOT_UPLOADED',
      `Tài liệu ${name.vi} chưa được ${by === 'UNIT' ? 'đơn vị' : 'cơ quan có thẩm quyền'} tải lên (mã SHA-256 ${sha256.slice(0, 12)}…): hãy tải tệp lên rồi gửi lại.`,
      `Document ${name.en} was not uploaded by the ${by === 'UNIT' ? 'unit' : 'authority'} (SHA-256 ${sha256.slice(0, 12)}…): upload the file, then send again.`,
      { field: 'documents', rule: RULES.dossier },
    ),
  dossierTooLarge: (total: number, max: number): Refusal =>
    refusal(
      'DOSSIER_TOO_LARGE',
      `Tổng dung lượng các tệp của hồ sơ là ${formatMegabytes(total)}, vượt giới hạn ${formatMegabytes(max)} cho mỗi hồ sơ.`,
      `The dossier's files come to ${formatMegabytesEn(total)}, over the limit of ${formatMegabytesEn(max)} per dossier.`,
      { field: 'documents' },
    ),
  decisionNotPdf: (fileName: string): Refusal =>
    refusal(
      'DECISION_NOT_PDF',
      `Tệp «${fileName}» không phải PDF: quyết định đã ký phải là tệp PDF.`,
      `File "${fileName}" is not a PDF: the signed decision must be a PDF file.`,
      { field: 'signedDocument' },
    ),
};
