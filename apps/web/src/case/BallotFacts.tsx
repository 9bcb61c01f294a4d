import type { Ballot } from '../api/types';
import { formatPercent } from '../i18n/format';
import { useI18n } from '../i18n/i18n';

const SAME_UNIT_VI = 'Cùng đơn vị với người được đề nghị';

/**
 * What a ballot asks before anybody votes: the threshold, over which denominator (all members of the
 * council, or the members present) and how many that is, and the quorum.
 */
export function BallotRule({ b }: { b: Ballot }) {
  const { t, lang } = useI18n();
  if (!b.threshold || !b.denominatorKind) return null;
  const members = b.members?.length ?? 0;
  return (
    <p class="small" data-testid="ballot-rule">
      {t(b.threshold.comparison === 'MORE_THAN' ? 'ballot.ruleMoreThan' : 'ballot.ruleAtLeast', {
        percent: formatPercent(b.threshold.percent, lang),
      })}{' '}
      {b.denominatorKind === 'ALL_MEMBERS'
        ? t('ballot.overAll', { n: members })
        : t('ballot.overPresent', { n: b.eligible ?? members })}
      {b.quorumNeeded ? ` ${t('ballot.quorum', { n: b.quorumNeeded })}` : ''}
    </p>
  );
}

/** Why a member does not vote, in the reader's language (the recusal reason the case recorded). */
export function recusalReason(reason: string, lang: 'vi' | 'en'): string {
  if (lang === 'en' && reason === SAME_UNIT_VI) return 'a member of the same unit as the nominee';
  return lang === 'en' ? reason : reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** A council member's own place in the ballot: voted, recused (and why), or yet to vote. */
export function MyBallot({ b, userId }: { b: Ballot; userId: string }) {
  const { t, lang } = useI18n();
  const recused = b.recused?.find((r) => r.memberId === userId);
  if (recused)
    return (
      <p class="callout" role="status" data-testid="my-ballot">
        {t('ballot.recused', { reason: recusalReason(recused.reason, lang) })}
      </p>
    );
  if (!b.members?.includes(userId)) return null;
  if (b.iHaveVoted)
    return (
      <p class="ok" role="status" data-testid="my-ballot">
        {t('ballot.youVoted')}
      </p>
    );
  return b.open ? (
    <p class="small" data-testid="my-ballot">
      {t('ballot.youHaveNotVoted')}
    </p>
  ) : null;
}
