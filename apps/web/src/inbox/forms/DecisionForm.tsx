import { NoteField } from '../../ui/choices';
import { Form } from '../../ui/Form';
import { useState } from 'preact/hooks';
import { Api } from '../../api/endpoints';
import { REJECTION_REASONS } from '../../api/types';
import { useDirectory } from '../../app/directory';
import { TallyFacts } from '../../case/TallyFacts';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { DateInput } from '../../ui/DateInput';
import { caseDraft, DraftDecisionField, useDraftDecision } from '../../ui/DraftDecisionField';
import { SignedPdfField, useSignedPdf } from '../../ui/SignedPdfField';
import { Confirm, ErrorBox, Field, problemFields, useAction } from '../../ui/ui';
import type { TaskFormProps } from './task-form';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/**
 * The authority's decision (sign, reject with a reason code, or forward upward), or — mode "higher" —
 * the office recording the decision the higher level took on a forwarded case.
 */
export function DecisionForm({ task, nomination, onDone, mode }: TaskFormProps & { mode: 'sign' | 'higher' }) {
  const { t, label, lang } = useI18n();
  const dir = useDirectory();
  const s = nomination.state;
  const [outcome, setOutcome] = useState<'AWARD' | 'REJECT' | 'FORWARD'>('AWARD');
  const [decisionNumber, setNumber] = useState('');
  const [decisionDate, setDate] = useState(today());
  const [signerName, setSigner] = useState('');
  const [reasonCode, setReasonCode] = useState<string>('CRITERIA_NOT_MET');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const pdf = useSignedPdf();
  const { signed } = pdf;
  const draft = useDraftDecision(caseDraft(nomination.nominationId, decisionNumber, decisionDate));
  const body = () => {
    if (outcome === 'AWARD')
      return mode === 'higher'
        ? { outcome, decisionNumber, decisionDate, signerName }
        : {
            outcome,
            decisionNumber,
            decisionDate,
            ...(signed
              ? { signedDocument: { sha256: signed.sha256, ...(draft.sha256 ? { draftSha256: draft.sha256 } : {}) } }
              : {}),
          };
    if (outcome === 'REJECT') return { outcome, reasonCode, reason };
    return { outcome, note };
  };
  const send = useAction(() => Api.complete(task.taskId, body()));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  /** A change clears the refusal it answers (stale errors go away as the person fixes the field). */
  const edit =
    <T,>(set: (v: T) => void, field: string) =>
    (v: T) => {
      set(v);
      send.reset();
      // The draft carries the number and date: another number or date is another draft.
      if (field === 'decisionNumber' || field === 'decisionDate') draft.clear();
      setMissing(({ [field]: _gone, ...rest }) => rest);
    };
  const api = problemFields(send.error);
  const errorOf = (field: string): string | null => {
    if (missing[field]) return missing[field]!;
    const e = api.get(field);
    if (!e) return null;
    // The API speaks yyyy-MM-dd to programs; the person typed dd/mm/yyyy.
    if (field === 'decisionDate') return t('field.dateNotFuture');
    return lang === 'en' ? e.en : e.vi;
  };
  const FIELDS = ['decisionNumber', 'decisionDate', 'signerName', 'reason', 'note', 'reasonCode'];
  /** What the form checks itself before anything is sent: required fields and a real date. */
  const check = (): boolean => {
    const m: Record<string, string> = {};
    const need = (field: string, value: string, labelKey: Parameters<typeof t>[0]) => {
      if (!value.trim()) m[field] = t('field.required', { label: t(labelKey).toLocaleLowerCase('vi') });
    };
    if (outcome === 'AWARD') {
      need('decisionNumber', decisionNumber, 'decision.number');
      if (!decisionDate) m.decisionDate = t('field.dateNotFuture');
      else if (decisionDate > today()) m.decisionDate = t('field.dateNotFuture');
      if (mode === 'higher') need('signerName', signerName, 'decision.signer');
    }
    if (outcome === 'REJECT') need('reason', reason, 'decision.reason');
    if (outcome === 'FORWARD') need('note', note, 'decision.note');
    setMissing(m);
    return Object.keys(m).length === 0;
  };
  const go = async () => {
    if (await send.run()) onDone(t(`decision.done.${outcome}`, { name: task.nomineeName }));
  };
  const outcomes = mode === 'higher' ? (['AWARD', 'REJECT'] as const) : (['AWARD', 'REJECT', 'FORWARD'] as const);
  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
        if (!check()) return;
        if (mode === 'sign') setConfirming(true);
        else void go();
      }}
    >
      <dl class="facts small">
        <dt>{t('case.award')}</dt>
        <dd>{dir.awardName(s.awardCode)}</dd>
        <TallyFacts s={s} />
        <dt>{t('case.objections')}</dt>
        <dd>
          {s.objections.length
            ? s.objections.map((o) => label('objection', o.outcome ?? 'OPEN')).join(', ')
            : t('case.none')}
        </dd>
      </dl>
      <fieldset>
        <legend>{t('decision.outcome')}</legend>
        {outcomes.map((o) => (
          <div class="radio" key={o}>
            <input
              type="radio"
              id={`dec-${o}`}
              name="dec"
              checked={outcome === o}
              onChange={() => {
                setOutcome(o);
                setMissing({});
                send.reset();
              }}
            />
            <label for={`dec-${o}`}>{t(`decision.${o}`)}</label>
          </div>
        ))}
      </fieldset>
      {outcome === 'AWARD' && (
        <div class="grid2">
          <Field
            id="dec-number"
            label={t('decision.number')}
            required
            hint={t('decision.numberHint')}
            error={errorOf('decisionNumber')}
          >
            <input
              id="dec-number"
              value={decisionNumber}
              onInput={(e) => edit(setNumber, 'decisionNumber')(e.currentTarget.value)}
              aria-required="true"
              aria-invalid={errorOf('decisionNumber') ? 'true' : 'false'}
              aria-describedby={`dec-number-hint${errorOf('decisionNumber') ? ' dec-number-error' : ''}`}
              maxLength={64}
            />
          </Field>
          <Field id="dec-date" label={t('decision.date')} required hint={t('common.dateFormat')}>
            <DateInput
              id="dec-date"
              value={decisionDate}
              onChange={edit(setDate, 'decisionDate')}
              required
              describedBy="dec-date-hint"
              error={errorOf('decisionDate')}
            />
          </Field>
          {mode === 'sign' && <DraftDecisionField id="dec-draft" draft={draft} />}
          {mode === 'sign' && <SignedPdfField id="dec-file" pdf={pdf} />}
          {mode === 'higher' && (
            <Field id="dec-signer" label={t('decision.signer')} required error={errorOf('signerName')}>
              <input
                id="dec-signer"
                value={signerName}
                onInput={(e) => edit(setSigner, 'signerName')(e.currentTarget.value)}
                aria-required="true"
                maxLength={200}
              />
            </Field>
          )}
        </div>
      )}
      {outcome === 'REJECT' && (
        <>
          <Field id="dec-reason-code" label={t('decision.reasonCode')} required>
            <select id="dec-reason-code" value={reasonCode} onChange={(e) => setReasonCode(e.currentTarget.value)}>
              {REJECTION_REASONS.map((r) => (
                <option key={r} value={r}>
                  {label('reason', r)}
                </option>
              ))}
            </select>
          </Field>
          <NoteField
            id="dec-reason"
            label={t('decision.reason')}
            value={reason}
            onInput={edit(setReason, 'reason')}
            maxLength={2000}
            error={errorOf('reason')}
          />
        </>
      )}
      {outcome === 'FORWARD' && (
        <NoteField
          id="dec-note"
          label={t('decision.note')}
          value={note}
          onInput={edit(setNote, 'note')}
          maxLength={2000}
          error={errorOf('note')}
        />
      )}
      <ErrorBox error={send.error} atFields={FIELDS} />
      <button type="submit" class="primary" disabled={send.busy}>
        {t(`decision.submit.${outcome}`)}
        {mode === 'sign' ? '…' : ''}
      </button>
      <Confirm
        open={confirming}
        title={t('decision.confirmTitle')}
        confirmLabel={t(`decision.submit.${outcome}`)}
        busy={send.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          await go();
          setConfirming(false);
        }}
      >
        <p>
          {outcome === 'AWARD'
            ? t('decision.confirmAward', {
                number: decisionNumber.trim(),
                date: formatDate(decisionDate),
                name: task.nomineeName,
              })
            : t(outcome === 'REJECT' ? 'decision.confirmReject' : 'decision.confirmForward', {
                name: task.nomineeName,
              })}
        </p>
      </Confirm>
    </Form>
  );
}
