import { formatCivilDateVi, type CivilDate } from '../calendar/civil-date';
import { LEVEL_NAMES_EN, LEVEL_NAMES_VI, type AuthorityLevel } from '../organisation/levels';
import { refusal, type Refusal, type RuleReference } from '../refusal';
import { law, LAW } from '../rules/legal-basis';
import type { DirectoryRecordKind } from './directory-streams';
import {
  SEAT_NAMES_EN,
  SEAT_NAMES_VI,
  UNIT_KIND_NAMES_VI,
  type CouncilSeatKind,
  type UnitKind,
} from './directory.types';

/** The texts the directory's rules rest on. */
export const DIRECTORY_RULES = {
  competence: law('Điều 83'),
  /** "Cấp nào phát động thi đua thì cấp đó khen thưởng". */
  launchingLevelAwards: { legalBasis: LAW } as RuleReference,
  twoTier: { legalBasis: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15' } as RuleReference,
};

export const RECORD_NAMES_VI: Record<DirectoryRecordKind, string> = {
  unit: 'Đơn vị',
  council: 'Hội đồng',
  campaign: 'Đợt thi đua',
  cluster: 'Cụm, khối thi đua',
  person: 'Người dùng',
};
const RECORD_NAMES_EN: Record<DirectoryRecordKind, string> = {
  unit: 'Unit',
  council: 'Council',
  campaign: 'Campaign',
  cluster: 'Cluster',
  person: 'Person',
};

const vi = formatCivilDateVi;

/** Refusals of the directory's commands: Vietnamese for the officials first, English second. */
export const refuseDir = {
  exists: (kind: DirectoryRecordKind, id: string, field: string): Refusal =>
    refusal(
      'DIRECTORY_RECORD_EXISTS',
      'CONFLICT',
      `${RECORD_NAMES_VI[kind]} mã "${id}" đã có trong danh mục.`,
      `${RECORD_NAMES_EN[kind]} "${id}" is already in the directory.`,
      { field },
    ),
  notFound: (kind: DirectoryRecordKind, id: string): Refusal =>
    refusal(
      'DIRECTORY_RECORD_NOT_FOUND',
      'NOT_FOUND',
      `${RECORD_NAMES_VI[kind]} mã "${id}" không có trong danh mục.`,
      `${RECORD_NAMES_EN[kind]} "${id}" is not in the directory.`,
    ),
  invalidCode: (field: string, labelVi: string, labelEn: string): Refusal =>
    refusal(
      'INVALID_RECORD_CODE',
      'INVALID',
      `Mã ${labelVi} không hợp lệ: chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang, tối đa 64 ký tự.`,
      `The ${labelEn} code is invalid: upper-case letters, digits and hyphens only, at most 64 characters.`,
      { field },
    ),
  invalidValue: (field: string, labelVi: string, labelEn: string, value: unknown): Refusal =>
    refusal(
      'INVALID_VALUE',
      'INVALID',
      `Giá trị "${String(value)}" không hợp lệ cho ${labelVi}.`,
      `"${String(value)}" is not a valid ${labelEn}.`,
      { field },
    ),
  invalidDate: (field: string, labelVi: string, labelEn: string): Refusal =>
    refusal(
      'INVALID_PERIOD',
      'INVALID',
      `${labelVi} không hợp lệ (định dạng yyyy-MM-dd).`,
      `The ${labelEn} is not a valid date (format yyyy-MM-dd).`,
      { field },
    ),
  endBeforeStart: (field: string, from: CivilDate, to: CivilDate): Refusal =>
    refusal(
      'INVALID_PERIOD',
      'INVALID',
      `Ngày kết thúc ${vi(to)} trước ngày bắt đầu ${vi(from)}.`,
      `The end date ${vi(to)} is before the start date ${vi(from)}.`,
      { field },
    ),
  parentRequired: (kind: UnitKind): Refusal =>
    refusal(
      'PARENT_REQUIRED',
      'INVALID',
      `Đơn vị loại «${UNIT_KIND_NAMES_VI[kind]}» phải có đơn vị cấp trên; chỉ tỉnh, thành phố hoặc bộ, ngành là gốc của cây tổ chức.`,
      `A unit of this kind needs a parent; only a province or a ministry is a root of the tree.`,
      { field: 'parentId' },
    ),
  unitNotActive: (field: string, unitId: string, on: CivilDate, roleVi: string, roleEn: string): Refusal =>
    refusal(
      'UNIT_NOT_ACTIVE',
      'INVALID',
      `${roleVi} "${unitId}" không có trong danh mục hoặc không hoạt động vào ngày ${vi(on)}.`,
      `The ${roleEn} "${unitId}" is unknown or not active on ${vi(on)}.`,
      { field },
    ),
  cycle: (unitId: string, parentId: string): Refusal =>
    refusal(
      'UNIT_CYCLE',
      'INVALID',
      `Không thể đặt "${unitId}" dưới "${parentId}": "${parentId}" là chính đơn vị đó hoặc đơn vị cấp dưới của nó.`,
      `Cannot place "${unitId}" under "${parentId}": that is the unit itself or one of its own sub-units.`,
      { field: 'parentId' },
    ),
  unitClosed: (unitId: string, activeTo: CivilDate): Refusal =>
    refusal(
      'UNIT_CLOSED',
      'CONFLICT',
      `Đơn vị "${unitId}" đã ngừng hoạt động từ sau ngày ${vi(activeTo)}; lịch sử của đơn vị không được sửa đổi.`,
      `Unit "${unitId}" ceased after ${vi(activeTo)}; its history is not rewritten.`,
    ),
  levelNotForKind: (kind: UnitKind, level: AuthorityLevel): Refusal =>
    refusal(
      'LEVEL_NOT_FOR_KIND',
      'INVALID',
      `Cấp «${LEVEL_NAMES_VI[level]}» không phù hợp với loại đơn vị «${UNIT_KIND_NAMES_VI[kind]}».`,
      `The level "${LEVEL_NAMES_EN[level]}" does not fit this kind of unit.`,
      { field: 'level' },
    ),
  levelAboveParent: (level: AuthorityLevel, parentLevel: AuthorityLevel): Refusal =>
    refusal(
      'LEVEL_ABOVE_PARENT',
      'INVALID',
      `Cấp «${LEVEL_NAMES_VI[level]}» cao hơn cấp của đơn vị cấp trên («${LEVEL_NAMES_VI[parentLevel]}»).`,
      `The level "${LEVEL_NAMES_EN[level]}" is above the parent's ("${LEVEL_NAMES_EN[parentLevel]}").`,
      { field: 'level', rule: DIRECTORY_RULES.competence },
    ),
  districtAbolished: (field: string): Refusal =>
    refusal(
      'DISTRICT_LEVEL_ABOLISHED',
      'INVALID',
      'Từ ngày 01/7/2025 không còn cấp huyện; chỉ ghi nhận quận, huyện đã hoạt động trước ngày đó.',
      'There is no district level from 1/7/2025; only districts that existed before that day are recorded.',
      { field, rule: DIRECTORY_RULES.twoTier },
    ),
  signingNotAncestor: (signingUnitId: string): Refusal =>
    refusal(
      'SIGNING_UNIT_NOT_ANCESTOR',
      'INVALID',
      `Đơn vị "${signingUnitId}" không phải là đơn vị đó hoặc đơn vị cấp trên của nó, nên không thể là cấp quản lý đề nghị khen thưởng.`,
      `"${signingUnitId}" is neither the unit nor one of its parents, so it cannot sign for it.`,
      { field: 'signingUnitId', rule: DIRECTORY_RULES.competence },
    ),
  openCases: (unitId: string, count: number): Refusal =>
    refusal(
      'UNIT_HAS_OPEN_CASES',
      'CONFLICT',
      `Đơn vị "${unitId}" còn ${count} hồ sơ đang xử lý; hãy chỉ định đơn vị kế thừa tiếp nhận các hồ sơ này.`,
      `Unit "${unitId}" still has ${count} open case(s); name the successor unit that takes them over.`,
      { field: 'successorId' },
    ),
  activeChildren: (unitId: string, count: number): Refusal =>
    refusal(
      'UNIT_HAS_ACTIVE_CHILDREN',
      'CONFLICT',
      `Đơn vị "${unitId}" còn ${count} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể các đơn vị đó trước.`,
      `Unit "${unitId}" still has ${count} active sub-unit(s); move or close them first.`,
      { field: 'activeTo' },
    ),
  councilUnknown: (field: string, councilId: string): Refusal =>
    refusal(
      'COUNCIL_UNKNOWN',
      'INVALID',
      `Không có Hội đồng "${councilId}" trong danh mục.`,
      `No council "${councilId}" in the directory.`,
      { field },
    ),
  councilLevelMismatch: (level: AuthorityLevel, unitLevel: AuthorityLevel): Refusal =>
    refusal(
      'COUNCIL_LEVEL_MISMATCH',
      'INVALID',
      `Hội đồng phải cùng cấp với đơn vị của mình («${LEVEL_NAMES_VI[unitLevel]}»), không phải «${LEVEL_NAMES_VI[level]}».`,
      `A council is at its unit's level ("${LEVEL_NAMES_EN[unitLevel]}"), not "${LEVEL_NAMES_EN[level]}".`,
      { field: 'level' },
    ),
  termsOverlap: (termId: string, from: CivilDate, to: CivilDate): Refusal =>
    refusal(
      'TERMS_OVERLAP',
      'CONFLICT',
      `Nhiệm kỳ trùng thời gian với nhiệm kỳ "${termId}" (từ ${vi(from)} đến ${vi(to)}).`,
      `The term overlaps term "${termId}" (${vi(from)} to ${vi(to)}).`,
      { field: 'from' },
    ),
  termNotFound: (termId: string): Refusal =>
    refusal(
      'TERM_NOT_FOUND',
      'NOT_FOUND',
      `Hội đồng không có nhiệm kỳ "${termId}".`,
      `The council has no term "${termId}".`,
      { field: 'termId' },
    ),
  outsideTerm: (on: CivilDate, from: CivilDate, to: CivilDate): Refusal =>
    refusal(
      'DATE_OUTSIDE_TERM',
      'INVALID',
      `Ngày ${vi(on)} nằm ngoài nhiệm kỳ (từ ${vi(from)} đến ${vi(to)}).`,
      `${vi(on)} is outside the term (${vi(from)} to ${vi(to)}).`,
      { field: 'on' },
    ),
  noChair: (on: CivilDate, field: string): Refusal =>
    refusal(
      'NO_CHAIR',
      'INVALID',
      `Hội đồng không có Chủ tịch vào ngày ${vi(on)}; mỗi ngày của nhiệm kỳ phải có một Chủ tịch Hội đồng.`,
      `The council has no chair on ${vi(on)}; every day of a term needs one.`,
      { field },
    ),
  seatHeldTwice: (seat: CouncilSeatKind, on: CivilDate, field: string): Refusal =>
    refusal(
      'SEAT_HELD_TWICE',
      'INVALID',
      `Vị trí «${SEAT_NAMES_VI[seat]}» có hai người cùng giữ vào ngày ${vi(on)}.`,
      `Two people hold the ${SEAT_NAMES_EN[seat]}'s seat on ${vi(on)}.`,
      { field },
    ),
  seatedTwice: (memberId: string, on: CivilDate, field: string): Refusal =>
    refusal(
      'MEMBER_SEATED_TWICE',
      'INVALID',
      `Thành viên "${memberId}" giữ hai vị trí trong Hội đồng vào ngày ${vi(on)}.`,
      `Member "${memberId}" holds two seats of the council on ${vi(on)}.`,
      { field },
    ),
  notSeated: (memberId: string, on: CivilDate): Refusal =>
    refusal(
      'MEMBER_NOT_SEATED',
      'CONFLICT',
      `"${memberId}" không phải là thành viên Hội đồng vào ngày ${vi(on)}.`,
      `"${memberId}" is not a member of the council on ${vi(on)}.`,
      { field: 'leave' },
    ),
  campaignClosed: (campaignId: string): Refusal =>
    refusal(
      'CAMPAIGN_CLOSED',
      'CONFLICT',
      `Đợt thi đua "${campaignId}" đã kết thúc, không nhận thêm hồ sơ hay thay đổi.`,
      `Campaign "${campaignId}" is closed to filings and changes.`,
      { field: 'campaignId' },
    ),
  campaignNotOpen: (opens: CivilDate, closes: CivilDate, on: CivilDate): Refusal =>
    refusal(
      'CAMPAIGN_NOT_OPEN',
      'INVALID',
      `Đợt thi đua nhận hồ sơ từ ${vi(opens)} đến ${vi(closes)}; ngày ${vi(on)} nằm ngoài thời hạn này.`,
      `The campaign takes filings from ${vi(opens)} to ${vi(closes)}; ${vi(on)} is outside that window.`,
      { field: 'campaignId' },
    ),
  awardNotOffered: (awardCode: string, campaignId: string): Refusal =>
    refusal(
      'AWARD_NOT_OFFERED',
      'INVALID',
      `Đợt thi đua "${campaignId}" không xét danh hiệu/hình thức "${awardCode}".`,
      `Campaign "${campaignId}" does not offer award "${awardCode}".`,
      { field: 'awardCode' },
    ),
  awardNotInCompetence: (awardCode: string, level: AuthorityLevel): Refusal =>
    refusal(
      'AWARD_NOT_IN_COMPETENCE',
      'INVALID',
      `Danh hiệu/hình thức "${awardCode}" không thuộc thẩm quyền của ${LEVEL_NAMES_VI[level]}; cấp nào phát động thi đua thì cấp đó khen thưởng.`,
      `Award "${awardCode}" is not within the competence of the ${LEVEL_NAMES_EN[level]}; the launching level awards.`,
      { field: 'awards', rule: DIRECTORY_RULES.launchingLevelAwards },
    ),
  councilNotOfUnit: (councilId: string, unitId: string): Refusal =>
    refusal(
      'COUNCIL_NOT_OF_UNIT',
      'INVALID',
      `Hội đồng "${councilId}" không phải là Hội đồng của đơn vị phát động "${unitId}".`,
      `Council "${councilId}" is not the council of the launching unit "${unitId}".`,
      { field: 'councilId' },
    ),
  leaderNotMember: (leaderId: string): Refusal =>
    refusal(
      'LEADER_NOT_MEMBER',
      'INVALID',
      `Đơn vị trưởng cụm, khối "${leaderId}" phải là thành viên của cụm, khối trong năm đó.`,
      `The leader "${leaderId}" must be a member of the cluster that year.`,
      { field: 'leaderId' },
    ),
  inOtherCluster: (unitId: string, clusterId: string, year: number): Refusal =>
    refusal(
      'UNIT_IN_OTHER_CLUSTER',
      'CONFLICT',
      `Đơn vị "${unitId}" đã thuộc cụm, khối "${clusterId}" trong năm ${year}.`,
      `Unit "${unitId}" already belongs to cluster "${clusterId}" in ${year}.`,
      { field: 'members' },
    ),
  seatFromCouncil: (): Refusal =>
    refusal(
      'SEAT_FROM_COUNCIL',
      'INVALID',
      'Thành viên Hội đồng được ghi nhận qua thành phần Hội đồng, không cấp riêng cho từng người.',
      'Council membership comes from the council itself and is not granted on its own.',
      { field: 'role' },
    ),
  seatOverlaps: (seatId: string): Refusal =>
    refusal(
      'SEAT_OVERLAPS',
      'CONFLICT',
      `Người này đã giữ vai trò đó trong khoảng thời gian trùng lặp (vị trí "${seatId}").`,
      `The person already holds that role for an overlapping period (seat "${seatId}").`,
      { field: 'from' },
    ),
  seatNotFound: (seatId: string): Refusal =>
    refusal(
      'SEAT_NOT_FOUND',
      'NOT_FOUND',
      `Người này không có vị trí "${seatId}".`,
      `The person has no seat "${seatId}".`,
      { field: 'seatId' },
    ),
};
