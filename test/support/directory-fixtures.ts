import type { DirectoryCommand, SeatInput, UnitRow } from '@khen/domain';
import type { DirectoryActor } from '@khen/projections';

export const ADMIN: DirectoryActor = { userId: 'quan-tri', role: 'ADMIN', displayName: 'Quản trị hệ thống' };
export const WHY = 'Theo Quyết định 15/QĐ-UBND ngày 02/01/2026';
/** 10:00 on 1/3/2026 in Hà Nội: "today" of the directory in these suites. */
export const NOW = new Date('2026-03-01T03:00:00Z');

/** A province of `departments` departments with `schools` schools each (codes P-…, D-i, D-i-S-j). */
export function provinceRows(prefix: string, departments: number, schools: number): UnitRow[] {
  const rows: UnitRow[] = [
    {
      unitId: `${prefix}`,
      name: `UBND tỉnh ${prefix}`,
      kind: 'PROVINCE',
      level: 'PROVINCE',
      parentId: null,
      activeFrom: '2020-01-01',
    },
  ];
  for (let d = 1; d <= departments; d++) {
    const dept = `${prefix}-D${d}`;
    rows.push({
      unitId: dept,
      name: `Sở số ${d} tỉnh ${prefix}`,
      kind: 'DEPARTMENT',
      level: 'DEPARTMENT',
      parentId: prefix,
      activeFrom: '2020-01-01',
    });
    for (let s = 1; s <= schools; s++)
      rows.push({
        unitId: `${dept}-S${s}`,
        name: `Trường số ${s} thuộc Sở ${d}`,
        kind: 'PUBLIC_SERVICE',
        level: 'UNIT',
        parentId: dept,
        activeFrom: '2021-01-01',
      });
  }
  return rows;
}

export function seats(size: number, unitIds: string[]): SeatInput[] {
  return Array.from({ length: size }, (_, i) => ({
    memberId: `tv-${i + 1}`,
    name: `Thành viên ${i + 1}`,
    seat: i === 0 ? 'CHAIR' : i <= 2 ? 'VICE_CHAIR' : i === 3 ? 'SECRETARY' : 'MEMBER',
    unitId: unitIds[i % unitIds.length]!,
  }));
}

export const register = (row: UnitRow): DirectoryCommand => ({ type: 'RegisterUnit', ...row, reason: WHY });
