import type { NominationState } from '../api/types';
import { useI18n } from '../i18n/i18n';

type Counts = NonNullable<NominationState['initiativeCounts']>;

/**
 * The initiatives a submission counted and where they came from: the initiative registry, or the unit's
 * declaration only (flagged, for the appraiser to verify). Shown on the case page and in the appraisal task.
 */
export function InitiativeCounts({ counts }: { counts: Counts }) {
  const { t } = useI18n();
  const flagged = counts.source !== 'REGISTRY';
  return (
    <div data-testid="initiative-counts" data-source={counts.source}>
      <span class={flagged ? 'badge badge-at-risk' : 'muted small'} role={flagged ? 'note' : undefined}>
        {t(`case.initiativeSource.${counts.source}`)}
      </span>
      <ul class="small">
        {counts.fromRegistry.map((i) => (
          <li key={`r-${i.initiativeId ?? i.title}`}>
            {i.title} ({i.year})
          </li>
        ))}
        {counts.declaredOnly.map((i) => (
          <li key={`d-${i.title}`} data-declared="true">
            {i.title} ({i.year}) — <strong>{t('case.initiativeDeclared')}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
