import type { Stage } from '../api/types';
import { useI18n } from '../i18n/i18n';

const ORDER: Stage[] = ['UNIT_PROPOSAL', 'COUNCIL_REVIEW', 'PUBLIC_DISCLOSURE', 'FINAL_DECISION', 'CLOSED'];

/** The four stages and the end, the current one marked (text, not colour alone). */
export function StageProgress({ stage }: { stage: Stage }) {
  const { t, label } = useI18n();
  const at = ORDER.indexOf(stage);
  return (
    <ol class="stages" aria-label={t('case.stages')}>
      {ORDER.map((s, i) => (
        <li key={s} class={i < at ? 'done' : i === at ? 'current' : ''} aria-current={i === at ? 'step' : undefined}>
          <span class="num" aria-hidden="true">
            {i + 1}
          </span>{' '}
          {label('stage', s)}
          {i === at && <span class="sr-only"> ({t('case.currentStage')})</span>}
        </li>
      ))}
    </ol>
  );
}
