import { Api } from '../api/endpoints';
import type { NominationView } from '../api/types';
import { useDirectory } from '../app/directory';
import { HISTORY_ROLES } from '../app/routes';
import { useSession } from '../auth/session';
import { formatDate, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { FileLink } from '../ui/FileLink';
import { CaseNumber, ErrorBox, isNotFound, Loading, NotFound, PageTitle, useAsync } from '../ui/ui';
import { BallotCard } from './BallotCard';
import { TallyFacts } from './TallyFacts';
import { History } from './History';
import { shaPrefix } from '../ui/DraftDecisionField';
import { Paperwork } from './Paperwork';
import { StageProgress } from './StageProgress';
import { UnitActions } from './UnitActions';
import { InitiativeCounts } from './InitiativeCounts';

export const temporalUiUrl = (id: string) => `http://127.0.0.1:8233/namespaces/default/workflows/nomination-${id}`;

/** One case: dossier, documents, current stage, ballot/disclosure/decision facts, and its history. */
export function CasePage({ id }: { id: string }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const wellFormed = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  const n = useAsync(() => (wellFormed ? Api.nomination(id) : Promise.resolve(null)), [id]);
  if (!wellFormed) return <NotFound what={t('notFound.case', { id })} />;
  if (n.loading && !n.data) return <Loading />;
  if (!n.data && isNotFound(n.error)) return <NotFound what={t('notFound.case', { id })} />;
  if (!n.data)
    return (
      <>
        <PageTitle>{t('case.title')}</PageTitle>
        <ErrorBox error={n.error} />
      </>
    );
  const v = n.data;
  const s = v.state;
  return (
    <article class="case">
      <PageTitle>{v.nomineeName}</PageTitle>
      <p class="muted">
        {v.caseNumber && (
          <>
            {t('case.number')}: <CaseNumber n={v.caseNumber} /> ·{' '}
          </>
        )}
        {t('case.id')}: <code>{v.nominationId}</code> · {t('case.version')} {v.version} · {label('status', v.status)}
        {v.outcome ? ` · ${label('outcome', v.outcome)}` : ''}
      </p>
      <StageProgress stage={v.stage} />
      {me?.role === 'UNIT_OFFICER' && <UnitActions nomination={v} onChanged={n.reload} />}
      <div class="columns">
        <Dossier v={v} />
        <section class="card">
          <h2>{t('case.documents')}</h2>
          <Documents v={v} />
          {s.supplement && (
            <div class="callout">
              <strong>{t('supplement.requested')}</strong>
              <p>{s.supplement.note}</p>
            </div>
          )}
        </section>
      </div>
      {s.ballot && me?.role !== 'UNIT_OFFICER' && <BallotCard v={v} onChanged={n.reload} />}
      <Progress v={v} />
      <Paperwork v={v} />
      {me && HISTORY_ROLES.includes(me.role) && <History id={id} />}
    </article>
  );
}

function Dossier({ v }: { v: NominationView }) {
  const { t, label, pick } = useI18n();
  const dir = useDirectory();
  const s = v.state;
  return (
    <section class="card">
      <h2>{t('case.dossier')}</h2>
      <dl class="facts">
        <dt>{t('case.nominee')}</dt>
        <dd>
          {s.nominee?.name ?? v.nomineeName}
          {s.nominee?.position ? `, ${s.nominee.position}` : ''}
        </dd>
        <dt>{t('case.subject')}</dt>
        <dd>{label('subject', s.nominee?.subject)}</dd>
        <dt>{t('case.award')}</dt>
        <dd>
          {dir.awardName(v.awardCode)} <span class="muted small">({v.awardCode})</span>
        </dd>
        <dt>{t('case.kind')}</dt>
        <dd>{label('kind', v.kind)}</dd>
        <dt>{t('case.unit')}</dt>
        <dd>{v.state.unit?.name ?? dir.unitName(v.unitId)}</dd>
        <dt>{t('case.campaign')}</dt>
        <dd>{dir.campaignName(v.campaignId)}</dd>
        <dt>{t('case.year')}</dt>
        <dd>{v.year}</dd>
        <dt>{t('case.council')}</dt>
        <dd>{dir.councils.find((c) => c.councilId === v.councilId)?.name ?? v.councilId}</dd>
        <dt>{t('case.received')}</dt>
        <dd>{formatDate(s.receivedAt)}</dd>
        <dt>{t('case.slaDeadline')}</dt>
        <dd>{formatDateTime(v.slaDeadline)}</dd>
        {s.collectiveCounts && (
          <>
            <dt>{t('case.collective')}</dt>
            <dd data-testid="collective-counts">
              {t('case.collectiveLdtt', { ldtt: s.collectiveCounts.ldtt, members: s.collectiveCounts.members })}{' '}
              <span class="muted small">
                (
                {t(`case.collectiveSource.${s.collectiveCounts.source}`, {
                  registry: s.collectiveCounts.fromRegistry,
                  declared: s.collectiveCounts.declared,
                })}
                )
              </span>
            </dd>
          </>
        )}
        {s.clusterRankCount && (
          <>
            <dt>{t('case.clusterRank')}</dt>
            <dd data-testid="cluster-rank">
              {s.clusterRankCount.rank ?? '—'}{' '}
              <span class="small muted">
                {s.clusterRankCount.source === 'RECORDED'
                  ? pick(
                      `(kết quả chấm điểm, bỏ phiếu của cụm, khối ${s.clusterRankCount.clusterId ?? ''}: ${String(s.clusterRankCount.score ?? '').replace('.', ',')} điểm)`,
                      `(the recorded vote of cluster ${s.clusterRankCount.clusterId ?? ''}: ${s.clusterRankCount.score ?? ''} points)`,
                    )
                  : pick('(đơn vị kê khai — cần xác minh)', '(declared by the unit — to verify)')}
              </span>
            </dd>
          </>
        )}
        {s.initiativeCounts && (
          <>
            <dt>{t('case.initiatives')}</dt>
            <dd>
              <InitiativeCounts counts={s.initiativeCounts} />
            </dd>
          </>
        )}
        {s.rules && (
          <>
            <dt>{t('case.rules')}</dt>
            <dd>
              {s.rules.ruleSetId} v{s.rules.ruleSetVersion}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Documents({ v }: { v: NominationView }) {
  const { t } = useI18n();
  const dir = useDirectory();
  const docs = v.state.documents;
  if (docs.length === 0) return <p class="muted">{t('case.noDocuments')}</p>;
  return (
    <ul class="doc-list">
      {docs.map((d) => (
        <li key={d.code}>
          <strong>{dir.documentName(d.code)}</strong>: {d.title}
          <div class="small">
            <FileLink doc={d} nominationId={v.nominationId} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Progress({ v }: { v: NominationView }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const s = v.state;
  // A council member sees no trace of the other members' ballots, not even whose vote is still open.
  const tasks = Object.values(s.tasks ?? {}).filter(
    (x) => me?.role !== 'COUNCIL_MEMBER' || x.type !== 'CAST_VOTE' || x.assignee === me.userId,
  );
  return (
    <section class="card">
      <h2>{t('case.progress')}</h2>
      <dl class="facts">
        {s.appraisal && (
          <>
            <dt>{t('case.appraisal')}</dt>
            <dd>{s.appraisal.opinion}</dd>
          </>
        )}
        {s.ballot && (
          <>
            <dt>{t('case.ballot')}</dt>
            <dd>
              {s.ballot.open ? t('case.ballotOpen', { at: formatDateTime(s.ballot.deadline) }) : t('case.ballotClosed')}
            </dd>
          </>
        )}
        <TallyFacts s={s} verdict />
        <dt>{t('case.objections')}</dt>
        <dd>
          {s.objections.length === 0 ? (
            t('case.none')
          ) : (
            <ul>
              {s.objections.map((o) => (
                <li key={o.objectionId} data-testid="case-objection">
                  {o.content} <span class="badge">{label('objection', o.outcome ?? 'OPEN')}</span>
                  {o.evidence?.length ? (
                    <ul class="small" aria-label={t('objection.evidence')}>
                      {o.evidence.map((f) => (
                        <li key={f.sha256}>
                          <FileLink doc={f} nominationId={v.nominationId} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {s.decision && (
          <>
            <dt>{t('case.decision')}</dt>
            <dd>
              {t('case.decisionText', {
                number: s.decision.decisionNumber,
                date: formatDate(s.decision.decisionDate),
                signer: s.decision.signerName,
              })}
              {s.decision.signedDocument && (
                <div class="small">
                  {t('file.signedDecision')}: <FileLink doc={s.decision.signedDocument} nominationId={v.nominationId} />
                </div>
              )}
              {s.decision.signedDocument?.draftSha256 && (
                <div class="small" data-testid="signed-draft">
                  {t('case.signedDraft')}:{' '}
                  <code title={s.decision.signedDocument.draftSha256}>
                    {shaPrefix(s.decision.signedDocument.draftSha256)}
                  </code>
                </div>
              )}
            </dd>
          </>
        )}
        {s.rejection && (
          <>
            <dt>{t('case.rejection')}</dt>
            <dd>
              {label('reason', s.rejection.reasonCode)}: {s.rejection.reason}
            </dd>
          </>
        )}
        {s.forwarded && (
          <>
            <dt>{t('case.forwarded')}</dt>
            <dd>{s.forwarded.note}</dd>
          </>
        )}
        {s.withdrawal && (
          <>
            <dt>{t('case.withdrawn')}</dt>
            <dd>{s.withdrawal.reason}</dd>
          </>
        )}
        <dt>{t('case.openTasks')}</dt>
        <dd>
          {tasks.length === 0 ? (
            t('case.none')
          ) : (
            <ul>
              {tasks.map((x) => (
                <li key={x.taskId}>
                  {label('task', x.type)} — {x.claimedBy ?? x.assignee ?? x.candidateGroup}
                  {x.dueAt ? ` · ${t('inbox.col.due')} ${formatDate(x.dueAt)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
