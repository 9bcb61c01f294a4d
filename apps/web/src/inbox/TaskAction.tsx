import { useEffect, useRef } from 'preact/hooks';
import { Api } from '../api/endpoints';
import type { Task } from '../api/types';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { ErrorBox, Loading, useAsync } from '../ui/ui';
import { AppraiseForm } from './forms/AppraiseForm';
import { DecisionForm } from './forms/DecisionForm';
import { ObjectionResolutionForm } from './forms/ObjectionResolutionForm';
import { SupplementTaskForm } from './forms/SupplementTaskForm';
import { VoteForm } from './forms/VoteForm';

/** The form of a task's command, with the case it belongs to loaded for context. */
export function TaskAction({ task, onDone }: { task: Task; onDone: (message: string) => void }) {
  const { t, pick } = useI18n();
  const nomination = useAsync(() => Api.nomination(task.nominationId), [task.nominationId]);
  const n = nomination.data;
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus goes to the task just opened (after a claim), once its form is there.
  useEffect(() => {
    heading.current?.focus();
  }, [!!n]);
  return (
    <div class="task-action" role="region" aria-label={pick(task.typeNameVi, task.typeNameEn)}>
      <h2 tabIndex={-1} ref={heading}>
        {pick(task.typeNameVi, task.typeNameEn)}: {task.nomineeName}
      </h2>
      <p class="small">
        <Link href={`/ho-so/${task.nominationId}`}>{t('inbox.openCase')}</Link>
      </p>
      {nomination.loading && !n && <Loading />}
      <ErrorBox error={nomination.error} />
      {n &&
        (() => {
          switch (task.type) {
            case 'APPRAISE_DOSSIER':
              return <AppraiseForm task={task} nomination={n} onDone={onDone} />;
            case 'CAST_VOTE':
              return <VoteForm task={task} onDone={onDone} />;
            case 'RESOLVE_OBJECTION':
              return <ObjectionResolutionForm task={task} nomination={n} onDone={onDone} />;
            case 'SIGN_DECISION':
              return <DecisionForm task={task} nomination={n} onDone={onDone} mode="sign" />;
            case 'RECORD_HIGHER_DECISION':
              return <DecisionForm task={task} nomination={n} onDone={onDone} mode="higher" />;
            case 'SUPPLEMENT_DOSSIER':
              return <SupplementTaskForm task={task} nomination={n} onDone={onDone} />;
            default:
              return <p>{t('inbox.escalationInfo')}</p>;
          }
        })()}
    </div>
  );
}
