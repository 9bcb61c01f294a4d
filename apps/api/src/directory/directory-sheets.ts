import ExcelJS from 'exceljs';
import type { ImportSheet } from '@khen/projections';
import { normalizeHeader, type Table } from '../bulk/bulk-file';

/** A column of an org-chart sheet: its field in the JSON import, its header in Vietnamese, an example. */
interface Column {
  field: string;
  header: string;
  example: string;
}

const col = (field: string, header: string, example: string): Column => ({ field, header, example });

/**
 * The three sheets of an org chart, as the template gives them. A council takes one row per member (its own
 * columns repeated on each: the first row's are used). Dates as dd/MM/yyyy or yyyy-MM-dd; a campaign's awards
 * separated by commas.
 */
export const SHEETS: Record<ImportSheet, { title: string; columns: Column[] }> = {
  units: {
    title: 'Đơn vị',
    columns: [
      col('unitId', 'Mã đơn vị', 'SO-GD'),
      col('name', 'Tên đơn vị', 'Sở Giáo dục và Đào tạo'),
      col('kind', 'Loại đơn vị', 'DEPARTMENT'),
      col('level', 'Cấp', 'DEPARTMENT'),
      col('parentId', 'Đơn vị cấp trên', 'UBND-TP'),
      col('signingUnitId', 'Đơn vị đề nghị', ''),
      col('activeFrom', 'Hoạt động từ ngày', '01/07/2025'),
    ],
  },
  councils: {
    title: 'Hội đồng',
    columns: [
      col('councilId', 'Mã Hội đồng', 'HD-SO-GD'),
      col('name', 'Tên Hội đồng', 'Hội đồng Thi đua – Khen thưởng Sở Giáo dục và Đào tạo'),
      col('unitId', 'Đơn vị có Hội đồng', 'SO-GD'),
      col('authorityName', 'Người quyết định', 'Giám đốc Sở Giáo dục và Đào tạo'),
      col('termId', 'Nhiệm kỳ', '2026-2031'),
      col('from', 'Nhiệm kỳ từ ngày', '01/01/2026'),
      col('to', 'Nhiệm kỳ đến ngày', '30/06/2031'),
      col('memberId', 'Mã thành viên', 'gd-pho-giam-doc'),
      col('memberName', 'Họ tên thành viên', 'Lê Văn Thành'),
      col('seat', 'Vị trí', 'CHAIR'),
      col('memberUnitId', 'Đơn vị của thành viên', 'SO-GD'),
    ],
  },
  campaigns: {
    title: 'Đợt thi đua',
    columns: [
      col('campaignId', 'Mã đợt thi đua', 'TONG-KET-2026-SO-GD'),
      col('name', 'Tên đợt thi đua', 'Tổng kết phong trào thi đua năm 2026 ngành Giáo dục'),
      col('unitId', 'Đơn vị phát động', 'SO-GD'),
      col('kind', 'Loại phong trào', 'ANNUAL'),
      col('year', 'Năm', '2026'),
      col('filingOpensOn', 'Nhận hồ sơ từ ngày', '01/11/2026'),
      col('filingClosesOn', 'Nhận hồ sơ đến ngày', '15/12/2026'),
      col('awards', 'Hình thức khen thưởng', 'LDTT, GIAY_KHEN'),
      col('councilId', 'Hội đồng xét', 'HD-SO-GD'),
    ],
  },
};

export const IMPORT_SHEETS = Object.keys(SHEETS) as ImportSheet[];

/** A row error of a sheet: the row as people see it in the file, the column's header, why in Vietnamese. */
export interface SheetError {
  sheet: ImportSheet;
  row: number;
  column: string | null;
  code: string;
  detail: string;
  detailEn: string;
}

/** The sheet a table is, by its worksheet's name (Vietnamese or the JSON key), or undefined. */
export function sheetNamed(name: string): ImportSheet | undefined {
  const n = normalizeHeader(name);
  return IMPORT_SHEETS.find((s) => normalizeHeader(s) === n || normalizeHeader(SHEETS[s].title) === n);
}

/** A date as typed by officials (dd/MM/yyyy) or as the API takes it (yyyy-MM-dd): the API's form. */
const day = (v: string) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : v;
};
type Row = Record<string, unknown>;
/** The rows as read, before the JSON import's checks (which type them). */
export interface SheetRows {
  units: Row[];
  councils: (Row & { councilId: string; members: Row[] })[];
  campaigns: Row[];
}

const DATES = new Set(['activeFrom', 'from', 'to', 'filingOpensOn', 'filingClosesOn']);

/**
 * The rows of sheets as the JSON import's rows, each with the file's row number (a council: its first row),
 * and the header errors (a required column missing). The JSON import then checks them (the same DTOs, the
 * same deciders): one validation of an org chart, whatever its file.
 */
