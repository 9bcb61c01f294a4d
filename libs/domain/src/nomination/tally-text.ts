import type { RecordedTally } from '../ballot/tally';

const DENOMINATOR_VI = { ALL_MEMBERS: 'tổng số thành viên Hội đồng', MEMBERS_PRESENT: 'số thành viên tham gia' };
const DENOMINATOR_EN = { ALL_MEMBERS: 'all council members', MEMBERS_PRESENT: 'the members taking part' };
const QUORUM_VI = { ALL_MEMBERS: 'tổng số thành viên', ELIGIBLE_MEMBERS: 'số thành viên được bỏ phiếu' };
const QUORUM_EN = { ALL_MEMBERS: 'all members', ELIGIBLE_MEMBERS: 'the members entitled to vote' };

/** A share as Vietnamese writes it: a decimal comma (66,67). */
const vn = (x: number | undefined) => String(x).replace('.', ',');

/** The rule's threshold, e.g. "từ 80%" / "at least 80%"; a tally of the first count reads it from its rule. */
const threshold = (t: RecordedTally) => ({
  comparison: t.comparison ?? t.rule.comparison,
  percent: t.threshold ?? t.rule.percent,
});

/**
 * A recorded tally in words: approvals over the denominator (its kind named), the percentage against the
 * threshold, and the quorum. Never a member's choice (secret ballot).
 */
export function describeTallyVi(t: RecordedTally): string {
  const th = threshold(t);
  const quorum =
    t.quorumBase !== undefined
      ? `${t.cast}/${t.quorumBaseCount} ${QUORUM_VI[t.quorumBase]} tham gia, túc số cần ${t.quorumNeeded} (${vn(t.quorumPercent)}%)`
      : `${t.cast}/${t.eligible} tham gia`;
  return (
    `${t.approve}/${t.denominator} phiếu đồng ý trên ${DENOMINATOR_VI[t.denominatorKind]} (${vn(t.approvePercent)}%), ` +
    `cần ${th.comparison === 'AT_LEAST' ? 'từ' : 'trên'} ${th.percent}%; ${t.disapprove} không đồng ý; ` +
    `${quorum}; ${t.writtenOpinions} ý kiến bằng văn bản, ${t.recused} không tham gia vì cùng đơn vị`
  );
}

export function describeTallyEn(t: RecordedTally): string {
  const th = threshold(t);
  const quorum =
    t.quorumBase !== undefined
      ? `${t.cast}/${t.quorumBaseCount} of ${QUORUM_EN[t.quorumBase]} took part, quorum ${t.quorumNeeded} (${t.quorumPercent}%)`
      : `${t.cast}/${t.eligible} took part`;
  return (
    `${t.approve}/${t.denominator} approvals over ${DENOMINATOR_EN[t.denominatorKind]} (${t.approvePercent}%), ` +
    `${th.comparison === 'AT_LEAST' ? 'at least' : 'more than'} ${th.percent}% required; ${t.disapprove} against; ` +
    `${quorum}; ${t.writtenOpinions} written opinions, ${t.recused} recused`
  );
}
