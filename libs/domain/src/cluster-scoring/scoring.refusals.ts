import { formatCivilDateVi, type CivilDate } from '../calendar/civil-date';
import { refuse } from '../nomination/nomination.refusals';
import { refusal, type Refusal } from '../refusal';

const vi = formatCivilDateVi;
const pts = (n: number) => String(n).replace('.', ',');

/** One builder per code (the catalogue's rule): these codes say several things. */
const notFoundAs = (vi: string, en: string, field: string): Refusal => refusal('SCORING_NOT_FOUND', vi, en, { field });
const closedAs = (vi: string, en: string): Refusal => refusal('SCORING_CLOSED', vi, en);
const ballotAs = (vi: string, en: string): Refusal => refusal('RANKING_BALLOT_NOT_OPEN', vi, en);

/** Cluster and bloc scoring's refusals: Vietnamese first, English second, the field they are about. */
export const refuseScoring = {
  criteriaInvalid: (field: string, whyVi: string, whyEn: string): Refusal =>
    refusal('CRITERIA_INVALID', `Tiêu chí chấm điểm không hợp lệ: ${whyVi}.`, `Invalid scoring criteria: ${whyEn}.`, {
      field,
    }),
  criterionUnknown: (criterionId: string): Refusal =>
    refusal(
      'CRITERION_UNKNOWN',
      `Đợt thi đua không có tiêu chí "${criterionId}".`,
      `The campaign has no criterion "${criterionId}".`,
      { field: 'criterionId' },
    ),
  aboveMaximum: (name: string, points: number, max: number): Refusal =>
    refusal(
      'SCORE_ABOVE_MAXIMUM',
      `Điểm ${pts(points)} vượt điểm tối đa ${pts(max)} của tiêu chí «${name}» (điểm từ 0 đến ${pts(max)}).`,
      `${points} points exceed the maximum of ${max} for the criterion «${name}» (0 to ${max}).`,
      { field: 'points' },
    ),
  evidenceRequired: (): Refusal =>
    refusal(
      'SCORING_EVIDENCE_REQUIRED',
      'Cần có minh chứng cho điểm tự chấm: tệp đã tải lên hoặc ghi chú.',
      'A self-score needs evidence: an uploaded file or a note.',
      { field: 'documents' },
    ),
  notUploaded: (sha256: string): Refusal =>
    refuse.documentNotUploaded({ vi: 'minh chứng', en: 'evidence' }, sha256, 'UNIT'),
  reasonRequired: (): Refusal =>
    refusal('SCORING_REASON_REQUIRED', 'Cần nhập lý do điều chỉnh điểm.', 'A reason is required to adjust a score.', {
      field: 'reason',
    }),
  incomplete: (unitId: string, missing: string[]): Refusal =>
    refusal(
      'SCORE_SHEET_INCOMPLETE',
      `Bảng điểm của "${unitId}" chưa chấm tiêu chí: ${missing.join(', ')}.`,
      `The score sheet of "${unitId}" has no score for: ${missing.join(', ')}.`,
      { field: 'criterionId' },
    ),
  notInCluster: (unitId: string, clusterId: string, year: number): Refusal =>
    refusal(
      'SCORING_UNIT_NOT_IN_CLUSTER',
      `Đơn vị "${unitId}" không thuộc cụm, khối "${clusterId}" năm ${year}.`,
      `Unit "${unitId}" is not a member of cluster "${clusterId}" in ${year}.`,
      { field: 'unitId' },
    ),
  notOwnUnit: (unitId: string): Refusal =>
    refusal(
      'SCORING_NOT_OWN_UNIT',
      `Cán bộ đơn vị chỉ tự chấm điểm cho đơn vị mình, không chấm cho "${unitId}".`,
      `A unit officer scores their own unit only, not "${unitId}".`,
      { field: 'unitId' },
    ),
  notLeader: (leaderId: string): Refusal =>
    refusal(
      'SCORING_NOT_LEADER',
      `Chỉ đơn vị trưởng cụm, khối ("${leaderId}") được thẩm định, điều chỉnh điểm và tổ chức bỏ phiếu.`,
      `Only the cluster's leading unit ("${leaderId}") reviews, adjusts scores and holds the vote.`,
    ),
  notFound: (clusterId: string, campaignId: string, why: 'campaign' | 'cluster' | 'criteria'): Refusal =>
    notFoundAs(
      why === 'campaign'
        ? `Không có đợt thi đua "${campaignId}" trong danh mục.`
        : why === 'cluster'
          ? `Cụm, khối "${clusterId}" không có thành viên trong năm của đợt thi đua "${campaignId}".`
          : `Đợt thi đua "${campaignId}" chưa có tiêu chí chấm điểm.`,
      why === 'campaign'
        ? `No campaign "${campaignId}" in the directory.`
        : why === 'cluster'
          ? `Cluster "${clusterId}" has no members in the year of campaign "${campaignId}".`
          : `Campaign "${campaignId}" has no scoring criteria.`,
      why === 'cluster' ? 'clusterId' : 'campaignId',
    ),
  noSingleLead: (clusterId: string, campaignId: string): Refusal =>
    notFoundAs(
      `Cụm, khối "${clusterId}" chưa có kết quả bỏ phiếu xếp hạng với một đơn vị dẫn đầu trong đợt "${campaignId}".`,
      `Cluster "${clusterId}" has no recorded ranking with one leading unit in campaign "${campaignId}".`,
      'clusterId',
    ),
  sheetSubmitted: (unitId: string, on: CivilDate): Refusal =>
    refusal(
      'SCORE_SHEET_SUBMITTED',
      `Bảng điểm của "${unitId}" đã gửi ngày ${vi(on)}; đơn vị trưởng cụm, khối thẩm định và điều chỉnh nếu cần.`,
      `The score sheet of "${unitId}" was submitted on ${vi(on)}; the cluster's leader reviews and adjusts it.`,
    ),
  sheetNotSubmitted: (unitId: string): Refusal =>
    refusal(
      'SCORE_SHEET_NOT_SUBMITTED',
      `Đơn vị "${unitId}" chưa gửi bảng tự chấm điểm.`,
      `Unit "${unitId}" has not submitted its score sheet.`,
      { field: 'unitId' },
    ),
  closed: (on: CivilDate): Refusal =>
    closedAs(
      `Kết quả chấm điểm, xếp hạng đã được ghi nhận ngày ${vi(on)}; không chấm, sửa điểm thêm.`,
      `The scoring result was recorded on ${vi(on)}; no score is given or changed after it.`,
    ),
  voting: (): Refusal =>
    closedAs(
      'Các đơn vị đang bỏ phiếu xếp hạng; không chấm, sửa điểm trong khi bỏ phiếu.',
      'The members are voting on the ranking; no score is given or changed meanwhile.',
    ),
  ballotNotOpen: (): Refusal =>
    ballotAs('Chưa mở bỏ phiếu xếp hạng của cụm, khối.', "The cluster's ranking ballot is not open."),
  ballotOpen: (): Refusal => ballotAs('Bỏ phiếu xếp hạng đang mở.', 'The ranking ballot is open already.'),
  rankDisagrees: (declared: number, recorded: number, clusterId: string): Refusal =>
    refusal(
      'CLUSTER_RANK_DISAGREES',
      `Thứ hạng kê khai (${declared}) khác kết quả chấm điểm, bỏ phiếu của cụm, khối "${clusterId}" (hạng ${recorded}).`,
      `The declared rank (${declared}) differs from the recorded result of cluster "${clusterId}" (rank ${recorded}).`,
      { field: 'achievements.clusterRank' },
    ),
  // The council ballot's codes, said of the cluster's members.
  alreadyVoted: (unitId: string): Refusal => ({
    ...refuse.alreadyVoted(),
    messageVi: `Đại diện đơn vị "${unitId}" đã bỏ phiếu; mỗi đơn vị một phiếu.`,
    messageEn: `The representative of "${unitId}" has voted already; one vote per unit.`,
  }),
  recused: (unitId: string): Refusal => ({
    ...refuse.recused(),
    messageVi: `Đại diện đơn vị "${unitId}" không bỏ phiếu về việc đơn vị mình dẫn đầu cụm, khối.`,
    messageEn: `The representative of "${unitId}" does not vote on their own unit leading the cluster.`,
  }),
  quorum: (cast: number, needed: number): Refusal => ({
    ...refuse.quorumNotReached(cast, needed),
    messageVi: `Chưa đủ số đơn vị tham gia bỏ phiếu (${cast}/${needed}), chưa thể kết thúc bỏ phiếu.`,
    messageEn: `Quorum not reached (${cast}/${needed}); the ballot cannot be closed yet.`,
  }),
  sealedInvalid: (): Refusal => refuse.sealedInvalid(),
};
