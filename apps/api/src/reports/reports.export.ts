import ExcelJS from 'exceljs';
import { formatInstantVi, LEVEL_NAMES_VI, STAGE_NAMES_VI, type AuthorityLevel, type Stage } from '@khen/domain';
import { csvFile } from '../http/attachment';
import type { BoardReportView } from './reports.service';

/** The columns of every exported row (docs/reports.md, "Export layout"). */
export const EXPORT_HEADER = [
  'Mục',
  'Mã',
  'Tên',
  'Số lượng',
  'Trên tổng số',
  'Tỷ lệ (%)',
  'Trung vị (ngày làm việc)',
  'Phân vị 90 (ngày làm việc)',
  'Số hồ sơ quá hạn',
];

type Cell = string | number;
const SECTIONS = {
  info: 'Thông tin báo cáo',
  award: 'Khen thưởng theo danh hiệu, hình thức',
  kind: 'Khen thưởng theo loại hình',
  level: 'Khen thưởng theo cấp',
  unit: 'Khen thưởng theo đơn vị',
  share: 'Tỷ lệ ưu tiên (Luật TĐKT điều 5)',
  time: 'Thời gian giải quyết',
  sla: 'Quá hạn theo giai đoạn',
  refusal: 'Không khen thưởng theo lý do',
} as const;

const SHARE_NAMES = {
  directWorkers: 'Người trực tiếp lao động, sản xuất, công tác (trên số cá nhân)',
  women: 'Nữ (trên số cá nhân)',
  smallCollectives: 'Tập thể nhỏ (trên số tập thể)',
  extraordinary: 'Khen thưởng đột xuất (trên tổng số)',
} as const;

/** The report as rows of one layout: a section, then code, name, figures; blanks where a figure does not apply. */
export function exportRows(r: BoardReportView): Cell[][] {
  const row = (section: string, code: string, name: string, ...figures: (Cell | null)[]): Cell[] => [
    section,
    code,
    name,
    ...Array.from({ length: EXPORT_HEADER.length - 3 }, (_, i) => figures[i] ?? ''),
  ];
  const f = r.filter;
  return [
    row(SECTIONS.info, 'asOf', 'Số liệu tính đến', formatInstantVi(r.asOf)),
    row(SECTIONS.info, 'year', 'Năm thành tích', f.year ?? 'Tất cả'),
    row(SECTIONS.info, 'campaign', 'Đợt thi đua', f.campaign ?? 'Tất cả'),
    row(SECTIONS.info, 'level', 'Cấp', f.level ? LEVEL_NAMES_VI[f.level as AuthorityLevel] : 'Tất cả'),
    row(SECTIONS.info, 'unit', 'Đơn vị', f.unit ?? 'Tất cả'),
    row(SECTIONS.info, 'total', 'Tổng số được khen thưởng', r.awards.total),
    row(SECTIONS.info, 'individuals', 'Cá nhân', r.awards.individuals),
    row(SECTIONS.info, 'collectives', 'Tập thể', r.awards.collectives),
    ...r.awards.byAward.map((a) => row(SECTIONS.award, a.awardCode, a.awardName, a.count, r.awards.total)),
    ...r.awards.byKind.map((k) => row(SECTIONS.kind, k.kind, k.kindName, k.count, r.awards.total)),
    ...r.awards.byLevel.map((l) => row(SECTIONS.level, l.level, l.levelName, l.count, r.awards.total)),
    ...r.awards.byUnit.map((u) => row(SECTIONS.unit, u.unitId, u.unitName, u.count, r.awards.total)),
    ...(Object.keys(SHARE_NAMES) as (keyof typeof SHARE_NAMES)[]).map((k) =>
      row(SECTIONS.share, k, SHARE_NAMES[k], r.shares[k].count, r.shares[k].of, r.shares[k].percent),
    ),
    ...[
      { code: 'ALL', name: 'Tất cả hồ sơ đã có kết quả', d: r.timeliness.overall },
      ...r.timeliness.byLevel.map((l) => ({ code: `LEVEL:${l.level}`, name: l.levelName, d: l })),
      ...r.timeliness.byAward.map((a) => ({ code: `AWARD:${a.awardCode}`, name: a.awardName, d: a })),
    ].map(({ code, name, d }) =>
      row(SECTIONS.time, code, name, d.count, null, null, d.p50WorkingDays, d.p90WorkingDays, d.breachedCases),
    ),
    ...Object.entries(r.sla.byStage).map(([stage, n]) =>
      row(SECTIONS.sla, stage, STAGE_NAMES_VI[stage as Stage] ?? stage, n, r.sla.breaches),
    ),
    ...r.refusals.byReason.map((x) => row(SECTIONS.refusal, x.reasonCode, x.reasonName, x.count, r.refusals.total)),
  ];
}

export const toReportCsv = (r: BoardReportView) => csvFile([EXPORT_HEADER, ...exportRows(r)]);

/** One sheet per section, the same columns (the section's name is the sheet's, so it is not repeated). */
export async function toReportXlsx(r: BoardReportView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const rows = exportRows(r);
  Object.values(SECTIONS).forEach((section, i) => {
    const sheet = book.addWorksheet(`${i + 1}. ${section}`.slice(0, 31));
    sheet.addRow([section]).font = { bold: true, size: 13 };
    sheet.addRow(EXPORT_HEADER.slice(1)).font = { bold: true };
    rows.filter((x) => x[0] === section).forEach((x) => sheet.addRow(x.slice(1)));
    sheet.columns.forEach((c, j) => {
      c.width = j === 1 ? 48 : 18;
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
