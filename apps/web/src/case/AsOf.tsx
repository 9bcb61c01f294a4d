import { Api } from '../api/endpoints';
import type { NominationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, useAction } from '../ui/ui';

/** What the case looked like right after one step of its timeline (as-of). */
export function AsOf({ id, version }: { id: string; version: number }) {
  const { t } = useI18n();
  const load = useAction(() => Api.asOfVersion(id, version));
  const s = load.result?.state;
  return (
    <div class="as-of small">
      {!s && (
        <button type="button" class="link" disabled={load.busy} onClick={() => void load.run()}>
          {t('asof.show')}
        </button>
      )}
      <ErrorBox error={load.error} />
      {s && <AsOfState state={s} testId={`as-of-${version}`} />}
    </div>
  );
}

/** The facts of a case as it was: version, stage and status in words, rules, documents. */
export function AsOfState({ state: s, testId }: { state: NominationView['state']; testId: string }) {
  const { t, label } = useI18n();
  return (
    <>
      {s && (
        <dl class="as-of-state" data-testid={testId}>
          <dt>{t('asof.version')}</dt>
          <dd>{s.version}</dd>
          <dt>{t('inbox.stage')}</dt>
          <dd>{label('stage', s.stage)}</dd>
          <dt>{t('asof.status')}</dt>
          <dd>{label('status', s.status)}</dd>
          {s.rules && (
            <>
              <dt>{t('asof.rules')}</dt>
              <dd>
                {s.rules.ruleSetId} v{s.rules.ruleSetVersion}
              </dd>
            </>
          )}
          <dt>{t('asof.documents')}</dt>
          <dd>{s.documents.length}</dd>
        </dl>
      )}
    </>
  );
}
