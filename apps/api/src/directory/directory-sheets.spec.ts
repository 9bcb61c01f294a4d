import { columnOf, rowsOfSheets, sheetNamed } from './directory-sheets';

const table = (header: string[], ...rows: string[][]) => ({ header, rows, rowNumbers: rows.map((_, i) => i + 2) });

describe('org-chart sheets → the JSON import', () => {
  it('reads units by their Vietnamese headers or field names, dates typed dd/MM/yyyy', () => {
    const { file, origin, errors } = rowsOfSheets({
      units: table(
        ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Cấp', 'Đơn vị cấp trên', 'activeFrom'],
        ['XA-1', 'Xã Một', 'COMMUNE', 'COMMUNE', 'UBND-TP', '01/07/2025'],
        ['TINH', 'Tỉnh', 'PROVINCE', 'PROVINCE', '', '2025-07-01'],
      ),
    });
    expect(errors).toEqual([]);
    expect(file.units).toEqual([
      {
        unitId: 'XA-1',
        name: 'Xã Một',
        kind: 'COMMUNE',
        level: 'COMMUNE',
        parentId: 'UBND-TP',
        activeFrom: '2025-07-01',
      },
      { unitId: 'TINH', name: 'Tỉnh', kind: 'PROVINCE', level: 'PROVINCE', parentId: null, activeFrom: '2025-07-01' },
    ]);
    expect(origin.units).toEqual([2, 3]);
  });

  it('gathers a council from one row per member, numbered by its first row', () => {
    const head = [
      'councilId',
      'name',
      'unitId',
      'authorityName',
      'termId',
      'from',
      'to',
      'memberId',
      'memberName',
      'seat',
      'memberUnitId',
    ];
    const { file, origin } = rowsOfSheets({
      councils: table(
        head,
        [
          'HD-1',
          'Hội đồng',
          'TINH',
          'Chủ tịch',
          '2026-2031',
          '01/01/2026',
          '30/06/2031',
          'a',
          'Người A',
          'CHAIR',
          'TINH',
        ],
        ['HD-1', '', '', '', '', '', '', 'b', 'Người B', 'MEMBER', 'XA-1'],
      ),
    });
    expect(file.councils).toHaveLength(1);
    expect(file.councils[0]).toMatchObject({ term: { termId: '2026-2031', from: '2026-01-01', to: '2031-06-30' } });
    expect(file.councils[0]!.members.map((m) => m.memberId)).toEqual(['a', 'b']);
    expect(origin.councils).toEqual([2]);
  });

  it('refuses a sheet without a required column, names sheets in either language, and maps fields to columns', () => {
    const { errors } = rowsOfSheets({ campaigns: table(['Mã đợt thi đua'], ['X']) });
    expect(errors[0]).toMatchObject({ sheet: 'campaigns', row: 1, column: 'Tên đợt thi đua', code: 'MISSING_COLUMN' });
    expect(sheetNamed('Đợt thi đua')).toBe('campaigns');
    expect(sheetNamed('units')).toBe('units');
    expect(sheetNamed('Khác')).toBeUndefined();
    expect(columnOf('councils', 'members[3].unitId')).toBe('Đơn vị của thành viên');
    expect(columnOf('councils', 'term.from')).toBe('Nhiệm kỳ từ ngày');
    expect(columnOf('units', 'parentId')).toBe('Đơn vị cấp trên');
  });
});
