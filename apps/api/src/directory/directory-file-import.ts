import { Injectable } from '@nestjs/common';
import {
  AUTHORITY_LEVELS,
  CAMPAIGN_KINDS,
  COUNCIL_SEATS,
  UNIT_KINDS,
  type CampaignRow,
  type CouncilRow,
  type UnitRow,
} from '@khen/domain';
import type { DirectoryImportFile, ImportSheet } from '@khen/projections';
import { parseCsv, readXlsxSheets, type Table } from '../bulk/bulk-file';
import type { Caller } from '../http/case-http';
import { findNul, nulRefused } from '../problem/edge-validation';
import { problem, ProblemException } from '../problem/problem.exception';
import { fieldRefused, validated } from '../problem/validation-messages';
import { CampaignRowDto, CouncilRowDto, UnitRowDto } from './directory-admin.dto';
import { DirectoryAdmin } from './directory-admin.service';
import {
  columnOf,
  IMPORT_SHEETS,
  rowsOfSheets,
  SHEETS,
  sheetNamed,
  templateWorkbook,
  type SheetError,
} from './directory-sheets';

const DTO = { units: UnitRowDto, councils: CouncilRowDto, campaigns: CampaignRowDto } as const;
const MAX_ROWS = 20_000;

/**
 * An org chart from a CSV (one sheet, named by `sheet`) or an XLSX workbook (its sheets "Đơn vị", "Hội đồng",
 * "Đợt thi đua"): each row is checked by the JSON import's own DTO, then the JSON import runs (the same
 * deciders, idempotent), and every refused row is answered with its row number in the file, its column and
 * the reason in Vietnamese.
 */
@Injectable()
export class DirectoryFileImport {
  constructor(private readonly admin: DirectoryAdmin) {}

  template() {
    return templateWorkbook({
      'Loại đơn vị': UNIT_KINDS,
      Cấp: AUTHORITY_LEVELS,
      'Vị trí': COUNCIL_SEATS,
      'Loại phong trào': CAMPAIGN_KINDS,
    });
  }

  async import(body: unknown, o: { sheet?: unknown; reason?: unknown }, caller: Caller) {
    // A query parameter written twice reaches here as a list: it is refused by name, never read as text.
    for (const name of ['reason', 'sheet'] as const)
      if (o[name] !== undefined && typeof o[name] !== 'string')
        throw fieldRefused(name, 'chỉ được ghi một lần', 'must be given once');
    const { sheet, reason } = o as { sheet?: string; reason?: string };
    if (!Buffer.isBuffer(body) || body.length === 0) throw problem('EMPTY_FILE');
    if (!reason?.trim()) throw fieldRefused('reason', 'không được để trống', 'must not be empty');
    const tables = await this.tables(body, sheet);
    const nul = findNul(Object.values(tables).map((t) => [t.header, t.rows]));
    if (nul) throw nulRefused(nul);
    const total = Object.values(tables).reduce((n, t) => n + t.rows.length, 0);
    if (total > MAX_ROWS) throw problem('TOO_MANY_ROWS', { rows: total, max: MAX_ROWS });
    const read = rowsOfSheets(tables);
    const errors: SheetError[] = [...read.errors];
    const file: Required<DirectoryImportFile> = { units: [], councils: [], campaigns: [] };
    const origin: Record<ImportSheet, number[]> = { units: [], councils: [], campaigns: [] };
    for (const sheet of IMPORT_SHEETS)
      for (const [i, row] of read.file[sheet].entries()) {
        const at = read.origin[sheet][i]!;
        try {
          (file[sheet] as object[]).push(await validated(DTO[sheet] as new () => object, row));
          origin[sheet].push(at);
        } catch (e) {
          if (!(e instanceof ProblemException)) throw e;
          for (const f of e.extra.errors ?? [])
            errors.push({
              sheet,
              row: at,
              column: columnOf(sheet, f.field.replace(/\.(\d+)\./g, '[$1].')),
              code: e.code,
              detail: f.reason.replace(/^[^:]*: /, ''),
              detailEn: f.reasonEn,
            });
        }
      }
    const report = await this.admin.import(
      file as { units: UnitRow[]; councils: CouncilRow[]; campaigns: CampaignRow[] },
      reason,
      caller,
    );
    const rows = [
      ...errors.map((e) => ({ ...e, id: null, status: 'REFUSED' as const })),
      ...report.rows.map((r) => ({
        sheet: r.sheet,
        row: origin[r.sheet][r.row - 1] ?? r.row,
        id: r.id,
        status: r.status,
        ...(r.code ? { column: columnOf(r.sheet, r.field), code: r.code, detail: r.detail, detailEn: r.detailEn } : {}),
      })),
    ].sort((a, b) => IMPORT_SHEETS.indexOf(a.sheet) - IMPORT_SHEETS.indexOf(b.sheet) || a.row - b.row);
    const refused = rows.filter((r) => r.status === 'REFUSED' || r.status === 'STALE').length;
    return { recorded: report.recorded, total, processed: total, refused, rows };
  }

  /** The file's sheets: an XLSX's by their names (or its first one as `sheet`), a CSV as `sheet`. */
  private async tables(body: Buffer, sheet: string | undefined): Promise<Partial<Record<ImportSheet, Table>>> {
    const named = sheet === undefined ? undefined : sheetNamed(sheet);
    if (sheet !== undefined && !named)
      throw fieldRefused('sheet', `phải là một trong: ${IMPORT_SHEETS.join(', ')}`, `must be one of ${IMPORT_SHEETS}`);
    if (body[0] === 0x50 && body[1] === 0x4b) {
      let sheets: Map<string, Table>;
      try {
        sheets = await readXlsxSheets(body);
      } catch {
        throw problem('UNREADABLE_FILE');
      }
      const out: Partial<Record<ImportSheet, Table>> = {};
      for (const [name, t] of sheets) {
        const s = sheetNamed(name);
        if (s) out[s] = t;
      }
      if (Object.keys(out).length === 0 && named && sheets.size) out[named] = [...sheets.values()][0]!;
      if (Object.keys(out).length === 0)
        throw fieldRefused(
          'sheet',
          `tệp không có trang nào tên ${IMPORT_SHEETS.map((s) => `"${SHEETS[s].title}"`).join(', ')}`,
          'the workbook has no sheet of the template',
        );
      return out;
    }
    if (!named) throw fieldRefused('sheet', 'cần cho tệp CSV (units, councils hoặc campaigns)', 'needed for a CSV');
    return { [named]: parseCsv(body.toString('utf8')) };
  }
}
