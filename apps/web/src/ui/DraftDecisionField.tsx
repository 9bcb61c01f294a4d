import { useState } from 'preact/hooks';
import { download } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, useAction } from './ui';

export type DraftFormat = 'pdf' | 'docx';
/** Fetches the draft decision in a format and hands it to the browser; answers its SHA-256. */
export type DraftFetch = (format: DraftFormat) => Promise<string | null>;

/**
 * The draft decision a decision form signs: downloaded from the form (with the number and date typed in
 * it), printed and signed; its SHA-256 goes with the signed scan, and the API records it on the decision
 * when it is a draft Khen drafted for the case. A change of number or date drops it (download it again).
 */
export function useDraftDecision(fetch: DraftFetch) {
  const [sha256, setSha] = useState<string | null>(null);
  const get = useAction(async (format: DraftFormat) => setSha(await fetch(format)));
  return { sha256, get, clear: () => setSha(null) };
}

/** Short form of a SHA-256 for people (the first 12 hex digits), as the case page and the timeline show it. */
export const shaPrefix = (sha256: string) => sha256.slice(0, 12);

export function DraftDecisionField({ id, draft }: { id: string; draft: ReturnType<typeof useDraftDecision> }) {
  const { t } = useI18n();
  return (
    <div class="field" id={id} role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-state`}>
      <span class="label" id={`${id}-label`}>
        {t('decision.draft')}
      </span>{' '}
      {(['pdf', 'docx'] as const).map((f) => (
        <button
          type="button"
          class="secondary"
          key={f}
          data-sign-draft={f}
          disabled={draft.get.busy}
          onClick={() => void draft.get.run(f)}
        >
          {t(f === 'pdf' ? 'paperwork.pdf' : 'paperwork.docx')}
        </button>
      ))}
      <div class="hint" id={`${id}-state`} aria-live="polite" data-testid={`${id}-state`}>
        {draft.sha256 ? t('decision.draftKept', { sha: shaPrefix(draft.sha256) }) : t('decision.draftHint')}
      </div>
      <ErrorBox error={draft.get.error} />
    </div>
  );
}

/** The case's draft decision (GET /nominations/{id}/drafts/decision) with the number and date of the form. */
export const caseDraft =
  (nominationId: string, decisionNumber: string, decisionDate: string): DraftFetch =>
  (format) =>
    download(
      `/nominations/${nominationId}/drafts/decision`,
      `Du-thao-Quyet-dinh-${nominationId.slice(0, 8)}.${format}`,
      {
        format,
        ...(decisionNumber.trim() ? { decisionNumber: decisionNumber.trim() } : {}),
        ...(decisionDate ? { decisionDate } : {}),
      },
    );

/** A list decision's draft over several cases (POST /paperwork/decision-drafts). */
export const listDraft =
  (nominationIds: string[], decisionNumber: string, decisionDate: string): DraftFetch =>
  (format) =>
    download(
      '/paperwork/decision-drafts',
      `Du-thao-Quyet-dinh-danh-sach.${format}`,
      {},
      {
        nominationIds,
        format,
        ...(decisionNumber.trim() ? { decisionNumber: decisionNumber.trim() } : {}),
        ...(decisionDate ? { decisionDate } : {}),
      },
    );
