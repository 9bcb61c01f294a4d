import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../../api/endpoints';
import type { Task } from '../../api/types';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { BallotRule } from '../../case/BallotFacts';
import { Confirm, ErrorBox, Loading, useAction, useAsync } from '../../ui/ui';

/**
 * Secret ballot (bỏ phiếu kín): the choice is sealed by the API as it arrives, nobody's choice is
 * shown here (not even how many voted which way), and sending asks for a confirmation first.
 */
export function VoteForm({ task, onDone }: { task: Task; onDone: (m: string) => void }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<'APPROVE' | 'DISAPPROVE' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const ballot = useAsync(() => Api.ballot(task.nominationId), [task.nominationId]);
  const send = useAction(() => Api.complete(task.taskId, { choice }));
  if (ballot.loading && !ballot.data) return <Loading />;
  const b = ballot.data;
  if (b?.iHaveVoted)
    return (
      <p class="ok" role="status">
        {t('vote.alreadyVoted')}
      </p>
    );
  return (
    <Form
      class="ballot"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) setConfirming(true);
      }}
    >
      <div class="sealed" role="note">
        <svg class="lock" aria-hidden="true" viewBox="0 0 24 24" width="28" height="28">
          <path
            fill="currentColor"
            d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 1 1 6 0v3H9z"
          />
        </svg>
        <div>
          <strong>{t('vote.sealedTitle')}</strong>
          <p>{t('vote.sealedText')}</p>
        </div>
      </div>
      {b?.deadline && <p class="small">{t('vote.deadline', { at: formatDateTime(b.deadline) })}</p>}
      {b && <BallotRule b={b} />}
      <fieldset>
        <legend>{t('vote.legend', { name: task.nomineeName })}</legend>
        <div class="radio big">
          <input
            type="radio"
            id="vote-approve"
            name="choice"
            value="APPROVE"
            checked={choice === 'APPROVE'}
            onChange={() => setChoice('APPROVE')}
          />
          <label for="vote-approve">{t('vote.approve')}</label>
        </div>
        <div class="radio big">
          <input
            type="radio"
            id="vote-disapprove"
            name="choice"
            value="DISAPPROVE"
            checked={choice === 'DISAPPROVE'}
            onChange={() => setChoice('DISAPPROVE')}
          />
          <label for="vote-disapprove">{t('vote.disapprove')}</label>
        </div>
      </fieldset>
      <ErrorBox error={send.error ?? ballot.error} />
      <button type="submit" class="primary" disabled={!choice || send.busy}>
        {t('vote.send')}
      </button>
      <Confirm
        open={confirming}
        title={t('vote.confirmTitle')}
        confirmLabel={t('vote.confirm')}
        busy={send.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          const ok = await send.run();
          setConfirming(false);
          // The choice is forgotten at once; the message does not repeat it.
          setChoice(null);
          if (ok) onDone(t('vote.done'));
        }}
      >
        <p>{t('vote.confirmText', { choice: choice === 'APPROVE' ? t('vote.approve') : t('vote.disapprove') })}</p>
        <p class="small">{t('vote.confirmFinal')}</p>
      </Confirm>
    </Form>
  );
}
