import ExcelJS from 'exceljs';
import { formatInstantVi, STAGE_NAMES_VI, type Stage } from '@khen/domain';
import { csvFile } from '../http/attachment';
import type { CaseRow } from '../nominations/nominations.search';

const OUTCOME_VI: Record<string, string> = {
  AWARDED: 'Được khen thưởng',
  REJECTED: 'Không khen thưởng',
  WITHDRAWN: 'Đã rút',
};

/** Columns of an exported result set, Vietnamese headers, dates dd/MM/yyyy in Việt Nam time. */
const COLUMNS: [string, (r: CaseRow) => string | number][] = [
  ['Mã hồ sơ', (r) => r.nominationId],
  ['Người/tập thể được đề nghị', (r) => r.nomineeName],
  ['Mã định danh', (r) => r.nomineeKey],
  ['Danh hiệu/hình thức', (r) => r.awardCode],
  ['Loại hình', (r) => r.kind],
  ['Năm thành tích', (r) => r.year],
  ['Đơn vị', (r) => r.unitId],
  ['Đợt thi đua', (r) => r.campaignId],
  ['Hội đồng', (r) => r.councilId],
  ['Giai đoạn', (r) => STAGE_NAMES_VI[r.stage as Stage] ?? r.stage],
  ['Trạng thái', (r) => r.status],
  ['Kết quả', (r) => (r.outcome ? (OUTCOME_VI[r.outcome] ?? r.outcome) : '')],
  ['Hạn xử lý', (r) => (r.slaDeadline ? formatInstantVi(r.slaDeadline) : '')],
  ['Lập lúc', (r) => formatInstantVi(r.createdAt)],
  ['Cập nhật lúc', (r) => formatInstantVi(r.updatedAt)],
];

/** UTF-8 with a BOM so that Excel shows the diacritics. */
export function toCsv(rows: CaseRow[]): Buffer {
  return csvFile([COLUMNS.map(([h]) => h), ...rows.map((r) => COLUMNS.map(([, f]) => f(r)))]);
}

export async function toXlsx(rows: CaseRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hồ sơ');
  sheet.addRow(COLUMNS.map(([h]) => h)).font = { bold: true };
  rows.forEach((r) => sheet.addRow(COLUMNS.map(([, f]) => f(r))));
  sheet.columns.forEach((c) => {
    c.width = 22;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
