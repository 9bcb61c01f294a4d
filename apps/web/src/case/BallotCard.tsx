import { useState } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { NominationView } from '../api/types';
import { useSession } from '../auth/session';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Confirm, ErrorBox, useAction, useAsync } from '../ui/ui';
import { BallotRule, MyBallot } from './BallotFacts';

/**
 * The ballot of a case as its reader may see it: the rule it is counted by, a member's own place in it
 * (voted, recused and why), and for the council's office how many took part and the control that closes
 * it early, after a confirmation (otherwise it closes at its deadline).
 */
export function BallotCard({ v, onChanged }: { v: NominationView; onChanged: () => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const ballot = useAsync(() => Api.ballot(v.nominationId), [v.nominationId, v.version]);
  const [confirming, setConfirming] = useState(false);
  const [closed, setClosed] = useState(false);
  const close = useAction(() => Api.closeBallot(v.nominationId));
  const b = ballot.data;
  if (!b || !b.open || !me)
    return closed ? (
      <p class="ok" role="status">
        {t('ballot.closed')}
      </p>
    ) : null;
  const office = me.role === 'TDKT_OFFICE' && me.councilId === v.councilId;
  const members = b.members?.length ?? 0;
  const taken = b.participatedCount ?? 0;
  return (
    <section class="card" aria-labelledby="ballot-title">
      <h2 id="ballot-title">{t('case.ballot')}</h2>
      {b.deadline && <p class="small">{t('case.ballotOpen', { at: formatDateTime(b.deadline) })}</p>}
      <BallotRule b={b} />
      {me.role === 'COUNCIL_MEMBER' && <MyBallot b={b} userId={me.userId} />}
      {office && (
        <>
          <p data-testid="ballot-participation">{t('ballot.participation', { n: taken, m: members })}</p>
          <button type="button" class="primary" onClick={() => setConfirming(true)}>
            {t('ballot.close')}
          </button>
          <ErrorBox error={close.error} />
          <Confirm
            open={confirming}
            title={t('ballot.closeTitle')}
            confirmLabel={t('ballot.closeConfirm')}
            busy={close.busy}
            onCancel={() => setConfirming(false)}
            onConfirm={async () => {
              const ok = await close.run();
              setConfirming(false);
              if (ok) {
                setClosed(true);
                onChanged();
              }
            }}
          >
            <p>{t('ballot.closeText', { name: v.nomineeName, n: taken, m: members })}</p>
          </Confirm>
        </>
      )}
    </section>
  );
}
