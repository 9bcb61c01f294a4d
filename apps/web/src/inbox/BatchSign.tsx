import { Form } from '../ui/Form';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { Api } from '../api/endpoints';
import type { Task } from '../api/types';
import { useSession } from '../auth/session';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { DateInput } from '../ui/DateInput';
import { DraftDecisionField, listDraft, useDraftDecision } from '../ui/DraftDecisionField';
import { SignedPdfField, useSignedPdf } from '../ui/SignedPdfField';
import { Confirm, ErrorBox, Field, useAction } from '../ui/ui';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/**
 * One list decision (quyết định danh sách) over several cases: the authority picks the cases in the
 * inbox, types the decision's number and date once, uploads its signed PDF once, confirms, and the
 * award is recorded on each case (claiming its task first when nobody holds it). Each case answers for
 * itself: one refusal does not stop the others, and is shown by the case's name.
 */
export function BatchSign({ tasks, onDone }: { tasks: Task[]; onDone: (msg: string) => void }) {
  const { t, pick } = useI18n();
  const { me } = useSession();
  const [decisionNumber, setNumber] = useState('');
  const [decisionDate, setDate] = useState(today());
  const pdf = useSignedPdf();
  const { signed, upload } = pdf;
  const draft = useDraftDecision(
    listDraft(
      tasks.map((x) => x.nominationId),
      decisionNumber,
      decisionDate,
    ),
  );
  // Another selection of cases is another list decision: its draft must be downloaded again.
  const selection = tasks.map((x) => x.nominationId).join(',');
  useEffect(() => draft.clear(), [selection]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failures, setFailures] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const sign = useAction(async () => {
    const failed: string[] = [];
    let ok = 0;
    for (const task of tasks) {
      try {
        if (task.claimedBy !== me?.userId) await Api.claim(task.taskId);
        await Api.complete(task.taskId, {
          outcome: 'AWARD',
          decisionNumber: decisionNumber.trim(),
          decisionDate,
          ...(signed
            ? { signedDocument: { sha256: signed.sha256, ...(draft.sha256 ? { draftSha256: draft.sha256 } : {}) } }
            : {}),
        });
        ok++;
      } catch (e) {
        const reason = e instanceof ApiError ? pick(e.problem.detail, e.problem.detailEn) : String(e);
        failed.push(t('batch.failedOne', { name: task.nomineeName, reason }));
      }
    }
    setFailures(failed);
    return ok;
  });
  const check = () => {
    const e: Record<string, string> = {};
    if (!decisionNumber.trim())
      e.decisionNumber = t('field.required', { label: t('decision.number').toLocaleLowerCase('vi') });
    if (!decisionDate || decisionDate > today()) e.decisionDate = t('field.dateNotFuture');
    setErrors(e);
    return Object.keys(e).length === 0;
  };
  return (
    <Form
      class="batch"
      aria-labelledby="batch-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (check()) setConfirming(true);
      }}
    >
      <h2 id="batch-title">{t('batch.title')}</h2>
      <p class="small">{t('batch.intro')}</p>
      <p role="status">{t('batch.selected', { n: tasks.length })}</p>
      <div class="grid2">
        <Field id="batch-number" label={t('decision.number')} required error={errors.decisionNumber}>
          <input
            id="batch-number"
            value={decisionNumber}
            maxLength={64}
            aria-invalid={errors.decisionNumber ? 'true' : 'false'}
            onInput={(e) => {
              setNumber(e.currentTarget.value);
              draft.clear();
              setErrors(({ decisionNumber: _gone, ...rest }) => rest);
            }}
          />
        </Field>
        <Field id="batch-date" label={t('decision.date')} required hint={t('common.dateFormat')}>
          <DateInput
            id="batch-date"
            value={decisionDate}
            describedBy="batch-date-hint"
            error={errors.decisionDate}
            onChange={(v) => {
              setDate(v);
              draft.clear();
              setErrors(({ decisionDate: _gone, ...rest }) => rest);
            }}
          />
        </Field>
        <DraftDecisionField id="batch-draft" draft={draft} />
        <SignedPdfField id="batch-file" pdf={pdf} />
      </div>
      {failures.length > 0 && (
        <div class="error" role="alert">
          <ul>
            {failures.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      )}
      <ErrorBox error={sign.error} />
      <button type="submit" class="primary" disabled={tasks.length === 0 || sign.busy || upload.busy}>
        {t('batch.sign', { n: tasks.length })}
      </button>
      <Confirm
        open={confirming}
        title={t('decision.confirmTitle')}
        confirmLabel={t('decision.submit.AWARD')}
        busy={sign.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          const ok = await sign.run();
          setConfirming(false);
          if (ok) onDone(t('batch.done', { number: decisionNumber.trim(), n: ok }));
        }}
      >
        <p>
          {t('batch.confirmText', {
            number: decisionNumber.trim(),
            date: formatDate(decisionDate),
            n: tasks.length,
            names: tasks.map((x) => x.nomineeName).join(', '),
          })}
        </p>
      </Confirm>
    </Form>
  );
}
