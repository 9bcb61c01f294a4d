import type { NominationState, RecordedTally } from '@khen/domain';
import { dateInWords, percentVi, placeAndDate, shortDate } from './dates';

/** What a draft is filled with: text fields, and the rows of a list decision. */
export interface DraftModel {
  fields: Record<string, string>;
  awardees: Record<string, string>[];
}

/** What the directory says of a case's people and bodies (names as of today; the case keeps its own ids). */
export interface DirectoryFacts {
  place: string;
  unitName: (unitId: string) => string;
  campaignName: (campaignId: string) => string;
  council?: { name: string; authorityName: string; members: { memberId: string; name?: string; chair?: boolean }[] };
}

/** A case as the drafts read it: its folded state and when its ballot was counted. */
export interface CaseFacts {
  state: NominationState;
  /** When ReviewClosed was recorded (an ISO instant). */
  ballotClosedAt?: string;
}

/** The decision being drafted: as signed, or the number and date the office means to give it. */
export interface DecisionFacts {
  decisionNumber?: string;
  decisionDate?: string;
  signerName?: string;
}

const BLANK = '……';
const vnDate = (instant: string) => new Date(Date.parse(instant) + 7 * 3600_000).toISOString().slice(0, 10);
const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

export const DENOMINATOR_TEXT = {
  ALL_MEMBERS: 'tổng số thành viên Hội đồng',
  MEMBERS_PRESENT: 'số thành viên tham gia',
};

function tallyFields(t: RecordedTally): Record<string, string> {
  const comparison = t.comparison ?? t.rule.comparison;
  const threshold = t.threshold ?? t.rule.percent;
  const quorum =
    t.quorumNeeded !== undefined
      ? `cần ${t.quorumNeeded}/${t.quorumBaseCount} thành viên tham gia (${percentVi(t.quorumPercent ?? 0)}%), ${t.quorumReached ? 'đạt' : 'không đạt'}`
      : t.quorumReached
        ? 'đạt'
        : 'không đạt';
  return {
    membersTotal: String(t.members),
    recused: String(t.recused),
    eligible: String(t.eligible),
    present: String(t.present),
    writtenOpinions: String(t.writtenOpinions),
    cast: String(t.cast),
    absent: String(t.absent ?? t.eligible - t.cast),
    approve: String(t.approve),
    disapprove: String(t.disapprove),
    denominator: String(t.denominator),
    denominatorText: DENOMINATOR_TEXT[t.denominatorKind],
    approvePercent: percentVi(t.approvePercent),
    thresholdText: `${comparison === 'AT_LEAST' ? 'từ' : 'trên'} ${threshold}%`,
    quorumText: quorum,
    resultText: t.passed
      ? `đạt, đủ điều kiện đề nghị cấp có thẩm quyền xét tặng.`
      : `không đạt, không đề nghị cấp có thẩm quyền xét tặng.`,
  };
}

/** The fields every draft of one case shares: who, what, where, under which rules. */
export function caseFields(c: CaseFacts, dir: DirectoryFacts): Record<string, string> {
  const s = c.state;
  const unitName = dir.unitName(s.unitId);
  const awardName = s.rules?.award.nameVi ?? s.awardCode;
  const council = dir.council;
  const chair = council?.members.find((m) => m.chair);
  const signerTitle = council?.authorityName ?? BLANK;
  return {
    place: dir.place,
    unitId: s.unitId,
    unitName,
    unitNameUpper: upper(unitName),
    nomineeName: s.nominee?.name ?? BLANK,
    nomineePosition: s.nominee?.position ?? (s.nominee?.subject === 'COLLECTIVE' ? 'tập thể' : BLANK),
    awardName,
    awardNameUpper: upper(awardName),
    campaignName: dir.campaignName(s.campaignId),
    year: String(s.year),
    legalBasis: s.rules?.legalBasis ?? BLANK,
    achievementSummary: s.achievements.summary?.trim() || 'hoàn thành xuất sắc nhiệm vụ được giao.',
    documentList: s.documents.map((d) => d.title).join('; ') || BLANK,
    councilName: council?.name ?? BLANK,
    councilNameUpper: upper(council?.name ?? BLANK),
    chairName: chair?.name ?? BLANK,
    secretaryName: BLANK,
    appraisalOpinion: s.appraisal?.opinion ?? BLANK,
    signerTitle,
    signerTitleUpper: upper(signerTitle),
    agencyNameUpper: upper(dir.unitName(s.council?.authorityId ?? '')),
    proposerText: `${unitName} và ${council?.name ?? BLANK}`,
    minutesDateWords: c.ballotClosedAt ? dateInWords(vnDate(c.ballotClosedAt)) : BLANK,
  };
}

/** The council's minutes: the recorded tally, its denominator and threshold (never a member's choice). */
export function minutesModel(c: CaseFacts, dir: DirectoryFacts): DraftModel {
  const t = c.state.tally!;
  const on = c.ballotClosedAt ? vnDate(c.ballotClosedAt) : undefined;
  return {
    fields: {
      ...caseFields(c, dir),
      ...tallyFields(t),
      meetingDateWords: on ? dateInWords(on) : BLANK,
      placeDate: on ? placeAndDate(dir.place, on) : `${dir.place}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`,
    },
    awardees: [],
  };
}

function decisionFields(d: DecisionFacts, dir: DirectoryFacts, number: string): Record<string, string> {
  return {
    decisionNumber: d.decisionNumber ?? `${BLANK}/QĐ-${number}`,
    decisionDateWords: d.decisionDate ? dateInWords(d.decisionDate) : `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`,
    decisionDate: d.decisionDate ? shortDate(d.decisionDate) : BLANK,
    placeDate: d.decisionDate
      ? placeAndDate(dir.place, d.decisionDate)
      : `${dir.place}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`,
    signerName: d.signerName ?? BLANK,
  };
}

/** A decision for one case or for a list of cases (one number, one date, one signer). */
export function decisionModel(cases: CaseFacts[], d: DecisionFacts, dir: (c: CaseFacts) => DirectoryFacts): DraftModel {
  const first = cases[0];
  const fields = caseFields(first, dir(first));
  const awardees = cases.map((c, i) => {
    const f = caseFields(c, dir(c));
    return { stt: String(i + 1), name: f.nomineeName, position: f.nomineePosition, unitName: f.unitName };
  });
  return {
    fields: {
      ...fields,
      ...decisionFields(d, dir(first), first.state.council?.authorityId ?? ''),
      awardeeCount: String(cases.length),
    },
    awardees,
  };
}

/** One certificate: the awardee, the decision that gave it, and the code the public verifies. */
export function certificateModel(c: CaseFacts, dir: DirectoryFacts, verificationCode: string): DraftModel {
  const decision = c.state.decision!;
  return {
    fields: {
      ...caseFields(c, dir),
      ...decisionFields(decision, dir, ''),
      verificationCode,
    },
    awardees: [],
  };
}

/** The proposal (tờ trình) of the unit. */
export function proposalModel(c: CaseFacts, dir: DirectoryFacts, on: string): DraftModel {
  return { fields: { ...caseFields(c, dir), placeDate: placeAndDate(dir.place, on) }, awardees: [] };
}
