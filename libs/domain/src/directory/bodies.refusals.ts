import { formatCivilDateVi, type CivilDate } from '../calendar/civil-date';
import { LEVEL_NAMES_EN, LEVEL_NAMES_VI, type AuthorityLevel } from '../organisation/levels';
import { refusal, type Refusal, type RuleReference } from '../refusal';
import { LAW } from '../rules/legal-basis';
import { SEAT_NAMES_EN, SEAT_NAMES_VI, type CouncilSeatKind } from './directory.types';

const vi = formatCivilDateVi;
/** "Cấp nào phát động thi đua thì cấp đó khen thưởng" (also DIRECTORY_RULES.launchingLevelAwards). */
export const LAUNCHING_LEVEL_AWARDS: RuleReference = { legalBasis: LAW };

interface OfferedNames {
  campaignName: string;
  awardVi: string;
  awardEn: string;
  offeredVi: string[];
  offeredEn: string[];
}

/** Refusals about councils and their seats, campaigns, clusters and people's seats (part of refuseDir). */
export const refuseBodies = {
  councilUnknown: (field: string, councilId: string): Refusal =>
    refusal(
      'COUNCIL_UNKNOWN',
      `Không có Hội đồng "${councilId}" trong danh mục.`,
      `No council "${councilId}" in the directory.`,
      { field },
    ),
  councilLevelMismatch: (level: AuthorityLevel, unitLevel: AuthorityLevel): Refusal =>
    refusal(
      'COUNCIL_LEVEL_MISMATCH',
      `Hội đồng phải cùng cấp với đơn vị của mình («${LEVEL_NAMES_VI[unitLevel]}»), không phải «${LEVEL_NAMES_VI[level]}».`,
      `A council is at its unit's level ("${LEVEL_NAMES_EN[unitLevel]}"), not "${LEVEL_NAMES_EN[level]}".`,
      { field: 'level' },
    ),
  termsOverlap: (termId: string, from: CivilDate, to: CivilDate): Refusal =>
    refusal(
      'TERMS_OVERLAP',
      `Nhiệm kỳ trùng thời gian với nhiệm kỳ "${termId}" (từ ${vi(from)} đến ${vi(to)}).`,
      `The term overlaps term "${termId}" (${vi(from)} to ${vi(to)}).`,
      { field: 'from' },
    ),
  termNotFound: (termId: string): Refusal =>
    refusal('TERM_NOT_FOUND', `Hội đồng không có nhiệm kỳ "${termId}".`, `The council has no term "${termId}".`, {
      field: 'termId',
    }),
  outsideTerm: (on: CivilDate, from: CivilDate, to: CivilDate): Refusal =>
    refusal(
      'DATE_OUTSIDE_TERM',
      `Ngày ${vi(on)} nằm ngoài nhiệm kỳ (từ ${vi(from)} đến ${vi(to)}).`,
      `${vi(on)} is outside the term (${vi(from)} to ${vi(to)}).`,
      { field: 'on' },
    ),
  noChair: (on: CivilDate, field: string): Refusal =>
    refusal(
      'NO_CHAIR',
      `Hội đồng không có Chủ tịch vào ngày ${vi(on)}; mỗi ngày của nhiệm kỳ phải có một Chủ tịch Hội đồng.`,
      `The council has no chair on ${vi(on)}; every day of a term needs one.`,
      { field },
    ),
  seatHeldTwice: (seat: CouncilSeatKind, on: CivilDate, field: string): Refusal =>
    refusal(
      'SEAT_HELD_TWICE',
      `Vị trí «${SEAT_NAMES_VI[seat]}» có hai người cùng giữ vào ngày ${vi(on)}.`,
      `Two people hold the ${SEAT_NAMES_EN[seat]}'s seat on ${vi(on)}.`,
      { field },
    ),
  seatedTwice: (memberId: string, on: CivilDate, field: string): Refusal =>
    refusal(
      'MEMBER_SEATED_TWICE',
      `Thành viên "${memberId}" giữ hai vị trí trong Hội đồng vào ngày ${vi(on)}.`,
      `Member "${memberId}" holds two seats of the council on ${vi(on)}.`,
      { field },
    ),
  notSeated: (memberId: string, on: CivilDate): Refusal =>
    refusal(
      'MEMBER_NOT_SEATED',
      `"${memberId}" không phải là thành viên Hội đồng vào ngày ${vi(on)}.`,
      `"${memberId}" is not a member of the council on ${vi(on)}.`,
      { field: 'leave' },
    ),
  campaignClosed: (campaignId: string): Refusal =>
    refusal(
      'CAMPAIGN_CLOSED',
      `Đợt thi đua "${campaignId}" đã kết thúc, không nhận thêm hồ sơ hay thay đổi.`,
      `Campaign "${campaignId}" is closed to filings and changes.`,
      { field: 'campaignId' },
    ),
  campaignNotOpen: (opens: CivilDate, closes: CivilDate, on: CivilDate): Refusal =>
    refusal(
      'CAMPAIGN_NOT_OPEN',
      `Đợt thi đua nhận hồ sơ từ ${vi(opens)} đến ${vi(closes)}; ngày ${vi(on)} nằm ngoài thời hạn này.`,
      `The campaign takes filings from ${vi(opens)} to ${vi(closes)}; ${vi(on)} is outside that window.`,
      { field: 'campaignId' },
    ),
  /** Filing for an award the campaign does not offer, with the awards it offers (by their names). */
  awardNotOffered: (n: OfferedNames): Refusal =>
    refusal(
      'AWARD_NOT_OFFERED',
      `Đợt thi đua "${n.campaignName}" không xét "${n.awardVi}"; đợt này xét: ${n.offeredVi.join(', ')}. Cấp nào phát động thi đua thì cấp đó khen thưởng.`,
      `Campaign "${n.campaignName}" does not offer "${n.awardEn}"; it offers: ${n.offeredEn.join(', ')}. The launching level awards.`,
      { field: 'awardCode', rule: LAUNCHING_LEVEL_AWARDS },
    ),
  /** A council above the campaign's level (its level and the campaign's given), or outside the launching unit's tree. */
  councilNotInCampaign: (
    council: string,
    campaign: string,
    above?: { level: AuthorityLevel; campaignLevel: AuthorityLevel },
  ): Refusal =>
    refusal(
      'COUNCIL_NOT_IN_CAMPAIGN',
      above
        ? `${council} (thẩm quyền của ${LEVEL_NAMES_VI[above.level]}) không xét hồ sơ của đợt thi đua "${campaign}", do cấp ${LEVEL_NAMES_VI[above.campaignLevel]} phát động: cấp nào phát động thi đua thì cấp đó khen thưởng.`
        : `${council} không thuộc đơn vị phát động đợt thi đua "${campaign}" hay một đơn vị trực thuộc: cấp nào phát động thi đua thì cấp đó khen thưởng; hãy chọn Hội đồng của đơn vị phát động hoặc của đơn vị mình.`,
      above
        ? `${council} (${LEVEL_NAMES_EN[above.level]}) does not review filings of campaign "${campaign}", launched at the level of the ${LEVEL_NAMES_EN[above.campaignLevel]}: the launching level awards.`
        : `${council} belongs neither to the unit that launched campaign "${campaign}" nor to a unit under it: the launching level awards.`,
      { field: 'councilId', rule: LAUNCHING_LEVEL_AWARDS },
    ),
  awardNotInCompetence: (awardCode: string, level: AuthorityLevel): Refusal =>
    refusal(
      'AWARD_NOT_IN_COMPETENCE',
      `Danh hiệu/hình thức "${awardCode}" không thuộc thẩm quyền của ${LEVEL_NAMES_VI[level]}; cấp nào phát động thi đua thì cấp đó khen thưởng.`,
      `Award "${awardCode}" is not within the competence of the ${LEVEL_NAMES_EN[level]}; the launching level awards.`,
      { field: 'awards', rule: LAUNCHING_LEVEL_AWARDS },
    ),
  councilNotOfUnit: (councilId: string, unitId: string): Refusal =>
    refusal(
      'COUNCIL_NOT_OF_UNIT',
      `Hội đồng "${councilId}" không phải là Hội đồng của đơn vị phát động "${unitId}".`,
      `Council "${councilId}" is not the council of the launching unit "${unitId}".`,
      { field: 'councilId' },
    ),
  leaderNotMember: (leaderId: string): Refusal =>
    refusal(
      'LEADER_NOT_MEMBER',
      `Đơn vị trưởng cụm, khối "${leaderId}" phải là thành viên của cụm, khối trong năm đó.`,
      `The leader "${leaderId}" must be a member of the cluster that year.`,
      { field: 'leaderId' },
    ),
  inOtherCluster: (unitId: string, clusterId: string, year: number): Refusal =>
    refusal(
      'UNIT_IN_OTHER_CLUSTER',
      `Đơn vị "${unitId}" đã thuộc cụm, khối "${clusterId}" trong năm ${year}.`,
      `Unit "${unitId}" already belongs to cluster "${clusterId}" in ${year}.`,
      { field: 'members' },
    ),
  seatFromCouncil: (): Refusal =>
    refusal(
      'SEAT_FROM_COUNCIL',
      'Thành viên Hội đồng được ghi nhận qua thành phần Hội đồng, không cấp riêng cho từng người.',
      'Council membership comes from the council itself and is not granted on its own.',
      { field: 'role' },
    ),
  seatOverlaps: (seatId: string): Refusal =>
    refusal(
      'SEAT_OVERLAPS',
      `Người này đã giữ vai trò đó trong khoảng thời gian trùng lặp (vị trí "${seatId}").`,
      `The person already holds that role for an overlapping period (seat "${seatId}").`,
      { field: 'from' },
    ),
  seatNotFound: (seatId: string): Refusal =>
    refusal('SEAT_NOT_FOUND', `Người này không có vị trí "${seatId}".`, `The person has no seat "${seatId}".`, {
      field: 'seatId',
    }),
};
