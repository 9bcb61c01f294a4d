import type { CampaignRow, CouncilRow, SeatInput, UnitRow } from '@khen/domain';
import type { DirectoryImportFile } from '@khen/projections';

/** A deterministic pseudo-random sequence, so that every run builds the same province. */
export function rng(seed = 7): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const pad = (n: number) => String(n).padStart(3, '0');

/**
 * A province-sized directory: the province, 40 departments, 126 communes (two-tier since 1/7/2025),
 * 30 districts closed on 30/6/2025 with a commune as successor, 30 public service units under each
 * department with 3 sub-units each (≈ 5,000 units); 300 councils of 15–25 seats; 2,000 campaigns
 * over ten years, each offering awards within its launching level's competence.
 */
export function provinceFile(): DirectoryImportFile & { people: { subject: string; unitId: string }[] } {
  const random = rng();
  const units: UnitRow[] = [
    {
      unitId: 'T',
      name: 'UBND tỉnh Thái Bình Dương',
      kind: 'PROVINCE',
      level: 'PROVINCE',
      parentId: null,
      activeFrom: '2015-01-01',
    },
  ];
  const departments: string[] = [];
  const communes: string[] = [];
  const services: string[] = [];
  for (let d = 1; d <= 40; d++) {
    const id = `T-SO${pad(d)}`;
    departments.push(id);
    units.push({
      unitId: id,
      name: `Sở chuyên ngành số ${d}`,
      kind: 'DEPARTMENT',
      level: 'DEPARTMENT',
      parentId: 'T',
      activeFrom: '2015-01-01',
    });
    for (let s = 1; s <= 30; s++) {
      const sid = `${id}-DV${pad(s)}`;
      services.push(sid);
      units.push({
        unitId: sid,
        name: `Trường Trung học số ${d * 100 + s}`,
        kind: 'PUBLIC_SERVICE',
        level: 'UNIT',
        parentId: id,
        activeFrom: '2016-01-01',
      });
      for (let k = 1; k <= 3; k++)
        units.push({
          unitId: `${sid}-T${k}`,
          name: `Tổ chuyên môn ${k} trường ${d * 100 + s}`,
          kind: 'SUB_UNIT',
          level: 'UNIT',
          parentId: sid,
          activeFrom: '2016-01-01',
        });
    }
  }
  for (let c = 1; c <= 126; c++) {
    const id = `T-XA${pad(c)}`;
    communes.push(id);
    units.push({
      unitId: id,
      name: `Xã Phú Điền ${c}`,
      kind: 'COMMUNE',
      level: 'COMMUNE',
      parentId: 'T',
      activeFrom: '2015-01-01',
    });
  }
  const districts = Array.from({ length: 30 }, (_, i) => ({
    unitId: `T-HUYEN${pad(i + 1)}`,
    name: `Huyện Đồng Xuân ${i + 1}`,
    kind: 'DISTRICT_LEGACY' as const,
    level: 'DEPARTMENT' as const,
    parentId: 'T',
    activeFrom: '2015-01-01',
  }));
  units.push(...districts);

  const councilUnits = ['T', ...departments, ...communes, ...services.slice(0, 133)];
  const councils: CouncilRow[] = councilUnits.map((unitId, i) => {
    const size = 15 + Math.floor(random() * 11);
    const pool = [
      unitId,
      ...units
        .filter((u) => u.parentId === unitId)
        .map((u) => u.unitId)
        .slice(0, 10),
    ];
    const members: SeatInput[] = Array.from({ length: size }, (_, k) => ({
      memberId: `hd${pad(i)}-tv${k + 1}`,
      name: `Thành viên ${k + 1} Hội đồng ${i}`,
      seat: k === 0 ? 'CHAIR' : k <= 2 ? 'VICE_CHAIR' : k === 3 ? 'SECRETARY' : k <= 5 ? 'STANDING_MEMBER' : 'MEMBER',
      unitId: pool[k % pool.length]!,
    }));
    return {
      councilId: `HD-${unitId}`,
      name: `Hội đồng Thi đua – Khen thưởng ${unitId}`,
      unitId,
      authorityName: `Thủ trưởng ${unitId}`,
      term: { termId: 'NK-2021-2026', from: '2021-07-01', to: '2026-06-30' },
      members,
    };
  });

  const launchers = councilUnits;
  const campaigns: CampaignRow[] = [];
  for (let year = 2017; year <= 2026; year++)
    for (let k = 0; k < 200; k++) {
      const unitId = launchers[(k * 7 + year) % launchers.length]!;
      const province = unitId === 'T';
      const thematic = k % 4 === 0;
      campaigns.push({
        campaignId: `DTD-${year}-${pad(k)}`,
        name: `${thematic ? 'Thi đua chuyên đề' : 'Tổng kết phong trào thi đua'} ${k} năm ${year}`,
        unitId,
        kind: thematic ? 'THEMATIC' : 'ANNUAL',
        year,
        filingOpensOn: `${year}-11-01`,
        filingClosesOn: `${year}-12-15`,
        awards: province
          ? thematic
            ? ['BK_TINH']
            : ['BK_TINH', 'CSTD_TINH']
          : thematic
            ? ['GIAY_KHEN']
            : ['LDTT', 'GIAY_KHEN'],
        councilId: `HD-${unitId}`,
      });
    }
  const people = services.slice(0, 1000).map((unitId, i) => ({ subject: `cb-${pad(i)}`, unitId }));
  return { units, councils, campaigns, people };
}