export function rowsOfSheets(tables: Partial<Record<ImportSheet, Table>>) {
  const file: SheetRows = { units: [], councils: [], campaigns: [] };
  const origin: Record<ImportSheet, number[]> = { units: [], councils: [], campaigns: [] };
  const errors: SheetError[] = [];
  for (const sheet of IMPORT_SHEETS) {
    const t = tables[sheet];
    if (!t) continue;
    const heads = t.header.map(normalizeHeader);
    const index = new Map<string, number>();
    for (const c of SHEETS[sheet].columns) {
      const i = heads.findIndex((h) => h === normalizeHeader(c.header) || h === normalizeHeader(c.field));
      if (i >= 0) index.set(c.field, i);
      else if (c.example !== '')
        errors.push({
          sheet,
          row: 1,
          column: c.header,
          code: 'MISSING_COLUMN',
          detail: `Thiếu cột "${c.header}" ở dòng tiêu đề của trang "${SHEETS[sheet].title}".`,
          detailEn: `The header of sheet "${SHEETS[sheet].title}" lacks the column "${c.header}".`,
        });
    }
    if (errors.some((e) => e.sheet === sheet)) continue;
    t.rows.forEach((cells, i) => {
      const get = (f: string) => {
        const v = index.has(f) ? (cells[index.get(f)!] ?? '').trim() : '';
        return DATES.has(f) ? day(v) : v;
      };
      const row = t.rowNumbers[i] ?? i + 2;
      if (sheet === 'units') {
        file.units.push({
          unitId: get('unitId'),
          name: get('name'),
          kind: get('kind'),
          level: get('level'),
          parentId: get('parentId') || null,
          ...(get('signingUnitId') ? { signingUnitId: get('signingUnitId') } : {}),
          activeFrom: get('activeFrom'),
        });
        origin.units.push(row);
      } else if (sheet === 'campaigns') {
        file.campaigns.push({
          campaignId: get('campaignId'),
          name: get('name'),
          unitId: get('unitId'),
          kind: get('kind'),
          year: /^\d{1,4}$/.test(get('year')) ? Number(get('year')) : get('year'),
          filingOpensOn: get('filingOpensOn'),
          filingClosesOn: get('filingClosesOn'),
          awards: get('awards')
            .split(/[,;]/)
            .map((a) => a.trim())
            .filter(Boolean),
          councilId: get('councilId'),
        });
        origin.campaigns.push(row);
      } else {
        const member = {
          memberId: get('memberId'),
          name: get('memberName'),
          seat: get('seat'),
          unitId: get('memberUnitId'),
        };
        const existing = file.councils.find((c) => c.councilId === get('councilId'));
        if (existing) existing.members.push(member);
        else {
          file.councils.push({
            councilId: get('councilId'),
            name: get('name'),
            unitId: get('unitId'),
            authorityName: get('authorityName'),
            term: { termId: get('termId'), from: get('from'), to: get('to') },
            members: [member],
          });
          origin.councils.push(row);
        }
      }
    });
  }
  return { file, origin, errors };
}

/** The column's header for a field the import names (`members[3].unitId` → "Đơn vị của thành viên"). */
export function columnOf(sheet: ImportSheet, field: string | undefined): string | null {
  if (!field) return null;
  const leaf = field.replace(/^members\[\d+\]\./, 'member.').replace(/^term\./, '');
  const key = leaf.startsWith('member.')
    ? { memberId: 'memberId', name: 'memberName', seat: 'seat', unitId: 'memberUnitId' }[leaf.slice(7)]
    : leaf;
  return SHEETS[sheet].columns.find((c) => c.field === key)?.header ?? null;
}

/** The template: one sheet per kind of row with its headers and an example row, and the values allowed. */
export async function templateWorkbook(allowed: Record<string, readonly string[]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of IMPORT_SHEETS) {
    const ws = book.addWorksheet(SHEETS[sheet].title);
    ws.addRow(SHEETS[sheet].columns.map((c) => c.header)).font = { bold: true };
    ws.addRow(SHEETS[sheet].columns.map((c) => c.example));
    ws.columns.forEach((c) => (c.width = 28));
  }
  const help = book.addWorksheet('Hướng dẫn');
  help.addRow(['Giá trị cho phép', '']).font = { bold: true };
  for (const [name, values] of Object.entries(allowed)) help.addRow([name, values.join(', ')]);
  help.addRow(['Ngày', 'dd/MM/yyyy (ví dụ 01/07/2025)']);
  help.addRow(['Hội đồng', 'mỗi thành viên một dòng; các cột của Hội đồng lấy ở dòng đầu tiên']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
